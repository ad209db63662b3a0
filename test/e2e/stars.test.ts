// The star ladder and the draft basic security policy in real Chromium, as an owner with the five
// basics meets them on a laptop and a phone: the policy question asked beside ★2, the draft with
// the company's name, printed and saved as text, and no accessibility violation with all open.

import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './a11y.js';
import { answerThroughApi, openAllDetails, printedSheets, recordPrints, useChromium } from './browser.js';
import { webShopRetailer } from '../profiles.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const owner = { ...webShopRetailer, updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done', threatAwareness: 'done', backups: 'partly' };

/** For looking at (SCREENSHOTS=dir): the element in pieces a screen tall, so each can be read. */
async function screenshotInParts(page: Page, element: Locator, path: string): Promise<void> {
  const box = (await element.boundingBox())!;
  const top = box.y + (await page.evaluate(() => scrollY));
  for (let y = 0, i = 0; y < box.height; y += 800, i++)
    await page.screenshot({
      path: `${path}-${i}.png`,
      fullPage: true,
      clip: { x: box.x, y: top + y, width: box.width, height: Math.min(800, box.height - y) },
    });
}

async function openLadder(page: Page) {
  await page.goto(`${baseUrl}/pages/results.html`);
  const widget = page.locator('cyber-risk-check');
  await widget.getByRole('heading', { level: 2 }).waitFor();
  await answerThroughApi(page, owner, { step: 'results' });
  // From the line in the decision: the ladder opens, with the owner's focus on it.
  await widget.getByRole('button', { name: /^セキュリティの★：/ }).click();
  await widget.locator('[data-level="securityActionTwo"]').waitFor();
  expect(await widget.locator('details[part="more-stars"] > summary').evaluate((s) => s === (s.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  return widget;
}

describe.each([
  [1280, 900],
  [375, 812],
])('the star ladder at %i×%i', (width, height) => {
  it('asks for the policy beside ★2, drafts it with the name typed once, and has no accessibility violation', async () => {
    const context = await browser().newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const widget = await openLadder(page);
    const policy = widget.locator('[data-requirement="policy"]');
    await policy.getByRole('radio', { name: '定めているが、公開していない' }).check();
    await policy.locator('details[part="policy-draft"] > summary').click();
    await widget.getByRole('textbox', { name: '会社名' }).fill('株式会社 山田商店');
    const preview = widget.getByRole('region', { name: '下書き' });
    await expect.poll(() => preview.textContent()).toContain('株式会社 山田商店（以下「当社」）');
    expect(await widget.getByRole('status').filter({ hasText: '方針に入れた対策' }).textContent()).toBe('方針に入れた対策：5項目');
    if (process.env.SCREENSHOTS) await screenshotInParts(page, widget.locator('[part="more-stars"]'), `${process.env.SCREENSHOTS}/stars-${width}`);
    await openAllDetails(page);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the draft policy, printed and saved', () => {
  it('prints as an A4 sheet and saves as text, both with the name and the measures taken', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await recordPrints(page);
    const widget = await openLadder(page);
    await widget.locator('details[part="policy-draft"] > summary').click();
    await widget.getByRole('textbox', { name: '会社名' }).fill('株式会社 山田商店');

    const [sheet] = await Promise.all([context.waitForEvent('page'), widget.getByRole('button', { name: '印刷する' }).click()]);
    expect(await printedSheets(page)).toEqual(['情報セキュリティ基本方針']);
    expect(await sheet.locator('h2').allTextContents()).toEqual([
      '1. 経営者の責任',
      '2. 社内の体制',
      '3. 法令と契約の遵守',
      '4. 取り組む対策',
      '5. 見直しと改善',
    ]);
    expect(await sheet.locator('li').count()).toBe(5);
    expect(await sheet.locator('body').textContent()).toContain('株式会社 山田商店');

    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'テキストファイルで保存（編集用）' }).click()]);
    expect(download.suggestedFilename()).toBe('情報セキュリティ基本方針（下書き）.txt');
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF情報セキュリティ基本方針\r\n')).toBe(true);
    expect(text).toContain('株式会社 山田商店（以下「当社」）');
    expect(text).not.toContain('バックアップ');
    await context.close();
  });
});
