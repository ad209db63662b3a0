// Seminar mode: no personal data asked, nothing sent, a visible start-over, and an idle reset.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './a11y.js';
import { answerThroughApi, printedSheets, recordPrints, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('seminar mode', () => {
  it('asks attendees the quick check, ends on its score band and a take-home link, asks nothing personal and sends nothing', async () => {
    const { content, quickResult, quickCheckIds, starLadder } = await import('../../src/core/index.js');
    const chamber = content.discountSchemes.find((scheme) => scheme.id === 'chamber-illustrative')!;
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('heading', { name: 'セキュリティ簡易診断' }).waitFor();
    const quick = quickCheckIds(content);
    expect(await widget.locator('.expect').textContent()).toContain(`質問は${quick.size}問`);
    expect(await widget.getByText('回答はこの端末のブラウザに一時的に保存されるだけで、どこにも送られません。').count()).toBe(1);
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    // From here on, no request may leave the page.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    const asked: string[] = [];
    for (let step = 0; step < 12; step++) {
      const heading = await widget.getByRole('heading', { level: 2 }).textContent();
      if (heading === '簡易診断の結果') break;
      const questions = widget.locator('[data-question]');
      for (let i = 0; i < (await questions.count()); i++) {
        asked.push((await questions.nth(i).getAttribute('data-question'))!);
        // Answers vary from one question to the next: done, partly, not done, and so on.
        const radios = questions.nth(i).locator('input[type="radio"]');
        if (await radios.count()) await radios.nth(asked.length % Math.min(3, await radios.count())).check();
      }
      await widget.getByRole('button', { name: /^(次へ|結果を見る)$/ }).click();
      await widget.locator('h2').filter({ hasNotText: heading! }).first().waitFor();
    }
    await widget.getByRole('heading', { name: '簡易診断の結果' }).waitFor();
    expect(new Set(asked)).toEqual(quick);
    expect(asked.length).toBeGreaterThanOrEqual(10);
    expect(asked.length).toBeLessThanOrEqual(12);

    // The band and score shown are the core's for the answers given.
    const answers = await page.evaluate(
      () =>
        (document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: object } } } }).widget.store.getState()
          .answers,
    );
    const expected = quickResult(content, chamber, answers as Parameters<typeof quickResult>[2]);
    expect(await widget.locator('.verdict').getAttribute('data-band')).toBe(expected.band.id);
    expect(await widget.locator('[data-figure="score"] .figure-value').textContent()).toBe(`${expected.score}点`);
    expect(await widget.locator('.actions li').count()).toBe(expected.risks.length);
    // The next star, counting what the quick check does not ask as left to the full check.
    const next = starLadder(content, answers as Parameters<typeof quickResult>[2], quick).next!;
    const missing = next.requirements.filter((r) => r.status === 'missing').length;
    const notAsked = next.requirements.filter((r) => r.status === 'notAsked').length;
    expect(await widget.locator('.star-summary').textContent()).toBe(
      (missing > 0
        ? `セキュリティの★：★${next.level.stars} まで、あと${missing}項目です。`
        : `セキュリティの★：★${next.level.stars} の条件のうち、ここで聞いた項目はできています。`) +
        (notAsked > 0 ? `残り${notAsked}項目は全体の診断で確かめます。` : ''),
    );

    const takeHome = widget.getByRole('link', { name: '全体の診断を開く' });
    expect(await takeHome.getAttribute('href')).toMatch(/^https:\/\/cci\.example\/cyber-check#crc-continue=2\./);
    expect(await widget.getByRole('textbox', { name: /引き継ぎ用のリンク/ }).inputValue()).toBe(await takeHome.getAttribute('href'));
    await widget.getByRole('button', { name: 'QRコードを表示' }).click();
    await widget.getByRole('img', { name: /引き継ぎ用リンクのQRコード/ }).waitFor();
    expect(await widget.getByRole('heading', { name: 'ご相談先' }).count()).toBe(1);
    expect(await widget.getByRole('button', { name: '代理店に見積もりを依頼する' }).count()).toBe(0);
    expect(await widget.locator('input[autocomplete="name"], input[autocomplete="email"], input[type="email"], input[type="tel"]').count()).toBe(0);
    expect(await widget.locator('.crc').evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
    expect(await axeViolations(page)).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('keeps answers for the session only, and start-over clears them', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('飲食業').check();
    const saved = () =>
      page.evaluate(() => ({ session: sessionStorage.getItem('cyber-risk-check:seminar'), local: localStorage.getItem('cyber-risk-check:seminar') }));
    expect((await saved()).session).toContain('restaurant');
    expect((await saved()).local).toBeNull();

    await widget.locator('header').getByRole('button', { name: '最初からやり直す' }).click();
    await widget.getByRole('button', { name: '消してやり直す' }).click();
    await widget.getByRole('button', { name: '診断をはじめる' }).waitFor();
    expect((await saved()).session ?? '').not.toContain('restaurant');
    await page.close();
  });

  it('counts down after a while without input, can be cancelled, and then starts over', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').check();

    const dialog = widget.getByRole('alertdialog', { name: 'しばらく操作がありません' });
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: '続ける' }).click();
    expect(await dialog.count()).toBe(0);
    expect(await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').isChecked()).toBe(true);

    await dialog.waitFor({ timeout: 10_000 });
    await widget.getByRole('button', { name: '診断をはじめる' }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('cyber-risk-check:seminar') ?? '')).not.toContain('retail');
    await page.close();
  });
});

