-- Sign-in accounts (one per person; the bootstrap system administrator may have no agency yet),
-- their recovery codes, and the API tokens of machine clients.
CREATE TABLE account (
  id              UUID PRIMARY KEY,
  username        TEXT NOT NULL,
  password_hash   TEXT NOT NULL,
  person_id       UUID UNIQUE,
  display_name    TEXT NOT NULL,
  agency_id       UUID,
  agency_name     TEXT,
  unit_id         UUID,
  clearance       TEXT NOT NULL,
  roles           TEXT NOT NULL,
  enabled         BOOLEAN NOT NULL DEFAULT TRUE,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP WITH TIME ZONE,
  totp_secret     TEXT,
  totp_enrolled   BOOLEAN NOT NULL DEFAULT FALSE,
  totp_last_step  BIGINT,
  demo            BOOLEAN NOT NULL DEFAULT FALSE,
  last_sign_in    TIMESTAMP WITH TIME ZONE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX account_username_ci ON account (lower(username));
CREATE INDEX account_agency ON account (agency_id);

CREATE TABLE recovery_code (
  id          BIGSERIAL PRIMARY KEY,
  account_id  UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  code_hash   TEXT NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX recovery_code_account ON recovery_code (account_id);

CREATE TABLE api_token (
  id            UUID PRIMARY KEY,
  agency_id     UUID NOT NULL,
  agency_name   TEXT,
  name          TEXT NOT NULL,
  scopes        TEXT NOT NULL,
  token_sha256  TEXT NOT NULL UNIQUE,
  prefix        TEXT NOT NULL,
  clearance     TEXT NOT NULL,
  created_by    UUID NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  last_used_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_agency ON api_token (agency_id);
