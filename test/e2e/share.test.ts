// A result shared by link: made in one browser, opened in a fresh one, the same tier and losses.

import { describe, expect, inject, it } from 'vitest';
import { content, encodeShare } from '../../src/core/index.js';
import { answerThroughApi, openAllDetails, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const answers = {
  industry: 'manufacturing',
  revenue: 800_000_000,
  records: 30_000,
  pcs: 40,
  servers: 2,
  dataKinds: ['contacts'],
  chamberMember: 'yes',
  updates: 'done',
  antivirus: 'done',
  passwords: 'done',
  accessControl: 'done',
  threatAwareness: 'done',
  backups: 'done',
  mailCare: 'partly',
};

describe('share links in the browser', () => {
  it('restore the same tier and loss totals in a fresh browser, without touching its own answers', async () => {
    const first = await browser().newContext();
    const page = await first.newPage();
    await page.goto(`${baseUrl}/pages/basic.html`);
    await page.locator('cyber-risk-check h2').waitFor();
    await answerThroughApi(page, answers, { step: 'results' });
    const widget = page.locator('cyber-risk-check');
    await widget.locator('.verdict').waitFor();
    await openAllDetails(page);
    await widget.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await widget.getByLabel('共有リンク').inputValue();
    expect(link).toMatch(/#crc=2\.[0-9a-z]{4}\./);
    expect(link.length).toBeLessThan(300);
    await widget.getByRole('button', { name: 'QRコードを表示' }).click();
    const qr = widget.getByRole('img', { name: /共有リンクの QR コード/ });
    await qr.waitFor();
    expect(Number(await qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    expect((await qr.locator('path').getAttribute('d'))!.length).toBeGreaterThan(100);
    const summary = async (w: typeof widget) => ({
      tier: await w.locator('.rung.here').getAttribute('data-tier'),
      total: await w.locator('.discount-total').textContent(),
      losses: await w
        .locator('.scenario')
        .evaluateAll((cards) => cards.map((c) => `${c.getAttribute('data-scenario')}: ${c.querySelector('.loss-likely')!.textContent}`)),
    });
    const original = await summary(widget);
    await first.close();

    const second = await browser().newContext();
    const fresh = await second.newPage();
    await fresh.goto(link);
    const restored = fresh.locator('cyber-risk-check');
    await restored.locator('.verdict').waitFor();
    await openAllDetails(fresh);
    expect(await summary(restored)).toEqual(original);
    expect(await restored.locator('.shared').textContent()).toBe('共有されたリンクの結果を表示しています。この画面での変更は保存されません。');
    expect(await fresh.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cyber-risk-check:')).length)).toBe(0);
    // Read-only: no editing, no quote with someone else's answers; a way to one's own check.
    expect(await restored.getByRole('button', { name: '代理店に見積もりを依頼する' }).count()).toBe(0);
    expect(await restored.getByRole('button', { name: '回答を見直す' }).count()).toBe(0);
    expect(await restored.getByRole('link', { name: '自分で診断する' }).getAttribute('href')).toBe('/pages/basic.html');
    await second.close();
  });

  it('opens in a browser with its own answers (module build, decoder loaded on demand) and leaves them as they were', async () => {
    const context = await browser().newContext();
    const own = await context.newPage();
    await own.goto(`${baseUrl}/pages/module.html`);
    await own.locator('cyber-risk-check h2').waitFor();
    await answerThroughApi(own, { industry: 'retail', pcs: 3 }, { step: 'profile' });
    const saved = () =>
      own.evaluate(() => JSON.parse(localStorage.getItem('cyber-risk-check:check')!).state as { step: string; answers: Record<string, unknown> });
    expect((await saved()).answers).toEqual({ industry: 'retail', pcs: 3 });

    const shared = await context.newPage();
    await shared.addInitScript(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      for (const name of ['ready', 'step-change', 'completed']) document.addEventListener(`cyber-risk-check:${name}`, () => heard.push(name));
    });
    const decoder: string[] = [];
    shared.on('request', (r) => /\/link-[^/]*\.js$/.test(r.url()) && decoder.push(r.url()));
    await shared.goto(`${baseUrl}/pages/module.html#crc=${encodeShare(content, answers)}`);
    const widget = shared.locator('cyber-risk-check');
    await widget.locator('.verdict').waitFor();
    await openAllDetails(shared);
    expect(decoder).toHaveLength(1);
    expect(await widget.locator('.shared').textContent()).toBe('共有されたリンクの結果を表示しています。この画面での変更は保存されません。');
    expect(await widget.locator('.rung.here').getAttribute('data-tier')).not.toBeNull();
    expect(await saved()).toMatchObject({ step: 'profile', answers: { industry: 'retail', pcs: 3 } });
    // Someone else's result is not this visitor's step or completion: the host hears only "ready".
    await widget.getByRole('link', { name: '自分で診断する' }).waitFor();
    expect(await shared.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(['ready']);

    // Without a link, the first page never fetched the decoder.
    const plain = await context.newPage();
    const fetched: string[] = [];
    plain.on('request', (r) => fetched.push(r.url()));
    await plain.goto(`${baseUrl}/pages/module.html`);
    await plain.locator('cyber-risk-check h2').waitFor();
    expect(fetched.filter((url) => /\/link-[^/]*\.js$/.test(url))).toEqual([]);
    await context.close();
  });

  it('says so when the link is damaged, and keeps the answers this browser already had', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/pages/basic.html`);
    await page.locator('cyber-risk-check h2').waitFor();
    await answerThroughApi(page, { industry: 'construction', updates: 'partly' });
    // One character of a real link changed, as a careless copy or a chat app might.
    const link = encodeShare(content, { industry: 'retail', updates: 'done' });
    const damaged = link.replace(/\.(\w)/, (_, c: string) => `.${c === 'a' ? 'b' : 'a'}`);
    await page.goto('about:blank'); // a new load, not a move within the page
    await page.goto(`${baseUrl}/pages/basic.html#crc=${damaged}`);
    const widget = page.locator('cyber-risk-check');
    await widget.locator('.shared').waitFor();
    expect(await widget.locator('.shared').textContent()).toBe(
      '共有リンクを読み取れませんでした（リンクの一部が書き換わっているか、欠けています）。新しく診断を始められます。',
    );
    const answers = await page.evaluate(
      () =>
        (document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: object } } } }).widget.store.getState()
          .answers,
    );
    expect(answers).toEqual({ industry: 'construction', updates: 'partly' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
