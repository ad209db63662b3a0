// What the browser benches share: Chromium launched with the project's flags, a static server for dist/ and the bench's own
// pages, and the median.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

export const root = new URL('..', import.meta.url).pathname;

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the bench's pages under /bench/, the build under /dist/ and node_modules, uncached. */
export function serve(dir) {
  const mounts = { '/bench/': dir, '/dist/': join(root, 'dist'), '/node_modules/': join(root, 'node_modules') };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    try {
      if (!prefix || path.includes('..')) throw new Error('not found');
      const body = readFileSync(join(mounts[prefix], path.slice(prefix.length)));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
