-- Coordination agreements (quy chế phối hợp), their versions and life, and yearly coordination plans with tasks.

-- Reference data: the sectors an agreement's scope covers. The list grows (a system administrator adds rows).
CREATE TABLE sector (
    code        VARCHAR(60)  PRIMARY KEY,
    name_vi     VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    position    INT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

INSERT INTO sector (code, name_vi, name_en, position) VALUES
 ('PRESS', 'Báo chí', 'Press', 10),
 ('PUBLISHING', 'Xuất bản, in và phát hành', 'Publishing, printing and distribution', 20),
 ('BROADCASTING', 'Phát thanh và truyền hình', 'Radio and television', 30),
 ('ELECTRONIC_INFORMATION', 'Thông tin điện tử', 'Electronic information', 40),
 ('NEWS_AGENCY', 'Thông tấn', 'News agencies', 50),
 ('FOREIGN_INFORMATION', 'Thông tin đối ngoại', 'Foreign information', 60),
 ('GRASSROOTS_INFORMATION', 'Thông tin cơ sở', 'Grassroots information', 70),
 ('POSTAL', 'Bưu chính', 'Postal services', 80),
 ('TELECOMMUNICATIONS', 'Viễn thông', 'Telecommunications', 90),
 ('RADIO_FREQUENCY', 'Tần số vô tuyến điện', 'Radio frequency', 100),
 ('IT', 'Công nghiệp công nghệ thông tin và ứng dụng công nghệ thông tin', 'IT industry and IT application', 110),
 ('ELECTRONICS', 'Điện tử', 'Electronics', 120),
 ('NETWORK_SECURITY', 'An toàn thông tin mạng', 'Network information security', 130),
 ('ELECTRONIC_TRANSACTIONS', 'Giao dịch điện tử', 'Electronic transactions', 140),
 ('ADVERTISING', 'Quảng cáo', 'Advertising', 150),
 ('ICT_INFRASTRUCTURE', 'Hạ tầng thông tin và truyền thông', 'I&C infrastructure', 160),
 ('ONLINE_ENVIRONMENT', 'Môi trường mạng', 'The online environment', 170);

CREATE TABLE agreement (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(80)  NOT NULL,
    title               VARCHAR(500) NOT NULL,
    signing_date        DATE,
    signing_place       VARCHAR(200),
    effective_from      DATE NOT NULL,
    effective_to        DATE,
    status              VARCHAR(20)  NOT NULL,
    classification      VARCHAR(20)  NOT NULL DEFAULT 'UNCLASSIFIED',
    cross_level_reason  TEXT,
    principles          TEXT,
    forms               TEXT,
    signed_text_id      UUID,
    signed_text_sha256  VARCHAR(64),
    signed_text_name    VARCHAR(300),
    replaces_id         UUID REFERENCES agreement (id),
    replaced_by_id      UUID REFERENCES agreement (id),
    terminated_on       DATE,
    termination_reason  TEXT,
    current_version     INT NOT NULL DEFAULT 1,
    row_version         BIGINT NOT NULL DEFAULT 0,
    search_text         TEXT NOT NULL DEFAULT '',
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200),
    CONSTRAINT agreement_status_ck CHECK (status IN ('DRAFT', 'IN_FORCE', 'EXPIRED', 'TERMINATED', 'REPLACED')),
    CONSTRAINT agreement_dates_ck CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT agreement_not_self_ck CHECK (replaces_id IS NULL OR replaces_id <> id)
);
CREATE INDEX agreement_status_idx ON agreement (status);
CREATE INDEX agreement_replaces_idx ON agreement (replaces_id);

CREATE TABLE agreement_party (
    agreement_id      UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    agency_id         UUID NOT NULL,
    position          INT  NOT NULL,
    name_at_signing   VARCHAR(300) NOT NULL,
    level             VARCHAR(20)  NOT NULL,
    signatory_name    VARCHAR(200),
    signatory_title   VARCHAR(200),
    responsibilities  TEXT,
    PRIMARY KEY (agreement_id, agency_id)
);
CREATE INDEX agreement_party_agency_idx ON agreement_party (agency_id);

CREATE TABLE agreement_sector (
    agreement_id  UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    sector_code   VARCHAR(60) NOT NULL REFERENCES sector (code),
    PRIMARY KEY (agreement_id, sector_code)
);

CREATE TABLE agreement_content_area (
    agreement_id  UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    area          VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, area)
);

CREATE TABLE agreement_focal_point (
    agreement_id  UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    agency_id     UUID NOT NULL,
    area          VARCHAR(40) NOT NULL,
    person_id     UUID NOT NULL,
    person_name   VARCHAR(200),
    PRIMARY KEY (agreement_id, agency_id, area)
);

