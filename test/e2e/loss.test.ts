// Likely loss in real Chromium: adjusting the record count redraws the chart and the totals.

import { describe, expect, inject, it } from 'vitest';
import { answerThroughApi, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('likely loss in the browser', () => {
  it('updates the chart and the totals when the number of people affected changes', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/pages/basic.html`);
    await page.locator('cyber-risk-check').getByRole('heading', { level: 2 }).waitFor();
    await answerThroughApi(
      page,
      { industry: 'retail', revenue: 500_000_000, records: 5_000, pcs: 10, servers: 1, dataKinds: ['contacts'] },
      { step: 'results' },
    );
    await page.locator('cyber-risk-check details[part="more-loss"] > summary').click();
    const card = page.locator('cyber-risk-check [data-scenario="personalDataLeak"]');
    await card.waitFor();
    const likely = () => card.locator('.loss-likely').textContent();
    const barWidth = () => card.locator('.loss-bar rect.loss-liability').getAttribute('width');
    const before = { likely: await likely(), bar: Number(await barWidth()) };

    await card.getByText('条件を変えて試算する').click();
    await card.getByLabel('影響を受ける人数').fill('５万');

    await expect.poll(likely).not.toBe(before.likely);
    const after = { likely: await likely(), bar: Number(await barWidth()) };
    const amount = (text: string | null) => Number(text!.replace(/[^0-9.]/g, '')) * (text!.includes('億') ? 10_000 : 1);
    expect(amount(after.likely)).toBeGreaterThan(amount(before.likely));
    // Every scenario shares one scale, which grows with the others too: the bar is redrawn, not necessarily longer.
    expect(after.bar).not.toBe(before.bar);
    expect(errors).toEqual([]);
    await page.close();
  });
});
