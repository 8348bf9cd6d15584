#!/usr/bin/env bash
# Times every metrics API call against its plain SQL on cx_bench_<size> (made by run-generate.sh first).
# Usage: bench/run-dashboard.sh [S|M|L] [repeat=30]
source "$(dirname "$0")/env.sh"
SIZE="${1:-L}"
DB="cx_bench_$(echo "$SIZE" | tr 'A-Z' 'a-z')"
build
start_app "$DB"
echo "== dashboard, size $SIZE: $(psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$DB" -tAc \
    "select (select count(*) from customer) || ' customers, ' || (select count(*) from survey_response) || ' responses'")"
bench_java org.cxloop.bench.Dashboard "http://127.0.0.1:$BENCH_PORT" "$BENCH_KEY" "$(jdbc_url "$DB")" "${2:-30}"
