#!/usr/bin/env bash
# Four clients sending the costliest documents the limits allow, against a fifth's simple reads.
# Usage: ./mvnw package -DskipTests && src/bench/abuse.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18090}
DATA=$(mktemp -d)
java ${JAVA_OPTS:-} -Dvaluenetwork.embedded.data-dir="$DATA/pgdata" -Dquarkus.http.port=$PORT -jar target/quarkus-app/quarkus-run.jar \
  > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill -TERM $PID || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.2; done
node src/bench/abuse.mjs "http://127.0.0.1:$PORT/graphql" "${1:-30}"
