-- The last project code number given in a year (XM2026NNNN), read under a write lock: parallel
-- creations got the same code from a count of the year's projects (found by bench/durability.sh),
-- and counting scanned every project of the year.
CREATE TABLE project_code_counter (
    fiscal_year INTEGER NOT NULL PRIMARY KEY,
    last_number INTEGER NOT NULL
);
