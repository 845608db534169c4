#!/usr/bin/env bash
# Monitoring at province scale (issue 13), on the database of bench/province.sh (which generates a
# third-quarter period per year with a report for every released target, four in five submitted):
#  - the warning batch for the whole province (the application's WarningBatch.MERGE, period by
#    period) beside a hand-written set-based query computing the same levels, their ratio, and
#    whether both give the same levels;
#  - the dashboard, the red list and a report through the API beside their SQL (p50, p95, ratio);
#  - one unit submitting reports of about 15 indicators;
#  - 100 users with 1 s think time on report entry (units) and the dashboard (offices): p50, p95, p99.
# Starts the built WAR (web/target/fundperf.war) on PORT unless --url names a server on that database.
#   bench/monitoring.sh [--database fundperf_province] [--port 8190] [--url URL] [--rounds 3] [--samples 15]
#                       [--users 100] [--think 1000] [--seconds 60] [--no-load]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=fundperf_province
PORT=8190
URL=
ROUNDS=3
SAMPLES=15
VUS=100
THINK=1000
SECONDS_LOAD=60
LOAD=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --database) DB="$2"; shift 2 ;;
        --port) PORT="$2"; shift 2 ;;
        --url) URL="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --samples) SAMPLES="$2"; shift 2 ;;
        --users) VUS="$2"; shift 2 ;;
        --think) THINK="$2"; shift 2 ;;
        --seconds) SECONDS_LOAD="$2"; shift 2 ;;
        --no-load) LOAD=no; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
HOST="${PGHOST:-127.0.0.1}:${PGPORT:-5432}"
JDBC="jdbc:postgresql://$HOST/$DB"
SQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U postgres -qtA -d "$DB")
WORK=target/province
mkdir -p "$WORK"
# shellcheck source=bench/server.sh
. bench/server.sh
[ -d ejb/target/classes/cn/fundperf/ejb/monitoring ] || { echo "ejb is not built (mvn -B -o -DskipTests -pl web -am package)" >&2; exit 1; }
CP="$(bench_classpath)"
YEAR=$("${SQL[@]}" -c "SELECT max(fiscal_year) FROM project")
COUNTIES=$("${SQL[@]}" -c "SELECT count(*) FROM region WHERE region_level = 'COUNTY'")
[ "$("${SQL[@]}" -c "SELECT count(*) FROM monitoring_task")" -gt 0 ] || { echo "no monitoring reports: run bench/province.sh again" >&2; exit 1; }
echo ">> database $DB: $COUNTIES counties, $("${SQL[@]}" -c "SELECT count(*) FROM target_sheet WHERE released_version > 0") released targets"

echo ">> warning batch (ms; ratio = batch / hand-written SQL; the batch writes every level once, 'again' finds nothing to change)"
java -cp "$CP" bench/ProjectList.java monitoring-batch "-" "$JDBC" "$YEAR" "$ROUNDS"

SERVER=
if [ -z "$URL" ]; then
    URL="http://127.0.0.1:$PORT"
    start_app
    printf '>> the application started on the province in %.1f s\n' "$APP_SECONDS"
fi

echo ">> API beside hand-written SQL (ms; ratio = API p50 / SQL p50)"
java -cp "$CP" bench/ProjectList.java monitoring-api "$URL" "$JDBC" "$YEAR" "$SAMPLES" p.finance c001.finance c001.unit01

echo ">> one unit submits reports of about 15 indicators"
java -cp "$CP" bench/ProjectList.java monitoring-submit "$URL" "$JDBC" "$YEAR" 5 c001.unit02

if [ "$LOAD" = yes ]; then
    # 70 unit clerks entering reports, 30 offices on the dashboard, spread over the counties
    c() { printf 'c%03d' $(( ($1 - 1) % COUNTIES + 1 )); }
    POOL="p.finance p.poverty s01.finance"
    for k in $(seq 1 7); do POOL="$POOL $(c $((k * 11))).finance"; done
    for k in $(seq 1 70); do POOL="$POOL $(c $(( (k * 13) % COUNTIES + 1 ))).unit$(printf '%02d' $(( (k * 7) % 25 + 1 )))"; done
    echo ">> load: $VUS users, think $THINK ms, $SECONDS_LOAD s (after a warm-up)"
    # shellcheck disable=SC2086
    java -cp "$CP" bench/ProjectList.java monitoring-load "$URL" "$JDBC" "$YEAR" "$VUS" "$THINK" "$SECONDS_LOAD" $POOL
fi
