#!/usr/bin/env bash
# Frontend checks on the packaged jar (run by .ci/run after ./mvnw verify): installs the npm
# packages into target/frontend, starts the service on a fresh embedded database, runs the
# GraphQL-over-HTTP audit (graphql-http) and GraphQL Code Generator over the served schema and
# docs/ documents, then type-checks the generated code with tsc --strict, and opens GraphiQL and
# the /explore page in headless Chromium (the Debian package; .ci/run installs it when missing).
# The service trusts a token issuer key made here, so the explorer test can write through the API.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=$ROOT/target/frontend
PORT=${PORT:-18099}
mkdir -p "$WORK"
cp "$ROOT"/src/test/frontend/{package.json,audit.mjs,apollo.mjs,graphiql.mjs,explorer.mjs,codegen.yml,tsconfig.json} "$WORK"/
sed -i "s#\.\./\.\./\.\./docs#$ROOT/docs#" "$WORK/codegen.yml"
(cd "$WORK" && npm install --no-audit --no-fund --loglevel=error)
DATA=$(mktemp -d)
node -e "const { generateKeyPairSync } = require('crypto'); const fs = require('fs');
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  fs.writeFileSync('$DATA/issuer.pem', publicKey.export({ type: 'spki', format: 'pem' }));
  fs.writeFileSync('$WORK/issuer-key.pem', privateKey.export({ type: 'pkcs8', format: 'pem' }));"
java -Dvaluenetwork.embedded.data-dir="$DATA/pgdata" -Dquarkus.http.port=$PORT \
  -Dmp.jwt.verify.publickey.location="$DATA/issuer.pem" -jar "$ROOT/target/quarkus-app/quarkus-run.jar" \
  > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.2; done
cd "$WORK"
echo "--- GraphQL-over-HTTP audit (graphql-http)"
node audit.mjs "http://127.0.0.1:$PORT/graphql" 22
echo "--- GraphQL Code Generator + tsc --strict"
rm -rf generated
SCHEMA_URL="http://127.0.0.1:$PORT/graphql" npx graphql-codegen --config codegen.yml
npx tsc -p tsconfig.json
echo "typed client: $(grep -c '^export type .*Query = \|^export type .*Mutation = \|^export type .*Subscription = ' generated/graphql.ts) operations, tsc --strict clean"
echo "--- Apollo Client with automatic persisted queries (GET for hashed queries)"
node apollo.mjs "http://127.0.0.1:$PORT/graphql" "$ROOT/docs/queries"
echo "--- GraphiQL in headless Chromium"
node graphiql.mjs "http://127.0.0.1:$PORT"
echo "--- The explorer (/explore) in headless Chromium"
node explorer.mjs "http://127.0.0.1:$PORT" "$WORK/issuer-key.pem" "$ROOT/src/main/explorer/documents.graphql"
