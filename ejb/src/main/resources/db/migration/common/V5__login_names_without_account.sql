-- Wrong passwords typed for user names that have no account are counted and locked exactly like
-- an account's (app_user.failed_attempts / locked_until), so that neither the answers nor the
-- lockout tell whether a name exists. Kept by atomic UPDATE statements (LoginCounters).
CREATE TABLE unknown_login (
    username        VARCHAR(100) NOT NULL PRIMARY KEY,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    last_failed_at  TIMESTAMP    NOT NULL
);
