// GraphiQL in headless Chromium against a running service: the schema loads (no error shown),
// the Docs explorer lists Query with field descriptions, the editor opens on an example of this
// network, running it shows SK Telecom's alliances, no request leaves 127.0.0.1, no console error.
// Screenshots go to target/frontend/graphiql-*.png.
// Usage: node graphiql.mjs http://127.0.0.1:8080
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const failures = [];
const fail = message => { failures.push(message); console.log('FAIL ' + message); };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('request', request => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') fail(`request to another host: ${request.url()}`);
  });
  page.on('console', message => { if (message.type() === 'error') fail(`console error: ${message.text()}`); });
  page.on('pageerror', error => fail(`page error: ${error.message}`));

  const introspected = page.waitForResponse(r => r.url().endsWith('/graphql') && r.request().postData()?.includes('__schema'));
  await page.goto(`${base}/q/graphql-ui/`);
  const schema = await introspected;
  if (schema.status() !== 200) fail(`introspection answered ${schema.status()}`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
  const editor = await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue());
  if (!editor.includes('query SkTelecomAlliancesAndInvestments')) fail('the editor does not open on the example');
  await page.screenshot({ path: 'graphiql-1-opened.png' });

  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('SK Telecom'),
    null, { timeout: 15000 });
  const result = JSON.parse(await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()));
  const alliances = result.data.company.memberships.map(m => m.alliance.name);
  if (!alliances.some(name => name.includes('Global Telco AI Alliance'))) fail(`alliances in the result: ${alliances}`);
  if (result.errors) fail(`the example answered errors: ${JSON.stringify(result.errors)}`);
  await page.screenshot({ path: 'graphiql-2-ran.png' });

  await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer');
  await page.click('.graphiql-doc-explorer a:has-text("Query")');
  await page.waitForSelector('.graphiql-doc-explorer-field-name:has-text("company")');
  const docs = await page.textContent('.graphiql-doc-explorer');
  if (!docs.includes('company')) fail('the Docs explorer does not list Query.company');
  if (!/slug/i.test(docs) || docs.length < 500) fail('the Docs explorer shows no field descriptions');
  const shown = await page.textContent('body');
  if (shown.includes('Error fetching schema')) fail('GraphiQL shows a schema error');
  await page.screenshot({ path: 'graphiql-3-docs.png' });
  console.log(`GraphiQL: schema loaded, example ran (${alliances.length} alliances), Docs lists Query with descriptions`);
} finally {
  await browser.close();
}
process.exit(failures.length ? 1 : 0);
