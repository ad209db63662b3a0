// Builds the widget exactly as `npm run build` does, then serves it for the browser tests.

import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.js';
import { startServer } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath(); // fails early, with install instructions, when there is no browser
  // Vitest sets NODE_ENV=test, which would keep the libraries' development branches in the bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    for (const mode of ['production', 'iife', 'core']) {
      await build({ root, configFile: root + 'vite.config.ts', mode, logLevel: 'warn' });
    }
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  execFileSync(process.execPath, [root + 'node_modules/typescript/bin/tsc', '-p', root + 'tsconfig.types.json'], { stdio: 'inherit' });
  const pages = root + 'test/e2e/pages';
  const server = await startServer({ '/dist/': root + 'dist', '/pages/': pages, '/vendor/bootstrap/': root + 'node_modules/bootstrap/dist/' }, [
    // Pages under /csp/ are served with a strict Content-Security-Policy.
    async (req, res) => {
      if (!req.url?.startsWith('/csp/')) return false;
      const name = req.url.slice('/csp/'.length).split('?')[0]!;
      try {
        const body = await readFile(join(pages, name.replace(/[^a-z0-9.-]/gi, '')));
        const type = name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
        res.writeHead(200, { 'content-type': type, 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
      return true;
    },
    // Pages and files under /legacy/ come as from an old server: no charset in the Content-Type.
    async (req, res) => {
      if (!req.url?.startsWith('/legacy/')) return false;
      const path = req.url.slice('/legacy/'.length).split('?')[0]!;
      const [folder, name] = path.startsWith('dist/') ? [root + 'dist', path.slice(5)] : [pages, path.replace(/^pages\//, '')];
      try {
        const body = await readFile(join(folder, name.replace(/[^a-z0-9._-]/gi, '')));
        res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'application/javascript' : 'text/html' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
      return true;
    },
  ]);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
