#!/usr/bin/env bash
# Project list at province scale (issue 11): GET /api/projects (default page, a filtered page, a
# sorted page) and one sheet detail for a provincial, a county finance and a unit user, each beside
# the same work hand-written in SQL in the same process, median / p95 / ratio; then load runs:
# 100 virtual users with 1 s think time on lists with varied filters and pages, 20 users without
# think time, and the same mix as hand-written SQL on 16 connections without think time. Also
# opens the main screens once per user (status, time, size) to show they work on this data.
# Runs against the database of bench/province.sh; starts the built WAR (web/target/fundperf.war) on
# PORT unless --url points at a server already running on that database.
#   bench/project-list.sh [--database fundperf_province] [--port 8190] [--url URL] [--samples 15]
#                         [--rounds 3] [--users 100] [--think 1000] [--seconds 60] [--no-load]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=fundperf_province
PORT=8190
URL=
SAMPLES=15
ROUNDS=3
VUS=100
THINK=1000
SECONDS_LOAD=60
LOAD=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --database) DB="$2"; shift 2 ;;
        --port) PORT="$2"; shift 2 ;;
        --url) URL="$2"; shift 2 ;;
        --samples) SAMPLES="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
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
CP="$(bench_classpath)"
YEAR=$("${SQL[@]}" -c "SELECT max(fiscal_year) FROM project")
COUNTIES=$("${SQL[@]}" -c "SELECT count(*) FROM region WHERE region_level = 'COUNTY'")
echo ">> database $DB: $("${SQL[@]}" -c "SELECT count(*) FROM project") projects, $("${SQL[@]}" -c "SELECT count(*) FROM indicator") indicators, $COUNTIES counties"

SERVER=
if [ -z "$URL" ]; then
    URL="http://127.0.0.1:$PORT"
    if curl -fsS "$URL/health/ready" >/dev/null 2>&1; then
        echo "something already answers on port $PORT: stop it or pass --url" >&2; exit 1
    fi
    # the baseline: a trivial WAR (one static page) on the same Payara Micro, started the same way
    rm -rf "$WORK/trivial" && mkdir -p "$WORK/trivial/WEB-INF"
    echo '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>' > "$WORK/trivial/WEB-INF/web.xml"
    echo 'ready' > "$WORK/trivial/index.html"
    (cd "$WORK/trivial" && jar cf ../trivial.war WEB-INF index.html)
    TRIVIAL_STARTED=$(date +%s.%N)
    java -jar web/target/payara-micro.jar --deploy "$WORK/trivial.war" --contextroot / --port "$PORT" --nocluster --nohazelcast \
         --disablephonehome > "$WORK/trivial.log" 2>&1 &
    TRIVIAL=$!
    for _ in $(seq 1 300); do
        if curl -fsS "$URL/index.html" 2>/dev/null | grep -q ready; then break; fi
        sleep 0.2
    done
    TRIVIAL_SECONDS=$(echo "$(date +%s.%N) - $TRIVIAL_STARTED" | bc)
    kill $TRIVIAL; wait $TRIVIAL 2>/dev/null || true
    start_app
    printf '>> start: the application on the province %.1f s (to /health/ready UP), a trivial WAR %.1f s (to its page), ratio %.2f\n' \
        "$APP_SECONDS" "$TRIVIAL_SECONDS" "$(echo "$APP_SECONDS / $TRIVIAL_SECONDS" | bc -l)"
fi

echo ">> API beside hand-written SQL (ms; ratio = API p50 / SQL p50)"
java -cp "$CP" bench/ProjectList.java compare "$URL" "$JDBC" "$YEAR" "$SAMPLES" "$ROUNDS" p.finance c001.finance c001.unit01

echo ">> screens on the generated data (status, ms of a second view, KB): a county's finance and unit, the province"
java -cp "$CP" bench/ProjectList.java pages "$URL" "$JDBC" "$YEAR" c001.finance c001.unit01 p.finance

if [ "$LOAD" = yes ]; then
    # the load's users: 2 of 20 provincial, 2 of a city, 6 county offices, 10 units, spread over the counties
    c() { printf 'c%03d' $(( ($1 - 1) % COUNTIES + 1 )); }
    POOL="p.finance p.poverty s01.finance s01.poverty"
    for k in 1 2 3 4 5 6; do POOL="$POOL $(c $k).$( [ $((k % 3)) = 0 ] && echo dept01 || ([ $((k % 3)) = 1 ] && echo finance || echo poverty))"; done
    for k in $(seq 1 10); do POOL="$POOL $(c $((k * 7))).unit$(printf '%02d' $(( (k * 3) % 25 + 1 )))"; done
    echo ">> load: $VUS users, think $THINK ms, $SECONDS_LOAD s (after a warm-up), users: $POOL"
    # shellcheck disable=SC2086
    java -cp "$CP" bench/ProjectList.java load "$URL" "$JDBC" "$YEAR" "$VUS" "$THINK" "$SECONDS_LOAD" http $POOL
    # shellcheck disable=SC2086
    java -cp "$CP" bench/ProjectList.java load "$URL" "$JDBC" "$YEAR" 20 0 $((SECONDS_LOAD / 2)) http $POOL
    # shellcheck disable=SC2086
    java -cp "$CP" bench/ProjectList.java load "$URL" "$JDBC" "$YEAR" 16 0 $((SECONDS_LOAD / 2)) sql $POOL
fi
