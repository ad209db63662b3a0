// Seminar mode: no personal data asked, nothing sent, a visible start-over, and an idle reset.

import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './a11y.js';
import { answerThroughApi, printedSheets, recordPrints, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('seminar mode', () => {
  it('runs the whole check without asking for personal data or sending anything', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar.html`);
    const widget = page.locator('cyber-risk-check');
    expect(await widget.getByText('回答はこの端末のブラウザに一時的に保存されるだけで、どこにも送られません。').count()).toBe(1);
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    // From here on, no request may leave the page.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    for (let i = 0; i < 20; i++) {
      const heading = await widget.getByRole('heading', { level: 2 }).textContent();
      if (heading === '診断結果') break;
      const firstRadio = widget.locator('fieldset input[type="radio"]').first();
      if (await firstRadio.count()) await firstRadio.check();
      await widget.getByRole('button', { name: /^(次へ|結果を見る)$/ }).click();
      await widget.locator('h2').filter({ hasNotText: heading! }).first().waitFor();
    }
    await widget.getByRole('heading', { name: 'この結果について相談する' }).waitFor();
    expect(await widget.getByRole('button', { name: '代理店に見積もりを依頼する' }).count()).toBe(0);
    expect(await widget.getByRole('link', { name: /完全版/ }).getAttribute('href')).toBe('https://cci.example/cyber-check');
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

describe('seminar attribute', () => {
  it('turns seminar mode on with <cyber-risk-check seminar>', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar-attr.html`);
    const widget = page.locator('#check');
    await widget.getByRole('button', { name: '発表用：事例を順に見る' }).waitFor();
    expect(await widget.locator('.crc').evaluate((el) => el.classList.contains('seminar'))).toBe(true);
    // seminar="false" is off, as it reads.
    await page.locator('#off h2').waitFor();
    expect(await page.locator('#off .crc').evaluate((el) => el.classList.contains('seminar'))).toBe(false);
    await page.close();
  });
});

describe('presenter walk-through', () => {
  it('shows the brochure cases one by one, moved with the keyboard', async () => {
    const { content } = await import('../../src/core/index.js');
    const titles = content.loss.presets.map((p) => p.title.ja);
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/seminar-plain.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: '発表用：事例を順に見る' }).click();
    const heading = () => widget.getByRole('heading', { level: 2 }).textContent();
    await expect.poll(heading).toBe(titles[0]);
    const { formatAmount } = await import('../../src/core/format.js');
    expect(await widget.locator('.total-row td').textContent()).toBe(formatAmount(content.loss.presets[0]!.expected.total, 'ja'));

    await page.keyboard.press('ArrowRight');
    await expect.poll(heading).toBe(titles[1]);
    await page.keyboard.press('Space');
    await expect.poll(heading).toBe(titles[2]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(heading).toBe(titles[1]);
    await page.keyboard.press('End');
    await expect.poll(heading).toBe(titles.at(-1));
    await page.keyboard.press('Home');
    await expect.poll(heading).toBe(titles[0]);
    expect(await widget.locator('.progress-text').textContent()).toBe(`事例 1 / ${titles.length}`);
    expect(await axeViolations(page)).toEqual([]);

    await widget.getByRole('button', { name: '診断に戻る' }).click();
    await widget.getByRole('button', { name: '診断をはじめる' }).waitFor();
    await page.close();
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
