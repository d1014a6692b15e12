-- The inbox lists answer in the order they show: newest first for outgoing, soonest deadline first for
-- incoming, whatever the status. Without these, a large agency's first page sorted every one of its requests
-- (measured: 3.4 s for 250,000 requests, see docs/performance.md).
CREATE INDEX coordination_request_outgoing_recent ON coordination_request (sender_agency_id, created_at DESC, id)
  INCLUDE (classification, status);
CREATE INDEX coordination_request_incoming_due ON coordination_request (receiver_agency_id, effective_due_at, created_at DESC)
  INCLUDE (classification, status);
