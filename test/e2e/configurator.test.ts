// The configurator as a chamber's web admin uses it: dist/configure.html opened from the folder
// (file://, no server), the form filled in, the preview watched, the snippet copied and pasted into
// a blank page under a strict CSP, an old configuration loaded, a logo and a receiver checked.
// jsDelivr and the receivers live on the internet, so they get local stand-ins (page.route and
// the Apps Script stand-in) that answer as the real ones do.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './a11y.js';
import { appsScriptStandIn, type Cell } from './apps-script.js';
import { useChromium } from './browser.js';
import { startServer, type StaticServer } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const { name, version } = JSON.parse(readFileSync(root + 'package.json', 'utf8')) as { name: string; version: string };
const CONFIGURATOR = `file://${root}dist/configure.html`;
const CDN = `https://cdn.jsdelivr.net/npm/${name}@${version}/`;
const browser = useChromium();
const google = appsScriptStandIn();
let script: StaticServer;

beforeAll(async () => {
  script = await startServer({}, [google.route]);
});
afterAll(() => script?.close());

/** jsDelivr as it serves a published package: the files of the version, with CORS for any page. */
async function cdnStandIn(context: BrowserContext): Promise<void> {
  await context.route(`${CDN}**`, async (route) => {
    const file = new URL(route.request().url()).pathname.slice(`/npm/${name}@${version}/`.length);
    try {
      const body = readFileSync(root + file);
      const type = extname(file) === '.js' ? 'application/javascript; charset=utf-8' : 'application/octet-stream';
      await route.fulfill({ status: 200, body, headers: { 'content-type': type, 'access-control-allow-origin': '*' } });
    } catch {
      await route.fulfill({ status: 404, body: "Couldn't find the requested file", headers: { 'access-control-allow-origin': '*' } });
    }
  });
}

async function openConfigurator(context?: BrowserContext, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? browser()).newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(CONFIGURATOR + query);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, errors };
}

/** The preview widget's host: the element the configurator mounted it into. */
const previewHost = (page: Page) => page.locator('.frame > div').last();
const previewPrimary = (page: Page) => previewHost(page).evaluate((host) => getComputedStyle(host).getPropertyValue('--crc-color-primary').trim());
const field = (page: Page, label: string | RegExp) => page.getByRole('textbox', { name: label, exact: typeof label === 'string' });

async function fillChamber(page: Page): Promise<void> {
  await field(page, /^団体・会社名/).fill('さくら商工会議所');
  await field(page, /^識別用ID/).fill('sakura-cci');
  await field(page, 'お問い合わせ電話番号').fill('03-1234-5678');
  await field(page, 'プライバシーポリシーのURL').fill('https://sakura-cci.example/privacy');
  await field(page, 'メインの色').fill('#0b5d3b');
}