-- Version 1 is the agreement as signed; each amendment adds one, with a snapshot of the fields for the diff.
CREATE TABLE agreement_version (
    agreement_id  UUID NOT NULL REFERENCES agreement (id),
    version       INT  NOT NULL,
    summary       TEXT NOT NULL,
    snapshot      TEXT NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(200),
    PRIMARY KEY (agreement_id, version)
);

-- The timeline of an agreement's life.
CREATE TABLE agreement_event (
    id            UUID PRIMARY KEY,
    agreement_id  UUID NOT NULL REFERENCES agreement (id),
    kind          VARCHAR(30) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_name    VARCHAR(200),
    detail        TEXT
);
CREATE INDEX agreement_event_agreement_idx ON agreement_event (agreement_id, occurred_at);

CREATE TABLE coordination_plan (
    id            UUID PRIMARY KEY,
    agreement_id  UUID NOT NULL REFERENCES agreement (id),
    year          INT  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    row_version   BIGINT NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_year_uq UNIQUE (agreement_id, year),
    CONSTRAINT plan_status_ck CHECK (status IN ('DRAFT', 'APPROVED', 'IN_PROGRESS', 'CLOSED'))
);

-- One sign-off per party: a plan is approved when a leader of each party has approved it.
CREATE TABLE plan_approval (
    plan_id        UUID NOT NULL REFERENCES coordination_plan (id) ON DELETE CASCADE,
    agency_id      UUID NOT NULL,
    approver_id    UUID,
    approver_name  VARCHAR(200) NOT NULL,
    approved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plan_id, agency_id)
);

CREATE TABLE plan_task (
    id                 UUID PRIMARY KEY,
    plan_id            UUID NOT NULL REFERENCES coordination_plan (id),
    title              VARCHAR(500) NOT NULL,
    content_area       VARCHAR(40)  NOT NULL,
    lead_agency_id     UUID NOT NULL,
    lead_unit_id       UUID,
    start_date         DATE NOT NULL,
    due_date           DATE NOT NULL,
    date_reason        TEXT,
    expected_result    TEXT,
    status             VARCHAR(20) NOT NULL,
    approval           VARCHAR(20) NOT NULL,
    progress_percent   INT NOT NULL DEFAULT 0,
    position           INT NOT NULL DEFAULT 0,
    row_version        BIGINT NOT NULL DEFAULT 0,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT task_dates_ck CHECK (start_date <= due_date),
    CONSTRAINT task_percent_ck CHECK (progress_percent BETWEEN 0 AND 100),
    CONSTRAINT task_status_ck CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    CONSTRAINT task_approval_ck CHECK (approval IN ('APPROVED', 'PENDING_APPROVAL'))
);
CREATE INDEX plan_task_plan_idx ON plan_task (plan_id);
CREATE INDEX plan_task_lead_idx ON plan_task (lead_agency_id);

CREATE TABLE plan_task_support (
    task_id    UUID NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    agency_id  UUID NOT NULL,
    unit_id    UUID,
    position   INT  NOT NULL
);
CREATE INDEX plan_task_support_task_idx ON plan_task_support (task_id);
CREATE INDEX plan_task_support_agency_idx ON plan_task_support (agency_id);

-- A task added after the plan was approved needs a leader of each party again.
CREATE TABLE task_approval (
    task_id        UUID NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    agency_id      UUID NOT NULL,
    approver_id    UUID,
    approver_name  VARCHAR(200) NOT NULL,
    approved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, agency_id)
);

CREATE TABLE task_progress (
    id                UUID PRIMARY KEY,
    task_id           UUID NOT NULL REFERENCES plan_task (id),
    reported_on       DATE NOT NULL,
    percent           INT  NOT NULL,
    note              TEXT NOT NULL,
    reporter_id       UUID,
    reporter_name     VARCHAR(200) NOT NULL,
    reporter_agency   UUID,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT progress_percent_ck CHECK (percent BETWEEN 0 AND 100)
);
CREATE INDEX task_progress_task_idx ON task_progress (task_id, reported_on);

CREATE TABLE task_progress_attachment (
    progress_id    UUID NOT NULL REFERENCES task_progress (id),
    attachment_id  UUID NOT NULL,
    file_name      VARCHAR(300) NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (progress_id, attachment_id)
);

-- Work moved from a replaced agreement to its replacement: one row per moved item.
CREATE TABLE agreement_work_move (
    id                 UUID PRIMARY KEY,
    from_agreement_id  UUID NOT NULL REFERENCES agreement (id),
    to_agreement_id    UUID NOT NULL REFERENCES agreement (id),
    item_type          VARCHAR(30) NOT NULL,
    item_id            UUID NOT NULL,
    from_plan_id       UUID,
    to_plan_id         UUID,
    moved_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    moved_by           VARCHAR(200)
);
