// What pages and browsers do to a widget's saved answers, done for real in Chromium: storage that
// fills up (the origin's quota used by the host page), storage that cannot be reached (a sandboxed
// iframe), and two tabs of one instance answering at once. Nothing typed is lost without a word.

import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser.js';
import { startServer, type StaticServer } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const browser = useChromium();
let site: StaticServer;

// Configurations as servers send them: a sound one, an error page, HTML, JSON of the wrong kind,
// and one held back until the test lets it go (or forever).
const partnerConfig = { partner: { id: 'remote', name: 'Remote Agency' }, theme: { primary: '#7a1f5c' } };
const held: ServerResponse[] = [];
const heldArrived = new EventEmitter();
const configRoutes: Record<string, (res: ServerResponse) => void> = {
  '/config/html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not found</p>'),
  '/config/array': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'),
  '/config/held': (res) => {
    held.push(res);
    heldArrived.emit('held');
  },
};

beforeAll(async () => {
  site = await startServer({ '/dist/': root + 'dist', '/pages/': root + 'test/e2e/pages' }, [
    (req, res) => {
      const route = configRoutes[new URL(req.url ?? '/', 'http://x').pathname];
      route?.(res);
      return route !== undefined;
    },
  ]);
});
afterAll(async () => {
  for (const res of held) res.socket?.destroy();
  await site?.close();
});

type Answers = Record<string, unknown>;
const widget = (page: Page) => page.locator('cyber-risk-check');
const answersIn = (page: Page) =>
  page.evaluate(
    () =>
      (document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: Answers } } } }).widget.store.getState().answers,
  );

async function openCheck(page: Page) {
  await page.goto(`${site.url}/pages/basic.html`);
  await widget(page).getByRole('heading', { level: 2 }).waitFor();
  // A tab opened after another began the check starts where that one is.
  const start = widget(page).getByRole('button', { name: '診断をはじめる' });
  if ((await start.count()) > 0) await start.click();
  await widget(page).getByRole('radio', { name: '小売業' }).waitFor();
}

