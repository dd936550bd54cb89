// Bundles the explorer into the jar's static resources: the npm packages' browser builds
// (layout-base, cose-base, Cytoscape.js, cytoscape-fcose, in the order they need each other),
// the GraphQL documents and the page's own script into one minified explorer.js (esbuild), with
// the page and its style sheet beside it. Run by prepare.mjs (the Maven build) when a source changed.
// Usage: node build.mjs <output folder>
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) throw new Error('usage: node build.mjs <output folder>');
mkdirSync(out, { recursive: true });

const modules = join(here, 'node_modules');
const vendor = [
  ['layout-base', 'layout-base/layout-base.js'],
  ['cose-base', 'cose-base/cose-base.js'],
  ['cytoscape', 'cytoscape/dist/cytoscape.min.js'],
  ['cytoscape-fcose', 'cytoscape-fcose/cytoscape-fcose.js'],
];
const licences = [];
const parts = vendor.map(([name, file]) => {
  const pkg = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
  licences.push(`${name} ${pkg.version} (${pkg.license}): ${pkg.homepage ?? pkg.repository?.url ?? ''}`);
  return `/*! ${name} ${pkg.version}, ${pkg.license} licence */\n${readFileSync(join(modules, file), 'utf8')}\n`;
});
// Each operation as the page sends it: the operation and the fragments it spreads, in file order.
// The same texts, keyed by SHA-256, are the explorer's trusted documents, which the service also
// runs in trusted-documents mode (common/http/PersistedDocuments).
const blocks = readFileSync(join(here, 'documents.graphql'), 'utf8').split(/\n(?=query |subscription |mutation |fragment )/)
  .map(block => block.replace(/^(#[^\n]*\n)+/, '').trim()).filter(Boolean);
const fragments = blocks.filter(b => b.startsWith('fragment '));
const operations = {};
for (const block of blocks.filter(b => !b.startsWith('fragment '))) {
  const used = new Set();
  const add = text => {
    for (const [, name] of text.matchAll(/\.\.\.(\w+)/g)) {
      const fragment = fragments.find(f => f.startsWith(`fragment ${name} `));
      if (fragment && !used.has(name)) { used.add(name); add(fragment); }
    }
  };
  add(block);
  operations[block.split(/[\s({]+/)[1]] = [block, ...fragments.filter(f => used.has(f.split(/\s+/)[1]))].join('\n\n');
}
const trusted = Object.fromEntries(Object.values(operations)
  .map(text => [createHash('sha256').update(text, 'utf8').digest('hex'), text]));
writeFileSync(join(out, 'trusted-documents.json'), JSON.stringify(trusted, null, 2) + '\n');
parts.push(`window.EXPLORER_OPERATIONS = ${JSON.stringify(operations)};\n`);
parts.push(readFileSync(join(here, 'app.js'), 'utf8'));
// Minified once, whole: the layout libraries ship unminified; licence comments are kept.
const bundle = transformSync(parts.join('\n'), { minify: true, legalComments: 'inline', target: 'es2020' }).code;
writeFileSync(join(out, 'explorer.js'), bundle);
writeFileSync(join(out, 'LICENSES.txt'), licences.join('\n') + '\n');
for (const file of ['index.html', 'explorer.css']) {
  writeFileSync(join(out, file), readFileSync(join(here, file)));
}
const size = statSync(join(out, 'explorer.js')).size;
console.log(`explorer.js: ${size} bytes, ${gzipSync(bundle).length} bytes gzipped`);
