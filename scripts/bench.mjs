// npm run bench: builds, then prints raw / gzip / brotli sizes of every built file and of the
// initial load (what a page with the snippet downloads before the first question shows); then
// the first question against SurveyJS, and the results and what-ifs against a question step.
// Figures are printed; only the size budgets are asserted, by test/e2e/budget.test.ts.

import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUDGETS, firstLoadFiles, sizes, totalSize } from './sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const row = (name, s) => `${name.padEnd(42)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`;
const header = `${'file'.padEnd(42)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'types' ? [] : walk(path)) : [path];
  });
}

const files = walk(dist)
  .filter((f) => /\.(js|css)$/.test(f))
  .sort();
console.log('\nBuilt files');
console.log(header);
for (const file of files) console.log(row(relative(dist, file), sizes(readFileSync(file))));

const moduleInitial = firstLoadFiles(dist);
const total = (names) => totalSize(dist, names);
const budget = (bytes, limit) => `${((bytes / limit) * 100).toFixed(1)}% of its ${kb(limit).trim()} budget`;

console.log('\nInitial load (before the first question shows)');
console.log(header);
console.log(row(`<script type="module"> (${moduleInitial.length} file(s))`, total(moduleInitial)));
console.log(row('<script src> (IIFE, one file)', total(['cyber-risk-check.iife.js'])));
console.log(
  `gzip: module ${budget(total(moduleInitial).gzip, BUDGETS.firstLoadGzip)}, classic ${budget(total(['cyber-risk-check.iife.js']).gzip, BUDGETS.classicGzip)}`,
);
console.log('\nThe configurator (configure.html with its script and the classic build for the preview)');
console.log(header);
console.log(row('configure.html + configure.js + IIFE', total(['configure.html', 'configure.js', 'cyber-risk-check.iife.js'])));
console.log(row('  of which configure.js', total(['configure.js'])));
console.log('');

if (!process.argv.includes('--sizes-only')) {
  const { compareWithSurveyJs } = await import('./bench-compare.mjs');
  await compareWithSurveyJs();
  const { benchResults } = await import('./bench-results.mjs');
  await benchResults();
}
