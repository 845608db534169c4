-- Long work (a year's 申报表 export, a large batch of filings) runs as a background task with
-- progress instead of in a request thread; its file is kept in the file store (fundperf.files.directory).
CREATE SEQUENCE background_task_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE background_task (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    kind            VARCHAR(40)   NOT NULL,
    parameters      VARCHAR(12000),
    requested_by    BIGINT        NOT NULL REFERENCES app_user (id),
    client_address  VARCHAR(64),
    requested_at    TIMESTAMP     NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    node            VARCHAR(120),
    started_at      TIMESTAMP,
    heartbeat_at    TIMESTAMP,
    finished_at     TIMESTAMP,
    done_count      INTEGER       NOT NULL DEFAULT 0,
    total_count     INTEGER       NOT NULL DEFAULT 0,
    outcome_key     VARCHAR(120),
    outcome_args    VARCHAR(2000),
    file_name       VARCHAR(200),
    content_type    VARCHAR(120),
    stored_name     VARCHAR(80),
    file_bytes      BIGINT,
    file_sha256     VARCHAR(64)
);
CREATE INDEX ix_background_task_requester ON background_task (requested_by, requested_at);
CREATE INDEX ix_background_task_requested ON background_task (requested_at);
