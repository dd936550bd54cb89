#!/usr/bin/env bash
# Start-up and memory of the packaged service, three ways side by side in one run:
#   plain    the fast-jar on the default JDK (./mvnw package), what a JDK 17+ user runs
#   aot-off  the AOT build's jar on JDK 25 without its cache
#   aot      the AOT build's jar on JDK 25 with the cache its integration tests trained
#            (java -XX:AOTCache=app.aot -jar quarkus-run.jar)
# For each: cold (a new data folder: initdb, migrations, seed) and warm (the same folder again),
# the time from exec to the first successful GraphQL answer, and the resident memory after it.
# Runs are interleaved (plain, aot-off, aot, plain, ...) so that the machine's drift hits all
# three alike; the table gives the median of RUNS and every value.
#
# Usage: src/bench/startup.sh [runs]          (default 5; builds both packages first)
#        SKIP_BUILD=1 src/bench/startup.sh    (reuse target/startup/{plain,aot})
# Needs Temurin 25 (JDK25, default /usr/lib/jvm/temurin-25-jdk-amd64) for the AOT build.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
PORT=${PORT:-18080}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=target/startup
QUERY='{"query":"{ company(slug: \"sk-telecom\") { name memberships { alliance { name members { company { name } } } } } }"}'

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q --no-transfer-progress package -DskipTests
  rm -rf "$OUT/plain" && mkdir -p "$OUT" && cp -a target/quarkus-app "$OUT/plain"
  # The AOT cache is written by the integration tests' runs of the jar (JDK 25 must make and use it).
  JAVA_HOME=$JDK25 ./mvnw -B -q --no-transfer-progress verify -Dquarkus.package.jar.aot.enabled=true
  test -f target/quarkus-app/app.aot || { echo "the AOT build wrote no target/quarkus-app/app.aot" >&2; exit 1; }
  # -a: the cache is valid only for jars with the timestamps it was made with
  rm -rf "$OUT/aot" && cp -a target/quarkus-app "$OUT/aot"
fi
for app in plain aot; do
  test -f "$OUT/$app/quarkus-run.jar" || { echo "missing $OUT/$app: run without SKIP_BUILD" >&2; exit 1; }
done

now_ms() { date +%s%3N; }

# variant data-dir -> prints "ms rss_kib" once the process has stopped (so that the next start
# never meets it on the port)
first_answer() {
  local variant=$1 data=$2 java app flags t0 pid ms rss
  case $variant in
    plain) java=java; app=$OUT/plain; flags=() ;;
    aot-off) java=$JDK25/bin/java; app=$OUT/aot; flags=() ;;
    # AOTMode=on: stop rather than silently run without a cache that does not match
    aot) java=$JDK25/bin/java; app=$OUT/aot; flags=(-XX:AOTMode=on -XX:AOTCache="$app/app.aot") ;;
  esac
  t0=$(now_ms)
  "$java" "${flags[@]}" -Dvaluenetwork.embedded.data-dir="$data" -Dquarkus.http.port="$PORT" \
    -jar "$app/quarkus-run.jar" > "$data.$variant.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H 'content-type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql"; do
    kill -0 "$pid" 2>/dev/null || { echo "$variant exited before answering; see $data.$variant.log" >&2; exit 1; }
    sleep 0.005
  done
  ms=$(( $(now_ms) - t0 ))
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}

declare -A VALUES
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq 1 "$RUNS"); do
  for variant in plain aot-off aot; do
    data="$work/$variant-$run/pgdata"
    mkdir -p "$(dirname "$data")"
    read -r cold cold_rss < <(first_answer "$variant" "$data")
    read -r warm warm_rss < <(first_answer "$variant" "$data")
    VALUES[$variant.cold]+=" $cold"; VALUES[$variant.warm]+=" $warm"
    VALUES[$variant.cold_rss]+=" $((cold_rss / 1024))"; VALUES[$variant.warm_rss]+=" $((warm_rss / 1024))"
    echo "run $run $variant: cold $cold ms, warm $warm ms, RSS $((cold_rss / 1024)) / $((warm_rss / 1024)) MiB" >&2
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo
echo "Start-up to the first GraphQL answer, median of $RUNS (all runs in brackets); $(nproc) cores"
echo
echo "| variant | cold ms | warm ms | RSS after first answer, MiB (cold / warm) |"
echo "|---|---|---|---|"
for variant in plain aot-off aot; do
  printf '| %s | %s [%s ] | %s [%s ] | %s / %s |\n' "$variant" \
    "$(echo "${VALUES[$variant.cold]}" | median)" "${VALUES[$variant.cold]}" \
    "$(echo "${VALUES[$variant.warm]}" | median)" "${VALUES[$variant.warm]}" \
    "$(echo "${VALUES[$variant.cold_rss]}" | median)" "$(echo "${VALUES[$variant.warm_rss]}" | median)"
done
echo
echo "plain: $(java -version 2>&1 | head -1); aot: $("$JDK25/bin/java" -version 2>&1 | head -1)"
echo "sizes: plain $(du -sh --apparent-size "$OUT/plain" | cut -f1), aot $(du -sh --apparent-size "$OUT/aot" | cut -f1) (app.aot $(du -sh --apparent-size "$OUT/aot/app.aot" | cut -f1))"
