-- The nightly warning batch rewrites the level of many reports at once: room left on each page lets
-- PostgreSQL update them in place (HOT), without touching the indexes.
ALTER TABLE monitoring_task SET (fillfactor = 80);
