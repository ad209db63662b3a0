// The discount tier in real Chromium: the plan's "what if" moves the ladder; a partner's scheme swaps it.

import { describe, expect, inject, it } from 'vitest';
import { answerThroughApi, openAllDetails, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const basicsDone = {
  industry: 'retail',
  revenue: 1_000_000_000,
  chamberMember: 'yes',
  updates: 'done',
  antivirus: 'done',
  passwords: 'done',
  accessControl: 'done',
  threatAwareness: 'done',
  backups: 'done',
  mailCare: 'done',
  mailSending: 'done',
  webSns: 'done',
  screenLock: 'done',
  wifi: 'partly',
  clearDesk: 'partly',
};

describe('discount tier in the browser', () => {
  it('moves to the next tier when the first plan is ticked in "what if"', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/pages/basic.html`);
    await page.locator('cyber-risk-check').getByRole('heading', { level: 2 }).waitFor();
    await answerThroughApi(page, basicsDone, { step: 'results' });
    const widget = page.locator('cyber-risk-check');
    await widget.locator('.verdict').waitFor();
    await openAllDetails(page);
    // The results' own styles came with their code (later.css) into the same shadow root.
    expect(await widget.locator('.score-card').evaluate((card) => getComputedStyle(card).borderInlineStartWidth)).toBe('6px');

    const here = await widget.locator('.rung.here').getAttribute('data-tier');
    const tiers = await widget.locator('.rung').evaluateAll((rungs) => rungs.map((r) => r.getAttribute('data-tier')));
    const nextTier = tiers[tiers.indexOf(here) + 1];
    expect(nextTier).toBeTruthy();
    expect(await widget.locator('.rung.what-if').count()).toBe(0);

    const plan = widget.getByRole('group', { name: '次のランクへの近道' });
    for (const box of await plan.getByRole('checkbox').all()) await box.check();

    await expect.poll(() => widget.locator('.rung.what-if').getAttribute('data-tier')).toBe(nextTier);
    expect(await widget.locator('.rung.here').getAttribute('data-tier')).toBe(here);
    expect(await widget.locator('.what-if-result').textContent()).toMatch(/^チェックした対策を行うと：合計 \d+%/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('uses the scheme the partner set on the element', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/scheme.html`);
    await page.locator('cyber-risk-check').getByRole('heading', { level: 2 }).waitFor();
    await answerThroughApi(page, basicsDone, { step: 'results' });
    const widget = page.locator('cyber-risk-check');
    await widget.locator('.verdict').waitFor();
    await openAllDetails(page);
    const tiers = await widget.locator('.rung').evaluateAll((rungs) => rungs.map((r) => r.getAttribute('data-tier')));
    expect(tiers).toEqual(['none', 'assessed15', 'assessed30', 'assessed45', 'assessed55']);
    await page.close();
  });
});
