#!/usr/bin/env bash
# Province-scale data (issue 11): a fresh PostgreSQL database with the application's migrations and
# N counties of generated data (bench/province.sql), reproducible from the seed.
#   bench/province.sh [--counties N (100)] [--seed S (1)] [--database NAME (fundperf_province)]
#                     [--projects-per-county P (1000)] [--years Y (4)] [--year LAST (this year)]
# Logins: password Fupin@2026 for every user: p.finance (province finance), p.poverty, s01.finance
# (a city), c001.finance / c001.poverty / c001.dept01..06 / c001.unit01..25 / c001.reviewer (county 1).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTIES=100
SEED=1
DB=fundperf_province
PER_COUNTY=1000
YEARS=4
YEAR=$(date +%Y)
while [ $# -gt 0 ]; do
    case "$1" in
        --counties) COUNTIES="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --database) DB="$2"; shift 2 ;;
        --projects-per-county) PER_COUNTY="$2"; shift 2 ;;
        --years) YEARS="$2"; shift 2 ;;
        --year) YEAR="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
for n in "$COUNTIES" "$SEED" "$PER_COUNTY" "$YEARS" "$YEAR"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "not a number: $n" >&2; exit 2; }
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "database name: lower-case letters, digits, _" >&2; exit 2; }
HOST="${PGHOST:-127.0.0.1}"
PORT="${PGPORT:-5432}"
PGUSER_NAME="${PGUSER:-postgres}"
SQL=(psql -h "$HOST" -p "$PORT" -U "$PGUSER_NAME" -qtA -v ON_ERROR_STOP=1)
WORK=target/province
mkdir -p "$WORK"

# One Argon2id hash of the demo password Fupin@2026 (PasswordHasher), shared by every generated user.
HASH='$argon2id$v=19$m=19456,t=2,p=1$EoloKpeBwEkzKcgi4ruS3Q$1NhwY6A6t2f1kEklu0AtfRAZG89/sI286A9MUKZYRWA'

START=$(date +%s.%N)
stamp() { printf '%6.1f s  %s\n' "$(echo "$(date +%s.%N) - $START" | bc)" "$1"; }

"${SQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
stamp "database $DB created"

# Flyway as the application runs it at start (DatabaseMigration), from the source tree's scripts.
if [ ! -s "$WORK/flyway.classpath" ]; then
    mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/classpath.all" >/dev/null
    tr ':' '\n' < "$WORK/classpath.all" | grep -E '/(flyway-[^/]*|jackson-[^/]*|postgresql)-[^/]*\.jar$' | paste -sd: > "$WORK/flyway.classpath"
fi
java -cp "$(cat "$WORK/flyway.classpath")" bench/Migrate.java "jdbc:postgresql://$HOST:$PORT/$DB" "$PGUSER_NAME" >"$WORK/migrate.log" 2>&1 \
    || { cat "$WORK/migrate.log" >&2; exit 1; }
stamp "migrated: $("${SQL[@]}" -d "$DB" -c "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")"

"${SQL[@]}" -d "$DB" -v counties="$COUNTIES" -v seed="$SEED" -v per_county="$PER_COUNTY" -v years="$YEARS" \
    -v year="$YEAR" -v hash="$HASH" -f bench/province.sql
stamp "generated"
"${SQL[@]}" -d "$DB" -v seed="$SEED" -f bench/monitoring.sql
stamp "monitoring: a third-quarter period per year, a report for every released target"

"${SQL[@]}" -d "$DB" -F '|' -c "
SELECT name, n FROM (
      SELECT 1 AS k, 'regions' AS name, count(*) AS n FROM region UNION ALL SELECT 2, 'organizations', count(*) FROM organization
UNION ALL SELECT 3, 'users', count(*) FROM app_user UNION ALL SELECT 4, 'projects', count(*) FROM project
UNION ALL SELECT 5, 'fundings', count(*) FROM project_funding UNION ALL SELECT 6, 'target sheets', count(*) FROM target_sheet
UNION ALL SELECT 7, 'indicators', count(*) FROM indicator UNION ALL SELECT 8, 'sheet events', count(*) FROM target_sheet_event
UNION ALL SELECT 9, 'review items', count(*) FROM review_item UNION ALL SELECT 10, 'versions', count(*) FROM target_version
UNION ALL SELECT 11, 'version lines', count(*) FROM target_version_line UNION ALL SELECT 12, 'adjustments', count(*) FROM target_adjustment
UNION ALL SELECT 13, 'reports', count(*) FROM monitoring_task UNION ALL SELECT 14, 'report lines', count(*) FROM monitoring_line
) counts ORDER BY k" \
    | while IFS='|' read -r name count; do printf '  %-14s %10s\n' "$name" "$count"; done
"${SQL[@]}" -d "$DB" -F ' ' -c "SELECT status, count(*) FROM target_sheet GROUP BY status ORDER BY 1" | paste -sd' ' | sed 's/^/  states: /'
echo "  size: $("${SQL[@]}" -d "$DB" -c "SELECT pg_size_pretty(pg_database_size('$DB'))")"
echo "PROVINCE $COUNTIES counties, seed $SEED, database $DB: $(printf '%.0f' "$(echo "$(date +%s.%N) - $START" | bc)") s"
