-- Search boxes look for words inside names and codes (LIKE '%清河%'): trigram indexes answer that
-- without reading every row (pg_trgm ships with PostgreSQL and is a trusted extension: the database
-- owner may create it). H2 keeps scanning, which is fine for a county.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_project_name_trgm ON project USING gin (name gin_trgm_ops);
CREATE INDEX ix_project_code_trgm ON project USING gin (code gin_trgm_ops);
CREATE INDEX ix_organization_name_trgm ON organization USING gin (name gin_trgm_ops);
CREATE INDEX ix_app_user_name_trgm ON app_user USING gin (display_name gin_trgm_ops);
CREATE INDEX ix_app_user_username_trgm ON app_user USING gin (lower(username) gin_trgm_ops);
