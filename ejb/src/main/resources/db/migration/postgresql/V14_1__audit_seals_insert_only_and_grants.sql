-- PostgreSQL part of V14: the record number from the sequence at insert, seals and checkpoints
-- insert-only like the records, and the application role's grants (README, "Audit chain").

SELECT setval('audit_order_seq', (SELECT COALESCE(MAX(chain_order), 0) + 1 FROM audit_record), false);
ALTER TABLE audit_record ALTER COLUMN chain_order SET DEFAULT nextval('audit_order_seq');

CREATE FUNCTION audit_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is insert-only (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_seal_no_update_delete BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Only a table's owner (or a superuser) can drop or disable its triggers. When the migrations run
-- as an owner role (fundperf.db.migration-user) and the application connects as another role
-- (fundperf.db.user, handed over by DatabaseMigration as the session setting fundperf.app_role),
-- that role gets data rights only: no ownership, no
-- TRIGGER or TRUNCATE right, and on the evidence tables only INSERT and SELECT. When both are the
-- same role (development, tests) there is nothing to grant and the triggers guard against the
-- application's own mistakes only.
DO $$
DECLARE
    app  text := coalesce(current_setting('fundperf.app_role', true), '');
    here text := current_schema();
BEGIN
    IF app = '' OR app = current_user THEN
        RAISE NOTICE 'the application uses the owner role %: no grants', current_user;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', here, app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', here, app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', here, app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_record, audit_seal, audit_checkpoint FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', app);
    -- tables and sequences of later migrations (run by the owner) get the same data rights
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', here, app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', here, app);
END
$$;
