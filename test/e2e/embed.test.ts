// The widget on pages we do not control: a strict CSP, a CSS framework with hostile resets, several
// configured instances, events for the host, configuration by URL and broken configuration.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answerThroughApi, openAllDetails, useChromium } from './browser.js';
import pkg from '../../package.json' with { type: 'json' };
import { review } from './quote-form.js';

const { version } = pkg;

const baseUrl = inject('baseUrl');
const browser = useChromium();

const answer = (page: Page, id: string, answers: Record<string, unknown>, step?: string) =>
  answerThroughApi(page, answers, { element: `#${id}`, ...(step && { step }) });

const profile = {
  industry: 'retail',
  revenue: 500_000_000,
  employees: 10,
  chamberMember: 'yes',
  records: 2000,
  updates: 'done',
  backups: 'done',
  antivirus: 'done',
  passwords: 'done',
  mailCare: 'done',
};

/** What the widget looks like, measured inside its shadow root. */
function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('cyber-risk-check')!.shadowRoot!;
    const crc = root.querySelector('.crc') as HTMLElement;
    const start = root.querySelector('.button.primary') as HTMLElement;
    const lang = root.querySelector('.lang-button') as HTMLElement;
    const style = getComputedStyle(crc);
    const heading = getComputedStyle(root.querySelector('h2')!);
    return {
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      letterSpacing: style.letterSpacing,
      textTransform: style.textTransform,
      fontStyle: style.fontStyle,
      headingSize: heading.fontSize,
      startHeight: Math.round(start.getBoundingClientRect().height),
      startBackground: getComputedStyle(start).backgroundColor,
      langHeight: Math.round(lang.getBoundingClientRect().height),
    };
  });
}

/**
 * The page's script errors and console errors, collected as they happen. The browser's own favicon
 * request 404s on this test server ("Failed to load resource"); that is not the widget's doing.
 */
function errorsOn(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  return errors;
}

const VIEWPORT = { width: 1000, height: 800 };

/** The widget as designed: on a plain page, at the viewport the hostile pages are seen in. */
async function designedLook() {
  const plain = await browser().newPage({ viewport: VIEWPORT });
  await plain.goto(`${baseUrl}/pages/basic.html`);
  await plain.locator('cyber-risk-check h2').waitFor();
  const designed = await measure(plain);
  await plain.close();
  return designed;
}

/**
 * Each hostile page is loaded with either snippet: the classic script (one file), and the ES module
 * (the small first file, the rest loaded on demand: more requests for a CSP or an old server to
 * get wrong). The server sends the same page with the module snippet under /module/.
 */
const SNIPPETS = [
  { snippet: 'classic script', prefix: '', globals: ['CyberRiskCheck'] },
  { snippet: 'ES module', prefix: '/module', globals: [] },
];

