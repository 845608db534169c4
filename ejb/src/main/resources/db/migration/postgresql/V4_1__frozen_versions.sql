-- Approved versions are frozen (plan §五): no update or delete of a version or its lines, whoever asks.
CREATE FUNCTION target_version_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is frozen: approved target versions cannot change (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER target_version_frozen
    BEFORE UPDATE OR DELETE ON target_version
    FOR EACH ROW EXECUTE FUNCTION target_version_refuse_change();

CREATE TRIGGER target_version_line_frozen
    BEFORE UPDATE OR DELETE ON target_version_line
    FOR EACH ROW EXECUTE FUNCTION target_version_refuse_change();
