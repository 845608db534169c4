-- Foundation: regions, organizations, users and roles, reference data, audit log, job runs.
-- Portable SQL for H2 2.x and PostgreSQL 15. Ids come from per-table sequences (allocation 50).

CREATE SEQUENCE region_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE organization_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fund_category_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_record_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE job_run_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE region (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    region_level  VARCHAR(16)  NOT NULL,
    parent_id     BIGINT       REFERENCES region (id),
    path          VARCHAR(400) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_region_code UNIQUE (code)
);
CREATE INDEX ix_region_path ON region (path);

CREATE TABLE organization (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    org_type       VARCHAR(32)  NOT NULL,
    region_id      BIGINT       NOT NULL REFERENCES region (id),
    parent_id      BIGINT       REFERENCES organization (id),
    path           VARCHAR(400) NOT NULL,
    region_path    VARCHAR(400) NOT NULL,
    contact_person VARCHAR(60),
    contact_phone  VARCHAR(40),
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_organization_code UNIQUE (code)
);
CREATE INDEX ix_organization_path ON organization (path);
CREATE INDEX ix_organization_region_path ON organization (region_path);

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    username             VARCHAR(40)  NOT NULL,
    display_name         VARCHAR(60)  NOT NULL,
    phone                VARCHAR(40),
    organization_id      BIGINT       NOT NULL REFERENCES organization (id),
    roles_changed_at     TIMESTAMP,
    password_hash        VARCHAR(200) NOT NULL,
    password_changed_at  TIMESTAMP    NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_attempts      INTEGER      NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at        TIMESTAMP,
    last_login_address   VARCHAR(64),
    created_at           TIMESTAMP    NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);
CREATE INDEX ix_app_user_organization ON app_user (organization_id);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL REFERENCES app_user (id),
    role_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role_code)
);

CREATE TABLE password_history (
    user_id       BIGINT       NOT NULL REFERENCES app_user (id),
    password_hash VARCHAR(200) NOT NULL,
    replaced_at   TIMESTAMP    NOT NULL
);
CREATE INDEX ix_password_history_user ON password_history (user_id);

CREATE TABLE fund_category (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(60)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL,
    builtin    BOOLEAN      NOT NULL DEFAULT FALSE,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_fund_category_code UNIQUE (code)
);

CREATE TABLE fund_source_type (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(60)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL,
    integrated BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_fund_source_type_code UNIQUE (code)
);

CREATE TABLE audit_record (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    seq             BIGINT        NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    actor_username  VARCHAR(80)   NOT NULL,
    actor_org_id    BIGINT,
    actor_org_name  VARCHAR(200),
    action_code     VARCHAR(80)   NOT NULL,
    entity_type     VARCHAR(80),
    entity_id       VARCHAR(80),
    before_summary  VARCHAR(4000),
    after_summary   VARCHAR(4000),
    client_address  VARCHAR(64),
    previous_hash   VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_audit_record_seq UNIQUE (seq)
);
CREATE INDEX ix_audit_record_occurred ON audit_record (occurred_at);
CREATE INDEX ix_audit_record_actor ON audit_record (actor_username);
CREATE INDEX ix_audit_record_action ON audit_record (action_code);

CREATE TABLE audit_chain_head (
    id        BIGINT      NOT NULL PRIMARY KEY,
    version   BIGINT      NOT NULL DEFAULT 0,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, version, last_seq, last_hash)
VALUES (1, 0, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE job_run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    job_name     VARCHAR(60)   NOT NULL,
    period_key   VARCHAR(60)   NOT NULL,
    trigger_kind VARCHAR(16)   NOT NULL,
    node         VARCHAR(120),
    started_by   VARCHAR(80),
    started_at   TIMESTAMP     NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR(16)   NOT NULL,
    duration_ms  BIGINT,
    message      VARCHAR(2000),
    CONSTRAINT uq_job_run_claim UNIQUE (job_name, period_key)
);
CREATE INDEX ix_job_run_started ON job_run (started_at);

-- The 13 fund categories of the plan (§一).
INSERT INTO fund_category (id, code, name, name_en, sort_order, builtin) VALUES
 (1,  'INDUSTRY',       '产业扶贫',         'Industrial development',              1, TRUE),
 (2,  'RELOCATION',     '易地扶贫搬迁',     'Poverty relief relocation',           2, TRUE),
 (3,  'EMPLOYMENT',     '就业扶贫',         'Employment support',                  3, TRUE),
 (4,  'HOUSING',        '危房改造',         'Dilapidated housing renovation',      4, TRUE),
 (5,  'EDUCATION',      '教育扶贫',         'Education support',                   5, TRUE),
 (6,  'HEALTH',         '健康扶贫',         'Health support',                      6, TRUE),
 (7,  'ECOLOGY',        '生态扶贫',         'Ecological poverty relief',           7, TRUE),
 (8,  'BASIC_MEDICAL',  '基本医疗',         'Basic medical care',                  8, TRUE),
 (9,  'SOCIAL_ASSIST',  '社会救助',         'Social assistance',                   9, TRUE),
 (10, 'INFRASTRUCTURE', '农村基础设施建设', 'Rural infrastructure',               10, TRUE),
 (11, 'PHOTOVOLTAIC',   '光伏扶贫',         'Photovoltaic poverty relief',        11, TRUE),
 (12, 'TOURISM',        '旅游扶贫',         'Tourism poverty relief',             12, TRUE),
 (13, 'CULTURE',        '文化扶贫',         'Cultural poverty relief',            13, TRUE);

-- Fund source types (domain.md §2).
INSERT INTO fund_source_type (id, code, name, name_en, sort_order, integrated) VALUES
 (1, 'CENTRAL',    '中央补助', 'Central subsidy',     1, FALSE),
 (2, 'PROVINCE',   '省级补助', 'Provincial subsidy',  2, FALSE),
 (3, 'CITY',       '市级补助', 'Municipal subsidy',   3, FALSE),
 (4, 'LOCAL',      '本级预算', 'County budget',       4, FALSE),
 (5, 'INTEGRATED', '统筹整合', 'Integrated funds',    5, TRUE);
