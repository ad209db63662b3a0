// The package as someone installs it: `npm pack`, the tarball installed into an empty project (its
// two type-only dependencies already there, as the registry would give them: the tests run
// offline), then used the three ways the README shows: the element and mount() in a browser,
// the classic script, and the headless core in Node, with its types checked by TypeScript.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser.js';
import { startServer, type StaticServer } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const browser = useChromium();
const work = mkdtempSync(join(tmpdir(), 'crc-pack-'));
const project = join(work, 'project');
let site: StaticServer;
let packed: { files: { path: string }[]; filename: string }[];

/** What the package needs besides itself, for its type declarations only (the code bundles the rest). */
const TYPE_DEPENDENCIES = ['zustand', 'json-schema-to-ts', 'ts-algebra', '@babel/runtime'];

beforeAll(async () => {
  packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as typeof packed;
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  for (const name of TYPE_DEPENDENCIES) cpSync(join(root, 'node_modules', name), join(project, 'node_modules', name), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'chamber-site', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', join(work, packed[0]!.filename)], {
    cwd: project,
    stdio: 'pipe',
  });
  site = await startServer({ '/': project });
}, 120_000);
afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the published package', () => {
  it('holds the builds, the content, the receiver kit and the licence, and nothing of the sources or tests', () => {
    const files = packed[0]!.files.map((f) => f.path);
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/cyber-risk-check.js', 'dist/cyber-risk-check.iife.js', 'dist/core.js'])
      expect(files).toContain(file);
    expect(files).toContain('dist/types/embed/index.d.ts');
    expect(files).toContain('questions/profile.json');
    expect(files).toContain('receivers/google-apps-script/Code.gs');
    expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/cyber-risk-check/package.json'), 'utf8')) as { license: string; private?: boolean };
    expect(manifest.license).toBe('MIT');
    expect(manifest.private).toBeUndefined();
  });

  it('gives the headless core to Node', () => {
    const script = `import * as core from 'cyber-risk-check/core';
      console.log(JSON.stringify({ yen: core.parseYen('3億円'), first: core.stepsFor(core.content, {})[0].id, reference: /^\\d{4}-\\d{4}$/.test(core.referenceOf('k-1')) }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ yen: { ok: true, value: 300_000_000 }, first: 'intro', reference: true });
  });

  it('has types TypeScript accepts for the element, mount() and the core', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { mount, type MountedWidget } from 'cyber-risk-check';
import { parseYen, buildQuoteRequest, type QuoteRequest } from 'cyber-risk-check/core';
const element: HTMLElementTagNameMap['cyber-risk-check'] = document.createElement('cyber-risk-check');
element.addEventListener('cyber-risk-check:quote-request', (event) => console.log(event.detail.request.reference));
const widget: MountedWidget = mount(document.body, { lang: 'en', partner: { id: 'sakura', name: 'さくら' } });
const amount: number = parseYen('5億').ok ? 1 : 0;
export type Sent = QuoteRequest['reference'];
export { widget, amount, buildQuoteRequest };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          skipLibCheck: false,
        },
        files: ['use.ts'],
      }),
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('shows the widget from the module build, by element and by mount(), and from the classic script', async () => {
    writeFileSync(
      join(project, 'index.html'),
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>chamber</title></head><body>
<cyber-risk-check id="by-element"></cyber-risk-check><div id="by-mount"></div>
<script type="module">
import { mount } from '/node_modules/cyber-risk-check/dist/cyber-risk-check.js';
mount(document.getElementById('by-mount'), { instanceId: 'mounted', partner: { id: 'sakura', name: 'さくら保険代理店' } });
</script></body></html>`,
    );
    writeFileSync(
      join(project, 'classic.html'),
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>classic</title></head><body>
<cyber-risk-check id="classic"></cyber-risk-check>
<script src="/node_modules/cyber-risk-check/dist/cyber-risk-check.iife.js"></script></body></html>`,
    );
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}/index.html`);
    for (const selector of ['#by-element', '#by-mount'])
      await page.locator(selector).getByRole('heading', { name: 'サイバー攻撃への備えを、いま確認しましょう' }).waitFor();
    await page.goto(`${site.url}/classic.html`);
    await page.locator('#classic').getByRole('button', { name: '診断をはじめる' }).click();
    await page.locator('#classic').getByRole('radio', { name: '小売業' }).check();
    expect(errors).toEqual([]);
    await page.close();
  });
});
