// Builds the widget exactly as `npm run build` does, then serves it for the browser tests.

import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { OutgoingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.js';
import { startServer, type Route } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Files of one folder (by the path's first segment) under `prefix`, sent with the headers their
 * name calls for, and changed by `transform` when one is given.
 */
function fileRoute(
  prefix: string,
  folders: Record<string, string>,
  headersOf: (name: string) => OutgoingHttpHeaders,
  transform?: (page: string) => string,
): Route {
  return async (req, res) => {
    if (!req.url?.startsWith(prefix)) return false;
    const path = req.url.slice(prefix.length).split('?')[0]!;
    const segment = Object.keys(folders).find((start) => path.startsWith(start));
    const name = segment === undefined ? undefined : path.slice(segment.length).replace(/[^a-z0-9._-]/gi, '');
    try {
      if (segment === undefined || !name) throw new Error('not found');
      const body = await readFile(join(folders[segment]!, name));
      res.writeHead(200, headersOf(name));
      res.end(transform && name.endsWith('.html') ? Buffer.from(transform(body.toString('latin1')), 'latin1') : body);
    } catch {
      res.writeHead(404).end();
    }
    return true;
  };
}

/**
 * A test page with the ES-module snippet in place of the classic script: the same page, so each
 * hostile-page test can load either build. Read and written as latin1, which keeps any encoding's
 * bytes as they are (one page is Shift_JIS).
 */
function withModuleSnippet(page: string): string {
  const moduleSnippet = page.replace(
    /<script(?: type="text\/javascript")? src="([^"]*)cyber-risk-check\.iife\.js"><\/script>/,
    '<script type="module" src="$1cyber-risk-check.js"></script>',
  );
  if (moduleSnippet === page) throw new Error('no classic snippet to replace');
  return moduleSnippet;
}

export default async function setup(project: TestProject) {
  chromiumPath(); // fails early, with install instructions, when there is no browser
  // Vitest sets NODE_ENV=test, which would keep the libraries' development branches in the bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    for (const mode of ['production', 'iife', 'core', 'configure']) {
      await build({ root, configFile: root + 'vite.config.ts', mode, logLevel: 'warn' });
    }
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  execFileSync(process.execPath, [root + 'node_modules/typescript/bin/tsc', '-p', root + 'tsconfig.types.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, [root + 'scripts/types-json.mjs'], { stdio: 'inherit' });
  const pages = root + 'test/e2e/pages';
  const strict = (name: string) => ({
    'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'",
  });
  const legacy = (name: string) => ({ 'content-type': name.endsWith('.js') ? 'application/javascript' : 'text/html' });
  const server = await startServer({ '/dist/': root + 'dist', '/pages/': pages, '/vendor/bootstrap/': root + 'node_modules/bootstrap/dist/' }, [
    // Pages under /csp/ are served with a strict Content-Security-Policy.
    fileRoute('/csp/', { '': pages }, strict),
    // Pages and built files under /legacy/ come as from an old server: no charset in the Content-Type.
    fileRoute('/legacy/', { 'dist/': root + 'dist', 'pages/': pages }, legacy),
    // The built files as from a CDN, for pages on another origin.
    fileRoute('/cdn/', { '': root + 'dist' }, () => ({ 'content-type': 'text/javascript', 'access-control-allow-origin': '*' })),
    // The same pages under /module/, with the ES-module snippet.
    fileRoute('/module/csp/', { '': pages }, strict, withModuleSnippet),
    fileRoute('/module/legacy/', { 'pages/': pages }, legacy, withModuleSnippet),
    fileRoute('/module/pages/', { '': pages }, () => ({ 'content-type': 'text/html; charset=utf-8' }), withModuleSnippet),
  ]);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
