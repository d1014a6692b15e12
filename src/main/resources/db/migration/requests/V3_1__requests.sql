-- Coordination requests (issue 4): kinds and deadline rules as reference data, the holiday calendar,
-- requests with their tasks (identifiers, questions, items), timeline, comments, attachments, answers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE request_kind (
  code            TEXT PRIMARY KEY,
  content_area    TEXT NOT NULL,
  sort_order      INT NOT NULL,
  -- the form: which task rows it shows and which identifier types it offers (JSON, read by the form)
  form_definition TEXT NOT NULL,
  active          BOOLEAN NOT NULL DEFAULT TRUE
);

-- Deadline per kind and urgency (administrators may change them; changes apply to requests sent afterwards).
CREATE TABLE request_deadline_rule (
  kind     TEXT NOT NULL REFERENCES request_kind(code),
  urgency  TEXT NOT NULL CHECK (urgency IN ('NORMAL','URGENT','EMERGENCY')),
  amount   INT NOT NULL CHECK (amount > 0),
  unit     TEXT NOT NULL CHECK (unit IN ('HOURS','DAYS','WORKING_DAYS')),
  legal_reference TEXT,
  PRIMARY KEY (kind, urgency)
);

-- Days off (public holidays, compensatory days) and swapped working Saturdays, each with its legal reference.
-- confirmed = false marks a date an administrator must still confirm against the official announcement.
CREATE TABLE request_holiday (
  day             DATE PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('HOLIDAY','DAY_OFF','WORKING_SATURDAY')),
  name            TEXT NOT NULL,
  legal_reference TEXT,
  confirmed       BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE SEQUENCE request_number_seq;

