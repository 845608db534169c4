-- Issue 11 §2: data scope is a path prefix (`scope_region_path LIKE '/1/7/%'`). Under a non-C collation
-- PostgreSQL cannot use a plain B-tree for LIKE 'prefix%'; the pattern operator class can. On the
-- generated province (100 000 projects) a county's project count went from a sequential scan (44 ms) to a
-- bitmap index scan (0.6 ms), also as a prepared statement. H2 needs nothing: it uses its plain indexes.
CREATE INDEX ix_project_scope_region_prefix ON project (scope_region_path text_pattern_ops);
CREATE INDEX ix_project_scope_org_prefix ON project (scope_org_path text_pattern_ops);
CREATE INDEX ix_project_scope_dept_prefix ON project (scope_dept_path text_pattern_ops);
CREATE INDEX ix_target_sheet_scope_region_prefix ON target_sheet (scope_region_path text_pattern_ops);
CREATE INDEX ix_target_sheet_scope_org_prefix ON target_sheet (scope_org_path text_pattern_ops);
CREATE INDEX ix_target_sheet_scope_dept_prefix ON target_sheet (scope_dept_path text_pattern_ops);
CREATE INDEX ix_review_round_scope_region_prefix ON review_round (scope_region_path text_pattern_ops);
-- finance's lists filter sheets by year and status
CREATE INDEX ix_target_sheet_year_status ON target_sheet (fiscal_year, status);
