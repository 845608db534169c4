-- Personal API tokens (issue 10 §2): issued and revoked by the security administrator for an account,
-- hashed at rest (SHA-256 of a 256-bit random secret), with an expiry and roles no wider than the
-- owner's. Each use is kept by one atomic UPDATE (last use, count); the audit log gets the first use
-- of each token in each hour (use_audited_until).
CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE api_token (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    owner_id          BIGINT       NOT NULL REFERENCES app_user (id),
    name              VARCHAR(100) NOT NULL,
    secret_hash       VARCHAR(64)  NOT NULL,
    expires_at        TIMESTAMP    NOT NULL,
    issued_at         TIMESTAMP    NOT NULL,
    issued_by         BIGINT       NOT NULL REFERENCES app_user (id),
    revoked_at        TIMESTAMP,
    revoked_by        BIGINT       REFERENCES app_user (id),
    last_used_at      TIMESTAMP,
    last_used_address VARCHAR(64),
    use_count         BIGINT       NOT NULL DEFAULT 0,
    use_audited_until TIMESTAMP
);
CREATE INDEX ix_api_token_owner ON api_token (owner_id);

CREATE TABLE api_token_role (
    token_id  BIGINT      NOT NULL REFERENCES api_token (id),
    role_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_api_token_role PRIMARY KEY (token_id, role_code)
);

-- the last wrong password of an account, as unknown_login has it: the daily purge forgets counts
-- older than the lockout window for accounts and unknown names alike
ALTER TABLE app_user ADD COLUMN last_failed_at TIMESTAMP;
