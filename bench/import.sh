#!/usr/bin/env bash
# End-to-end import figure: 10 000 indicator rows uploaded to a running server (./run, demo data)
# through POST /api/target-sheets/import, parsed, checked and saved in one transaction.
#   terminal 1: ./run
#   terminal 2: bench/import.sh        (URL=http://127.0.0.1:8080 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
URL="${URL:-http://127.0.0.1:8080}"
mvn -B -q -pl ejb -am install -DskipTests
mvn -B -q -pl ejb test -Dtest=ImportBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false | grep BENCHMARK
for run in 1 2 3; do
    curl -sS -o /tmp/fundperf-import.json -w "BENCHMARK server import of 10000 rows, run $run: HTTP %{http_code} in %{time_total} s\n" \
         -u unit01:Fupin@2026 -H "X-Requested-With: bench" \
         -H "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
         --data-binary @ejb/target/benchmark-10000.xlsx "$URL/api/target-sheets/import"
    head -c 200 /tmp/fundperf-import.json; echo
done