describe.each(SNIPPETS)('hostile host pages, $snippet', ({ prefix, globals }) => {
  it('runs the whole flow under a strict CSP with no violation', async () => {
    const page = await browser().newPage();
    const errors = errorsOn(page);
    await page.goto(`${baseUrl}${prefix}/csp/csp.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').check();
    await answer(page, 'check', profile, 'results');
    await widget.locator('.verdict').waitFor();
    await widget.getByRole('button', { name: '代理店に見積もりを依頼する' }).click();
    await widget.getByLabel(/^会社名/).fill('CSP株式会社');
    await widget.getByLabel(/^ご担当者のお名前/).fill('高橋');
    await widget.getByLabel(/^メールアドレス/).fill('t@example.jp');
    await widget.getByLabel(/^都道府県/).selectOption('01');
    await widget
      .getByRole('group', { name: /ご希望のプラン/ })
      .getByLabel('ワイドプラン')
      .check();
    await widget
      .getByRole('group', { name: /ご希望の連絡方法/ })
      .getByLabel('メール')
      .check();
    await widget.getByLabel(/送ることに同意します/).check();
    await review(widget);
    await widget.getByRole('button', { name: 'CSP代理店に送信する' }).click();
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor();

    // The partner theme (a constructed stylesheet) applied despite style-src 'self'.
    const background = await widget.locator('.lang-button[aria-pressed="true"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(11, 83, 148)');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its font, sizes and layout on a page with Bootstrap, "* { all: unset }" and a 10px root font', async () => {
    const designed = await designedLook();
    const page = await browser().newPage({ viewport: VIEWPORT });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}${prefix}/pages/hostile.html`);
    await page.locator('cyber-risk-check h2').waitFor();
    expect(await measure(page)).toEqual(designed);
    expect(designed).toMatchObject({ fontSize: '16px', letterSpacing: 'normal', textTransform: 'none', fontStyle: 'normal', startHeight: 48 });

    // It still fills the column it was put in, and the flow works.
    const widths = await page.evaluate(() => ({
      column: document.getElementById('column')!.getBoundingClientRect().width,
      widget: document.querySelector('cyber-risk-check')!.shadowRoot!.querySelector('.crc')!.getBoundingClientRect().width,
    }));
    expect(widths.widget).toBeLessThanOrEqual(widths.column);
    expect(widths.widget).toBeGreaterThan(widths.column * 0.6);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('卸売業').check();
    await widget.getByLabel('年間の売上高（直近の決算）はおよそいくらですか').fill('3億');
    expect(await widget.getByLabel('年間の売上高（直近の決算）はおよそいくらですか').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(100);

    // Nothing was added to the page's globals but the classic script's one API object.
    const added = await page.evaluate(() =>
      Object.keys(window).filter((k) => k !== 'keysBefore' && !(window as unknown as { keysBefore: string[] }).keysBefore.includes(k)),
    );
    expect(added).toEqual(globals);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads its Japanese right and keeps its design on an old Shift_JIS page in quirks mode, its script served without a charset', async () => {
    const designed = await designedLook();
    const page = await browser().newPage({ viewport: VIEWPORT });
    await page.goto(`${baseUrl}${prefix}/legacy/pages/shift-jis.html`);
    expect(await page.evaluate(() => [document.characterSet, document.compatMode])).toEqual(['Shift_JIS', 'BackCompat']);
    await page.locator('#old h2').waitFor();
    expect(await page.locator('#old h2').textContent()).toBe('サイバー攻撃への備えを、いま確認しましょう');
    expect(await measure(page)).toEqual(designed);
    const widget = page.locator('#old');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').check();
    const revenue = widget.getByLabel('年間の売上高（直近の決算）はおよそいくらですか');
    await revenue.fill('５億円');
    await revenue.blur();
    expect(
      await page.evaluate(
        () =>
          (document.getElementById('old') as HTMLElement & { widget: { store: { getState(): { answers: Record<string, unknown> } } } }).widget.store.getState()
            .answers.revenue,
      ),
    ).toBe(500_000_000);
    await page.close();
  });

  it('runs three differently configured instances on one page, independently', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${prefix}/pages/three.html`);
    for (const id of ['chamber', 'insurer', 'memory']) await page.locator(`#${id} h2`).waitFor();
    expect(await page.locator('#chamber h2').textContent()).toBe('サイバー攻撃への備えを、いま確認しましょう');
    expect(await page.locator('#insurer h2').textContent()).toBe('How ready is your company for a cyber attack?');

    for (const id of ['chamber', 'insurer', 'memory']) await answer(page, id, profile, 'results');
    for (const id of ['chamber', 'insurer', 'memory']) {
      await page.locator(`#${id} .verdict`).waitFor();
      await openAllDetails(page, `#${id}`);
    }
    const tiers = (id: string) => page.locator(`#${id} .rung`).evaluateAll((rungs) => rungs.map((r) => r.getAttribute('data-tier')));
    await page.locator('#insurer .rung').first().waitFor();
    expect(await tiers('chamber')).toEqual(['none', 'declared10', 'declared20', 'declared30', 'declared40']);
    expect(await tiers('insurer')).toEqual(['none', 'assessed15', 'assessed30', 'assessed45', 'assessed55']);
    expect(await page.locator('#memory .scenario').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-scenario')))).toEqual(['ransomware']);
    const primary = (id: string) =>
      page
        .locator(`#${id} .button.primary`)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await primary('insurer')).toBe('rgb(122, 31, 92)');
    expect(await primary('chamber')).toBe('rgb(31, 78, 140)');

    await answer(page, 'chamber', { industry: 'logistics' });
    await page.reload();
    await page.locator('#chamber .crc[data-step="results"]').waitFor();
    const industries = await page.evaluate(() =>
      ['chamber', 'insurer', 'memory'].map(
        (id) =>
          (document.getElementById(id) as HTMLElement & { widget: { store: { getState(): { answers: { industry?: string } } } } }).widget.store.getState()
            .answers.industry,
      ),
    );
    // Saved per instance; the memory-only instance starts empty after a reload.
    expect(industries).toEqual(['logistics', 'retail', undefined]);
    await page.close();
  });
});

