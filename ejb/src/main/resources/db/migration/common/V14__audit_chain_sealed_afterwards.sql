-- Issue 11: an audit chain without a global lock. A use case inserts its audit record and nothing
-- else; a sealer chains committed records afterwards, in the order the database numbered them
-- (chain_order, from a sequence at INSERT), into insert-only seals. Verification checkpoints make
-- the nightly check incremental. Existing records keep their numbers and hashes: they become the
-- first seals unchanged (same hash formula), so a chain verified before still verifies.

CREATE TABLE audit_seal (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    record_id      BIGINT       NOT NULL REFERENCES audit_record (id),
    previous_hash  VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL,
    sealed_at      TIMESTAMP    NOT NULL,
    CONSTRAINT uq_audit_seal_record UNIQUE (record_id)
);

INSERT INTO audit_seal (seq, record_id, previous_hash, hash, sealed_at)
SELECT seq, id, previous_hash, hash, CURRENT_TIMESTAMP FROM audit_record;

-- the record's number is now given by the database at insert (default set in V14_1 per vendor);
-- renaming keeps the existing numbers without updating an insert-only row
ALTER TABLE audit_record RENAME COLUMN seq TO chain_order;
ALTER TABLE audit_record DROP COLUMN previous_hash;
ALTER TABLE audit_record DROP COLUMN hash;

-- increment 1 and no cache: numbers follow the order of inserts across servers, with gaps only
-- where a transaction rolled back or is still open
CREATE SEQUENCE audit_order_seq START WITH 1 INCREMENT BY 1;

-- the sealer's tip, locked and updated by the sealer only (writers never touch it)
ALTER TABLE audit_chain_head ADD COLUMN sealed_through BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN waiting_order BIGINT;
ALTER TABLE audit_chain_head ADD COLUMN waiting_since TIMESTAMP;
UPDATE audit_chain_head SET sealed_through = last_seq;

-- numbers the sealer stepped over after the grace period: a record that commits later with one of
-- them is sealed then (at the end of the chain); ranges are forgotten after a day
CREATE SEQUENCE audit_gap_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_gap (
    id          BIGINT     NOT NULL PRIMARY KEY,
    from_order  BIGINT     NOT NULL,
    to_order    BIGINT     NOT NULL,
    skipped_at  TIMESTAMP  NOT NULL
);

-- each verification that found the chain intact up to seq: the next one starts there
CREATE SEQUENCE audit_checkpoint_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_checkpoint (
    id             BIGINT       NOT NULL PRIMARY KEY,
    seq            BIGINT       NOT NULL,
    hash           VARCHAR(64)  NOT NULL,
    from_seq       BIGINT       NOT NULL,
    checked_count  BIGINT       NOT NULL,
    full_walk      BOOLEAN      NOT NULL,
    verified_at    TIMESTAMP    NOT NULL
);
CREATE INDEX ix_audit_checkpoint_seq ON audit_checkpoint (seq);
