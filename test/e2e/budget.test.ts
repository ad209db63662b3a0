// The size budgets, on the files the e2e set-up has just built (the same as `npm run build`).

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS, firstLoadFiles, totalSize } from '../../scripts/sizes.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

describe('size budgets (gzip)', () => {
  it("keeps the module snippet's first load within its budget", () => {
    const files = firstLoadFiles(dist);
    const { gzip } = totalSize(dist, files);
    expect(files.length).toBeGreaterThan(0);
    expect(gzip, `first load ${kb(gzip)} (${files.join(', ')}) is over its ${kb(BUDGETS.firstLoadGzip)} budget`).toBeLessThanOrEqual(BUDGETS.firstLoadGzip);
  });

  it('keeps the classic one-file script within its budget', () => {
    const { gzip } = totalSize(dist, ['cyber-risk-check.iife.js']);
    expect(gzip, `the classic script ${kb(gzip)} is over its ${kb(BUDGETS.classicGzip)} budget`).toBeLessThanOrEqual(BUDGETS.classicGzip);
  });

  it('counts what a page really loads first: the entry and its static imports, not the lazy parts', () => {
    const files = firstLoadFiles(dist);
    expect(files[0]).toBe('cyber-risk-check.js');
    expect(files.some((file) => /^(Results|QuoteForm)-/.test(file))).toBe(false);
  });
});
