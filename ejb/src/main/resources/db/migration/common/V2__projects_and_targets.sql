-- Project library, target sheets with their indicators and history, indicator reference library.

CREATE SEQUENCE project_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE target_sheet_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE indicator_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE indicator_template_seq START WITH 10000 INCREMENT BY 50;

CREATE TABLE project (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    fiscal_year            INTEGER       NOT NULL,
    code                   VARCHAR(40)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    category_id            BIGINT        NOT NULL REFERENCES fund_category (id),
    using_unit_id          BIGINT        NOT NULL REFERENCES organization (id),
    responsible_person     VARCHAR(60),
    responsible_phone      VARCHAR(40),
    department_id          BIGINT        NOT NULL REFERENCES organization (id),
    region_id              BIGINT        NOT NULL REFERENCES region (id),
    period_start           DATE,
    period_end             DATE,
    beneficiary_households INTEGER       NOT NULL DEFAULT 0,
    beneficiary_people     INTEGER       NOT NULL DEFAULT 0,
    registered_poor_people INTEGER       NOT NULL DEFAULT 0,
    planned_total          DECIMAL(18,2) NOT NULL DEFAULT 0,
    library_status         VARCHAR(16)   NOT NULL,
    budget_amount          DECIMAL(18,2),
    target_status          VARCHAR(20),
    scope_org_path         VARCHAR(400)  NOT NULL,
    scope_dept_path        VARCHAR(400)  NOT NULL,
    scope_region_path      VARCHAR(400)  NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    CONSTRAINT uq_project_code UNIQUE (code)
);
CREATE INDEX ix_project_year ON project (fiscal_year);
CREATE INDEX ix_project_scope_org ON project (scope_org_path);
CREATE INDEX ix_project_scope_dept ON project (scope_dept_path);
CREATE INDEX ix_project_scope_region ON project (scope_region_path);
CREATE INDEX ix_project_category ON project (category_id);

CREATE TABLE project_funding (
    project_id BIGINT        NOT NULL REFERENCES project (id),
    source     VARCHAR(16)   NOT NULL,
    amount     DECIMAL(18,2) NOT NULL,
    origin     VARCHAR(300)
);
CREATE INDEX ix_project_funding_project ON project_funding (project_id);

CREATE TABLE target_sheet (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    project_id              BIGINT        NOT NULL REFERENCES project (id),
    fiscal_year             INTEGER       NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    overall_goal            VARCHAR(2000),
    budget_execution_weight DECIMAL(7,2)  NOT NULL,
    scope_org_path          VARCHAR(400)  NOT NULL,
    scope_dept_path         VARCHAR(400)  NOT NULL,
    scope_region_path       VARCHAR(400)  NOT NULL,
    submitted_at            TIMESTAMP,
    updated_at              TIMESTAMP     NOT NULL,
    CONSTRAINT uq_target_sheet_project_year UNIQUE (project_id, fiscal_year)
);
CREATE INDEX ix_target_sheet_status ON target_sheet (status);

CREATE TABLE indicator (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    sheet_id         BIGINT        NOT NULL REFERENCES target_sheet (id),
    position         INTEGER       NOT NULL,
    level2           VARCHAR(24)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    operator         VARCHAR(12),
    target_value     DECIMAL(18,4),
    qualitative_text VARCHAR(200),
    unit             VARCHAR(40),
    weight           DECIMAL(7,2)  NOT NULL,
    basis_type       VARCHAR(16),
    basis_text       VARCHAR(500),
    reason           VARCHAR(1000),
    evidence         VARCHAR(500),
    template_id      BIGINT
);
CREATE INDEX ix_indicator_sheet ON indicator (sheet_id);

CREATE TABLE target_sheet_event (
    sheet_id       BIGINT        NOT NULL REFERENCES target_sheet (id),
    occurred_at    TIMESTAMP     NOT NULL,
    actor_username VARCHAR(80)   NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)   NOT NULL,
    comment_text   VARCHAR(2000)
);
CREATE INDEX ix_target_sheet_event_sheet ON target_sheet_event (sheet_id);

CREATE TABLE indicator_template (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    category_id      BIGINT        NOT NULL REFERENCES fund_category (id),
    level2           VARCHAR(24)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    operator         VARCHAR(12)   NOT NULL,
    unit             VARCHAR(40),
    typical_min      DECIMAL(18,4),
    typical_max      DECIMAL(18,4),
    qualitative_text VARCHAR(200),
    basis_type       VARCHAR(16)   NOT NULL,
    basis_text       VARCHAR(500)  NOT NULL,
    explanation      VARCHAR(1000) NOT NULL,
    evidence         VARCHAR(500)  NOT NULL,
    sort_order       INTEGER       NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE
);
CREATE INDEX ix_indicator_template_category ON indicator_template (category_id);
