#!/usr/bin/env bash
# Two application servers behind nginx against one PostgreSQL (issue 11 §6), and what that must keep:
#   1. a browser stays on the server it signed in on (route cookie), and either server serves;
#   2. a job runs once across the servers, and when the server running it is killed the other
#      takes the run over after its lease and finishes it.
# Uses the built WAR (mvn -B -o -DskipTests package) and nginx (apt-get install -y nginx).
#   bench/cluster.sh [--database fundperf_cluster] [--notifications 100000] [--keep]
# --keep leaves the servers and nginx running (http://127.0.0.1:8280, demo logins) until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=fundperf_cluster
PENDING=100000
KEEP=no
PORT1=8281
PORT2=8282
PROXY=8280
while [ $# -gt 0 ]; do
    case "$1" in
        --database) DB="$2"; shift 2 ;;
        --notifications) PENDING="$2"; shift 2 ;;
        --keep) KEEP=yes; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "database name: lower-case letters, digits, _" >&2; exit 2; }
[[ "$PENDING" =~ ^[0-9]+$ ]] || { echo "not a number: $PENDING" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install -y nginx)" >&2; exit 1; }
[ -f web/target/fundperf.war ] || { echo "web/target/fundperf.war is not built (mvn -B -o -DskipTests package)" >&2; exit 1; }
WORK="$PWD/target/cluster"
rm -rf "$WORK"; mkdir -p "$WORK/files"
SQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U postgres -qtA -v ON_ERROR_STOP=1)
T0=$(date +%s.%N)
say() { printf '%6.1f s  %s\n' "$(echo "$(date +%s.%N) - $T0" | bc)" "$*"; }

"${SQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
say "database $DB created"

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

# one configuration for both; each server its own name (leases) and port
start() {   # start NAME PORT
    { cat config/postgresql.properties config/security.properties config/working-calendar.properties config/rules.properties
      echo "fundperf.db.url=jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$DB"
      echo "fundperf.demo.enabled=true"
      echo "fundperf.files.directory=$WORK/files"
      echo "fundperf.jobs.instance-id=$1"
      echo "fundperf.jobs.poll-seconds=2"
      echo "fundperf.jobs.lease-seconds=10"; } > "$WORK/$1.properties"
    java -Djava.util.logging.config.file=config/logging.properties -Dhazelcast.socket.bind.any=false \
         -jar web/target/payara-micro.jar --deploy web/target/fundperf.war --contextroot / --port "$2" \
         --nocluster --nohazelcast --disablephonehome --rootdir "$WORK/$1-runtime" \
         --prebootcommandfile config/payara/pre-boot-commands.txt --postbootcommandfile config/payara/post-boot-commands.txt \
         --systemproperties "$WORK/$1.properties" > "$WORK/$1.log" 2>&1 &
    PIDS+=($!)
    eval "PID_$1=$!"
}
ready() {   # ready PORT NAME
    for _ in $(seq 1 300); do
        if curl -fsS "http://127.0.0.1:$1/health/ready" 2>/dev/null | grep -q '"UP"'; then return 0; fi
        sleep 0.5
    done
    echo "server $2 did not get ready, see $WORK/$2.log" >&2; exit 1
}
# the first server migrates the database and loads the demo county; the second finds it ready
start node1 $PORT1; ready $PORT1 node1; say "node1 ready on port $PORT1 (migrated, demo data)"
start node2 $PORT2; ready $PORT2 node2; say "node2 ready on port $PORT2"

sed -e "s#@WORK@#$WORK#g" -e "s#@PORT1@#$PORT1#g" -e "s#@PORT2@#$PORT2#g" -e "s#@PROXY_PORT@#$PROXY#g" \
    config/nginx/fundperf-cluster.conf > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon on;'
say "nginx on http://127.0.0.1:$PROXY in front of both"

