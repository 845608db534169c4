-- Review rounds, filing, approval with frozen versions, and adjustments (issue 5, plan §五, §六).

CREATE SEQUENCE review_round_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE review_member_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE review_item_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE review_opinion_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE target_adjustment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE target_version_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE review_round (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    fiscal_year       INTEGER       NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    selection         VARCHAR(16)   NOT NULL,
    selection_label   VARCHAR(200),
    status            VARCHAR(12)   NOT NULL,
    opened_by         VARCHAR(80)   NOT NULL,
    opened_at         TIMESTAMP     NOT NULL,
    closed_at         TIMESTAMP,
    scope_org_path    VARCHAR(400)  NOT NULL,
    scope_region_path VARCHAR(400)  NOT NULL
);
CREATE INDEX ix_review_round_scope_region ON review_round (scope_region_path);

CREATE TABLE review_member (
    id                BIGINT        NOT NULL PRIMARY KEY,
    round_id          BIGINT        NOT NULL REFERENCES review_round (id),
    username          VARCHAR(80)   NOT NULL,
    display_name      VARCHAR(80)   NOT NULL,
    organization_name VARCHAR(200)  NOT NULL,
    affiliation       VARCHAR(24)   NOT NULL,
    chair             BOOLEAN       NOT NULL,
    CONSTRAINT uq_review_member UNIQUE (round_id, username)
);
CREATE INDEX ix_review_member_username ON review_member (username);

CREATE TABLE review_item (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    round_id          BIGINT        NOT NULL REFERENCES review_round (id),
    sheet_id          BIGINT        NOT NULL REFERENCES target_sheet (id),
    position          INTEGER       NOT NULL,
    conclusion        VARCHAR(12),
    conclusion_reason VARCHAR(2000),
    concluded_by      VARCHAR(80),
    concluded_at      TIMESTAMP
);
CREATE INDEX ix_review_item_round ON review_item (round_id);
CREATE INDEX ix_review_item_sheet ON review_item (sheet_id);

CREATE TABLE review_opinion (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    item_id           BIGINT        NOT NULL REFERENCES review_item (id),
    member_id         BIGINT        NOT NULL REFERENCES review_member (id),
    overall_comment   VARCHAR(2000),
    saved_at          TIMESTAMP,
    signed_at         TIMESTAMP,
    CONSTRAINT uq_review_opinion UNIQUE (item_id, member_id)
);

CREATE TABLE review_opinion_criterion (
    opinion_id        BIGINT        NOT NULL REFERENCES review_opinion (id),
    criterion         VARCHAR(32)   NOT NULL,
    rating            VARCHAR(20),
    comment_text      VARCHAR(1000),
    PRIMARY KEY (opinion_id, criterion)
);

CREATE TABLE review_opinion_line (
    opinion_id        BIGINT        NOT NULL REFERENCES review_opinion (id),
    position          INTEGER       NOT NULL,
    indicator_name    VARCHAR(200)  NOT NULL,
    comment_text      VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_review_opinion_line ON review_opinion_line (opinion_id);

CREATE TABLE target_adjustment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    sheet_id          BIGINT        NOT NULL REFERENCES target_sheet (id),
    adjustment_type   VARCHAR(24)   NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    proposed_budget   DECIMAL(18,2),
    status            VARCHAR(12)   NOT NULL,
    from_version      INTEGER       NOT NULL,
    resulting_version INTEGER,
    requested_by      VARCHAR(80)   NOT NULL,
    requested_at      TIMESTAMP     NOT NULL,
    closed_at         TIMESTAMP
);
CREATE INDEX ix_target_adjustment_sheet ON target_adjustment (sheet_id);

CREATE TABLE target_version (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    sheet_id                BIGINT        NOT NULL REFERENCES target_sheet (id),
    version_number          INTEGER       NOT NULL,
    overall_goal            VARCHAR(2000),
    budget_execution_weight DECIMAL(7,2)  NOT NULL,
    budget_amount           DECIMAL(18,2),
    filing_number           VARCHAR(60),
    filed_at                TIMESTAMP,
    approval_document       VARCHAR(120)  NOT NULL,
    approved_on             DATE          NOT NULL,
    approved_by             VARCHAR(80)   NOT NULL,
    approved_at             TIMESTAMP     NOT NULL,
    adjustment_type         VARCHAR(24),
    adjustment_reason       VARCHAR(2000),
    CONSTRAINT uq_target_version UNIQUE (sheet_id, version_number)
);

CREATE TABLE target_version_line (
    version_id       BIGINT        NOT NULL REFERENCES target_version (id),
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
    evidence         VARCHAR(500)
);
CREATE INDEX ix_target_version_line ON target_version_line (version_id);

CREATE TABLE filing_counter (
    fiscal_year INTEGER NOT NULL PRIMARY KEY,
    last_number INTEGER NOT NULL
);

ALTER TABLE target_sheet ADD COLUMN filing_number VARCHAR(60);
ALTER TABLE target_sheet ADD COLUMN filed_at TIMESTAMP;
ALTER TABLE target_sheet ADD COLUMN released_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE target_sheet ADD COLUMN adjustment_id BIGINT REFERENCES target_adjustment (id);
ALTER TABLE project ADD COLUMN budget_approved BOOLEAN NOT NULL DEFAULT FALSE;
