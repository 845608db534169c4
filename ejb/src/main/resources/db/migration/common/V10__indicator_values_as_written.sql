-- Issue 12: indicator targets as offices write them. A target is a quantity (operator optional:
-- "100%"), a range ("90-95%"), a time limit ("2023年12月前") or qualitative text. Rows written before
-- have no kind: their operator says which (QUALITATIVE or a comparison). Frozen version lines are
-- only added to, never updated (their trigger forbids it), so old rows keep kind NULL.
-- 分值 becomes optional: most published 申报表 carry none (fundperf.indicators.weights).
ALTER TABLE indicator ADD COLUMN value_kind VARCHAR(12);
ALTER TABLE indicator ADD COLUMN target_upper DECIMAL(18,4);
ALTER TABLE indicator ADD COLUMN time_year VARCHAR(10);
ALTER TABLE indicator ADD COLUMN time_calendar_year INTEGER;
ALTER TABLE indicator ADD COLUMN time_month INTEGER;
ALTER TABLE indicator ADD COLUMN time_day INTEGER;
ALTER TABLE indicator ADD COLUMN time_qualifier VARCHAR(10);
ALTER TABLE indicator ALTER COLUMN weight DROP NOT NULL;

ALTER TABLE target_version_line ADD COLUMN value_kind VARCHAR(12);
ALTER TABLE target_version_line ADD COLUMN target_upper DECIMAL(18,4);
ALTER TABLE target_version_line ADD COLUMN time_year VARCHAR(10);
ALTER TABLE target_version_line ADD COLUMN time_calendar_year INTEGER;
ALTER TABLE target_version_line ADD COLUMN time_month INTEGER;
ALTER TABLE target_version_line ADD COLUMN time_day INTEGER;
ALTER TABLE target_version_line ADD COLUMN time_qualifier VARCHAR(10);
ALTER TABLE target_version_line ALTER COLUMN weight DROP NOT NULL;
