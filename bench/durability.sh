#!/usr/bin/env bash
# Durability (issue 10): COUNT concurrent project creations on PostgreSQL (each one use case that
# writes the project and its audit record), kill -9 of the server once KILL_AFTER of them have been
# acknowledged, restart, then check that every acknowledged creation is in the database with its
# audit record and that the audit chain verifies. Prints acknowledged / found / lost.
#   bench/durability.sh [--no-build]     (PORT=8090, DB=fundperf_durability, COUNT=100, KILL_AFTER=40)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8090}"
DB="${DB:-fundperf_durability}"
COUNT="${COUNT:-100}"
KILL_AFTER="${KILL_AFTER:-40}"
URL="http://127.0.0.1:$PORT"
WORK="target/durability"
SQL=(psql -h 127.0.0.1 -U postgres -qtA)

[ "${1:-}" = --no-build ] || mvn -B -q -DskipTests -pl web -am package
rm -rf "$WORK"; mkdir -p "$WORK"
"${SQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
{ cat config/postgresql.properties config/security.properties config/rules.properties
  echo "fundperf.db.url=jdbc:postgresql://127.0.0.1:5432/$DB"
  echo "fundperf.demo.enabled=true"
  echo "fundperf.files.directory=$WORK/files"; } > "$WORK/system.properties"

start_server() {
    java -Xmx1g -Djava.util.logging.config.file=config/logging.properties -Dhazelcast.socket.bind.any=false \
         -jar web/target/payara-micro.jar --deploy web/target/fundperf.war --contextroot / --port "$PORT" \
         --nocluster --nohazelcast --disablephonehome \
         --prebootcommandfile config/payara/pre-boot-commands.txt --postbootcommandfile config/payara/post-boot-commands.txt \
         --systemproperties "$WORK/system.properties" > "$WORK/server-$1.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 240); do
        if curl -fsS "$URL/health/ready" 2>/dev/null | grep -q '"UP"'; then return 0; fi
        kill -0 $SERVER 2>/dev/null || { echo "server $1 stopped, see $WORK/server-$1.log" >&2; exit 1; }
        sleep 1
    done
    echo "server $1 not ready in 240 s" >&2; exit 1
}
trap 'kill -9 ${SERVER:-0} 2>/dev/null || true' EXIT

start_server 1
UNIT=$("${SQL[@]}" -d "$DB" -c "SELECT organization_id FROM app_user WHERE username = 'unit01'")
YEAR=$(date +%Y)
java bench/Durability.java "$URL" unit01 'Fupin@2026' "$UNIT" "$YEAR" "$COUNT" "$KILL_AFTER" \
     "$WORK/acknowledged.txt" "$WORK/kill.marker" > "$WORK/client.log" 2> "$WORK/client-errors.log" &
CLIENT=$!
while [ ! -e "$WORK/kill.marker" ] && kill -0 $CLIENT 2>/dev/null; do sleep 0.05; done
kill -9 $SERVER; wait $SERVER 2>/dev/null || true
echo ">> server killed with kill -9 after $KILL_AFTER acknowledgements"
wait $CLIENT || true
cat "$WORK/client.log"

start_server 2
ACKED=$(wc -l < "$WORK/acknowledged.txt")
IDS=$(cut -d' ' -f1 "$WORK/acknowledged.txt" | paste -sd, -)
FOUND=0; AUDITED=0
if [ "$ACKED" -gt 0 ]; then
    FOUND=$("${SQL[@]}" -d "$DB" -c "SELECT count(*) FROM project WHERE id IN ($IDS)")
    AUDITED=$("${SQL[@]}" -d "$DB" -c "SELECT count(DISTINCT entity_id) FROM audit_record WHERE action_code = 'project.created'
                                       AND entity_type = 'Project' AND entity_id IN ('$(echo "$IDS" | sed "s/,/','/g")')")
fi
STORED=$("${SQL[@]}" -d "$DB" -c "SELECT count(*) FROM project WHERE name LIKE '耐久性检验%'")
# records are chained after they commit; a number taken by a transaction the kill cut off holds the
# sealer up for its grace period (fundperf.audit.seal-grace-seconds), so wait until all are sealed
for _ in $(seq 1 40); do
    CHAIN=$(curl -fsS -u 'auditadmin:Fupin@2026' -H 'Accept: application/json' "$URL/api/audit/chain?full=true")
    echo "$CHAIN" | grep -q '"unsealed":0' && break
    sleep 3
done
sleep 7   # the check itself is audited: its own record is sealed by the next round
SEALED=$("${SQL[@]}" -d "$DB" -c "SELECT count(*) FROM audit_record r JOIN audit_seal s ON s.record_id = r.id")
RECORDS=$("${SQL[@]}" -d "$DB" -c "SELECT count(*) FROM audit_record")
echo "DURABILITY acknowledged $ACKED, found $FOUND (with audit record $AUDITED), lost $((ACKED - FOUND)); stored in all $STORED of $COUNT sent"
echo "DURABILITY audit chain after restart (full walk): $CHAIN; $SEALED of $RECORDS audit records sealed"
[ "$FOUND" -eq "$ACKED" ] && [ "$AUDITED" -eq "$ACKED" ] && echo "$CHAIN" | grep -q '"intact":true' && [ "$SEALED" -eq "$RECORDS" ]
