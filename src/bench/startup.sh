#!/usr/bin/env bash
# Measures the packaged jar: cold first start (new data folder: initdb, migrations, seed),
# warm restart (same folder), and resident memory after the first GraphQL request.
# Usage: ./mvnw package -DskipTests && src/bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/quarkus-app/quarkus-run.jar
RUNS=${1:-3}
PORT=${PORT:-18080}
QUERY='{"query":"{ company(slug: \"sk-telecom\") { name memberships { alliance { name members { company { name } } } } } }"}'

now_ms() { date +%s%3N; }

start_and_wait() { # data-dir -> sets ELAPSED (ms until /q/health/ready answers 200) and PID
  local data=$1 t0
  t0=$(now_ms)
  java -Dvaluenetwork.embedded.data-dir="$data" -Dquarkus.http.port=$PORT -jar "$JAR" > "$data.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.05; done
  ELAPSED=$(( $(now_ms) - t0 ))
}

stop() { kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; }

for run in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  start_and_wait "$dir/pgdata"; cold=$ELAPSED
  curl -sf -o /dev/null -H 'content-type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql"
  rss=$(ps -o rss= -p "$PID" | tr -d ' ')
  stop
  start_and_wait "$dir/pgdata"; warm=$ELAPSED
  curl -sf -o /dev/null -H 'content-type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql"
  warm_rss=$(ps -o rss= -p "$PID" | tr -d ' ')
  stop
  echo "run $run: cold start ${cold} ms, warm restart ${warm} ms, RSS after first request ${rss} KiB (cold) ${warm_rss} KiB (warm)"
  rm -rf "$dir"
done
