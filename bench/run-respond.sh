#!/usr/bin/env bash
# Benchmark 1: answers through the public survey page (GET then POST /s/{token}) from concurrent clients, against
# raw JDBC single-row inserts into survey_response from as many connections, on cx_bench_<size>.
# Usage: bench/run-respond.sh [S|M|L] [answers=10000] [clients=16] [warm-up=1000]
source "$(dirname "$0")/env.sh"
SIZE="${1:-S}"
DB="cx_bench_$(echo "$SIZE" | tr 'A-Z' 'a-z')"
build
CX_SURVEY_SIGNING_SECRET="$BENCH_SIGNING_SECRET" start_app "$DB"
echo "== public answers, size $SIZE"
bench_java -Dbench.app.pid="$APP_PID" org.cxloop.bench.Respond "http://127.0.0.1:$BENCH_PORT" "$(jdbc_url "$DB")" "$BENCH_SIGNING_SECRET" \
    "${2:-10000}" "${3:-16}" "${4:-1000}"