CREATE TABLE coordination_request (
  id                   UUID PRIMARY KEY,
  reference            TEXT NOT NULL UNIQUE,
  kind                 TEXT NOT NULL REFERENCES request_kind(code),
  sender_agency_id     UUID NOT NULL,
  sender_unit_id       UUID,
  receiver_agency_id   UUID NOT NULL,
  receiver_unit_id     UUID,
  agreement_id         UUID,
  -- agencies the request went through before reaching the receiver (forwarded to a parent), in order
  routing_chain        TEXT,
  subject              TEXT NOT NULL,
  details              TEXT,
  basis_reference      TEXT,
  basis_date           DATE,
  basis_legal_type     TEXT,
  basis_authority      TEXT,
  basis_valid_until    DATE,
  approving_leader_id  UUID,
  classification       TEXT NOT NULL,
  urgency              TEXT NOT NULL,
  internal_note        TEXT,
  window_from          DATE,
  window_to            DATE,
  status               TEXT NOT NULL,
  desired_status       TEXT NOT NULL,
  approval_pending     BOOLEAN NOT NULL DEFAULT FALSE,
  approved_by          UUID,
  approved_by_name     TEXT,
  approved_at          TIMESTAMPTZ,
  requested_due_at     TIMESTAMPTZ,
  rule_amount          INT,
  rule_unit            TEXT,
  sent_at              TIMESTAMPTZ,
  due_at               TIMESTAMPTZ,
  paused_seconds       BIGINT NOT NULL DEFAULT 0,
  paused_since         TIMESTAMPTZ,
  effective_due_at     TIMESTAMPTZ,
  remind_at            TIMESTAMPTZ,
  reminder_sent_at     TIMESTAMPTZ,
  overdue_notified_at  TIMESTAMPTZ,
  assignee_person_id   UUID,
  assignee_name        TEXT,
  outcome              TEXT,
  answered_at          TIMESTAMPTZ,
  closed_at            TIMESTAMPTZ,
  generation           BIGINT NOT NULL DEFAULT 1,
  created_by_account   UUID,
  created_by_person    UUID,
  created_by_name      TEXT,
  created_at           TIMESTAMPTZ NOT NULL,
  updated_at           TIMESTAMPTZ NOT NULL,
  idempotency_key      TEXT,
  idempotency_hash     TEXT,
  search_text          TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX coordination_request_idem ON coordination_request (sender_agency_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX coordination_request_incoming ON coordination_request (receiver_agency_id, status, effective_due_at);
CREATE INDEX coordination_request_outgoing ON coordination_request (sender_agency_id, status, created_at DESC);
CREATE INDEX coordination_request_assignee ON coordination_request (assignee_person_id, status) WHERE assignee_person_id IS NOT NULL;
CREATE INDEX coordination_request_due ON coordination_request (effective_due_at) WHERE status IN ('SENT','ACKNOWLEDGED','IN_PROGRESS');
CREATE INDEX coordination_request_approval ON coordination_request (sender_agency_id) WHERE status = 'AWAITING_APPROVAL' OR approval_pending;
CREATE INDEX coordination_request_search ON coordination_request USING gin (search_text gin_trgm_ops);

-- ETSI "tasks": the identifiers of a lookup/verification, the questions of a forensic assessment, the items of evidence.
CREATE TABLE request_task (
  id              UUID PRIMARY KEY,
  request_id      UUID NOT NULL REFERENCES coordination_request(id) ON DELETE CASCADE,
  position        INT NOT NULL,
  task_type       TEXT NOT NULL CHECK (task_type IN ('IDENTIFIER','QUESTION','ITEM')),
  identifier_type TEXT,
  raw_value       TEXT NOT NULL,
  normalized      TEXT NOT NULL,
  qualifier       TEXT,
  UNIQUE (request_id, position)
);

-- The timeline: every step with who and when.
CREATE TABLE request_event (
  id              UUID PRIMARY KEY,
  request_id      UUID NOT NULL REFERENCES coordination_request(id) ON DELETE CASCADE,
  at              TIMESTAMPTZ NOT NULL,
  action          TEXT NOT NULL,
  from_status     TEXT,
  to_status       TEXT,
  actor_account   UUID,
  actor_name      TEXT,
  actor_agency_id UUID,
  side            TEXT,
  note            TEXT,
  generation      BIGINT NOT NULL
);
CREATE INDEX request_event_request ON request_event (request_id, at);

-- Comments between the two sides; internal comments are seen only inside the author's agency.
CREATE TABLE request_comment (
  id              UUID PRIMARY KEY,
  request_id      UUID NOT NULL REFERENCES coordination_request(id) ON DELETE CASCADE,
  at              TIMESTAMPTZ NOT NULL,
  author_account  UUID,
  author_name     TEXT NOT NULL,
  agency_id       UUID NOT NULL,
  internal        BOOLEAN NOT NULL,
  body            TEXT NOT NULL
);
CREATE INDEX request_comment_request ON request_comment (request_id, at);

CREATE TABLE request_attachment (
  request_id     UUID NOT NULL REFERENCES coordination_request(id) ON DELETE CASCADE,
  attachment_id  UUID NOT NULL,
  purpose        TEXT NOT NULL CHECK (purpose IN ('BASIS','ANSWER','EVIDENCE')),
  position       INT NOT NULL,
  agency_id      UUID NOT NULL,
  added_at       TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (request_id, attachment_id, purpose)
);

-- The signed answer (one per request).
CREATE TABLE request_answer (
  request_id      UUID PRIMARY KEY REFERENCES coordination_request(id) ON DELETE CASCADE,
  generation      BIGINT NOT NULL,
  outcome         TEXT NOT NULL,
  refusal_reason  TEXT,
  refusal_text    TEXT,
  body            TEXT,
  agency_id       UUID NOT NULL,
  answered_by     UUID,
  answered_by_name TEXT,
  answered_at     TIMESTAMPTZ NOT NULL,
  sig_algorithm   TEXT,
  sig_key_id      TEXT,
  sig_value       TEXT,
  signed_at       TIMESTAMPTZ
);

CREATE TABLE request_answer_result (
  request_id  UUID NOT NULL REFERENCES request_answer(request_id) ON DELETE CASCADE,
  task_id     UUID NOT NULL REFERENCES request_task(id) ON DELETE CASCADE,
  position    INT NOT NULL,
  result      TEXT NOT NULL CHECK (result IN ('FOUND','NOT_FOUND','REFUSED')),
  text        TEXT,
  PRIMARY KEY (request_id, task_id)
);

INSERT INTO request_kind (code, content_area, sort_order, form_definition) VALUES
 ('INFORMATION_EXCHANGE', 'INFORMATION_EXCHANGE', 1, '{"tasks":"NONE"}'),
 ('LOOKUP', 'LOOKUP_VERIFICATION', 2, '{"tasks":"IDENTIFIER","window":true,"types":["PHONE","IMEI","IP_ADDRESS","URL","DOMAIN","EMAIL","SOCIAL_ACCOUNT","CITIZEN_ID","PERSON","BANK_ACCOUNT","FREE_TEXT"]}'),
 ('VERIFICATION', 'LOOKUP_VERIFICATION', 3, '{"tasks":"IDENTIFIER","window":true,"types":["PHONE","IMEI","IP_ADDRESS","URL","DOMAIN","EMAIL","SOCIAL_ACCOUNT","CITIZEN_ID","PERSON","BANK_ACCOUNT","FREE_TEXT"]}'),
 ('FORENSIC_ASSESSMENT', 'FORENSIC_EVIDENCE', 4, '{"tasks":"QUESTION"}'),
 ('EVIDENCE', 'FORENSIC_EVIDENCE', 5, '{"tasks":"ITEM"}');

INSERT INTO request_deadline_rule (kind, urgency, amount, unit, legal_reference) VALUES
 ('LOOKUP', 'NORMAL', 24, 'HOURS', 'Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2'),
 ('LOOKUP', 'URGENT', 24, 'HOURS', 'Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2'),
 ('LOOKUP', 'EMERGENCY', 3, 'HOURS', 'Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2'),
 ('VERIFICATION', 'NORMAL', 24, 'HOURS', 'Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2'),
 ('VERIFICATION', 'URGENT', 24, 'HOURS', 'Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2'),
 ('VERIFICATION', 'EMERGENCY', 3, 'HOURS', 'Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2'),
 ('INFORMATION_EXCHANGE', 'NORMAL', 5, 'WORKING_DAYS', NULL),
 ('INFORMATION_EXCHANGE', 'URGENT', 5, 'WORKING_DAYS', NULL),
 ('INFORMATION_EXCHANGE', 'EMERGENCY', 5, 'WORKING_DAYS', NULL),
 ('FORENSIC_ASSESSMENT', 'NORMAL', 5, 'WORKING_DAYS', NULL),
 ('FORENSIC_ASSESSMENT', 'URGENT', 5, 'WORKING_DAYS', NULL),
 ('FORENSIC_ASSESSMENT', 'EMERGENCY', 5, 'WORKING_DAYS', NULL),
 ('EVIDENCE', 'NORMAL', 5, 'WORKING_DAYS', NULL),
 ('EVIDENCE', 'URGENT', 5, 'WORKING_DAYS', NULL),
 ('EVIDENCE', 'EMERGENCY', 5, 'WORKING_DAYS', NULL);

-- Holidays. Fixed-date holidays follow Labour Code 2019 art. 112(1) (confirmed). The 2026 Tết Dương lịch and
-- Tết Nguyên đán dates follow the announcements cited in VN-EGOV-CONVENTIONS.md §5 (secondary sources: confirmed
-- = false until an administrator checks the official công văn). Lunar holidays of 2025 and Quốc khánh 2026 are
-- not in the verified notes: an administrator must add them from the official announcement.
INSERT INTO request_holiday (day, kind, name, legal_reference, confirmed) VALUES
 ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE),
 ('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE),
 ('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE),
 ('2025-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE),
 ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE),
 ('2026-01-02', 'DAY_OFF', 'Tết Dương lịch (nghỉ hoán đổi)', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025', FALSE),
 ('2026-01-10', 'WORKING_SATURDAY', 'Làm bù ngày 02/01/2026', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025', FALSE),
 ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; thông báo nghỉ Tết 2026', FALSE),
 ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; thông báo nghỉ Tết 2026', FALSE),
 ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; thông báo nghỉ Tết 2026', FALSE),
 ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; thông báo nghỉ Tết 2026', FALSE),
 ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; thông báo nghỉ Tết 2026', FALSE),
 ('2026-04-27', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (nghỉ bù, 10/3 âm lịch là Chủ nhật 26/4)', 'Bộ luật Lao động 2019, Điều 112 khoản 3 (tính toán, chưa đối chiếu)', FALSE),
 ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE),
 ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE),
 ('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112 khoản 1', TRUE);
