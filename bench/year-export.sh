#!/usr/bin/env bash
# The province's 申报表 of a year as a background task, in bounded memory (issue 11): starts the
# built WAR on the database of bench/province.sh with a small heap (--heap, 768m), signs in as the
# provincial finance office, asks for the year's export and follows the task to its file, sampling
# the server's heap meanwhile. Prints the time, the file (a zip of one workbook per department when
# more than 500 sheets) and the largest heap in use.
#   bench/year-export.sh [--database fundperf_province] [--port 8191] [--heap 768m] [--year Y] [--user p.finance]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=fundperf_province
PORT=8191
HEAP=768m
YEAR=
USER_NAME=p.finance
while [ $# -gt 0 ]; do
    case "$1" in
        --database) DB="$2"; shift 2 ;;
        --port) PORT="$2"; shift 2 ;;
        --heap) HEAP="$2"; shift 2 ;;
        --year) YEAR="$2"; shift 2 ;;
        --user) USER_NAME="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
SQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U postgres -qtA -d "$DB")
[ -n "$YEAR" ] || YEAR=$("${SQL[@]}" -c "SELECT max(fiscal_year) FROM project")
WORK=target/year-export
rm -rf "$WORK"; mkdir -p "$WORK/files"
URL="http://127.0.0.1:$PORT"
{ cat config/postgresql.properties config/security.properties config/rules.properties
  echo "fundperf.db.url=jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$DB"
  echo "fundperf.files.directory=$WORK/files"; } > "$WORK/system.properties"
java "-Xmx$HEAP" -Djava.util.logging.config.file=config/logging.properties -Dhazelcast.socket.bind.any=false \
     -jar web/target/payara-micro.jar --deploy web/target/fundperf.war --contextroot / --port "$PORT" \
     --nocluster --nohazelcast --disablephonehome \
     --prebootcommandfile config/payara/pre-boot-commands.txt --postbootcommandfile config/payara/post-boot-commands.txt \
     --systemproperties "$WORK/system.properties" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -fsS "$URL/health/ready" 2>/dev/null | grep -q '"UP"' && break
    kill -0 $SERVER 2>/dev/null || { echo "the server stopped, see $WORK/server.log" >&2; exit 1; }
    sleep 0.5
done
JAR="$WORK/cookies"
state=$(curl -s -c "$JAR" -b "$JAR" "$URL/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" -H 'Content-Type: application/x-www-form-urlencoded' --data-urlencode login=login \
     --data-urlencode "login:username=$USER_NAME" --data-urlencode 'login:password=Fupin@2026' --data-urlencode 'login:submit=' \
     --data-urlencode "jakarta.faces.ViewState=$state" "$URL/login.xhtml"
SHEETS=$("${SQL[@]}" -c "SELECT count(*) FROM target_sheet WHERE fiscal_year = $YEAR")
echo ">> $USER_NAME exports the $SHEETS 申报表 of $YEAR (server heap limit $HEAP)"
STARTED=$(date +%s.%N)
TASK=$(curl -s -b "$JAR" -X POST -H 'X-Requested-With: bench' "$URL/api/target-sheets/declarations?year=$YEAR" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$TASK" ] || { echo "the export was not accepted" >&2; exit 1; }
PEAK=0
STATUS=
while true; do
    used=$(jcmd $SERVER GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' || echo 0)
    [ "${used:-0}" -gt "$PEAK" ] && PEAK=$used
    VIEW=$(curl -s -b "$JAR" "$URL/api/tasks/$TASK")
    STATUS=$(printf '%s' "$VIEW" | grep -o '"status":"[A-Z_]*"' | cut -d'"' -f4)
    case "$STATUS" in SUCCEEDED|FAILED|INTERRUPTED) break ;; esac
    sleep 1
done
SECONDS_TAKEN=$(echo "$(date +%s.%N) - $STARTED" | bc)
FILE=$(ls -S "$WORK/files" | head -1)
# an .xlsx is a zip too: a zip of workbooks is one whose entries are .xlsx files
KIND=$(unzip -Z1 "$WORK/files/$FILE" 2>/dev/null | head -1 | grep -q '\.xlsx$' && echo "a zip of $(unzip -Z1 "$WORK/files/$FILE" | wc -l) workbooks" || echo "one workbook")
printf '>> %s in %.0f s; %s, %d KB; largest heap in use (sampled each second) %d MB, limit %s\n' "$STATUS" "$SECONDS_TAKEN" \
    "$KIND" "$(( $(stat -c %s "$WORK/files/$FILE") / 1024 ))" "$((PEAK / 1024))" "$HEAP"