/** Fills the origin's storage quota as a host page could, leaving no room for one more snapshot. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`host-junk-${n++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
}

const freeStorage = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('host-junk-'))
      .forEach((key) => localStorage.removeItem(key)),
  );

describe('saving answers', () => {
  it('says when the browser’s storage is full, keeps trying, and keeps everything once there is room', async () => {
    const page = await browser().newPage();
    await openCheck(page);
    await fillStorage(page);
    await widget(page).getByRole('radio', { name: '小売業' }).check();
    await widget(page)
      .getByText(/このブラウザに回答を保存できません/)
      .waitFor();
    expect(await widget(page).getByRole('radio', { name: '小売業' }).isChecked()).toBe(true);
    await freeStorage(page);
    await widget(page)
      .getByLabel(/年間の売上高/)
      .fill('3億');
    await widget(page)
      .getByLabel(/年間の売上高/)
      .blur();
    await page.reload();
    await widget(page).getByRole('radio', { name: '小売業' }).waitFor();
    expect(await answersIn(page)).toMatchObject({ industry: 'retail', revenue: 300_000_000 });
    await page.close();
  });

  it('says so in a sandboxed frame, where storage cannot be reached at all', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<iframe sandbox="allow-scripts" src="${site.url}/pages/basic.html" style="width:800px;height:900px"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: /診断をはじめる/ }).click();
    await frame.getByRole('radio', { name: '小売業' }).check();
    await frame.getByText(/このブラウザに回答を保存できません/).waitFor();
    expect(await frame.getByRole('radio', { name: '小売業' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when answers saved earlier cannot be read back, and starts afresh', async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => localStorage.setItem('cyber-risk-check:check', '{"version":1,"state":{"answers":{"industry":"ret'));
    await page.goto(`${site.url}/pages/basic.html`);
    await widget(page)
      .getByText(/前回保存した回答を読み取れなかったため/)
      .waitFor();
    expect(await widget(page).getByRole('button', { name: '診断をはじめる' }).count()).toBe(1);
    await page.close();
  });
});

describe('two tabs of one check', () => {
  it('keep each other’s answers, question by question, the newer one winning', async () => {
    const context = await browser().newContext();
    const [first, second] = [await context.newPage(), await context.newPage()];
    await openCheck(first);
    await openCheck(second);
    await widget(first).getByRole('radio', { name: '小売業' }).check();
    await widget(second)
      .getByLabel(/従業員は何人/)
      .fill('12');
    await widget(second)
      .getByLabel(/従業員は何人/)
      .blur();
    // The first tab hears of the second's answer, and the second of the first's, without a reload.
    await first.waitForFunction(() => {
      const element = document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: Record<string, unknown> } } } };
      return element.widget.store.getState().answers.employees === 12;
    });
    expect(await answersIn(second)).toMatchObject({ industry: 'retail', employees: 12 });
    // A later change in one tab wins over the earlier answer in the other.
    await widget(second).getByRole('radio', { name: '卸売業' }).check();
    await first.waitForFunction(() => {
      const element = document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: Record<string, unknown> } } } };
      return element.widget.store.getState().answers.industry === 'wholesale';
    });
    expect(await widget(first).getByRole('radio', { name: '卸売業' }).isChecked()).toBe(true);
    await first.reload();
    await widget(first).getByRole('radio', { name: '卸売業' }).waitFor();
    expect(await answersIn(first)).toMatchObject({ industry: 'wholesale', employees: 12 });
    await context.close();
  });
});

const problemsOf = (page: Page) =>
  page.evaluate(() => (document.getElementById('check') as HTMLElement & { widget: { configProblems: string[] } }).widget.configProblems);
const casePage = (query: Record<string, string>) => `${site.url}/pages/config-cases.html?${new URLSearchParams(query)}`;
const configBanner = 'この診断の設定の一部に誤りがあったため、標準の設定で表示しています。診断はそのままご利用いただけます。';

describe('a configuration that cannot be used', () => {
  it.each([
    ['inline JSON cut short', { inline: '{"partner": {"id": "x", "name": "代理店"' }, /the inline configuration is not valid JSON/],
    ['inline JSON of the wrong kind', { inline: '["x"]' }, /the inline configuration must be a JSON object/],
    ['a config-src that is missing', { 'config-src': '/config/missing' }, /config-src \/config\/missing could not be loaded \(HTTP 404\)/],
    ['a config-src that sends HTML', { 'config-src': '/config/html' }, /config-src \/config\/html could not be loaded \(.*JSON/],
    ['a config-src of the wrong kind', { 'config-src': '/config/array' }, /config-src \/config\/array could not be loaded \(not a JSON object\)/],
    [
      'a config-src on another site without CORS',
      { 'config-src': 'http://127.0.0.1:9/config.json' },
      /config-src http:\/\/127\.0\.0\.1:9\/config\.json could not be loaded/,
    ],
  ])('%s: the owner reads that defaults are in use, the partner in debug mode reads why', async (_, query, why) => {
    const page = await browser().newPage();
    await page.goto(casePage(query));
    const widget = page.locator('#check');
    await widget.getByRole('heading', { level: 2 }).waitFor();
    expect(await widget.locator('.config-problem').first().textContent()).toBe(configBanner);
    expect(await problemsOf(page)).toEqual([expect.stringMatching(why)]);
    expect(await widget.locator('.config-debug').count()).toBe(0);
    await page.goto(casePage({ ...query, debug: '' }));
    await widget.locator('.config-debug li').first().waitFor();
    expect(await widget.locator('.config-debug li').first().textContent()).toMatch(why);
    await page.close();
  });
});

/** A page whose config-src the server holds back, on a clock that stands still until the test moves it. */
async function openWithHeldConfig(): Promise<Page> {
  const page = await browser().newPage();
  await page.clock.install({ time: new Date('2026-12-05T09:00:00Z') });
  await page.clock.pauseAt(new Date('2026-12-05T09:00:01Z'));
  const arrived = new Promise((resolve) => heldArrived.once('held', resolve));
  await page.goto(casePage({ 'config-src': '/config/held' }));
  await arrived;
  return page;
}

