// Builds the widget exactly as `npm run build` does, then serves it for the browser tests.

import { execFileSync } from 'node:child_process';
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
  for (const mode of ['production', 'iife', 'core']) {
    await build({ root, configFile: root + 'vite.config.ts', mode, logLevel: 'warn' });
  }
  execFileSync(process.execPath, [root + 'node_modules/typescript/bin/tsc', '-p', root + 'tsconfig.types.json'], { stdio: 'inherit' });
  const server = await startServer({ '/dist/': root + 'dist', '/pages/': root + 'test/e2e/pages' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
