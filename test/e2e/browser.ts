// Launches Debian's Chromium through playwright-core. Never downloads a browser.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium found for the real-browser tests. Install Debian's Chromium with\n" +
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
        'or point CHROME_PATH at a Chromium binary. The tests never download a browser.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** One browser for the file's tests: launched before them, closed after. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * Answers through the public JS API (element.widget.store), as a host page could, and optionally
 * moves to a step. Faster than clicking through every question when a test is about the results.
 */
export async function answerThroughApi(page: Page, answers: Record<string, unknown>, options: { element?: string; step?: string } = {}): Promise<void> {
  await page.evaluate(
    ([selector, values, step]) => {
      type Store = { getState(): { answer(id: string, value: unknown): void; goTo(step: string): void } };
      const element = document.querySelector(selector) as HTMLElement & { widget: { store: Store } };
      const state = element.widget.store.getState();
      for (const [id, value] of Object.entries(values)) state.answer(id, value);
      if (step) state.goTo(step);
    },
    [options.element ?? 'cyber-risk-check', answers, options.step] as const,
  );
}

/**
 * Makes print() of every window the page opens record the window's heading instead of opening the
 * print dialog, which in headless Chromium never closes and so blocks page.pdf(). What the product
 * does is unchanged: it still calls print() when it would. Read the record with printedSheets().
 */
export async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const printed: string[] = [];
    const waiting: { count: number; resolve: (headings: string[]) => void }[] = [];
    const open = window.open.bind(window);
    window.open = (...args: Parameters<typeof window.open>) => {
      const opened = open(...args);
      if (opened) {
        opened.print = () => {
          printed.push(opened.document.querySelector('h1')?.textContent ?? '');
          for (const wait of waiting.filter((w) => printed.length >= w.count)) wait.resolve([...printed]);
        };
      }
      return opened;
    };
    // A promise, not a poll: the tests may have paused the page's clock.
    const printedSheets = (count: number) =>
      printed.length >= count ? Promise.resolve([...printed]) : new Promise<string[]>((resolve) => waiting.push({ count, resolve }));
    Object.assign(window, { printedSheets });
  });
}

/** Waits until `count` sheets have asked to be printed, and gives their headings in order (see recordPrints). */
export function printedSheets(page: Page, count = 1): Promise<string[]> {
  return page.evaluate((n) => (window as unknown as { printedSheets(count: number): Promise<string[]> }).printedSheets(n), count);
}

/**
 * Opens every <details> in the widget, and the ones their content brings, each once: the results'
 * disclosures render their content when first opened (on the toggle event).
 */
export async function openAllDetails(page: Page, selector = 'cyber-risk-check'): Promise<void> {
  await page.evaluate(async (selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    const tried = new Set<Element>();
    for (;;) {
      const closed = [...root.querySelectorAll('details')].filter((d) => !d.open && !tried.has(d));
      if (closed.length === 0) return;
      await Promise.all(
        closed.map(
          (d) =>
            new Promise<void>((resolve) => {
              tried.add(d);
              d.addEventListener('toggle', () => resolve(), { once: true });
              d.open = true;
              // A re-render may replace the element before its toggle event: it then never comes.
              const gone = () => (d.isConnected ? requestAnimationFrame(gone) : resolve());
              requestAnimationFrame(gone);
            }),
        ),
      );
      // Preact renders what the toggle set on a microtask after the event.
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, selector);
}
