-- 三员 separation (issue 10 §3): a user is told at the next login who reset the password and when;
-- with fundperf.security.password-reset.requires-approval the system administrator's reset waits
-- for the security administrator's approval (two persons).
ALTER TABLE app_user ADD COLUMN password_reset_by BIGINT REFERENCES app_user (id);
ALTER TABLE app_user ADD COLUMN password_reset_at TIMESTAMP;
ALTER TABLE app_user ADD COLUMN reset_requested_by BIGINT REFERENCES app_user (id);
ALTER TABLE app_user ADD COLUMN reset_requested_at TIMESTAMP;
