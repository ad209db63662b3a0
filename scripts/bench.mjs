// npm run bench: builds, then prints raw / gzip / brotli sizes of every built file and of the
// initial load (what a page with the snippet downloads before the first question shows).
// Figures are printed, never asserted: see README "Speed and size".

import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });

const sizes = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const row = (name, s) => `${name.padEnd(42)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`;
const header = `${'file'.padEnd(42)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'types' ? [] : walk(path)) : [path];
  });
}

const files = walk(dist).filter((f) => /\.(js|css)$/.test(f)).sort();
console.log('\nBuilt files');
console.log(header);
for (const file of files) console.log(row(relative(dist, file), sizes(readFileSync(file))));

// Initial load: the entry plus its static imports (dynamic imports load later, when needed).
const manifestPath = join(dist, 'manifest.json');
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
function staticClosure(chunk, seen = new Set()) {
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest[imported], seen);
  return seen;
}
const moduleInitial = entry ? [...staticClosure(entry)] : ['cyber-risk-check.js'];
const total = (names) => sizes(Buffer.concat(names.map((n) => readFileSync(join(dist, n)))));

console.log('\nInitial load (before the first question shows)');
console.log(header);
console.log(row(`<script type="module"> (${moduleInitial.length} file(s))`, total(moduleInitial)));
console.log(row('<script src> (IIFE, one file)', total(['cyber-risk-check.iife.js'])));
console.log('');

if (!process.argv.includes('--sizes-only')) {
  const { compareWithSurveyJs } = await import('./bench-compare.mjs');
  await compareWithSurveyJs();
}