describe('a configuration that is slow', () => {
  it('finds the widget shown with the page’s settings after 1.5 s, and is applied when it arrives, answers kept', async () => {
    const page = await openWithHeldConfig();
    await page.clock.runFor(1_400);
    expect(await page.locator('#check h2').count()).toBe(0);
    await page.clock.runFor(100);
    await page.locator('#check').getByRole('heading', { name: 'サイバー攻撃への備えを、いま確認しましょう' }).waitFor();
    await page.locator('#check').getByRole('button', { name: '診断をはじめる' }).click();
    await page.locator('#check').getByRole('radio', { name: '小売業' }).check();
    held.pop()!.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(partnerConfig));
    // Applied: the partner's colours, on the step the owner had reached (in the language they were
    // reading), with the answer given.
    // The page's clock stands still, so the wait polls from the test's side.
    const primaryColour = () =>
      page.evaluate(() => {
        const root = document.getElementById('check')!.shadowRoot!.querySelector('.crc');
        return root ? getComputedStyle(root).getPropertyValue('--crc-color-primary').trim() : undefined;
      });
    await expect.poll(primaryColour, { timeout: 10_000 }).toBe('#7a1f5c');
    expect(await page.locator('#check').getByRole('radio', { name: '小売業' }).isChecked()).toBe(true);
    expect(await problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('that never answers is given up on after 8 s, and the owner reads that defaults are in use', async () => {
    const page = await openWithHeldConfig();
    await page.clock.runFor(1_500);
    await page.locator('#check h2').waitFor();
    expect(await page.locator('#check .config-problem').count()).toBe(0);
    await page.clock.runFor(6_500);
    await page.locator('#check .config-problem').waitFor();
    expect(await problemsOf(page)).toEqual(['config-src /config/held could not be loaded (no answer within 8 s); the defaults are used']);
    await page.close();
  });
});

describe('boolean attributes', () => {
  it.each([
    ['seminar="false"', { seminar: 'false' }, false, false],
    ['seminar present', { seminar: '' }, true, false],
    ['debug="false" with a problem', { debug: 'false', inline: '[' }, false, false],
    ['debug present with a problem', { debug: '', inline: '[' }, false, true],
  ])('%s', async (_, query, seminar, debugList) => {
    const page = await browser().newPage();
    await page.goto(casePage(query));
    await page.locator('#check h2').waitFor();
    expect(await page.locator('#check .crc.seminar').count()).toBe(seminar ? 1 : 0);
    if (debugList) await page.locator('#check .config-debug').waitFor();
    else expect(await page.locator('#check .config-debug').count()).toBe(0);
    await page.close();
  });
});

describe('whatever a page gives it', () => {
  // Attributes, inline configuration, stored state and a share link in the address, all drawn at
  // random (fixed seed): the widget never throws, and always shows its header and a step to use.
  const text = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('', 'ja', 'en', 'false', 'true', 'none', 'session', 'chamber-illustrative', '{"industry":"retail"}'),
  );
  const json = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('{', '{"partner":{"id":"x","name":"代理店"}}', '[]', 'null'),
  );
  const pageInput = fc.record(
    {
      lang: text,
      'instance-id': text,
      persist: text,
      'discount-scheme': text,
      seminar: text,
      debug: text,
      prefill: fc.oneof(text, json),
      inline: json,
      stored: fc.oneof(
        json,
        fc.jsonValue({ maxDepth: 3 }).map((state) => JSON.stringify({ version: 1, state })),
      ),
      hash: fc.oneof(
        fc.constantFrom('', '#crc=', '#crc=1.', '#crc=2.abc.def', '#x'),
        fc.string({ maxLength: 60 }).map((s) => `#crc=${encodeURIComponent(s)}`),
      ),
    },
    { requiredKeys: [] },
  );

  it('never throws, and always shows the header and a usable step', async () => {
    const context = await browser().newContext();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(pageInput, async ({ stored, hash, ...attributes }) => {
        runs++;
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.addInitScript((value) => {
          localStorage.clear();
          if (value !== undefined) localStorage.setItem('cyber-risk-check:check', value);
        }, stored);
        const query = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) as Record<string, string>;
        await page.goto(casePage(query) + (hash ?? ''));
        await page.locator('#check header').waitFor();
        await page.locator('#check h2').first().waitFor();
        expect(await page.locator('#check button').count()).toBeGreaterThan(0);
        expect(errors).toEqual([]);
        await page.close();
      }),
      { seed: 20261206, numRuns: 40 },
    );
    expect(runs).toBe(40);
    await context.close();
  }, 120_000);

  it('mount() with any options never throws, and shows the header and a usable step', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}/pages/config-cases.html`);
    await page.locator('#check h2').waitFor();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (options) => {
        const shown = await page.evaluate((text) => {
          const given: unknown = JSON.parse(text);
          const target = document.createElement('div');
          document.body.append(target);
          type Api = { mount(element: HTMLElement, options: unknown): { unmount(): void } };
          const widget = (window as unknown as { CyberRiskCheck: Api }).CyberRiskCheck.mount(target, given);
          const root = target.shadowRoot!;
          const result = { header: !!root.querySelector('header'), heading: !!root.querySelector('h2'), buttons: root.querySelectorAll('button').length };
          widget.unmount();
          target.remove();
          return result;
        }, JSON.stringify(options));
        expect(shown).toEqual({ header: true, heading: true, buttons: expect.any(Number) });
        expect(shown.buttons).toBeGreaterThan(0);
      }),
      { seed: 20261207, numRuns: 60 },
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
