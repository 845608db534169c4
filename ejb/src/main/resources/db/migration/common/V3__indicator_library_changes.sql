-- Changes to the indicator reference library proposed by departments and decided by finance (plan §四).
CREATE SEQUENCE indicator_template_change_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE indicator_template_change (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    kind             VARCHAR(16)   NOT NULL,
    category_id      BIGINT        NOT NULL REFERENCES fund_category (id),
    template_id      BIGINT        REFERENCES indicator_template (id),
    level2           VARCHAR(24),
    name             VARCHAR(200),
    operator         VARCHAR(12),
    unit             VARCHAR(40),
    typical_min      DECIMAL(18,4),
    typical_max      DECIMAL(18,4),
    qualitative_text VARCHAR(200),
    basis_type       VARCHAR(16),
    basis_text       VARCHAR(500),
    explanation      VARCHAR(1000),
    evidence         VARCHAR(500),
    reason           VARCHAR(1000)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    proposed_by      VARCHAR(80)   NOT NULL,
    proposed_org_id  BIGINT,
    proposed_at      TIMESTAMP     NOT NULL,
    decided_by       VARCHAR(80),
    decided_at       TIMESTAMP,
    decision_comment VARCHAR(1000)
);
CREATE INDEX ix_template_change_status ON indicator_template_change (status);
