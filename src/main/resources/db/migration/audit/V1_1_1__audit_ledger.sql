-- The append-only, hash-chained audit ledger (see docs/audit-ledger.md).
-- Entries are spread over 16 independent chains so that concurrent writers do not queue behind one lock;
-- within a chain each entry stores the previous entry's hash and its own SHA-256 over a canonical form.

CREATE TABLE audit_entry (
  id               BIGSERIAL PRIMARY KEY,
  chain_no         SMALLINT NOT NULL,
  chain_seq        BIGINT NOT NULL,
  occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_account_id UUID,
  actor_name       TEXT,
  agency_id        UUID,
  client_address   TEXT,
  action           TEXT NOT NULL,
  target_type      TEXT,
  target_id        TEXT,
  before_state     TEXT,
  after_state      TEXT,
  prev_hash        CHAR(64) NOT NULL,
  entry_hash       CHAR(64) NOT NULL,
  CONSTRAINT audit_entry_chain_seq_uq UNIQUE (chain_no, chain_seq),
  CONSTRAINT audit_entry_seq_positive CHECK (chain_seq >= 1)
);

CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_agency_occurred_idx ON audit_entry (agency_id, occurred_at);
-- text_pattern_ops serves the "action starts with" filter (LIKE 'prefix%') whatever the database collation.
CREATE INDEX audit_entry_action_idx ON audit_entry (action text_pattern_ops);
CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id);

-- The head of each chain: its last sequence number, hash and entry. A writer locks one head row for the rest
-- of its transaction; heads are derivable from the ledger, so they may be updated (but not removed).
CREATE TABLE audit_chain_head (
  chain_no      SMALLINT PRIMARY KEY,
  last_seq      BIGINT NOT NULL,
  last_hash     CHAR(64) NOT NULL,
  last_entry_id BIGINT
);

INSERT INTO audit_chain_head (chain_no, last_seq, last_hash, last_entry_id)
SELECT n, 0, repeat('0', 64), NULL FROM generate_series(0, 15) AS n;

-- Every run of the verifier (scheduled or on demand) and what it found.
CREATE TABLE audit_verification (
  id                BIGSERIAL PRIMARY KEY,
  started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  intact            BOOLEAN NOT NULL,
  entries_checked   BIGINT NOT NULL,
  chains            INTEGER NOT NULL,
  broken_entry_id   BIGINT,
  broken_chain      SMALLINT,
  broken_seq        BIGINT,
  reason            TEXT,
  run_by            TEXT NOT NULL,
  run_by_account_id UUID,
  trigger_kind      TEXT NOT NULL
);

CREATE INDEX audit_verification_started_idx ON audit_verification (started_at DESC);

-- The database itself refuses to change or remove ledger entries, whoever asks.
CREATE FUNCTION audit_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation',
          HINT = 'Ledger entries are never changed or removed; record a new entry instead.';
END
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_ledger_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_ledger_refuse_change();

-- Heads move forward (UPDATE) but are never removed: removing one would hide a chain from the verifier.
CREATE TRIGGER audit_chain_head_keep
  BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_ledger_refuse_change();

CREATE TRIGGER audit_chain_head_no_truncate
  BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_ledger_refuse_change();
