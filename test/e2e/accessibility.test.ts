// WCAG 2.2 AA on every step in Japanese and English (axe-core), and no horizontal scrolling with
// screenshots at 320, 768 and 1280 px as artifacts in test-results/screens.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { content, stepsFor } from '../../src/core/index.js';
import type { Answers } from '../../src/core/types.js';
import { axeViolations } from './a11y.js';
import { openAllDetails, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const screens = new URL('../../test-results/screens/', import.meta.url).pathname;
const chromium = useChromium();
beforeAll(() => {
  mkdirSync(screens, { recursive: true });
});

/** A profile that shows every conditional step, with a mix of answers so every results section has content. */
const everything: Record<string, unknown> = {
  industry: 'manufacturing',
  revenue: 500_000_000,
  employees: 40,
  pcs: 30,
  servers: 3,
  records: 20_000,
  dataKinds: ['contacts', 'cards'],
  website: 'yes',
  webShop: 'yes',
  onlineCards: 'yes',
  controlSystems: 'yes',
  itServices: 'yes',
  overseas: 'no',
  chamberMember: 'yes',
  updates: 'done',
  backups: 'done',
  antivirus: 'partly',
  passwords: 'unknown',
  mfa: 'notDone',
};

type Store = { getState(): { answer(id: string, v: unknown): void; goTo(s: string): void; reset(): void } };
type Widget = { store: Store; setLanguage(lang: string): Promise<void> };

async function openWith(page: Page, lang: 'ja' | 'en', host = 'basic') {
  await page.goto(`${baseUrl}/pages/${host}.html`);
  await page.locator('cyber-risk-check').getByRole('heading', { level: 2 }).waitFor();
  await page.evaluate(
    async ([answers, language]) => {
      const widget = (document.querySelector('cyber-risk-check') as HTMLElement & { widget: Widget }).widget;
      const state = widget.store.getState();
      state.reset();
      await widget.setLanguage(language);
      for (const [id, value] of Object.entries(answers)) state.answer(id, value);
    },
    [everything, lang] as const,
  );
}

/** Every step for that profile: intro, all categories, results, quote. */
const allSteps = stepsFor(content, everything as Answers).map((s) => s.id);

async function goTo(page: Page, step: string) {
  await page.evaluate(
    (id) => (document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: Store } }).widget.store.getState().goTo(id),
    step,
  );
  await page.locator(`cyber-risk-check .crc[data-step="${step}"]`).waitFor();
  // The results come with their own code: wait for them before opening their details.
  if (step === 'results') await page.locator('cyber-risk-check .verdict').waitFor();
}

