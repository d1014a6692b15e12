-- Agencies that change over time: nothing is renamed in place; a renaming, merger or split ends the old
-- record (valid_to) and links it to its successor(s) in agency_succession.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE agency (
  id          UUID PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  name_vi     VARCHAR(300) NOT NULL,
  name_en     VARCHAR(300),
  short_name  VARCHAR(100),
  kind        VARCHAR(40)  NOT NULL,
  level       VARCHAR(20)  NOT NULL,
  parent_id   UUID REFERENCES agency (id),
  valid_from  DATE NOT NULL,
  valid_to    DATE,
  search_text TEXT NOT NULL,
  version     BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT agency_code_unique UNIQUE (code),
  CONSTRAINT agency_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT agency_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX agency_search_trgm ON agency USING gin (search_text gin_trgm_ops);
CREATE INDEX agency_parent ON agency (parent_id);
CREATE INDEX agency_validity_idx ON agency (valid_from, valid_to);

CREATE TABLE agency_succession (
  id             UUID PRIMARY KEY,
  predecessor_id UUID NOT NULL REFERENCES agency (id),
  successor_id   UUID NOT NULL REFERENCES agency (id),
  kind           VARCHAR(20) NOT NULL,
  effective_on   DATE NOT NULL,
  note           VARCHAR(1000),
  CONSTRAINT succession_pair_unique UNIQUE (predecessor_id, successor_id),
  CONSTRAINT succession_not_self CHECK (predecessor_id <> successor_id)
);
CREATE INDEX succession_successor ON agency_succession (successor_id);

CREATE TABLE unit (
  id             UUID PRIMARY KEY,
  agency_id      UUID NOT NULL REFERENCES agency (id),
  parent_unit_id UUID REFERENCES unit (id),
  name_vi        VARCHAR(300) NOT NULL,
  name_en        VARCHAR(300),
  kind           VARCHAR(20) NOT NULL,
  active         BOOLEAN NOT NULL DEFAULT TRUE,
  version        BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT unit_not_own_parent CHECK (parent_unit_id IS NULL OR parent_unit_id <> id)
);
CREATE INDEX unit_agency ON unit (agency_id);

CREATE TABLE person (
  id          UUID PRIMARY KEY,
  agency_id   UUID NOT NULL REFERENCES agency (id),
  unit_id     UUID REFERENCES unit (id),
  full_name   VARCHAR(200) NOT NULL,
  position    VARCHAR(200),
  email       VARCHAR(200),
  phone       VARCHAR(40),
  clearance   VARCHAR(20) NOT NULL,
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  search_text TEXT NOT NULL,
  version     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX person_agency ON person (agency_id);
CREATE INDEX person_unit ON person (unit_id);
CREATE INDEX person_search_trgm ON person USING gin (search_text gin_trgm_ops);

CREATE TABLE focal_point (
  id           UUID PRIMARY KEY,
  agency_id    UUID NOT NULL REFERENCES agency (id),
  content_area VARCHAR(40) NOT NULL,
  person_id    UUID NOT NULL REFERENCES person (id),
  CONSTRAINT focal_point_unique UNIQUE (agency_id, content_area)
);
CREATE INDEX focal_point_person ON focal_point (person_id);
