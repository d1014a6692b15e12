-- Attachments: one metadata row per upload; the encrypted bytes live once per SHA-256 in the blob store.
CREATE TABLE attachment (
  id               UUID PRIMARY KEY,
  sha256           CHAR(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  file_name        TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content_type     TEXT NOT NULL,
  size             BIGINT NOT NULL CHECK (size > 0),
  uploaded_by      UUID,
  uploaded_by_name TEXT NOT NULL,
  agency_id        UUID,
  uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_sha256 ON attachment (sha256);

-- Agency signing keys: the private key sealed with AES-GCM under liaison.attachments.encryption-key.
CREATE TABLE agency_signing_key (
  id          VARCHAR(16) PRIMARY KEY CHECK (id ~ '^[0-9a-f]{16}$'),
  agency_id   UUID NOT NULL,
  algorithm   TEXT NOT NULL,
  public_key  TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  retired_at  TIMESTAMP WITH TIME ZONE
);
-- At most one active key per agency, even when two requests use an agency's key for the first time together.
CREATE UNIQUE INDEX agency_signing_key_active ON agency_signing_key (agency_id) WHERE retired_at IS NULL;
CREATE INDEX agency_signing_key_agency ON agency_signing_key (agency_id, created_at);

-- Chain of custody: append-only; the hash is recomputed from the stored bytes at every event.
CREATE TABLE custody_event (
  id              UUID PRIMARY KEY,
  seq             BIGINT GENERATED ALWAYS AS IDENTITY,
  attachment_id   UUID NOT NULL REFERENCES attachment (id),
  context_id      UUID,
  action          VARCHAR(20) NOT NULL,
  actor_account_id UUID,
  actor_name      TEXT NOT NULL,
  agency_id       UUID,
  agency_name     TEXT,
  reason          TEXT NOT NULL CHECK (length(btrim(reason)) >= 3),
  handed_to       TEXT,
  expected_sha256 CHAR(64) NOT NULL,
  actual_sha256   CHAR(64),
  hash_matches    BOOLEAN NOT NULL,
  at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX custody_event_attachment ON custody_event (attachment_id, at, seq);
CREATE INDEX custody_event_context ON custody_event (context_id);
