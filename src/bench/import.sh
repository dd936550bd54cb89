#!/usr/bin/env bash
# Times a bulk import through the jar's command-line mode: a file of 100k investments (and the
# 10k companies they name) into a fresh embedded database, then the same file again (all
# unchanged). Usage: ./mvnw package -DskipTests && src/bench/import.sh [investments] [companies]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java src/bench/ImportFile.java "$work/bench.yaml" "${1:-100000}" "${2:-10000}"

run() { # label -> times the whole command (JVM start, embedded PostgreSQL, migrations, import)
  local t0 t1
  t0=$(date +%s%3N)
  java -Dvaluenetwork.embedded.data-dir="$work/pgdata" -jar "$JAR" import "$work/bench.yaml" > "$work/$1.log" 2>&1
  t1=$(date +%s%3N)
  echo "== $1: command took $(( t1 - t0 )) ms"
  grep -E '^(Checking|Imported|  [a-z]+ )' "$work/$1.log" || true
  echo "   progress lines printed: $(grep -cE '^[a-z]+: [0-9]+ of [0-9]+$' "$work/$1.log")"
}
run first
run again
