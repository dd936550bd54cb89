// Four clients send the costliest `paths` documents the limits allow while a fifth sends a simple
// read every 20 ms; prints the fifth client's latency before and during the attack.
// Each client has its own loopback address (127.0.0.2-6), so each has its own budget.
// Usage: node src/bench/abuse.mjs http://127.0.0.1:18090/graphql [seconds]
import http from 'node:http';

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:18090/graphql');
const seconds = Number(process.argv[3] ?? 30);
const PATHS = 'paths(from: "sk-telecom", to: "anthropic", maxHops: 4) { edges { kind } }';
const aliases = n => '{ ' + Array.from({ length: n }, (_, i) => `p${i}: ${PATHS}`).join(' ') + ' }';
const HEAVY = aliases(99);     // 1,989,900 of the 2,000,000 a document may cost
const REFUSED = aliases(300);  // 6,030,000: refused before it runs
const READ = '{ company(slug: "kt") { name } }';

function post(query, localAddress) {
  return new Promise(resolve => {
    const body = JSON.stringify({ query });
    const started = process.hrtime.bigint();
    const req = http.request(url, { method: 'POST', localAddress, agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, res => {
      let text = '';
      res.on('data', d => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6,
        retryAfter: Number(res.headers['retry-after'] ?? 0), text }));
    });
    req.on('error', e => resolve({ status: 0, ms: 0, text: String(e) }));
    req.end(body);
  });
}

const sleep = ms => new Promise(r => setTimeout(r, ms));
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

async function victim(ms) {
  const latencies = []; let errors = 0;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const r = await post(READ, '127.0.0.6');
    if (r.status === 200 && r.text.includes('"KT"')) latencies.push(r.ms); else errors++;
    await sleep(20);
  }
  return { n: latencies.length, errors, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), max: Math.max(...latencies) };
}

let stop = false;
const counts = { ok: 0, limited: 0, refused: 0, other: 0, heavyMs: [] };
async function attacker(address) {
  while (!stop) {
    const r = await post(Math.random() < 0.5 ? HEAVY : REFUSED, address);
    if (r.status === 200) { counts.ok++; counts.heavyMs.push(r.ms); }
    else if (r.status === 429) { counts.limited++; await sleep(r.retryAfter * 1000); }
    else if (r.status === 400 && r.text.includes('QUERY_TOO_COSTLY')) counts.refused++;
    else counts.other++;
  }
}

const fmt = s => `${s.n} reads, errors ${s.errors}, p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
await victim(3000); // warm-up
const before = await victim(seconds * 1000 / 3);
console.log(`simple read, alone:          ${fmt(before)}`);
const attackers = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'].map(attacker);
const during = await victim(seconds * 1000);
stop = true;
await Promise.all(attackers);
console.log(`simple read, under attack:   ${fmt(during)}`);
console.log(`attackers: ${counts.ok} documents of 99 paths answered (p50 ${pct(counts.heavyMs, 0.5)?.toFixed(0)} ms),`
  + ` ${counts.refused} of 300 paths refused (QUERY_TOO_COSTLY), ${counts.limited} rate-limited (429), ${counts.other} other`);
