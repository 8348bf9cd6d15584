#!/usr/bin/env bash
# API and CSV ingestion against JDBC single-row inserts and COPY, on cx_bench_<size>, CX Loop's heap capped at 512 MB.
# Usage: bench/run-ingest.sh [S|M|L] [csv-rows=100000] [api-rows=20000] [threads=8]
source "$(dirname "$0")/env.sh"
SIZE="${1:-L}"
DB="cx_bench_$(echo "$SIZE" | tr 'A-Z' 'a-z')"
build
start_app "$DB" -Xmx512m
echo "== ingest, size $SIZE"
bench_java org.cxloop.bench.Ingest "http://127.0.0.1:$BENCH_PORT" "$BENCH_KEY" "$(jdbc_url "$DB")" "${2:-100000}" "${3:-20000}" "${4:-8}"
