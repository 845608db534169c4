-- Jobs ready for periodic work (issue 11 §5).
-- Each job's next due time is stored, so a run missed while every server was down is caught up
-- (once, for the latest period) when a server comes back.
CREATE TABLE job_due (
    job_name     VARCHAR(60)   NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    next_due_at  TIMESTAMP     NOT NULL
);

-- A run holds its period with a lease (owner + expiry, renewed while it runs): a run whose server
-- died is taken over after the expiry; a failed attempt gives its claim back until retry_at.
ALTER TABLE job_run ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE job_run ADD COLUMN lease_owner VARCHAR(120);
ALTER TABLE job_run ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE job_run ADD COLUMN retry_at TIMESTAMP;
ALTER TABLE job_run ADD COLUMN done_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE job_run ADD COLUMN total_count BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_job_run_open ON job_run (status, lease_until);
-- runs from before leases: a RUNNING one belonged to a server that has since restarted
UPDATE job_run SET status = 'FAILED', message = 'interrupted before leases existed' WHERE status = 'RUNNING';

-- Notification outbox: written in the transaction of the event that causes it; read in the
-- application (the bell); other channels (mail, with monitoring) deliver what is pending.
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE notification (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    recipient_user_id         BIGINT        REFERENCES app_user (id),
    recipient_role            VARCHAR(32),
    recipient_organization_id BIGINT        REFERENCES organization (id),
    kind                      VARCHAR(60)   NOT NULL,
    text_key                  VARCHAR(120)  NOT NULL,
    text_args                 VARCHAR(2000),
    link                      VARCHAR(400),
    created_at                TIMESTAMP     NOT NULL,
    read_at                   TIMESTAMP,
    read_by                   VARCHAR(80),
    delivery                  VARCHAR(16)   NOT NULL,
    delivery_attempts         INTEGER       NOT NULL DEFAULT 0,
    delivered_at              TIMESTAMP,
    CONSTRAINT ck_notification_recipient CHECK (recipient_user_id IS NOT NULL
        OR (recipient_role IS NOT NULL AND recipient_organization_id IS NOT NULL))
);
CREATE INDEX ix_notification_user ON notification (recipient_user_id, created_at);
CREATE INDEX ix_notification_role ON notification (recipient_organization_id, recipient_role, created_at);
CREATE INDEX ix_notification_delivery ON notification (delivery, id);
