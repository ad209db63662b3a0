// What pages and browsers do to a widget's saved answers, done for real in Chromium: storage that
// fills up (the origin's quota used by the host page), storage that cannot be reached (a sandboxed
// iframe), and two tabs of one instance answering at once. Nothing typed is lost without a word.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser.js';
import { startServer, type StaticServer } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const browser = useChromium();
let site: StaticServer;

beforeAll(async () => {
  site = await startServer({ '/dist/': root + 'dist', '/pages/': root + 'test/e2e/pages' });
});
afterAll(async () => {
  await site?.close();
});

type Answers = Record<string, unknown>;
const widget = (page: Page) => page.locator('cyber-risk-check');
const answersIn = (page: Page) =>
  page.evaluate(
    () =>
      (document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: Answers } } } }).widget.store.getState().answers,
  );

async function openCheck(page: Page) {
  await page.goto(`${site.url}/pages/basic.html`);
  await widget(page).getByRole('heading', { level: 2 }).waitFor();
  // A tab opened after another began the check starts where that one is.
  const start = widget(page).getByRole('button', { name: '診断をはじめる' });
  if ((await start.count()) > 0) await start.click();
  await widget(page).getByRole('radio', { name: '小売業' }).waitFor();
}

/** Fills the origin's storage quota as a host page could, leaving no room for one more snapshot. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`host-junk-${n++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
}

const freeStorage = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('host-junk-'))
      .forEach((key) => localStorage.removeItem(key)),
  );

describe('saving answers', () => {
  it('says when the browser’s storage is full, keeps trying, and keeps everything once there is room', async () => {
    const page = await browser().newPage();
    await openCheck(page);
    await fillStorage(page);
    await widget(page).getByRole('radio', { name: '小売業' }).check();
    await widget(page)
      .getByText(/このブラウザに回答を保存できません/)
      .waitFor();
    expect(await widget(page).getByRole('radio', { name: '小売業' }).isChecked()).toBe(true);
    await freeStorage(page);
    await widget(page)
      .getByLabel(/年間の売上高/)
      .fill('3億');
    await widget(page)
      .getByLabel(/年間の売上高/)
      .blur();
    await page.reload();
    await widget(page).getByRole('radio', { name: '小売業' }).waitFor();
    expect(await answersIn(page)).toMatchObject({ industry: 'retail', revenue: 300_000_000 });
    await page.close();
  });

  it('says so in a sandboxed frame, where storage cannot be reached at all', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<iframe sandbox="allow-scripts" src="${site.url}/pages/basic.html" style="width:800px;height:900px"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: /診断をはじめる/ }).click();
    await frame.getByRole('radio', { name: '小売業' }).check();
    await frame.getByText(/このブラウザに回答を保存できません/).waitFor();
    expect(await frame.getByRole('radio', { name: '小売業' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('two tabs of one check', () => {
  it('keep each other’s answers, question by question, the newer one winning', async () => {
    const context = await browser().newContext();
    const [first, second] = [await context.newPage(), await context.newPage()];
    await openCheck(first);
    await openCheck(second);
    await widget(first).getByRole('radio', { name: '小売業' }).check();
    await widget(second)
      .getByLabel(/従業員は何人/)
      .fill('12');
    await widget(second)
      .getByLabel(/従業員は何人/)
      .blur();
    // The first tab hears of the second's answer, and the second of the first's, without a reload.
    await first.waitForFunction(() => {
      const element = document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: Record<string, unknown> } } } };
      return element.widget.store.getState().answers.employees === 12;
    });
    expect(await answersIn(second)).toMatchObject({ industry: 'retail', employees: 12 });
    // A later change in one tab wins over the earlier answer in the other.
    await widget(second).getByRole('radio', { name: '卸売業' }).check();
    await first.waitForFunction(() => {
      const element = document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: Record<string, unknown> } } } };
      return element.widget.store.getState().answers.industry === 'wholesale';
    });
    expect(await widget(first).getByRole('radio', { name: '卸売業' }).isChecked()).toBe(true);
    await first.reload();
    await widget(first).getByRole('radio', { name: '卸売業' }).waitFor();
    expect(await answersIn(first)).toMatchObject({ industry: 'wholesale', employees: 12 });
    await context.close();
  });
});
