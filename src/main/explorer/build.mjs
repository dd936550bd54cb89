// Bundles the explorer into the jar's static resources: the npm packages' browser builds
// (layout-base, cose-base, Cytoscape.js, cytoscape-fcose, in the order they need each other),
// the GraphQL documents and the page's own script into one minified explorer.js (esbuild), with
// the page and its style sheet beside it. Run by the Maven build (generate-resources) after npm ci.
// Usage: node build.mjs <output folder>
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

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
const documents = readFileSync(join(here, 'documents.graphql'), 'utf8');
parts.push(`window.EXPLORER_DOCUMENTS = ${JSON.stringify(documents)};\n`);
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
