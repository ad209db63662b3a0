// The quote request end to end: a webhook that fails twice then accepts, the consent gate, the
// mail, the host page's event, and the printable sheet as an A4 PDF.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSchema, type JsonSchema } from '../../src/core/content/json-schema.js';
import { printedSheets, recordPrints, useChromium } from './browser.js';
import { readBody, startServer, type StaticServer } from './server.js';
import { fillForm, openQuoteForm as openForm, reviewAndSend } from './quote-form.js';

const openQuoteForm = (page: Page, hash = '', file = 'quote.html') => openForm(page, `${server.url}/pages/${file}${hash}`);

const root = new URL('../../', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(root + 'src/core/quote/quote-request.schema.json', 'utf8')) as JsonSchema;

const browser = useChromium();
let server: StaticServer;
let attempts = 0;
const stored = new Map<string, unknown>();

beforeAll(async () => {
  server = await startServer({ '/dist/': root + 'dist', '/pages/': root + 'test/e2e/pages' }, [
    async (req, res) => {
      if (req.url !== '/webhook' || req.method !== 'POST') return false;
      attempts++;
      const body = await readBody(req);
      if (attempts === 1) res.writeHead(500).end('temporarily broken');
      else if (attempts === 2)
        req.socket.destroy(); // a dropped connection
      else {
        // Stored once per idempotency key, however often it arrives.
        const request = JSON.parse(body) as { idempotencyKey: string };
        stored.set(request.idempotencyKey, request);
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
      }
      return true;
    },
  ]);
});
afterAll(async () => {
  await server?.close();
});

describe('quote request in the browser', () => {
  it('is prefilled, gated by consent, and sent once through a webhook that fails twice', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const widget = await openQuoteForm(page);

    // Prefilled from the check.
    expect(await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('建設業').isChecked()).toBe(true);
    expect(await widget.getByLabel('年間の売上高（直近の決算）はおよそいくらですか').inputValue()).toBe('500000000');

    // Nothing goes out before consent.
    await fillForm(widget);
    await widget.getByRole('button', { name: '確認画面へ進む' }).click();
    expect(await widget.getByText('送信するには、同意にチェックを入れてください。').count()).toBe(1);
    expect(await widget.getByRole('alert').textContent()).toBe('1件の項目を確認してください。');
    expect(attempts).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received.length)).toBe(0);

    await widget.getByLabel(/送ることに同意します/).check();
    await reviewAndSend(widget);
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor({ timeout: 15_000 });

    expect(attempts).toBe(3);
    expect(stored.size).toBe(1);
    const [body] = [...stored.values()];
    expect(checkSchema(body, schema)).toEqual([]);
    expect(body).toMatchObject({
      partnerId: 'e2e-agency',
      contact: { companyName: '株式会社テスト建設', phone: '0612345678' },
      company: { industry: 'construction' },
    });
    expect(await widget.getByText(/送信先：テスト保険代理店/).count()).toBe(1);

    // The host page got the same request as an event, and the mail client was asked to open.
    const host = await page.evaluate(() => ({
      received: (window as unknown as { received: { idempotencyKey: string }[] }).received,
      opened: (window as unknown as { opened: string[] }).opened,
    }));
    expect(host.received).toHaveLength(1);
    expect(host.received[0]!.idempotencyKey).toBe([...stored.keys()][0]);
    expect(host.opened).toHaveLength(1);
    const mail = host.opened[0]!;
    expect(mail.startsWith('mailto:agent@agency.example?subject=')).toBe(true);
    const reference = (body as { reference: string }).reference;
    expect(decodeURIComponent(mail.split('subject=')[1]!.split('&')[0]!)).toBe(`サイバー保険の見積依頼（受付番号 ${reference}）：株式会社テスト建設`);
    expect(decodeURIComponent(mail.split('&body=')[1]!)).toContain('会社名: 株式会社テスト建設');
    expect(await widget.locator('.reference').textContent()).toBe(`受付番号 ${reference}`);
    expect(mail.length).toBeLessThanOrEqual(1900);

    // A reload keeps the confirmation.
    await page.reload();
    await page.locator('cyber-risk-check').getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is written in the agent's language when that differs from the owner's, and still matches the schema", async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const widget = await openQuoteForm(page, '', 'quote-en.html');
    await fillForm(widget);
    await widget.getByLabel(/送ることに同意します/).check();
    await reviewAndSend(widget);
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor();
    const [request] = await page.evaluate(
      () => (window as unknown as { received: { language: string; answers: { id: string; question: string; answer: string }[] }[] }).received,
    );
    expect(checkSchema(request, schema)).toEqual([]);
    expect(request!.language).toBe('en');
    expect(request!.answers.find((a) => a.id === 'updates')).toMatchObject({ answer: 'Yes, in place' });
    expect(request!.answers.every((a) => a.question && !/[ぁ-ん]/.test(a.question))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a printable request that asks to print once it is ready, and fits A4 pages', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await recordPrints(page);
    const widget = await openQuoteForm(page, '#real-open');
    await fillForm(widget);
    await widget.getByLabel(/送ることに同意します/).check();
    attempts = 2; // the server accepts at once
    await reviewAndSend(widget);
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor({ timeout: 15_000 });

    // With the page's timers stopped, the sheet must still print: it waits on its fonts, not a delay.
    await page.clock.install();
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    const [sheet] = await Promise.all([context.waitForEvent('page'), widget.getByRole('button', { name: '印刷用の依頼書を開く' }).click()]);
    expect(await printedSheets(page)).toEqual(['サイバー保険 見積依頼書']);
    await sheet.getByRole('heading', { name: 'サイバー保険 見積依頼書' }).waitFor();
    await sheet.emulateMedia({ media: 'print' });
    // A4 at 96 dpi less 15 mm margins: 210 mm - 30 mm = 180 mm ≈ 680 px.
    await sheet.setViewportSize({ width: 680, height: 1000 });
    const overflow = await sheet.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      cells: [...document.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).length,
    }));
    expect(overflow).toEqual({ page: 0, cells: 0 });
    const pdf = await sheet.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    expect(await sheet.getByText('株式会社テスト建設').count()).toBe(1);
    // The dialog closed, the owner can print again from the sheet itself.
    await sheet.emulateMedia({ media: 'screen' });
    await sheet.getByRole('button', { name: '印刷する' }).click();
    expect(await printedSheets(page, 2)).toEqual(['サイバー保険 見積依頼書', 'サイバー保険 見積依頼書']);
    await context.close();
  });
});

describe('a saved quote request that was cut short', () => {
  it('opens the quote form with the answers kept, never a blank widget', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The probe's case: a submission marked sent whose request holds only its key.
    const saved = {
      version: 1,
      state: { step: 'quote', answers: { industry: 'retail', revenue: 500_000_000 }, submission: { status: 'sent', request: { idempotencyKey: 'k1' } } },
    };
    await page.addInitScript((value) => localStorage.setItem('cyber-risk-check:check', value), JSON.stringify(saved));
    await page.goto(`${server.url}/pages/quote.html`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('heading', { name: '見積もりの依頼' }).waitFor();
    expect(await widget.getByRole('group', { name: '業種を選んでください' }).getByLabel('小売業').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
