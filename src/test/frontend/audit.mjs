// The GraphQL-over-HTTP audit of graphql-http against a running service; prints every result
// and fails when a MUST or SHOULD fails or fewer MAYs pass than the bar.
// Usage: node audit.mjs http://127.0.0.1:8080/graphql [minimum MAY passes]
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const minimumMay = Number(process.argv[3] ?? 22);
const results = await auditServer({ url });
const count = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] };
for (const result of results) {
  const level = result.name.split(' ')[0];
  count[level][1]++;
  if (result.status === 'ok') count[level][0]++;
  else console.log(`${result.status.toUpperCase()} ${result.name}: ${result.reason ?? ''}`);
}
for (const [level, [ok, all]] of Object.entries(count)) console.log(`${level} ${ok}/${all}`);
const failed = count.MUST[0] < count.MUST[1] || count.SHOULD[0] < count.SHOULD[1] || count.MAY[0] < minimumMay;
process.exit(failed ? 1 : 0);
