-- Issue 12: the review committee's meeting minutes (会议纪要) and the record that an approved target
-- was published (公开), which the disclosure deadline (working days after approval) is checked against.

CREATE SEQUENCE review_minutes_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE target_publication_seq START WITH 1000 INCREMENT BY 50;

-- one set of minutes per round; draft until finalized, fixed once final or once the round is closed
CREATE TABLE review_minutes (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    round_id          BIGINT        NOT NULL REFERENCES review_round (id),
    status            VARCHAR(12)   NOT NULL,
    meeting_date      DATE,
    place             VARCHAR(200),
    chair_name        VARCHAR(80),
    recorder_name     VARCHAR(80),
    other_attendees   VARCHAR(1000),
    notes             VARCHAR(4000),
    recorded_by       VARCHAR(80)   NOT NULL,
    recorded_at       TIMESTAMP     NOT NULL,
    finalized_by      VARCHAR(80),
    finalized_at      TIMESTAMP,
    CONSTRAINT uq_review_minutes_round UNIQUE (round_id)
);

-- every appointed member, present or absent (with the reason), as named when the round opened
CREATE TABLE review_minutes_attendance (
    minutes_id        BIGINT        NOT NULL REFERENCES review_minutes (id),
    position          INTEGER       NOT NULL,
    username          VARCHAR(80)   NOT NULL,
    display_name      VARCHAR(80)   NOT NULL,
    present           BOOLEAN       NOT NULL,
    absence_reason    VARCHAR(200)
);
CREATE INDEX ix_review_minutes_attendance ON review_minutes_attendance (minutes_id);

-- the decision text per reviewed item; the conclusion is the item's own (review_item.conclusion)
CREATE TABLE review_minutes_decision (
    minutes_id        BIGINT        NOT NULL REFERENCES review_minutes (id),
    item_id           BIGINT        NOT NULL REFERENCES review_item (id),
    position          INTEGER       NOT NULL,
    decision_text     VARCHAR(1000)
);
CREATE INDEX ix_review_minutes_decision ON review_minutes_decision (minutes_id);

-- 公开: where and when an approved version was published; at most once per version
CREATE TABLE target_publication (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    target_version_id BIGINT        NOT NULL REFERENCES target_version (id),
    published_on      DATE          NOT NULL,
    channel           VARCHAR(300)  NOT NULL,
    in_time           BOOLEAN       NOT NULL,
    recorded_by       VARCHAR(80)   NOT NULL,
    recorded_at       TIMESTAMP     NOT NULL,
    CONSTRAINT uq_target_publication UNIQUE (target_version_id)
);
-- the deadline list looks versions up by approval day
CREATE INDEX ix_target_version_approved_on ON target_version (approved_on);
