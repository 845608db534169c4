-- Issue 11 §2: a list filtered by year (and status) in code order. Codes carry the year, so walking the code index
-- for 2025's RELEASED projects skipped the 50 000 projects of 2026 first (28 ms on the province); in the filter's
-- own order the database finds the page at once.
CREATE INDEX ix_project_year_code ON project (fiscal_year, code);
CREATE INDEX ix_project_year_status_code ON project (fiscal_year, target_status, code);
