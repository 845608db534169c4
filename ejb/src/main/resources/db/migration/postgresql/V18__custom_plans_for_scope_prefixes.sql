-- Every list of a scope filters by a path prefix (scope_region_path LIKE '/1000/1001/%'), served by the
-- text_pattern_ops indexes of V17. A prepared statement's generic plan cannot know the pattern and
-- scans the table instead (37 ms for a county's count on the generated province, 0.3 ms with the
-- pattern known), and the JDBC driver switches to generic plans after five executions: plan every
-- execution with its values. New sessions of this database get it; restart the application after
-- migrating an existing database by hand.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET plan_cache_mode = force_custom_plan', current_database());
END
$$;
