-- Placeholder ledger table (replaced by the hash-chained ledger of the audit module).
CREATE TABLE audit_entry (
  id              BIGSERIAL PRIMARY KEY,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_account_id UUID,
  actor_name      TEXT,
  agency_id       UUID,
  client_address  TEXT,
  action          TEXT NOT NULL,
  target_type     TEXT,
  target_id       TEXT,
  before_state    TEXT,
  after_state     TEXT
);
