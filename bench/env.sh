# Shared by the run-*.sh scripts: the JDK, the benchmark database, building, and a CX Loop started on it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
BENCH_PORT="${BENCH_PORT:-8089}"
BENCH_KEY="${BENCH_KEY:-bench-key-0123456789abcdef0123456789}"
BENCH_ADMIN_EMAIL="${BENCH_ADMIN_EMAIL:-bench-admin@example.com}"     # the admin the screens are driven as
BENCH_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-bench-admin-password-1}"
BENCH_SMTP_PORT="${BENCH_SMTP_PORT:-2525}"                            # the benchmark's own SMTP server
BENCH_SIGNING_SECRET="${BENCH_SIGNING_SECRET:-bench-signing-secret-0123456789abcdef}"  # signs survey links
APP_JAR="${BENCH_APP_JAR:-$ROOT/cx-web/target/cx-web-0.1.0-SNAPSHOT.jar}"  # BENCH_APP_JAR: another build, for a before/after
RUN_JAR="$ROOT/bench/target/cx-web-$BENCH_PORT.jar"  # a copy per port, so neither a rebuild nor another run pulls the jar from under a run
BENCH_LOGS="$ROOT/bench/target/logs"
mkdir -p "$BENCH_LOGS"

jdbc_url() { echo "jdbc:postgresql://$PGHOST:$PGPORT/$1"; }

# Sizes: customers and responses per named size (interactions are half the responses). MAIL is the invitation
# benchmark's: about 100 000 of its 153 000 customers are active and not opted out, so a campaign to everyone invites them.
size_customers() { case "$1" in S) echo 10000 ;; M) echo 30000 ;; L) echo 100000 ;; XL) echo 1000000 ;; MAIL) echo 153000 ;; *) echo "unknown size $1" >&2; exit 2 ;; esac; }
size_responses() { case "$1" in S) echo 100000 ;; M) echo 300000 ;; L) echo 1000000 ;; XL) echo 10000000 ;; MAIL) echo 10000 ;; *) echo "unknown size $1" >&2; exit 2 ;; esac; }

build() {
    (cd "$ROOT" && ./mvnw -B -ntp -q -f bench/pom.xml package)
    if [ ! -f "$APP_JAR" ] || [ -n "${BENCH_REBUILD_APP:-}" ]; then
        (cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests -pl cx-web -am)
    fi
    cp "$APP_JAR" "$RUN_JAR"
}

bench_java() {
    "$JAVA_HOME/bin/java" -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")" "$@"
}

recreate_database() {
    psql -h "$PGHOST" -p "$PGPORT" -U postgres -qc "drop database if exists $1" -c "create database $1"
}

# Starts CX Loop on the database (Flyway migrates it) with extra JVM options, and waits until it answers.
# BENCH_APP_OPTS adds JVM options (for example a flight recording: see README), APP_ARGS application arguments.
start_app() {
    local db="$1"; shift
    # shellcheck disable=SC2086
    CX_DB_URL="$(jdbc_url "$db")" CX_DB_USER=postgres CX_DB_PASSWORD= CX_ADMIN_API_KEY="$BENCH_KEY" \
        CX_ADMIN_EMAIL="$BENCH_ADMIN_EMAIL" CX_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" \
        CX_DATA_DIR="$ROOT/bench/target/data" \
        "$JAVA_HOME/bin/java" "$@" ${BENCH_APP_OPTS:-} -jar "$RUN_JAR" --spring.profiles.active=postgres --server.port="$BENCH_PORT" \
        --cx.rate-limit.api-per-minute=100000000 --cx.rate-limit.public-per-minute=100000000 ${APP_ARGS:-} \
        > "$BENCH_LOGS/app-$db.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 400); do
        if curl -fs "http://127.0.0.1:$BENCH_PORT/actuator/health" > /dev/null; then return 0; fi
        if ! kill -0 "$APP_PID" 2> /dev/null; then echo "CX Loop did not start; see $BENCH_LOGS/app-$db.log" >&2; exit 1; fi
        sleep 1
    done
    echo "CX Loop did not answer within 400 s" >&2; exit 1
}

stop_app() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2> /dev/null; then kill "$APP_PID"; wait "$APP_PID" || true; fi
    APP_PID=
}
trap stop_app EXIT
