#!/usr/bin/env bash
# Benchmark 1: answers through the public survey page from wrk (GET then POST /s/{token}, and POST alone for links
# opened before), against raw JDBC single-row inserts into survey_response from as many connections, on
# cx_bench_<size>. Needs wrk (Debian package wrk).
# Usage: bench/run-respond.sh [S|M|L] [seconds per run=30] [clients=16] [warm-up answers=3000]
source "$(dirname "$0")/env.sh"
SIZE="${1:-S}"
DB="cx_bench_$(echo "$SIZE" | tr 'A-Z' 'a-z')"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
build
CX_SURVEY_SIGNING_SECRET="$BENCH_SIGNING_SECRET" start_app "$DB"
echo "== public answers, size $SIZE"
bench_java -Dbench.app.pid="$APP_PID" -Dbench.wrk.script="$ROOT/bench/respond.lua" org.cxloop.bench.Respond \
    "http://127.0.0.1:$BENCH_PORT" "$(jdbc_url "$DB")" "$BENCH_SIGNING_SECRET" "${2:-30}" "${3:-16}" "${4:-3000}"