describe('served from another origin', () => {
  it('loads the module snippet and every part it loads later from a CDN origin, with CORS', async () => {
    const page = await browser().newPage();
    const errors = errorsOn(page);
    const scripts: string[] = [];
    page.on('requestfinished', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).origin));
    // localhost and 127.0.0.1 are two origins to the browser, though the same test server.
    const pageUrl = new URL('/pages/cdn.html', baseUrl);
    pageUrl.hostname = 'localhost';
    await page.goto(pageUrl.href);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    // Later parts, each from the CDN: the help texts, the results, English, the quote form.
    const help = widget.locator('details.help').first();
    await help.locator('summary').click();
    await help.getByText('なぜ大切？').waitFor();
    await answer(page, 'check', profile, 'results');
    await widget.locator('.verdict').waitFor();
    await widget.getByRole('button', { name: 'English' }).click();
    await widget.getByRole('button', { name: 'Ask an agent for a quote' }).click();
    await widget.getByRole('heading', { name: 'Request a quote' }).waitFor();

    expect(scripts.length).toBeGreaterThan(4);
    expect(new Set(scripts)).toEqual(new Set([new URL(baseUrl).origin]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('events and configuration', () => {
  it('tells the host page when it is ready, when the step changes and when the check is completed', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/events.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await answer(page, 'check', profile, 'results');
    await widget.locator('.verdict').waitFor();
    const events = await page.evaluate(() => (window as unknown as { events: { name: string; detail: Record<string, unknown>; target: string }[] }).events);
    expect(events.map((e) => e.name)).toEqual(['ready', 'step-change', 'step-change', 'completed']);
    expect(events[0]!.detail).toMatchObject({ instanceId: 'check', lang: 'ja' });
    expect(events[1]!.detail).toEqual({ version, from: 'intro', to: 'profile' });
    expect(events[2]!.detail).toEqual({ version, from: 'profile', to: 'results' });
    expect(events.every((e) => e.detail.version === version)).toBe(true);
    expect(events[3]!.detail).toMatchObject({ tier: expect.any(String), totalDiscount: expect.any(Number), ipaScore: expect.any(Number) });
    expect((events[3]!.detail.loss as unknown[]).length).toBeGreaterThan(0);
    expect(events.every((e) => e.target === 'check')).toBe(true);
    await page.close();
  });

  it('reads its inline configuration even when the script runs before the element is parsed', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/head-script.html`);
    await page.locator('#early h2').waitFor();
    // The configuration's language, not the page's, and one widget, not one per connection.
    expect(await page.locator('#early h2').textContent()).toBe('How ready is your company for a cyber attack?');
    expect(await page.locator('#early .crc').count()).toBe(1);
    const problems = await page.evaluate(
      () => (document.getElementById('early') as HTMLElement & { widget: { configProblems: string[] } }).widget.configProblems,
    );
    expect(problems).toEqual([]);
    await answer(page, 'early', profile, 'results');
    await page.locator('#early .partner-contact').waitFor();
    expect(await page.locator('#early .partner-contact').textContent()).toContain('先読み代理店');
    await page.close();
  });

  it('loads its configuration from config-src, and falls back to defaults when it cannot', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${baseUrl}/pages/config-src.html`);
    await page.locator('#remote h2').waitFor();
    await page.locator('#missing h2').waitFor();
    expect(await page.locator('#remote h2').textContent()).toBe('How ready is your company for a cyber attack?');
    expect(await page.locator('#missing h2').textContent()).toBe('サイバー攻撃への備えを、いま確認しましょう');
    await answer(page, 'remote', profile, 'results');
    await page.locator('#remote .partner-contact').waitFor();
    await openAllDetails(page, '#remote');
    expect(await page.locator('#remote .partner-contact').textContent()).toContain('リモート設定代理店');
    expect(await page.locator('#remote .rung').first().getAttribute('data-tier')).toBe('none');
    expect(await page.locator('#remote .rung').nth(1).getAttribute('data-tier')).toBe('assessed15');
    expect(errors.some((e) => e.includes('/pages/no-such-config.json could not be loaded (HTTP 404)'))).toBe(true);
    await page.close();
  });

  it('says in plain words that defaults are in use, and precisely in the console what was wrong', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${baseUrl}/pages/bad-config.html`);
    await page.locator('cyber-risk-check h2').waitFor();
    expect(await page.locator('cyber-risk-check .config-problem').textContent()).toBe(
      'この診断の設定の一部に誤りがあったため、標準の設定で表示しています。診断はそのままご利用いただけます。',
    );
    const log = errors.join('\n');
    expect(log).toContain('$.colour: unknown property "colour"');
    expect(log).toContain('$.lang: expected one of "ja", "en", found 7');
    expect(log).toContain('$.discountScheme: unknown discount scheme "gold"');
    expect(log).toContain('$.quote.channels[0].url: a webhook must use https');
    await page.close();
  });

  it('refuses question content in a page configuration by name, and keeps the partner and the questions', async () => {
    const page = await browser().newPage();
    const errors = errorsOn(page);
    await page.goto(`${baseUrl}/pages/content-key.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('heading', { name: 'サイバー攻撃への備えを、いま確認しましょう' }).waitFor();
    expect(await widget.locator('.config-problem').count()).toBe(1);
    expect(errors.filter((e) => !e.includes('$.content:'))).toEqual([]);
    expect(errors.join('\n')).toContain('$.content: unknown property "content"');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await widget.getByRole('heading', { level: 2 }).waitFor();
    await answer(page, 'check', profile, 'results');
    await widget.locator('.partner-contact').waitFor();
    expect(await widget.locator('.partner-contact').textContent()).toContain('テスト');
    await page.close();
  });
});
