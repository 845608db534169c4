-- Issue 13: execution monitoring (plan §七). A region's finance sets monitoring periods per year;
-- the daily job opens each one once (a task per released target of the region's subtree), reminds
-- and marks overdue reports; the unit reports per indicator key; each report is assessed by the
-- warning rules and its level and findings are kept with it.
CREATE SEQUENCE monitoring_period_seq START WITH 1000 INCREMENT BY 50;
-- tasks are only ever created in SQL (a period opens set-based): one by one
CREATE SEQUENCE monitoring_task_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE monitoring_evidence_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fund_action_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE monitoring_period (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    region_id     BIGINT        NOT NULL REFERENCES region (id),
    region_path   VARCHAR(400)  NOT NULL,
    fiscal_year   INTEGER       NOT NULL,
    name          VARCHAR(60)   NOT NULL,
    period_end    DATE          NOT NULL,
    opens_on      DATE          NOT NULL,
    deadline      DATE          NOT NULL,
    key_only      BOOLEAN       NOT NULL DEFAULT FALSE,
    opened_at     TIMESTAMP,
    task_count    INTEGER       NOT NULL DEFAULT 0,
    created_by    VARCHAR(80)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uq_monitoring_period UNIQUE (region_id, fiscal_year, name)
);
CREATE INDEX ix_monitoring_period_due ON monitoring_period (opened_at, opens_on);

-- 重点监控: projects finance chose for monthly monitoring in a year
CREATE TABLE monitoring_key_project (
    sheet_id      BIGINT        NOT NULL PRIMARY KEY REFERENCES target_sheet (id),
    chosen_by     VARCHAR(80)   NOT NULL,
    chosen_at     TIMESTAMP     NOT NULL
);

CREATE TABLE monitoring_task (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    period_id         BIGINT        NOT NULL REFERENCES monitoring_period (id),
    sheet_id          BIGINT        NOT NULL REFERENCES target_sheet (id),
    project_id        BIGINT        NOT NULL REFERENCES project (id),
    using_unit_id     BIGINT        NOT NULL REFERENCES organization (id),
    target_version    INTEGER       NOT NULL,
    scope_org_path    VARCHAR(400)  NOT NULL,
    scope_dept_path   VARCHAR(400)  NOT NULL,
    scope_region_path VARCHAR(400)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    released_budget   DECIMAL(18,2),
    executed_total    DECIMAL(18,2),
    warning_level     VARCHAR(8),
    execution_rate    DECIMAL(9,1),
    time_progress     DECIMAL(9,1),
    assessed_at       TIMESTAMP,
    saved_at          TIMESTAMP,
    submitted_at      TIMESTAMP,
    submitted_by      VARCHAR(80),
    returned_reason   VARCHAR(1000),
    overdue_since     DATE,
    CONSTRAINT uq_monitoring_task UNIQUE (period_id, sheet_id)
);
CREATE INDEX ix_monitoring_task_sheet ON monitoring_task (sheet_id);
CREATE INDEX ix_monitoring_task_unit ON monitoring_task (using_unit_id, status);
CREATE INDEX ix_monitoring_task_period_status ON monitoring_task (period_id, status);
CREATE INDEX ix_monitoring_task_scope_region ON monitoring_task (scope_region_path);
CREATE INDEX ix_monitoring_task_scope_dept ON monitoring_task (scope_dept_path);

-- one line per indicator of the version in force, by its stable key; the kind of its target and a
-- time limit's deadline are copied from the version, so that the nightly batch judges by date in SQL
CREATE TABLE monitoring_line (
    task_id            BIGINT        NOT NULL REFERENCES monitoring_task (id),
    indicator_key      VARCHAR(36)   NOT NULL,
    position           INTEGER       NOT NULL,
    value_kind         VARCHAR(12),
    deadline           DATE,
    achieved           DECIMAL(18,4),
    expected           DECIMAL(18,4),
    done_on            DATE,
    statement          VARCHAR(500),
    on_track           BOOLEAN,
    likelihood         VARCHAR(16),
    deviation_cause    VARCHAR(16),
    deviation_reason   VARCHAR(1000),
    corrective_measure VARCHAR(1000),
    progress           DECIMAL(9,1),
    forecast           DECIMAL(9,1),
    line_level         VARCHAR(8),
    evidenced          BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_monitoring_line PRIMARY KEY (task_id, indicator_key)
);

-- 预算执行 per fund source
CREATE TABLE monitoring_funding (
    task_id       BIGINT        NOT NULL REFERENCES monitoring_task (id),
    source        VARCHAR(24)   NOT NULL,
    executed      DECIMAL(18,2) NOT NULL,
    CONSTRAINT pk_monitoring_funding PRIMARY KEY (task_id, source)
);

-- the rules that fired, with their numbers as written, so that a level explains itself
CREATE TABLE monitoring_finding (
    task_id       BIGINT        NOT NULL REFERENCES monitoring_task (id),
    position      INTEGER       NOT NULL,
    finding_level VARCHAR(8)    NOT NULL,
    rule_key      VARCHAR(80)   NOT NULL,
    rule_args     VARCHAR(1000),
    indicator_key VARCHAR(36),
    CONSTRAINT pk_monitoring_finding PRIMARY KEY (task_id, position)
);

CREATE TABLE monitoring_evidence (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    task_id       BIGINT        NOT NULL REFERENCES monitoring_task (id),
    indicator_key VARCHAR(36),
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(120)  NOT NULL,
    stored_name   VARCHAR(80)   NOT NULL,
    file_bytes    BIGINT        NOT NULL,
    file_sha256   VARCHAR(64)   NOT NULL,
    uploaded_by   VARCHAR(80)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL
);
CREATE INDEX ix_monitoring_evidence_task ON monitoring_evidence (task_id);

-- reminders and overdue notices sent: a catch-up or a second run does not send twice
CREATE TABLE monitoring_reminder (
    task_id       BIGINT        NOT NULL REFERENCES monitoring_task (id),
    reminder      VARCHAR(16)   NOT NULL,
    sent_on       DATE          NOT NULL,
    CONSTRAINT pk_monitoring_reminder PRIMARY KEY (task_id, reminder)
);

-- 暂缓拨付 / 收回资金 / 恢复: proposed (by the warning of a RED report) or recorded by finance, always
-- decided by a person
CREATE TABLE fund_action (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    sheet_id          BIGINT        NOT NULL REFERENCES target_sheet (id),
    task_id           BIGINT        REFERENCES monitoring_task (id),
    scope_org_path    VARCHAR(400)  NOT NULL,
    scope_dept_path   VARCHAR(400)  NOT NULL,
    scope_region_path VARCHAR(400)  NOT NULL,
    kind              VARCHAR(12)   NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    amount            DECIMAL(18,2),
    reason            VARCHAR(1000),
    decision_document VARCHAR(120),
    decision_note     VARCHAR(1000),
    proposed_by       VARCHAR(80)   NOT NULL,
    proposed_at       TIMESTAMP     NOT NULL,
    decided_by        VARCHAR(80),
    decided_at        TIMESTAMP
);
CREATE INDEX ix_fund_action_sheet ON fund_action (sheet_id);
CREATE INDEX ix_fund_action_status ON fund_action (status, scope_region_path);

-- 整改通知: drafted when a report turns RED (its findings are the problems), completed by the department
-- with the corrective actions and a deadline, and issued to the unit; the year-end issue adds answers
CREATE SEQUENCE rectification_notice_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE rectification_notice (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    sheet_id          BIGINT        NOT NULL REFERENCES target_sheet (id),
    task_id           BIGINT        REFERENCES monitoring_task (id),
    using_unit_id     BIGINT        NOT NULL REFERENCES organization (id),
    scope_org_path    VARCHAR(400)  NOT NULL,
    scope_dept_path   VARCHAR(400)  NOT NULL,
    scope_region_path VARCHAR(400)  NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    problems          VARCHAR(2000),
    required_actions  VARCHAR(2000),
    deadline          DATE,
    drafted_at        TIMESTAMP     NOT NULL,
    issued_by         VARCHAR(80),
    issued_at         TIMESTAMP
);
CREATE INDEX ix_rectification_notice_sheet ON rectification_notice (sheet_id);
CREATE INDEX ix_rectification_notice_status ON rectification_notice (status, scope_dept_path);

-- an office's mailbox: notices to a role of the organization also go there by mail, when mail is set up
ALTER TABLE organization ADD COLUMN contact_email VARCHAR(200);