describe.each([
  ['ja', 'basic'],
  ['en', 'basic'],
  ['ja', 'seminar-plain'],
  ['en', 'seminar-plain'],
] as const)('accessibility in %s on %s', (lang, host) => {
  it('has no WCAG 2.2 A/AA violations on any step, including quote errors', async () => {
    const page = await chromium().newPage();
    await openWith(page, lang, host);
    const problems: string[] = [];
    for (const step of allSteps) {
      await goTo(page, step);
      // Open every disclosure, so hidden help and formulas are checked too.
      await openAllDetails(page);
      if (step === 'quote' && host === 'basic') await page.locator('cyber-risk-check button[type="submit"]').click();
      problems.push(...(await axeViolations(page)).map((v) => `[${step}] ${v}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });
});

describe('reflow', () => {
  it.each([320, 768, 1280])('never scrolls sideways at %i px, on any step', async (width) => {
    const page = await chromium().newPage({ viewport: { width, height: 900 } });
    await openWith(page, 'ja');
    const overflowing: string[] = [];
    for (const step of allSteps) {
      await goTo(page, step);
      await openAllDetails(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${step}: ${overflow}px`);
      await page.screenshot({ path: `${screens}${width}-${step}.png`, fullPage: true });
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });

  /** The results, in Japanese, on a 320 px phone. */
  async function phoneResults() {
    const page = await chromium().newPage({ viewport: { width: 320, height: 900 } });
    await openWith(page, 'ja');
    await goTo(page, 'results');
    await openAllDetails(page);
    return page;
  }

  it('leaves the steps to the next discount most of a 320 px phone for their text', async () => {
    const page = await phoneResults();
    const steps = page.locator('cyber-risk-check .plan-step > span');
    await steps.first().waitFor();
    // The widget is 304 px wide here (the page's 8 px margins); its own padding, the step's frame
    // and its checkbox leave about 210 px. A frame around the list as well would leave 184.
    const widths = await steps.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(200);
    await page.close();
  });

  /**
   * Amounts (1,220万円, 5,000万円) in the widget's text below `selector` that the browser set across
   * two lines. The pattern is written here, not imported, so the check does not share the code it checks.
   */
  function splitAmounts(page: Page, selector: string) {
    return page.evaluate((selector) => {
      const root = document.querySelector('cyber-risk-check')!.shadowRoot!;
      const found: string[] = [];
      let checked = 0;
      for (const scope of root.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/[\d,.]*\d[万億]?円/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            checked++;
            if (tops.size > 1) found.push(`${match[0]} in ${node.parentElement!.className || node.parentElement!.tagName}`);
          }
        }
      }
      return { checked, found };
    }, selector);
  }

  it('never breaks an amount such as 1,220万円 across lines on the results at 320 px', async () => {
    const page = await phoneResults();
    await page.locator('cyber-risk-check .cover-result').first().waitFor();
    await openAllDetails(page);
    const split = await splitAmounts(page, '.crc[data-step="results"]');
    expect(split.checked).toBeGreaterThan(20);
    expect(split.found).toEqual([]);
    await page.close();
  });

  it('never breaks an example amount in a help text across lines, on phones from 300 to 420 px', async () => {
    // The steps whose help texts give an amount, such as the revenue help's 5000万円.
    const withAmounts = new Set(content.questions.filter((q) => /\d[万億]?円/.test(`${q.help?.why.ja} ${q.help?.how.ja}`)).map((q) => q.category));
    expect(withAmounts.size).toBeGreaterThan(2);
    const page = await chromium().newPage({ viewport: { width: 320, height: 900 } });
    await openWith(page, 'ja');
    const found: string[] = [];
    let checked = 0;
    for (const step of withAmounts) {
      await goTo(page, step);
      // A long step draws its questions over a few frames: open the helps again once the texts are in, to reach the later ones.
      const openHelp = () => page.locator('cyber-risk-check details.help').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await openHelp();
      await page.locator('cyber-risk-check .help strong').first().waitFor({ state: 'attached' });
      await openHelp();
      await page.locator('cyber-risk-check .help strong').first().waitFor();
      // Where a line ends depends on the width, so one width could pass by luck.
      for (let width = 300; width <= 420; width += 5) {
        await page.setViewportSize({ width, height: 900 });
        const split = await splitAmounts(page, '.help');
        checked += split.checked;
        found.push(...split.found.map((amount) => `${step} at ${width} px: ${amount}`));
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('the accessibility check itself', () => {
  it('finds a violation planted inside a shadow root, so a clean result means something', async () => {
    const page = await chromium().newPage();
    await page.goto(`${baseUrl}/pages/basic.html`);
    await page.locator('cyber-risk-check').getByRole('heading', { level: 2 }).waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('cyber-risk-check')!.shadowRoot!;
      const input = document.createElement('input'); // a form field with no label
      root.querySelector('.crc')!.appendChild(input);
    });
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith('label ('))).toBe(true);
    await page.close();
  });
});

describe('partner colours', () => {
  // Two widgets on one page run the same check at the same moment: the one with the partner's
  // colour warns, and its warning is the sign that the default-coloured one has been checked too.
  it('warns in the console about a partner colour that fails contrast, and only about that one', async () => {
    const page = await chromium().newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.clock.install(); // the check runs a little after the first screen: move time on to it
    await page.goto(`${baseUrl}/pages/colours.html`);
    for (const id of ['branded', 'plain']) await page.locator(`#${id}`).getByRole('heading', { level: 2 }).waitFor();
    await page.clock.runFor(1000);
    await expect.poll(() => warnings.join('\n')).toContain('--crc-color-primary-contrast on --crc-color-primary: 1.43:1 (needs 4.5:1)');
    await page.clock.runFor(100);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(warnings).toHaveLength(1);
    await page.close();
  });
});