echo ">> 1. sticky sessions: three browsers sign in through nginx and make 10 requests each"
for user in finance01 unit01 dept01; do
    JAR="$WORK/$user.cookies"
    page=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PROXY/login.xhtml")
    state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" -H 'Content-Type: application/x-www-form-urlencoded' \
        --data-urlencode login=login --data-urlencode "login:username=$user" --data-urlencode 'login:password=Fupin@2026' \
        --data-urlencode 'login:submit=' --data-urlencode "jakarta.faces.ViewState=$state" "http://127.0.0.1:$PROXY/login.xhtml")
    served=()
    for _ in $(seq 1 10); do
        served+=("$(curl -s -o /dev/null -D - -b "$JAR" -c "$JAR" "http://127.0.0.1:$PROXY/api/me" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-served-by"{print $2}')/$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "http://127.0.0.1:$PROXY/api/me")")
    done
    echo "   $user: sign-in HTTP $code, then server/status: ${served[*]}"
done

echo ">> 2. a job on two servers: $PENDING notifications waiting for delivery, the delivery job made due on both"
"${SQL[@]}" -d "$DB" <<SQL
INSERT INTO notification (id, version, recipient_role, recipient_organization_id, kind, text_key, text_args, created_at, delivery)
SELECT 1000000 + g, 0, 'FINANCE', (SELECT min(id) FROM organization), 'REVIEW_ROUND_OPENED', 'notification.title', NULL,
       now() AT TIME ZONE 'Asia/Shanghai', 'PENDING'
FROM generate_series(1, $PENDING) g;
UPDATE job_due SET next_due_at = (now() AT TIME ZONE 'Asia/Shanghai') - interval '1 minute', version = version + 1
WHERE job_name = 'NOTIFICATION_DELIVERY';
SQL
say "due now; each server looks every 2 s, leases last 10 s"
OWNER=
for _ in $(seq 1 120); do
    OWNER=$("${SQL[@]}" -d "$DB" -c "SELECT lease_owner FROM job_run WHERE job_name = 'NOTIFICATION_DELIVERY' AND status = 'RUNNING' AND done_count > 0")
    [ -n "$OWNER" ] && break
    sleep 0.5
done
[ -n "$OWNER" ] || { echo "no server started the run" >&2; "${SQL[@]}" -d "$DB" -c "SELECT * FROM job_run"; exit 1; }
DONE=$("${SQL[@]}" -d "$DB" -c "SELECT done_count || ' of ' || total_count FROM job_run WHERE job_name = 'NOTIFICATION_DELIVERY' AND status = 'RUNNING'")
say "$OWNER runs it ($DONE done): killing $OWNER (kill -9)"
eval "VICTIM=\$PID_$OWNER"
kill -9 "$VICTIM"; wait "$VICTIM" 2>/dev/null || true
OTHER=$([ "$OWNER" = node1 ] && echo node2 || echo node1)
for _ in $(seq 1 600); do
    STATUS=$("${SQL[@]}" -d "$DB" -c "SELECT status FROM job_run WHERE job_name = 'NOTIFICATION_DELIVERY' ORDER BY id DESC LIMIT 1")
    [ "$STATUS" = SUCCEEDED ] || [ "$STATUS" = FAILED ] && break
    sleep 0.5
done
say "the run is $STATUS"
echo "   job runs of the delivery job (one row per period: it ran once, in two attempts):"
echo "   period | status | attempt | server of the last attempt | done/total of the last attempt | outcome"
"${SQL[@]}" -d "$DB" -F ' | ' -c "SELECT period_key, status, attempt, node, done_count || '/' || total_count, message FROM job_run WHERE job_name = 'NOTIFICATION_DELIVERY' ORDER BY id" | sed 's/^/   /'
echo "   notifications: $("${SQL[@]}" -d "$DB" -c "SELECT string_agg(delivery || ' ' || n, ', ') FROM (SELECT delivery, count(*) n FROM notification WHERE id > 1000000 GROUP BY delivery) d")"
echo "   the other server, $OTHER, still answers through nginx: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PROXY/health/ready")"
if [ "$KEEP" = yes ]; then
    echo ">> left running: http://127.0.0.1:$PROXY (Ctrl-C stops)"; wait
fi
