#!/usr/bin/env bash
# Creates database cx_bench_<size> anew (S, M, L or XL), lets CX Loop migrate it, and fills it by COPY.
# Usage: bench/run-generate.sh [S|M|L|XL]   (default L: 100 000 customers, 1 000 000 responses, 12 months)
source "$(dirname "$0")/env.sh"
SIZE="${1:-L}"
DB="cx_bench_$(echo "$SIZE" | tr 'A-Z' 'a-z')"
build
recreate_database "$DB"
start_app "$DB"
stop_app
bench_java org.cxloop.bench.Generate "$(jdbc_url "$DB")" "$(size_customers "$SIZE")" "$(size_responses "$SIZE")"
