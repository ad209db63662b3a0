// The snippets in README.md and docs/embed.md are the build's: the same text as scripts/snippets.mjs
// writes from dist/, with integrity hashes that the browser accepts for the built files and
// refuses for a changed one. The npm CDN is stood in for by a local origin serving dist/ with CORS.

import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNIPPET_FILES, snippets, withSnippets } from '../../scripts/snippets.mjs';
import { useChromium } from './browser.js';
import { startServer, type StaticServer } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const browser = useChromium();
let cdn: StaticServer;
let site: StaticServer;
let tampered = false;

beforeAll(async () => {
  const { name, version } = JSON.parse(readFileSync(root + 'package.json', 'utf8')) as { name: string; version: string };
  const prefix = `/npm/${name}@${version}/dist/`;
  cdn = await startServer({}, [
    (req, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (!path.startsWith(prefix)) return false;
      const body = readFileSync(root + 'dist/' + path.slice(prefix.length).replace(/\.\.+/g, ''));
      res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
      res.end(tampered ? Buffer.concat([body, Buffer.from('\n// changed on the way\n')]) : body);
      return true;
    },
  ]);
  site = await startServer({}, [
    (req, res: ServerResponse) => {
      const page = decodeURIComponent(new URL(req.url ?? '/', 'http://x').searchParams.get('html') ?? '');
      const csp = `default-src 'self'; script-src ${cdn.url}; style-src 'self'; connect-src 'self' ${cdn.url}`;
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
        .end(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>blank</title></head><body>${page}</body></html>`);
      return true;
    },
  ]);
});
afterAll(async () => {
  await cdn?.close();
  await site?.close();
});

describe('the snippets in the docs', () => {
  it.each(SNIPPET_FILES)('%s holds the snippets of this build (npm run snippets writes them)', (file) => {
    const text = readFileSync(root + file, 'utf8');
    expect(text, `${file} has snippets from another build: run npm run snippets`).toBe(withSnippets(text));
    expect(text).toContain('<!-- snippet:module -->');
  });

  it.each(['module', 'classic'] as const)(
    'the %s snippet, pasted into a blank page under a strict CSP, shows the widget; a changed file is refused',
    async (kind) => {
      const html = snippets()[kind].replaceAll('https://cdn.jsdelivr.net', cdn.url);
      const page = await browser().newPage();
      const violations: string[] = [];
      page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
      await page.goto(`${site.url}/?html=${encodeURIComponent(html)}`);
      await page.locator('cyber-risk-check').getByRole('heading', { name: 'サイバー攻撃への備えを、いま確認しましょう' }).waitFor();
      expect(violations.filter((v) => /Content Security Policy|integrity/i.test(v))).toEqual([]);
      tampered = true;
      await page.goto(`${site.url}/?html=${encodeURIComponent(html)}&again`);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => !!document.querySelector('cyber-risk-check')!.shadowRoot)).toBe(false);
      expect(violations.some((v) => /integrity/i.test(v))).toBe(true);
      tampered = false;
      await page.close();
    },
  );
});