describe('the configurator, opened from the release folder', () => {
  it('fills in, previews at both widths, and gives a snippet that shows the same widget on a blank page under a strict CSP', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await cdnStandIn(context);
    const { page, errors } = await openConfigurator(context);
    await fillChamber(page);
    await expect.poll(() => previewPrimary(page)).toBe('#0b5d3b');
    await expect
      .poll(() =>
        previewHost(page)
          .locator('h2, h1')
          .first()
          .evaluate(() => true)
          .catch(() => false),
      )
      .toBe(true);

    await page.getByRole('button', { name: 'スマートフォン' }).click();
    await expect.poll(() => page.locator('.frame').evaluate((frame) => frame.getBoundingClientRect().width)).toBeLessThanOrEqual(375);

    await page.locator('#code-module').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'コピー' }).first().click();
    await expect.poll(() => page.locator('#code-module-status').textContent()).toBe('コピーしました。');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain(`integrity="sha384-`);
    expect(snippet).toContain('"name": "さくら商工会議所"');

    const blank = await context.newPage();
    const pageErrors: string[] = [];
    blank.on('pageerror', (error) => pageErrors.push(error.message));
    await blank.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await context.route('https://sakura-cci.example/members', (route) =>
      route.fulfill({
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'self'; script-src https://cdn.jsdelivr.net; style-src 'self'; img-src 'self'; connect-src 'self'",
        },
        body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>会員のページ</title></head><body><h1>サイバーリスク診断</h1>\n${snippet}\n</body></html>`,
      }),
    );
    await blank.goto('https://sakura-cci.example/members');
    const widget = blank.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).waitFor();
    expect(await widget.evaluate((host) => getComputedStyle(host).getPropertyValue('--crc-color-primary').trim())).toBe('#0b5d3b');
    expect(await blank.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads a configuration with mistakes: each problem under its field in Japanese, every valid part kept', async () => {
    const { page } = await openConfigurator();
    await page.getByText('保存した設定を読み込んで編集する').click();
    await page.getByLabel('設定またはコード').fill('{ "partner": { "id": "sakura-cci", "name": "さくら"');
    await page.getByRole('button', { name: '読み込む', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '設定として読めませんでした' }).count()).toBe(1);

    const old = {
      partner: { id: 'sakura-cci', name: 'さくら商工会議所', contact: { email: 'soudan@sakura' } },
      theme: { primary: '#0b5d3b' },
      quote: { channels: [{ type: 'webhook', url: 'http://leads.example/hook' }, { type: 'event' }] },
      colour: 'green',
    };
    await page.getByLabel('設定またはコード').fill(`<cyber-risk-check>\n<script type="application/json">${JSON.stringify(old)}</script>\n</cyber-risk-check>`);
    await page.getByRole('button', { name: '読み込む', exact: true }).click();
    await expect.poll(() => page.getByText('読み込みました。3か所に直すところがあります').count()).toBe(1);
    await expect.poll(() => page.getByText('使われない項目があったので外しました：$.colour').count()).toBe(1);
    expect(await field(page, /^団体・会社名/).inputValue()).toBe('さくら商工会議所');
    const email = field(page, 'お問い合わせメールアドレス');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(
      await email.evaluate((input) =>
        input
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => document.getElementById(id)!.textContent)
          .join(' '),
      ),
    ).toContain('メールアドレスの形式が正しくありません');
    expect(await page.locator('#cfg-webhookUrl-problem').textContent()).toContain('https:// で始まるURLを入れてください');
    // No code while something is wrong: the list says what, with a link to each field.
    expect(await page.locator('#code-module').count()).toBe(0);
    expect(await page.locator('.blocked a').allTextContents()).toEqual([
      'お問い合わせメールアドレス',
      expect.stringContaining('受け取り先のURL'),
      'プライバシーポリシーのURL',
    ]);
    // Pasting something that is no configuration leaves the form as it is.
    await page.getByLabel('設定またはコード').fill('[1, 2]');
    await page.getByRole('button', { name: '読み込む', exact: true }).click();
    await expect.poll(() => page.getByText('設定は { } で囲まれた形である必要があります。').count()).toBe(1);
    expect(await field(page, /^団体・会社名/).inputValue()).toBe('さくら商工会議所');

    await email.fill('soudan@sakura-cci.example');
    await field(page, /^受け取り先のURL/).fill('https://leads.example/hook');
    await field(page, 'プライバシーポリシーのURL').fill('/privacy');
    const code = await page.locator('#code-module').inputValue();
    const config = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(code)![1]!);
    expect(config).toEqual({
      partner: { id: 'sakura-cci', name: 'さくら商工会議所', contact: { email: 'soudan@sakura-cci.example' }, privacyPolicyUrl: '/privacy' },
      theme: { primary: '#0b5d3b' },
      quote: { channels: [{ type: 'webhook', url: 'https://leads.example/hook' }, { type: 'event' }] },
    });
    await page.close();
  });

  it('checks the colours for contrast and applies the suggestion', async () => {
    const { page } = await openConfigurator();
    await field(page, 'メインの色').fill('#ffd400');
    const failures = page.locator('.contrast.fails li');
    await expect.poll(() => failures.count()).toBe(2);
    expect(await failures.first().textContent()).toContain('コントラスト 1.43:1');
    await page.getByRole('button', { name: /^メインの色を #[0-9a-f]{6} にする$/ }).click();
    expect(await field(page, 'メインの色').inputValue()).toMatch(/^#[0-9a-f]{6}$/);
    await expect.poll(() => page.locator('.contrast.ok').count()).toBe(1);
    await page.close();
  });

  it('flags a logo that does not load before any code is given', async () => {
    const context = await browser().newContext();
    await context.route('https://sakura-cci.example/**', (route) =>
      route.request().url().endsWith('/logo.svg')
        ? route.fulfill({ status: 200, headers: { 'content-type': 'image/svg+xml' }, body: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' })
        : route.fulfill({ status: 404, body: 'not found' }),
    );
    const { page } = await openConfigurator(context);
    await fillChamber(page);
    await field(page, 'ロゴ画像のURL').fill('https://sakura-cci.example/img/missing.png');
    await expect
      .poll(() =>
        page
          .locator('#cfg-logoUrl-problem')
          .textContent()
          .catch(() => ''),
      )
      .toContain('この画像を読み込めません');
    expect(await page.locator('#code-module').count()).toBe(0);
    await field(page, 'ロゴ画像のURL').fill('https://sakura-cci.example/logo.svg');
    await expect
      .poll(() =>
        page
          .locator('#cfg-logoUrl-note')
          .textContent()
          .catch(() => ''),
      )
      .toBe('画像を読み込めました。');
    expect(await page.locator('#code-module').count()).toBe(1);
    await context.close();
  });

  it('sends a test lead to the receiver and says in plain words what happened', async () => {
    const context = await browser().newContext();
    await context.route('https://refuse.example/hook', (route) =>
      route.fulfill({ status: 403, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' }, body: '{"error":"unknown partner"}' }),
    );
    await context.route('https://down.example/hook', (route) => route.abort('connectionrefused'));
    const { page } = await openConfigurator(context);
    await fillChamber(page);
    const receiver = field(page, /^受け取り先のURL/);
    const outcome = page.locator('.outcome');
    const sendTest = async (url: string) => {
      await receiver.fill(url);
      await page.getByRole('button', { name: 'テスト送信する' }).click();
      await expect.poll(() => outcome.textContent()).not.toMatch(/^$|送っています/);
      return (await outcome.textContent())!;
    };

    const arrived = await sendTest(`${script.url}/macros/s/test-deployment/exec`);
    expect(arrived).toMatch(/^届きました。受付番号 [A-Z0-9-]+ の行/);
    const [headings, row] = google.sheets.get('見積依頼')!;
    const shown = (cell: Cell | undefined) => (cell && 'text' in cell ? cell.text : cell && 'number' in cell ? cell.number : cell?.formula);
    const record = Object.fromEntries(row!.map((cell, i) => [String(shown(headings![i])), shown(cell)]));
    expect(record).toMatchObject({ テスト: 'テスト', 会社名: 'テスト送信（設定の確認）', 受付番号: /受付番号 (\S+) の行/.exec(arrived)![1] });

    expect(await sendTest('https://refuse.example/hook')).toBe(
      '受け取り先に断られました（403）。unknown partner ウェブアプリの公開範囲が「全員」になっているか確かめてください。',
    );
    expect(await sendTest('https://down.example/hook')).toContain('受け取り先につながりませんでした');

    await receiver.fill('http://leads.example/hook');
    expect(await page.getByRole('button', { name: 'テスト送信する' }).count()).toBe(0);
    expect(await page.getByText('受け取り先のURLを直すと、テスト送信できます。').count()).toBe(1);
    await context.close();
  });

  it('keeps what was typed across a reload, speaks English on request, and passes axe', async () => {
    const context = await browser().newContext();
    const { page } = await openConfigurator(context);
    await fillChamber(page);
    await field(page, 'お問い合わせメールアドレス').fill('soudan@');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await field(page, /^団体・会社名/).inputValue()).toBe('さくら商工会議所');
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.getByLabel('この画面の言語').selectOption('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cyber risk check: set-up tool');
    expect(await page.locator('#cfg-email-problem').textContent()).toContain('This is not a valid email address');
    expect(await page.getByLabel('Premium examples').locator('option').allTextContents()).toEqual([
      "The scheme's own examples (default)",
      expect.any(String),
      expect.any(String),
      'Do not show',
    ]);
    expect(await axeViolations(page, 'body')).toEqual([]);
    await context.close();
  });
});
