#!/usr/bin/env bash
# Benchmark 5: a campaign to every active customer of cx_bench_<size> (default MAIL: about 100 000 invitations),
# launched through CX Loop's screens and sent by its mail outbox to a counting SMTP server in the benchmark's JVM,
# against Jakarta Mail sending as many mails straight to that server. Run bench/run-generate.sh MAIL first.
# Usage: bench/run-invitations.sh [MAIL|S|M|L] [max-minutes=30]   (CX_MAIL_SENDERS=4 for four parallel senders)
source "$(dirname "$0")/env.sh"
SIZE="${1:-MAIL}"
DB="cx_bench_$(echo "$SIZE" | tr 'A-Z' 'a-z')"
build
CX_MAIL_SENDERS="${CX_MAIL_SENDERS:-1}" CX_SMTP_HOST=127.0.0.1 CX_SMTP_PORT="$BENCH_SMTP_PORT" CX_PUBLIC_URL="http://127.0.0.1:$BENCH_PORT" start_app "$DB"
echo "== invitations, $DB, ${CX_MAIL_SENDERS:-1} sender(s)"
bench_java -Xmx3g -Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider org.cxloop.bench.InvitationCampaign "http://127.0.0.1:$BENCH_PORT" "$(jdbc_url "$DB")" \
    "$BENCH_SMTP_PORT" "$BENCH_ADMIN_EMAIL" "$BENCH_ADMIN_PASSWORD" "${2:-30}"
