#!/usr/bin/env bash
# Creates database cx_bench_<size> anew (S, M, L or XL), lets CX Loop migrate it, fills it by COPY, then starts
# CX Loop once more and waits while it analyses the generated comments (sentiment and topics) in the background, as
# it would have analysed each on arrival; so no benchmark later shares the machine with that backfill.
# Usage: bench/run-generate.sh [S|M|L|XL|MAIL]   (default L: 100 000 customers, 1 000 000 responses, 12 months)
source "$(dirname "$0")/env.sh"
SIZE="${1:-L}"
DB="cx_bench_$(echo "$SIZE" | tr 'A-Z' 'a-z')"
build
recreate_database "$DB"
start_app "$DB"
stop_app
bench_java org.cxloop.bench.Generate "$(jdbc_url "$DB")" "$(size_customers "$SIZE")" "$(size_responses "$SIZE")"
unanalysed() {
    psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$DB" -Atc "select (select count(*) from survey_response where comment is not null)
        - (select count(*) from comment_analysis)"
}
COMMENTS="$(unanalysed)"
STARTED=$(date +%s)
start_app "$DB"
while [ "$(unanalysed)" -gt 0 ]; do
    if [ $(( $(date +%s) - STARTED )) -gt 3600 ]; then echo "comments still unanalysed after an hour" >&2; exit 1; fi
    sleep 5
done
SECONDS_TAKEN=$(( $(date +%s) - STARTED ))
stop_app
# Fresh statistics for what the backfill wrote, as autovacuum would give them; this machine's PostgreSQL runs with
# autovacuum off (a CI setting), and foreign-key checks planned against "comment_analysis is empty" scan it whole.
psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$DB" -qc "vacuum analyze"
echo "analysed $COMMENTS generated comments in ${SECONDS_TAKEN} s, CX Loop's start-up included"
