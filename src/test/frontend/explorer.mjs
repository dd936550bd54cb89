// The /explore page in headless Chromium against a running service: its GraphQL documents are
// valid against the served schema; a keyboard search for "SK텔레콤" draws GTAA's members and SK
// Telecom's four investees; the date slider before February 2024 takes LG U+'s AWS tie away;
// clicking a tie on the canvas shows its source and excerpt; a mutation made through the API
// appears without a reload; the path finder joins Deutsche Telekom to Anthropic; a 500-node ego
// network is laid out and stays interactive. Fails on any console error or request to another
// host. Prints the timings; screenshots go to target/frontend/explorer-*.png.
// Usage: node explorer.mjs http://127.0.0.1:8080 <private key PEM of the token issuer the service trusts> [documents.graphql]
import { chromium } from 'playwright-core';
import { createSign } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const privateKey = readFileSync(process.argv[3] ?? 'issuer-key.pem', 'utf8');
const failures = [];
const fail = message => { failures.push(message); console.log('FAIL ' + message); };
const metrics = {};

function token(roles) {
  const encode = value => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iss: 'value-network', sub: 'explorer-test',
    upn: 'explorer-test', groups: roles, iat: now, exp: now + 3600 })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url')}`;
}

async function graphql(query, variables, roles) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json', ...(roles ? { Authorization: `Bearer ${token(roles)}` } : {}) },
    body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const id = (type, key) => Buffer.from(`${type}:${key}`).toString('base64url');

// --- The page's documents against the served schema ----------------------------------------------
const schema = buildClientSchema(await graphql(getIntrospectionQuery()));
const documents = readFileSync(process.argv[4] ?? new URL('../../main/explorer/documents.graphql', import.meta.url), 'utf8');
const invalid = validate(schema, parse(documents));
if (invalid.length) fail(`explorer documents invalid: ${invalid.map(e => e.message).join('; ')}`);

// --- A 500-node ego network: a hub in 20 alliances of 25 members each -------------------------------
const lines = ['sources:', '  - { key: explorer-scale-source, title: Explorer scale fixture, publisher: tests }', 'companies:'];
lines.push('  - { slug: explorer-hub, name: Explorer Hub, kind: OTHER }');
for (let c = 0; c < 480; c++) lines.push(`  - { slug: explorer-member-${c}, name: Explorer Member ${c}, kind: AI_STARTUP }`);
lines.push('alliances:');
for (let a = 0; a < 20; a++) lines.push(`  - { slug: explorer-alliance-${a}, name: Explorer Alliance ${a}, kind: ALLIANCE, status: ACTIVE }`);
lines.push('memberships:');
const member = (key, alliance, company) =>
  lines.push(`  - { key: ${key}, alliance: ${alliance}, company: ${company}, citations: [{ source: explorer-scale-source }] }`);
