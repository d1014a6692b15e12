-- The trigram index of the request search text keeps GIN's pending list (inserts stay cheap) but a short one:
-- with the default 4 MB, a burst of new requests left searches scanning megabytes of unsorted entries until
-- the list was flushed (measured: search p95 from 80 ms to 420 ms right after 15,000 creations). Without the
-- list at all, creating a request cost a third more (docs/performance.md).
ALTER INDEX coordination_request_search SET (gin_pending_list_limit = 256);