/** The answers in the widget's store. */
function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      (
        document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: Record<string, unknown> } } } }
      ).widget.store.getState().answers,
  );
}

describe('take-home link', () => {
  /** The quick check's answers on an attendee's phone, and the take-home link it ends with, pointed at `page`. */
  async function takeHomeLink(answers: Record<string, unknown>, target: string): Promise<string> {
    const phone = await browser().newPage({ viewport: { width: 375, height: 812 } });
    await phone.goto(`${baseUrl}/pages/seminar.html`);
    await phone.locator('cyber-risk-check h2').waitFor();
    await answerThroughApi(phone, answers, { step: 'results' });
    const href = await phone.locator('cyber-risk-check').getByRole('link', { name: '全体の診断を開く' }).getAttribute('href');
    await phone.close();
    return `${baseUrl}${target}${new URL(href!).hash}`;
  }

  it("opens the full check on the chamber's page with the quick check's answers, and takes the link off the address", async () => {
    const answers = { industry: 'retail', employees: 12, updates: 'done', backups: 'partly', passwords: 'notDone' };
    const link = await takeHomeLink(answers, '/pages/basic.html');
    const page = await browser().newPage();
    await page.goto(link);
    const widget = page.locator('cyber-risk-check');
    await widget.getByText('簡易診断の回答（5問）を引き継ぎました。').waitFor();
    expect(await storedAnswers(page)).toEqual(answers);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // The full check: its own intro, resumed; the company step asks more than the quick check did.
    await widget.getByRole('heading', { name: 'サイバー攻撃への備えを、いま確認しましょう' }).waitFor();
    await widget.getByRole('button', { name: '続きから再開する' }).click();
    expect(await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').isChecked()).toBe(true);
    expect(await widget.getByRole('textbox', { name: /売上高/ }).count()).toBe(1);
    // Kept as the page's own check: a reload finds the answers, and no banner.
    await page.reload();
    await widget.locator('h2').waitFor();
    expect(await storedAnswers(page)).toEqual(answers);
    expect(await widget.getByText(/引き継ぎました/).count()).toBe(0);
    await page.close();
  });

  it.each([
    ['cut short', (code: string) => code.slice(0, -6), '形式が違います'],
    ['from an older version', (code: string) => code.replace(/^crc-continue=2\./, 'crc-continue=1.'), 'この診断では開けない形式です'],
  ])('opens the quick check with a message when the link is %s', async (_, damage, reason) => {
    const link = new URL(await takeHomeLink({ industry: 'retail', updates: 'done' }, '/pages/basic.html'));
    link.hash = damage(link.hash.slice(1));
    const page = await browser().newPage({ viewport: { width: 375, height: 812 } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(link.toString());
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('heading', { name: 'セキュリティ簡易診断' }).waitFor();
    expect(await widget.getByRole('status').filter({ hasText: '引き継ぎ用のリンクを読み取れませんでした' }).textContent()).toContain(reason);
    expect(await storedAnswers(page)).toEqual({});
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    await widget.getByRole('group', { name: '業種を選んでください' }).waitFor();
    expect(errors.some((text) => text.startsWith('cyber-risk-check: the take-home link could not be read'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('seminar attribute', () => {
  it('turns seminar mode on with <cyber-risk-check seminar>', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar-attr.html`);
    const widget = page.locator('#check');
    // An attendee's phone: the quick check.
    await widget.getByRole('heading', { name: 'セキュリティ簡易診断' }).waitFor();
    expect(await widget.locator('.crc').getAttribute('class')).toBe('crc seminar attendee');
    // seminar="false" is off, as it reads.
    await page.locator('#off h2').waitFor();
    expect(await page.locator('#off .crc').evaluate((el) => el.classList.contains('seminar'))).toBe(false);
    await page.close();
  });
});

describe('the presenter view', () => {
  /** The size text is drawn at: its font size times the zoom it is drawn under. */
  const drawnFontSize = (element: Element) =>
    parseFloat(getComputedStyle(element).fontSize) * ((element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);

  it('fills a 1920 px projector in large type, and never starts over by itself, even after an hour', async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
    await page.clock.install();
    await page.goto(`${baseUrl}/pages/seminar-presenter.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '診断をはじめる' }).waitFor();
    // The seminar's styles arrive just after the first paint.
    await expect.poll(() => widget.locator('.crc').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(1900);
    for (const text of ['.lead', '.expect', '.note', '.brand', '.attendee-qr p'])
      await expect.poll(() => widget.locator(text).first().evaluate(drawnFontSize), { message: text }).toBeGreaterThanOrEqual(28);
    expect(await widget.getByRole('heading', { level: 2 }).evaluate(drawnFontSize)).toBeGreaterThan(40);
    expect(await axeViolations(page)).toEqual([]);

    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    const retail = widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業');
    await retail.check();
    expect(await widget.locator('.option', { hasText: '小売業' }).evaluate(drawnFontSize)).toBeGreaterThanOrEqual(28);
    await page.clock.runFor(60 * 60 * 1000);
    expect(await widget.getByRole('alertdialog').count()).toBe(0);
    expect(await retail.isChecked()).toBe(true);
    // The presenter can always start over by hand.
    await widget.getByRole('button', { name: '最初からやり直す' }).waitFor();
    await page.close();
  });

  it("shows the room a QR code that opens the quick check on attendees' phones", async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${baseUrl}/pages/seminar-presenter.html`);
    const widget = page.locator('cyber-risk-check');
    const qr = widget.getByRole('complementary', { name: 'スマートフォンで参加できます' });
    await qr.getByRole('img', { name: '参加者用の簡易診断を開くQRコード' }).waitFor();
    const address = `${baseUrl}/pages/seminar-presenter.html#crc-seminar=attendee`;
    expect(await qr.locator('.attendee-url').textContent()).toBe(address);
    expect(await widget.getByRole('button', { name: '発表用：事例を順に見る' }).count()).toBe(1);

    const phone = await browser().newPage({ viewport: { width: 375, height: 812 } });
    await phone.goto(address);
    await phone.locator('cyber-risk-check').getByRole('heading', { name: 'セキュリティ簡易診断' }).waitFor();
    expect(await phone.locator('cyber-risk-check .crc').getAttribute('class')).toBe('crc seminar attendee');
    expect(await phone.locator('cyber-risk-check').getByRole('button', { name: '発表用：事例を順に見る' }).count()).toBe(0);
    await phone.close();
    await page.close();
  });

  it('reads an unknown seminar value as the attendee view, and says so in the console', async () => {
    const page = await browser().newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${baseUrl}/pages/seminar-unknown.html`);
    const root = page.locator('#projector .crc');
    await root.waitFor();
    expect(await root.getAttribute('class')).toBe('crc seminar attendee');
    expect(warnings).toContain('cyber-risk-check: seminar="projector" is not presenter or attendee; the attendee view is used');
    await page.close();
  });
});

describe('presenter walk-through', () => {
  it('builds each brochure case item by item to its total, to the yen, then what the plans pay', async () => {
    const { content } = await import('../../src/core/index.js');
    const presets = content.loss.presets;
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar-plain.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '発表用：事例を順に見る' }).click();
    const heading = () => widget.getByRole('heading', { level: 2 }).textContent();
    const shownYen = () => widget.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-yen'))));

    for (const [i, preset] of presets.entries()) {
      await expect.poll(heading).toBe(preset.title.ja);
      expect(await shownYen()).toEqual([]);
      for (const [n, id] of preset.items.entries()) {
        await page.keyboard.press(n % 2 ? 'Space' : 'ArrowRight');
        await expect.poll(shownYen).toEqual(preset.items.slice(0, n + 1).map((item) => preset.expected.items[item]));
        expect(id).toBeTruthy();
      }
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => widget.locator('.total-row').getAttribute('data-yen')).toBe(String(preset.expected.total));
      await page.keyboard.press('PageDown');
      await widget.locator('.plan-pays li').first().waitFor();
      const paid = await widget.locator('.plan-pays li').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-paid'))));
      expect(paid.length).toBeGreaterThanOrEqual(2);
      for (const amount of paid) expect(amount).toBeLessThanOrEqual(preset.expected.total);
      if (i < presets.length - 1) await page.keyboard.press('ArrowRight');
    }
    expect(await widget.locator('.progress-text').textContent()).toBe(`事例 ${presets.length} / ${presets.length}`);
    await page.close();
  });

  it('goes back a whole case, shows a case at once with R, opens the notes with N, and works offline once loaded', async () => {
    const { content } = await import('../../src/core/index.js');
    const titles = content.loss.presets.map((p) => p.title.ja);
    const context = await browser().newContext();
    const page = await context.newPage();
    // The module build, whose parts load apart: the deck's are fetched after the first screen.
    await page.goto(`${baseUrl}/module/pages/seminar-plain.html`);
    const widget = page.locator('cyber-risk-check');
    const open = widget.getByRole('button', { name: '発表用：事例を順に見る' });
    await open.waitFor();
    const fetched = (part: string) => page.evaluate((name) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name)), part);
    for (const part of ['Walkthrough', 'content-results-ja', 'ja-results'])
      await expect.poll(() => fetched(part), { message: part, timeout: 10_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await open.click();
    const heading = () => widget.getByRole('heading', { level: 2 }).textContent();
    await expect.poll(heading).toBe(titles[0]);
    await page.keyboard.press('End');
    await expect.poll(heading).toBe(titles.at(-1));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(heading).toBe(titles.at(-2));
    expect(await widget.locator('.plan-pays').count()).toBe(1); // back to a case: shown whole
    await page.keyboard.press('Home');
    await expect.poll(heading).toBe(titles[0]);
    await page.keyboard.press('r');
    await widget.locator('.plan-pays').waitFor();
    await page.keyboard.press('n');
    await widget.getByRole('complementary', { name: '発表者メモ' }).waitFor();
    expect(await widget.getByRole('button', { name: '発表者メモ' }).getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await widget.getByRole('button', { name: '診断に戻る' }).click();
    await widget.getByRole('button', { name: '診断をはじめる' }).waitFor();
    await context.close();
  });
});

describe('printable result', () => {
  it('opens in seminar mode too, asks to print once it is ready, and fits A4 pages', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await recordPrints(page);
    await page.goto(`${baseUrl}/pages/seminar-plain.html`);
    await page.locator('cyber-risk-check h2').waitFor();
    await answerThroughApi(
      page,
      { industry: 'retail', revenue: 200_000_000, records: 3000, dataKinds: ['contacts'], updates: 'done', backups: 'partly' },
      { step: 'results' },
    );
    const widget = page.locator('cyber-risk-check');
    await page.clock.install();
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    const [sheet] = await Promise.all([context.waitForEvent('page'), widget.getByRole('button', { name: '印刷用の結果を開く' }).click()]);
    expect(await printedSheets(page)).toEqual(['サイバーリスク診断の結果']);
    await sheet.getByRole('heading', { name: 'サイバーリスク診断の結果' }).waitFor();
    expect(await sheet.getByText('小売業').count()).toBe(1);
    await sheet.emulateMedia({ media: 'print' });
    await sheet.setViewportSize({ width: 680, height: 1000 });
    const overflow = await sheet.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const pdf = await sheet.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);
    await context.close();
  });
});
