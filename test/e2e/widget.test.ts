// The widget in real Chromium: built bundles, served on 127.0.0.1, driven inside the shadow root.

import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeEach(async () => {
  context = await chromium().newContext();
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await context.close();
});

/** Playwright's CSS and role locators pierce open shadow roots; scope them to one widget. */
const widget = (id = 'check') => page.locator(`cyber-risk-check#${id}`);

async function openBasic() {
  await page.goto(`${baseUrl}/pages/basic.html`);
  await expect.poll(() => widget().getByRole('heading', { level: 2 }).textContent()).toBe('サイバー攻撃への備えを、いま確認しましょう');
}

describe('one widget on a page', () => {
  it('renders in Japanese inside an open shadow root, writing nothing to the host document', async () => {
    await openBasic();
    const host = await page.evaluate(() => {
      const element = document.querySelector('cyber-risk-check')!;
      return {
        shadow: element.shadowRoot?.mode,
        adopted: element.shadowRoot?.adoptedStyleSheets.length,
        headStyles: document.head.querySelectorAll('style, link[rel=stylesheet]').length,
        documentSheets: document.adoptedStyleSheets.length,
      };
    });
    expect(host).toEqual({ shadow: 'open', adopted: 1, headStyles: 0, documentSheets: 0 });
  });

  it('restores the step and the answers after a reload', async () => {
    await openBasic();
    await widget().getByRole('button', { name: '診断をはじめる' }).click();
    await widget().getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').check();
    await widget().getByLabel('年間の売上高（直近の決算）はおよそいくらですか').fill('５億円');
    await widget().getByRole('button', { name: '次へ' }).click();
    await widget()
      .getByRole('group', { name: /更新が出たらすぐに/ })
      .getByLabel('一部できている')
      .check();

    await page.reload();
    await expect.poll(() => widget().getByRole('heading', { level: 2 }).textContent()).toBe('基本の対策');
    expect(
      await widget()
        .getByRole('group', { name: /更新が出たらすぐに/ })
        .getByLabel('一部できている')
        .isChecked(),
    ).toBe(true);

    await widget().getByRole('button', { name: '戻る' }).click();
    expect(await widget().getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').isChecked()).toBe(true);
    expect(await widget().getByLabel('年間の売上高（直近の決算）はおよそいくらですか').inputValue()).toBe('５億円');
  });

  it('switches to English and stays in English after a reload', async () => {
    await openBasic();
    await widget().getByRole('button', { name: 'English' }).click();
    await expect.poll(() => widget().getByRole('heading', { level: 2 }).textContent()).toBe('How ready is your company for a cyber attack?');
    await page.reload();
    await expect.poll(() => widget().getByRole('heading', { level: 2 }).textContent()).toBe('How ready is your company for a cyber attack?');
    expect(await widget().getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('starts fresh, without an error, when the saved state is corrupt', async () => {
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('cyber-risk-check:check', '{"version":1,"state":{"answers":{"industry"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await openBasic();
    expect(await widget().getByRole('button', { name: '診断をはじめる' }).isVisible()).toBe(true);
    await widget().getByRole('button', { name: '診断をはじめる' }).click();
    expect(await widget().getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').isChecked()).toBe(false);
  });

  it('keeps working when the page forbids storage', async () => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openBasic();
    await widget().getByRole('button', { name: '診断をはじめる' }).click();
    await widget().getByRole('group', { name: '業種を選んでください' }).getByLabel('製造業').check();
    expect(await widget().getByRole('group', { name: '業種を選んでください' }).getByLabel('製造業').isChecked()).toBe(true);
  });

  /** Answers the profile's yes/no questions, then presses Next until the results; returns each step's heading. */
  async function walkThrough(yesTo: string[]): Promise<{ headings: string[]; cardQuestionSeen: boolean }> {
    await widget().getByRole('button', { name: '診断をはじめる' }).click();
    for (const name of ['自社のホームページがありますか', 'ネットショップや会員サイトを運営していますか', 'ネットでクレジットカード決済を受け付けていますか']) {
      await widget()
        .getByRole('group', { name })
        .getByLabel(yesTo.includes(name) ? 'はい' : 'いいえ')
        .check();
    }
    const headings: string[] = [];
    let cardQuestionSeen = false;
    for (let i = 0; i < 20; i++) {
      const heading = (await widget().getByRole('heading', { level: 2 }).textContent())!;
      headings.push(heading);
      cardQuestionSeen ||=
        (await widget()
          .getByText(/カード番号を自社のサーバーに保存しない/)
          .count()) > 0;
      if (heading === '診断結果') break;
      await widget()
        .getByRole('button', { name: /^(次へ|結果を見る)$/ })
        .click();
      await expect.poll(() => widget().getByRole('heading', { level: 2 }).textContent()).not.toBe(heading);
    }
    return { headings, cardQuestionSeen };
  }

  it('asks a web shop taking cards about card data, and a company without one not', async () => {
    await openBasic();
    const shop = await walkThrough(['ネットショップや会員サイトを運営していますか', 'ネットでクレジットカード決済を受け付けていますか']);
    expect(shop.headings).toContain('カード決済');
    expect(shop.headings).toContain('ホームページとネットショップ');
    expect(shop.cardQuestionSeen).toBe(true);

    await widget().getByRole('button', { name: '最初からやり直す' }).click();
    await widget().getByRole('button', { name: '消してやり直す' }).click();
    const noShop = await walkThrough([]);
    expect(noShop.headings.at(-1)).toBe('診断結果');
    expect(noShop.headings).not.toContain('カード決済');
    expect(noShop.headings).not.toContain('ホームページとネットショップ');
    expect(noShop.cardQuestionSeen).toBe(false);
    expect(noShop.headings.length).toBe(shop.headings.length - 2);
  });
});

describe('lazy languages', () => {
  it('downloads no English on a Japanese page until English is chosen', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/pages/module.html`);
    await expect.poll(() => widget().getByRole('heading', { level: 2 }).textContent()).toBe('サイバー攻撃への備えを、いま確認しましょう');
    const english = () => scripts.filter((path) => /\/(en|_virtual_crc-content-en)-[\w-]+\.js$/.test(path));
    expect(scripts[0]).toBe('/dist/cyber-risk-check.js');
    expect(english()).toEqual([]);

    await widget().getByRole('button', { name: 'English' }).click();
    await expect.poll(() => widget().getByRole('heading', { level: 2 }).textContent()).toBe('How ready is your company for a cyber attack?');
    // UI strings for the first screens and for the results, and the content text.
    expect(english()).toHaveLength(3);
    await widget().getByRole('button', { name: 'Start the check' }).click();
    expect(await widget().getByRole('group', { name: 'What is your industry?' }).getByLabel('Manufacturing').count()).toBe(1);
  });
});

describe('the built files', () => {
  const text = async (path: string) => (await fetch(`${baseUrl}/dist/${path}`)).text();
  type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
  const readManifest = async () => JSON.parse(await text('manifest.json')) as Record<string, Chunk>;
  const HINT = '//# allFunctionsCalledOnLoad\n';

  it('gives V8 its compile hint in the first-screen file only, on the first line', async () => {
    expect((await text('cyber-risk-check.js')).startsWith(HINT)).toBe(true);
    const manifest = await readManifest();
    const lazy = Object.values(manifest).filter((chunk) => !chunk.isEntry && chunk.file.endsWith('.js'));
    expect(lazy.length).toBeGreaterThan(5);
    for (const chunk of lazy) expect(await text(chunk.file), chunk.file).not.toContain('allFunctionsCalledOnLoad');
    expect(await text('cyber-risk-check.iife.js')).not.toContain('allFunctionsCalledOnLoad');
  });

  it('opens a shared link without loads that wait on loads: the link code, then the results and all they need at once', async () => {
    const manifest = await readManifest();
    // The browser finds a module's static imports only once it has that module: each level of
    // imports is one more load in a row. The entry is already there.
    const levels = (key: string): string[][] => {
      const seen = new Set([key]);
      const found: string[][] = [];
      let level = [key];
      while (level.length > 0) {
        level = [...new Set(level.flatMap((name) => manifest[name]!.imports ?? []))].filter((name) => !manifest[name]!.isEntry && !seen.has(name));
        level.forEach((name) => seen.add(name));
        if (level.length > 0) found.push(level.map((name) => manifest[name]!.file));
      }
      return found;
    };
    const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
    const lazyFrom = (pattern: RegExp) => manifest[entry]!.dynamicImports!.find((key) => pattern.test(manifest[key]!.file))!;
    expect(levels(lazyFrom(/^link-/))).toEqual([]);
    const results = levels(lazyFrom(/^Results-/));
    expect(results).toHaveLength(1);
    expect(results[0]).toContain(manifest[lazyFrom(/^link-/)]!.file);
  });
});

describe('several widgets and the JS API', () => {
  it('keeps two instances on one page independent, also after a reload', async () => {
    await page.goto(`${baseUrl}/pages/two.html`);
    await expect.poll(() => widget('second').getByRole('heading', { level: 2 }).textContent()).toBe('How ready is your company for a cyber attack?');
    expect(await widget('first').getByRole('heading', { level: 2 }).textContent()).toBe('サイバー攻撃への備えを、いま確認しましょう');

    await widget('first').getByRole('button', { name: '診断をはじめる' }).click();
    await widget('first').getByRole('group', { name: '業種を選んでください' }).getByLabel('建設業').check();
    await widget('second').getByRole('button', { name: 'Start the check' }).click();
    await widget('second').getByRole('group', { name: 'What is your industry?' }).getByLabel('Logistics', { exact: false }).check();

    await page.reload();
    await expect.poll(() => widget('first').getByRole('heading', { level: 2 }).textContent()).toBe('会社について');
    expect(await widget('first').getByRole('group', { name: '業種を選んでください' }).getByLabel('建設業').isChecked()).toBe(true);
    expect(await widget('first').getByRole('group', { name: '業種を選んでください' }).getByLabel('運輸・物流業').isChecked()).toBe(false);
    expect(await widget('second').getByRole('group', { name: 'What is your industry?' }).getByLabel('Transport and logistics').isChecked()).toBe(true);
    expect(await widget('second').getByRole('group', { name: 'What is your industry?' }).getByLabel('Construction').isChecked()).toBe(false);
  });

  it('mounts into any element and unmounts cleanly', async () => {
    await page.goto(`${baseUrl}/pages/mount.html`);
    const target = page.locator('#target');
    await expect.poll(() => target.getByRole('heading', { level: 2 }).textContent()).toBe('How ready is your company for a cyber attack?');
    await expect.poll(() => page.locator('#bare').getByRole('heading', { level: 2 }).textContent()).toBe('How ready is your company for a cyber attack?');
    const after = await page.evaluate(() => {
      const w = (window as unknown as { widget: { unmount(): void; instanceId: string } }).widget;
      w.unmount();
      return { id: w.instanceId, children: document.getElementById('target')!.shadowRoot!.querySelectorAll('*').length };
    });
    expect(after).toEqual({ id: 'api', children: 0 });
  });
});
