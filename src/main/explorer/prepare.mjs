// Entry point of the Maven build (generate-resources) for the /explore page: installs the npm
// packages only when package-lock.json changed since the last install, and bundles (build.mjs)
// only when a source of the bundle changed since the last bundle, so a build with nothing new
// to do costs no npm and no esbuild. Needs nothing but Node.js itself.
// Usage: node prepare.mjs <output folder>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) throw new Error('usage: node prepare.mjs <output folder>');

const digest = files => {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(here, file))).update('\0');
  return hash.digest('hex');
};

const installed = join(here, 'node_modules', '.installed-lock-sha256');
const lock = digest(['package-lock.json']);
if (!existsSync(installed) || readFileSync(installed, 'utf8') !== lock) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  writeFileSync(installed, lock);
}

const bundled = join(out, '.sources-sha256');
const sources = digest(['package-lock.json', 'build.mjs', 'app.js', 'documents.graphql', 'index.html', 'explorer.css']);
const outputs = ['explorer.js', 'index.html', 'explorer.css', 'trusted-documents.json', 'LICENSES.txt'];
if (existsSync(bundled) && readFileSync(bundled, 'utf8') === sources && outputs.every(f => existsSync(join(out, f)))) {
  console.log('explorer bundle up to date');
} else {
  await import('./build.mjs');
  writeFileSync(bundled, sources);
}
