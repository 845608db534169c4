-- Issue 11 §3: stable identity. An indicator keeps its key through saves, adjustments, approval (frozen
-- lines carry it) and the next year's copy; monitoring values and evaluation scores will refer to it.
-- A project belongs to a lineage that runs across years (the same project, continued).
ALTER TABLE indicator ADD COLUMN indicator_key VARCHAR(36);
UPDATE indicator SET indicator_key = 'I' || CAST(id AS VARCHAR(20));
CREATE INDEX ix_indicator_key ON indicator (indicator_key);
-- versions frozen before keys existed keep NULL (their trigger forbids updates); diffs match those by name
ALTER TABLE target_version_line ADD COLUMN indicator_key VARCHAR(36);

ALTER TABLE project ADD COLUMN lineage VARCHAR(40);
-- projects of one unit under one name were "the same project" for copy-last-year until now: one lineage
UPDATE project SET lineage = 'L' || CAST((SELECT MIN(q.id) FROM project q WHERE q.name = project.name
                                            AND q.using_unit_id = project.using_unit_id) AS VARCHAR(20));
ALTER TABLE project ALTER COLUMN lineage SET NOT NULL;
CREATE INDEX ix_project_lineage ON project (lineage, fiscal_year);
