-- Issue 11 §2: the project list sorts by name, planned total, creation or status and pages with LIMIT. Without
-- an index in that order a province's page sorted all 100 000 projects (109 ms for the planned total); with one,
-- the database walks the index (forwards or backwards: the id that breaks ties follows the same direction) and
-- stops after the page.
CREATE INDEX ix_project_planned_total ON project (planned_total, id);
CREATE INDEX ix_project_created_at ON project (created_at, id);
CREATE INDEX ix_project_name ON project (name, id);
CREATE INDEX ix_project_target_status ON project (target_status, id);
