// Apollo Client with automatic persisted queries (PersistedQueryLink, hashed queries over GET)
// runs every document of docs/queries against a running service. Each document is first sent
// by hash alone; the service answers PERSISTED_QUERY_NOT_FOUND once and the link resends the text.
// Usage: node apollo.mjs http://127.0.0.1:8080/graphql ../../docs/queries
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import apollo from '@apollo/client/core/core.cjs';
import persisted from '@apollo/client/link/persisted-queries/persisted-queries.cjs';

const { ApolloClient, InMemoryCache, HttpLink, gql } = apollo;
const uri = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const dir = process.argv[3] ?? 'docs/queries';
const seen = { hashOnlyGets: 0, notFound: 0, withText: 0 };
const counting = async (url, init) => {
  const response = await fetch(url, init);
  const copy = response.clone();
  if ((init?.method ?? 'GET') === 'GET' && !String(url).includes('query=')) seen.hashOnlyGets++;
  if (init?.body && String(init.body).includes('"query"')) seen.withText++;
  if ((await copy.text()).includes('PERSISTED_QUERY_NOT_FOUND')) seen.notFound++;
  return response;
};
const link = persisted.createPersistedQueryLink({
  sha256: text => crypto.createHash('sha256').update(text).digest('hex'),
  useGETForHashedQueries: true,
}).concat(new HttpLink({ uri, fetch: counting }));
const client = new ApolloClient({ link, cache: new InMemoryCache() });

let failed = 0;
const files = fs.readdirSync(dir).filter(f => f.endsWith('.graphql')).sort();
for (const file of files) {
  const result = await client.query({ query: gql(fs.readFileSync(path.join(dir, file), 'utf8')), fetchPolicy: 'network-only' })
    .catch(error => ({ errors: [error] }));
  if (result.errors?.length || !result.data) { failed++; console.log(`FAIL ${file}: ${JSON.stringify(result.errors)}`); }
}
// Again: now every hash is registered, so each document goes by hash alone over GET.
const before = seen.notFound;
for (const file of files) {
  await client.query({ query: gql(fs.readFileSync(path.join(dir, file), 'utf8')), fetchPolicy: 'network-only' });
}
if (seen.notFound !== before) { failed++; console.log('FAIL a registered hash was not found'); }
console.log(`Apollo Client with persisted queries: ${files.length - failed} of ${files.length} documents;`
  + ` ${seen.hashOnlyGets} hash-only GETs, ${seen.notFound} PERSISTED_QUERY_NOT_FOUND answers, ${seen.withText} resent with text`);
process.exit(failed ? 1 : 0);
