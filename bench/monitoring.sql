-- Monitoring of the generated province (issue 13): for every year a third-quarter period of the
-- province, opened, with a report for every released target; four in five reports submitted with a
-- line per indicator (achieved, forecast, likelihood, time limits done early, late or not yet) and
-- the budget executed; the rest not submitted. Deterministic: every choice is a hash of the key and
-- the seed. Levels are left empty: the warning batch (bench/monitoring.sh) judges them.
-- Run by bench/province.sh after province.sql: psql -v seed=S
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET synchronous_commit = off;
SET work_mem = '64MB';

CREATE SCHEMA IF NOT EXISTS gen;
SELECT format($f$CREATE OR REPLACE FUNCTION gen.r(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT (hashint8extended(k, %s::bigint * 1000003 + salt) & 2147483647)::float8 / 2147483648.0'$f$, :seed) \gexec

INSERT INTO monitoring_period (id, version, region_id, region_path, fiscal_year, name, period_end, opens_on, deadline, key_only,
                               opened_at, task_count, created_by, created_at)
SELECT 900 + y, 0, 1000, '/1000/', y, y || '年第三季度', make_date(y, 9, 30), make_date(y, 10, 1), make_date(y, 10, 10), FALSE,
       make_timestamp(y, 10, 1, 1, 30, 0), 0, 'bench', make_timestamp(y, 1, 1, 0, 0, 0)
FROM (SELECT DISTINCT fiscal_year AS y FROM target_sheet WHERE released_version > 0) years;

-- the opening, as MonitoringSchedule.open writes it
INSERT INTO monitoring_task (id, version, period_id, sheet_id, project_id, using_unit_id, target_version, scope_org_path,
                             scope_dept_path, scope_region_path, status, released_budget)
SELECT nextval('monitoring_task_seq'), 0, 900 + s.fiscal_year, s.id, s.project_id, p.using_unit_id, s.released_version,
       s.scope_org_path, s.scope_dept_path, s.scope_region_path, 'OPEN', v.budget_amount
FROM target_sheet s JOIN project p ON p.id = s.project_id
JOIN target_version v ON v.sheet_id = s.id AND v.version_number = s.released_version
WHERE s.released_version > 0;
UPDATE monitoring_period m SET task_count = (SELECT count(*) FROM monitoring_task t WHERE t.period_id = m.id);

CREATE TABLE gen.mt AS
SELECT t.id, t.sheet_id, t.target_version, t.released_budget, m.fiscal_year, m.period_end, gen.r(t.id, 40) < 0.8 AS submitted
FROM monitoring_task t JOIN monitoring_period m ON m.id = t.period_id;

-- the report's lines: each indicator of the version in force, by key, with the forecast in percent
-- of its target as the application keeps it at submission (ceilings inverted, ranges by the bound missed)
INSERT INTO monitoring_line (task_id, indicator_key, position, value_kind, deadline, achieved, expected, done_on, statement,
                             on_track, likelihood, deviation_cause, deviation_reason, corrective_measure, progress, forecast,
                             line_level, evidenced)
SELECT q.task_id, q.indicator_key, q.position, q.value_kind, q.deadline, q.achieved, q.expected, q.done_on, q.statement,
       q.likelihood = 'CERTAIN', q.likelihood,
       CASE WHEN q.likelihood <> 'CERTAIN' THEN 'FUNDING' END,
       CASE WHEN q.likelihood <> 'CERTAIN' THEN '上级资金到位较晚，施工进度滞后' END,
       CASE WHEN q.likelihood <> 'CERTAIN' THEN '加快资金拨付，倒排工期' END,
       NULL,
       CASE WHEN q.value_kind = 'QUANTITY' AND q.target_value > 0 THEN
                CASE WHEN q.operator IN ('LE', 'LT') THEN greatest(round(q.target_value * 100 / q.expected, 1), 0)
                     ELSE greatest(round(q.expected * 100 / q.target_value, 1), 0) END
            WHEN q.value_kind = 'QUANTITY' THEN 100.0
            WHEN q.value_kind = 'RANGE' THEN
                CASE WHEN q.expected < q.target_value THEN round(q.expected * 100 / q.target_value, 1)
                     WHEN q.expected > q.target_upper THEN round(q.target_upper * 100 / q.expected, 1) ELSE 100.0 END END,
       NULL, gen.r(q.task_id * 64 + q.position, 47) < 0.6
FROM (
    SELECT mt.id AS task_id, l.indicator_key, l.position, l.value_kind, l.target_value, l.target_upper,
           CASE WHEN l.operator IS NOT NULL THEN l.operator WHEN l.level2 IN ('COST', 'TIMELINESS') THEN 'LE'
                WHEN l.level2 = 'QUANTITY' AND coalesce(l.unit, '') NOT IN ('%', '‰') THEN 'EQ' ELSE 'GE' END AS operator,
           d.deadline,
           CASE WHEN l.value_kind IN ('QUANTITY', 'RANGE') THEN round(coalesce(l.target_value, 1) * (0.6 + 0.3 * x.a)::numeric, 2) END AS achieved,
           -- most forecasts meet their target; about one in twelve falls short (one in twenty-five far short); a ceiling
           -- (cost, duration) falls short by being exceeded
           CASE WHEN l.value_kind IN ('QUANTITY', 'RANGE') THEN round(greatest(coalesce(l.target_value, 1), 0.1) * (CASE
                WHEN coalesce(l.operator, '') IN ('LE', 'LT') OR (l.operator IS NULL AND l.level2 IN ('COST', 'TIMELINESS'))
                    THEN CASE WHEN x.f < 0.04 THEN 1.4 WHEN x.f < 0.08 THEN 1.08 ELSE 0.9 + 0.1 * x.f END
                ELSE CASE WHEN x.f < 0.04 THEN 0.6 WHEN x.f < 0.08 THEN 0.92 ELSE 1.0 + 0.1 * x.f END END)::numeric, 2) END AS expected,
           -- a time limit already due at the period's end is mostly done, a few late; later ones are mostly not yet done
           CASE WHEN l.value_kind = 'TIME_LIMIT' AND d.deadline <= mt.period_end AND x.d < 0.9 THEN d.deadline - 20
                WHEN l.value_kind = 'TIME_LIMIT' AND d.deadline <= mt.period_end AND x.d < 0.93 THEN d.deadline + 5
                WHEN l.value_kind = 'TIME_LIMIT' AND x.d < 0.1 THEN mt.period_end - 10 END AS done_on,
           CASE WHEN l.value_kind = 'QUALITATIVE' THEN '按计划推进，群众反映良好' END AS statement,
           CASE WHEN x.s < 0.93 THEN 'CERTAIN' WHEN x.s < 0.99 THEN 'POSSIBLE' ELSE 'IMPOSSIBLE' END AS likelihood
    FROM gen.mt mt
    JOIN target_version v ON v.sheet_id = mt.sheet_id AND v.version_number = mt.target_version
    JOIN target_version_line l ON l.version_id = v.id
    CROSS JOIN LATERAL (SELECT gen.r(mt.id * 64 + l.position, 41) AS a, gen.r(mt.id * 64 + l.position, 42) AS f,
                               gen.r(mt.id * 64 + l.position, 43) AS d, gen.r(mt.id * 64 + l.position, 44) AS s) x
    CROSS JOIN LATERAL (SELECT CASE WHEN l.value_kind = 'TIME_LIMIT' AND l.time_month IS NOT NULL THEN
                (make_date(CASE l.time_year WHEN 'CALENDAR' THEN l.time_calendar_year WHEN 'NEXT' THEN mt.fiscal_year + 1 ELSE mt.fiscal_year END,
                           l.time_month, 1) + interval '1 month' - interval '1 day')::date END AS deadline) d
    WHERE mt.submitted AND l.indicator_key IS NOT NULL
) q;

-- the budget executed by source (central only, for the bench) and the submission
INSERT INTO monitoring_funding (task_id, source, executed)
SELECT mt.id, 'CENTRAL', round(coalesce(mt.released_budget, 0) * (0.5 + 0.5 * gen.r(mt.id, 45))::numeric, 2)
FROM gen.mt mt WHERE mt.submitted;
UPDATE monitoring_task t SET status = 'SUBMITTED', executed_total = f.executed, submitted_at = make_timestamp(m.fiscal_year, 10, 8, 10, 0, 0),
       submitted_by = 'bench', saved_at = make_timestamp(m.fiscal_year, 10, 8, 10, 0, 0),
       execution_rate = CASE WHEN t.released_budget > 0 THEN round(f.executed * 100 / t.released_budget, 1) END,
       time_progress = round((m.period_end - make_date(m.fiscal_year, 1, 1) + 1) * 100.0
                             / (make_date(m.fiscal_year + 1, 1, 1) - make_date(m.fiscal_year, 1, 1)), 1)
FROM monitoring_funding f, monitoring_period m
WHERE f.task_id = t.id AND m.id = t.period_id;

DROP TABLE gen.mt;
DROP FUNCTION gen.r(bigint, int);
DROP SCHEMA gen;
ANALYZE monitoring_task;
ANALYZE monitoring_line;
ANALYZE monitoring_funding;
