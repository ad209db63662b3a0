// The results' first screen in real Chromium, as a 3億 retailer with a web shop meets it on a
// laptop and on a phone: the decision inside the first viewport, the rest a few screens at most,
// and no accessibility violation with the details closed or open.

import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './a11y.js';
import { answerThroughApi, openAllDetails, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const ipaItems = ['updates', 'antivirus', 'passwords', 'accessControl', 'threatAwareness', 'mailCare', 'mailSending', 'protectedAttachments'];
const retailer = {
  industry: 'retail',
  revenue: 300_000_000,
  employees: 30,
  pcs: 25,
  servers: 1,
  records: 20_000,
  website: 'yes',
  webShop: 'yes',
  onlineCards: 'yes',
  chamberMember: 'yes',
  ...Object.fromEntries(ipaItems.map((id, i) => [id, i % 2 ? 'partly' : 'done'])),
};

async function results(page: Page, lang: 'ja' | 'en' = 'ja'): Promise<Locator> {
  await page.goto(`${baseUrl}/pages/results.html`);
  const widget = page.locator('cyber-risk-check');
  await widget.getByRole('heading', { level: 2 }).waitFor();
  if (lang === 'en') await widget.getByRole('button', { name: 'English' }).click();
  await answerThroughApi(page, retailer, { step: 'results' });
  await widget.locator('.verdict').waitFor();
  return widget;
}

/** Whether the element lies wholly inside the viewport, without scrolling. */
async function inFirstViewport(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize()!;
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

describe.each([
  [1280, 900],
  [375, 812],
])('the results at %i×%i', (width, height) => {
  it('shows the verdict, discount, premium, biggest loss, the quote button and the phone without scrolling', async () => {
    const page = await browser().newPage({ viewport: { width, height } });
    const widget = await results(page);
    const figure = (name: string) => widget.locator(`[data-figure="${name}"] .figure-value`);
    expect(await widget.locator('.verdict').textContent()).toMatch(/。$/);
    expect(await figure('discount').textContent()).toMatch(/^\d+%$/);
    expect(await figure('premium').textContent()).toMatch(/^[\d,]+円$/);
    expect(await figure('loss').textContent()).toMatch(/^[\d,.]+[万億]円$/);
    const quote = widget.getByRole('button', { name: '代理店に見積もりを依頼する' });
    const call = widget.getByRole('link', { name: /電話で相談する/ });
    expect(await call.getAttribute('href')).toBe('tel:0312345678');
    const outside: string[] = [];
    for (const [name, element] of [
      ['verdict', widget.locator('.verdict')],
      ['discount', figure('discount')],
      ['premium', figure('premium')],
      ['loss', figure('loss')],
      ['quote button', quote],
      ['phone', call],
    ] as const) {
      if (!(await inFirstViewport(page, element))) outside.push(name);
    }
    expect(outside).toEqual([]);
    await page.close();
  });

  it('is a few screens tall before anything is opened, not twelve', async () => {
    const page = await browser().newPage({ viewport: { width, height } });
    await results(page);
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
    expect(screens).toBeLessThanOrEqual(3);
    await page.close();
  });

  it('opens each detail from the keyboard, and has no accessibility violation closed or open', async () => {
    const page = await browser().newPage({ viewport: { width, height } });
    const widget = await results(page);
    expect(await axeViolations(page)).toEqual([]);
    const summary = widget.locator('details[part="more-discount"] > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await widget.locator('.ladder').waitFor();
    await openAllDetails(page);
    expect(await widget.locator('[data-scenario]').count()).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the results in English', () => {
  it('says the verdict and the figures in English, with amounts in yen', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 812 } });
    const widget = await results(page, 'en');
    const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/;
    expect(await widget.locator('.decision').textContent()).not.toMatch(cjk);
    expect(await widget.locator('.verdict').textContent()).toMatch(/^[A-Z].*\.$/);
    expect(await widget.locator('[data-figure="premium"] .figure-value').textContent()).toMatch(/^¥[\d,]+$/);
    expect(await widget.getByRole('button', { name: 'Ask an agent for a quote' }).isVisible()).toBe(true);
    await page.close();
  });
});
