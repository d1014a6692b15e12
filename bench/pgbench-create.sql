-- pgbench: the rows one "create a lookup with 5 identifiers" writes, in one transaction, straight into
-- copies of the tables (same columns and indexes, no application in between): the request, its five
-- identifiers, the ledger entry and the timeline event.
-- No colon inside string literals: pgbench would take ":word" for a variable.
\set n random(1, 2000000000)
BEGIN;
INSERT INTO bench_pg.coordination_request (id, reference, kind, sender_agency_id, receiver_agency_id, subject,
  classification, urgency, status, desired_status, generation, created_at, updated_at, search_text)
  VALUES (gen_random_uuid(), 'PGB-' || :n::text || '-' || :client_id::text, 'LOOKUP',
  '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', 'Tra cứu thuê bao ' || :n::text,
  'UNCLASSIFIED', 'NORMAL', 'DRAFT', 'DRAFT', 1, now(), now(), 'tra cuu thue bao ' || :n::text)
  ON CONFLICT DO NOTHING;
INSERT INTO bench_pg.request_task (id, request_id, position, task_type, identifier_type, raw_value, normalized)
  SELECT gen_random_uuid(), gen_random_uuid(), p, 'IDENTIFIER', 'PHONE', '0912' || :n::text, '+84912' || :n::text
  FROM generate_series(1, 5) p;
INSERT INTO bench_pg.audit_entry (chain_no, chain_seq, occurred_at, actor_name, agency_id, action, target_type,
  target_id, after_state, prev_hash, entry_hash)
  VALUES (:client_id::int % 16, :n::bigint, now(), 'token lia_bench', '11111111-1111-1111-1111-111111111111', 'request.create',
  'request', :n::text, '{"subject":"Tra cứu thuê bao"}', repeat('0', 64), md5(:n::text) || md5(:n::text))
  ON CONFLICT DO NOTHING;
INSERT INTO bench_pg.request_event (id, request_id, at, action, to_status, actor_name, side, generation)
  VALUES (gen_random_uuid(), gen_random_uuid(), now(), 'CREATE', 'DRAFT', 'token lia_bench', 'SENDER', 1);
END;
