#!/usr/bin/env bash
# Replacing all lines of a draft target sheet, 200 and 2 000 lines, through the application's own
# persistence (EclipseLink as Payara ships it, outside the server) beside the same replacement
# hand-written in SQL, on a fresh PostgreSQL database (fundperf_bench on 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl ejb -am test -Dtest=SheetReplacementBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false \
    | grep BENCHMARK
