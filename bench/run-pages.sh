#!/usr/bin/env bash
# Server time of every dashboard page on the demo data set (H2, demo profile), after warm-up: 10 timed requests each.
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$(dirname "$0")/.."
JAR=cx-web/target/cx-web-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests -pl cx-web -am
DIR=$(mktemp -d /tmp/cxdemo.XXXX)
PORT="${BENCH_PORT:-8097}"
CX_DATA_DIR=$DIR CX_ADMIN_EMAIL=admin@example.com CX_ADMIN_PASSWORD='admin password 123' \
  $JAVA_HOME/bin/java -jar $JAR --spring.profiles.active=demo --server.port=$PORT > $DIR/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "Started CxLoopApplication" $DIR/app.log && break; sleep 1; done
# the demo data loads after start
for _ in $(seq 1 120); do grep -qi "demo data" $DIR/app.log && grep -qiE "loaded|generated" $DIR/app.log && break; sleep 1; done
sleep 5
B=http://127.0.0.1:$PORT
J=$DIR/cookies
csrf=$(curl -s -c $J -b $J $B/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c $J -b $J -X POST $B/login --data-urlencode "username=admin@example.com" \
  --data-urlencode "password=admin password 123" --data-urlencode "_csrf=$csrf"
tp=$(curl -s -b $J "$B/breakdown?by=touchpoint" | grep -o 'href="/touchpoints/[^"?]*' | head -1 | sed 's#href="##')
cu=$(curl -s -b $J "$B$tp?period=year" | grep -o 'href="/customers/[^"?]*' | head -1 | sed 's#href="##')
jo=$(curl -s -b $J "$B/journeys" | grep -o 'href="/journeys/[0-9]*"' | head -1 | sed 's#href="##;s#"##')
echo "touchpoint page $tp, customer page $cu, journey $jo"
for page in "/" "/?period=year" "/breakdown?by=touchpoint" "/breakdown?by=segment&period=year" "/retention" "/topics" "/comments" "/comments?search=wait" \
    "$tp" "$tp?period=year" "$cu" "$jo" "/cases" "/experiments" "/surveys" "/overview.csv?period=year"; do
  for _ in 1 2 3; do curl -s -o /dev/null -b $J "$B$page"; done
  times=$(for _ in $(seq 1 10); do curl -s -o /dev/null -b $J -w '%{http_code} %{time_total}\n' "$B$page"; done)
  code=$(echo "$times" | awk '{print $1}' | sort -u | tr '\n' ' ')
  echo "$times" | awk -v p="$page" -v c="$code" '{t[NR]=$2*1000} END {n=asort(t); printf "%-40s status %s p50 %6.1f ms  max %6.1f ms\n", p, c, t[int(n/2)+1], t[n]}'
done
uptime
