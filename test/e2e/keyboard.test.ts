// The whole flow, from the intro to a sent quote request, with the keyboard only: Tab to move,
// Space for radios and checkboxes, typing into fields, arrows in a select, Enter on buttons.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

interface Focused {
  tag: string;
  type: string;
  id: string;
  name: string;
  text: string;
  value: string;
  groupAnswered: boolean;
  outline: string;
  step: string;
}

/** The focused element, looking through the shadow root. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    const root = el.getRootNode() as ShadowRoot | Document;
    const group = input.name ? ([...root.querySelectorAll(`input[name="${input.name}"]`)] as HTMLInputElement[]) : [];
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      id: el.id,
      name: input.name ?? '',
      text: (el.textContent ?? '').trim(),
      value: input.value ?? '',
      groupAnswered: group.some((g) => g.checked),
      outline: getComputedStyle(el).outlineStyle,
      step: (root.querySelector('.crc') as HTMLElement | null)?.dataset.step ?? '',
    };
  });
}

const TYPED: Record<string, string> = {
  'q-revenue': '５億円',
  'q-employees': '20',
  'q-pcs': '12',
  'q-servers': '1',
  'q-records': '3000',
  'quote-companyName': '株式会社キーボード',
  'quote-contactName': '田中 次郎',
  'quote-email': 'jiro@example.jp',
};
const NEXT = new Set(['診断をはじめる', '次へ', '結果を見る', '代理店に見積もりを依頼する', '確認画面へ進む', 'キーボード代理店に送信する']);

describe('keyboard only', () => {
  it('completes the check and sends a quote request without a mouse, focus always visible', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pages/keyboard.html`);
    await page.locator('cyber-risk-check').getByRole('heading', { level: 2 }).waitFor();
    const invisibleFocus: string[] = [];
    const steps: string[] = [];

    for (let presses = 0; presses < 2000; presses++) {
      await page.keyboard.press('Tab');
      const el = await focused(page);
      if (!el || !el.step) continue; // on the host page's own link
      if (el.outline === 'none' && el.tag !== 'h2') invisibleFocus.push(`${el.step}: ${el.tag}#${el.id} ${el.text.slice(0, 30)}`);
      if (steps.at(-1) !== el.step) steps.push(el.step);

      if (el.tag === 'input' && el.type === 'radio' && !el.groupAnswered) await page.keyboard.press('Space');
      else if (el.tag === 'input' && el.type === 'checkbox' && (el.name === 'dataKinds' || el.id === 'quote-consent') && !el.groupAnswered)
        await page.keyboard.press('Space');
      else if (el.tag === 'input' && TYPED[el.id] && el.value === '') await page.keyboard.type(TYPED[el.id]!);
      else if (el.tag === 'select' && el.id === 'quote-prefecture' && el.value === '') for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowDown');
      else if (el.tag === 'button' && NEXT.has(el.text)) {
        await page.keyboard.press('Enter');
        if (el.text === 'キーボード代理店に送信する') break;
      }
    }

    await page.locator('cyber-risk-check').getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor();
    const received = await page.evaluate(
      () => (window as unknown as { received: { contact: { prefecture: string; companyName: string }; company: { revenue: number } }[] }).received,
    );
    expect(received).toHaveLength(1);
    expect(received[0]!.contact).toMatchObject({ companyName: '株式会社キーボード', prefecture: '13' });
    expect(received[0]!.company.revenue).toBe(500_000_000);
    expect(steps[0]).toBe('intro');
    expect(steps).toContain('results');
    expect(steps.at(-1)).toBe('quote');
    expect(invisibleFocus).toEqual([]);
    await page.close();
  });
});