for (let a = 0; a < 20; a++) {
  member(`explorer-hub-in-${a}`, `explorer-alliance-${a}`, 'explorer-hub');
  for (let m = 0; m < 24; m++) member(`explorer-m${a * 24 + m}-in-${a}`, `explorer-alliance-${a}`, `explorer-member-${a * 24 + m}`);
}
await graphql('mutation($doc: String!) { importDataset(document: $doc) { created } }', { doc: lines.join('\n') + '\n' }, ['admin']);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('request', request => {
    const url = new URL(request.url());
    if (/^(http|ws)/.test(url.protocol) && url.hostname !== '127.0.0.1') fail(`request to another host: ${request.url()}`);
  });
  page.on('console', message => { if (message.type() === 'error') fail(`console error: ${message.text()}`); });
  page.on('pageerror', error => fail(`page error: ${error.message}`));
  const slugs = () => page.evaluate(() => [...window.explorer.state.nodes.values()].map(n => n.slug));
  const loaded = previous => page.waitForFunction(p => window.explorer.loads > p, previous, { timeout: 15000 });
  const loads = () => page.evaluate(() => window.explorer.loads);

  await page.goto(`${base}/explore`);
  await page.waitForSelector('#query');

  // 1. A keyboard search: Tab to the box, type, Enter.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== 'query') fail(`the first Tab stop is ${focused}, not the search box`);
  let before = await loads();
  await page.keyboard.type('SK텔레콤');
  const searched = Date.now();
  await page.keyboard.press('Enter');
  await loaded(before);
  metrics.searchToRenderMs = Date.now() - searched;
  metrics.firstRenderMs = await page.evaluate(() => window.explorer.timing.firstRenderMs);
  const skt = await slugs();
  for (const slug of ['sk-telecom', 'gtaa', 'deutsche-telekom', 'e-and', 'singtel', 'softbank', 'anthropic', 'lambda',
    'perplexity', 'sgh']) {
    if (!skt.includes(slug)) fail(`sk-telecom's network lacks ${slug}`);
  }
  const listed = await page.textContent('#node-list');
  if (!listed.includes('Global Telco AI Alliance')) fail('the text view does not list the alliance');
  await page.screenshot({ path: 'explorer-1-sk-telecom.png' });

  // 2. LG U+ now, then before February 2024: the promised AWS tie is not there yet.
  before = await loads();
  await page.fill('#query', 'LG유플러스');
  await page.click('#search button');
  await loaded(before);
  if (!(await slugs()).includes('lg-uplus-aws-partnership')) fail('LG U+ shows no AWS tie now');
  before = await loads();
  await page.$eval('#date', slider => { slider.value = '12'; slider.dispatchEvent(new Event('input')); slider.dispatchEvent(new Event('change')); });
  await loaded(before);
  if ((await page.textContent('#date-label')) !== '2024-01') fail('the slider does not say 2024-01');
  if ((await slugs()).includes('lg-uplus-aws-partnership')) fail('the AWS tie shows before February 2024');
  await page.screenshot({ path: 'explorer-2-lg-uplus-2024-01.png' });
  before = await loads();
  await page.$eval('#date', slider => { slider.value = slider.max; slider.dispatchEvent(new Event('input')); slider.dispatchEvent(new Event('change')); });
  await loaded(before);

  // 3. Click the LG U+–AWS tie on the canvas: its source and excerpt are shown.
  const point = await page.evaluate(() => {
    const graph = window.explorer.graph;
    const aws = graph.nodes().filter(n => n.data('label').startsWith('LG Uplus–AWS'))[0];
    const edge = aws.connectedEdges().filter(e => graph.getElementById(e.data('source')).data('label').startsWith('LG Uplus ('))[0];
    graph.fit(edge.union(edge.connectedNodes()), 150); // zoomed in on the tie, as a user would, so no other node covers it
    const box = graph.container().getBoundingClientRect();
    const mid = edge.renderedMidpoint();
    return { x: box.left + mid.x, y: box.top + mid.y };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => document.getElementById('panel').textContent.includes('Sources'), null, { timeout: 5000 });
  const panel = await page.textContent('#panel');
  if (!panel.includes('아마존웹서비스(AWS)와 만나 AI 역량 공동 활용 협력을 약속')) fail(`the tie's excerpt is not shown: ${panel}`);
  if (!panel.includes('Digital Times') && !panel.includes('디지털타임스')) fail('the tie\'s source is not shown');
  await page.screenshot({ path: 'explorer-3-tie-source.png' });

  // 4. Live: a new investment by SK Telecom appears without a reload.
  before = await loads();
  await page.fill('#query', 'sk-telecom');
  await page.click('#search button');
  await loaded(before);
  await page.waitForFunction(() => window.explorer.live.ready, null, { timeout: 5000 });
  before = await loads();
  const article = id('Source', 'dt-2024-08-telco-alliances');
  await graphql('mutation($in: CreateCompanyInput!) { createCompany(input: $in) { id } }',
    { in: { slug: 'explorer-live-startup', name: 'Explorer Live Startup', kind: 'AI_STARTUP' } }, ['editor']);
  await graphql('mutation($in: CreateInvestmentInput!) { createInvestment(input: $in) { id } }', { in: {
    investorId: id('Company', 'sk-telecom'), investeeId: id('Company', 'explorer-live-startup'), purpose: 'test',
    sources: [{ sourceId: article, excerpt: 'explorer test' }] } }, ['editor']);
  await page.waitForFunction(() => [...window.explorer.state.nodes.values()].some(n => n.slug === 'explorer-live-startup'),
    null, { timeout: 15000 });
  await page.screenshot({ path: 'explorer-4-live.png' });

  // 5. The path finder.
  await page.fill('#path-from', 'deutsche-telekom');
  await page.fill('#path-to', 'anthropic');
  await page.click('#paths button');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('shortest path'), null, { timeout: 10000 });
  const route = await page.textContent('#status');
  if (!route.includes('Deutsche Telekom → Global Telco AI Alliance → SK Telecom → Anthropic')) fail(`path: ${route}`);
  const graphiql = await page.getAttribute('#graphiql', 'href');
  if (!graphiql.startsWith('/q/graphql-ui/?query=') || !graphiql.includes('ExplorerPaths')) fail(`GraphiQL link: ${graphiql}`);
  await page.screenshot({ path: 'explorer-5-path.png' });

  // 6. 500 nodes: laid out in time, and still answering a click.
  await page.goto(`${base}/explore/?slug=explorer-hub`);
  await loaded(0);
  metrics.scaleNodes = (await slugs()).length;
  metrics.scaleLayoutMs = await page.evaluate(() => window.explorer.timing.lastLayoutMs);
  if (metrics.scaleNodes !== 501) fail(`the scale network has ${metrics.scaleNodes} nodes, not 501`);
  const clicked = Date.now();
  await page.click('#node-list li:nth-child(250) button');
  await page.waitForFunction(() => document.getElementById('panel').textContent.includes('Open the network of'), null, { timeout: 5000 });
  metrics.scaleClickMs = Date.now() - clicked;
  await page.screenshot({ path: 'explorer-6-500-nodes.png' });

  const bundle = await (await fetch(`${base}/explore/explorer.js`)).arrayBuffer();
  metrics.bundleBytes = bundle.byteLength;
  metrics.bundleGzipBytes = gzipSync(Buffer.from(bundle)).length;
  if (metrics.firstRenderMs > 1000) fail(`first render of sk-telecom took ${metrics.firstRenderMs} ms`);
  if (metrics.scaleLayoutMs > 3000) fail(`the 500-node layout took ${metrics.scaleLayoutMs} ms`);
  console.log(`Explorer: ${JSON.stringify(metrics)}`);
  writeFileSync('explorer-metrics.json', JSON.stringify(metrics, null, 2));
} finally {
  await browser.close();
}
process.exit(failures.length ? 1 : 0);
