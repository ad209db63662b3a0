// The receiver kit end to end without the internet: the widget sends to a local stand-in of an
// Apps Script web app (test/e2e/apps-script.ts) running the kit's own Code.gs, which writes the
// agency's sheet and mails the agent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appsScriptStandIn, type Cell } from './apps-script.js';
import { useChromium } from './browser.js';
import { fillForm, openQuoteForm, reviewAndSend } from './quote-form.js';
import { startServer, type StaticServer } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const browser = useChromium();
const google = appsScriptStandIn();
let site: StaticServer;
let script: StaticServer;
const exec = () => `${script.url}/macros/s/test-deployment/exec`;

beforeAll(async () => {
  google.set('NOTIFY_EMAIL', 'agent@agency.example');
  site = await startServer({ '/dist/': root + 'dist', '/pages/': root + 'test/e2e/pages' });
  script = await startServer({}, [google.route]);
});
afterAll(async () => {
  await site?.close();
  await script?.close();
});

const leads = () => google.sheets.get('見積依頼') ?? [];
const shown = (cell: Cell | undefined) => (cell && 'text' in cell ? cell.text : cell && 'number' in cell ? cell.number : cell?.formula);
/** The sheet's rows as heading → value, below its heading row. */
const rows = (): Record<string, string | number | undefined>[] => {
  const [headings, ...rest] = leads();
  return rest.map((row) => Object.fromEntries(row.map((cell, i) => [String(shown(headings![i])), shown(cell)])));
};

/** Sends a request from the widget, with the company name and message as given. */
async function sendFromWidget(companyName: string, message: string, query = '') {
  const page = await browser().newPage();
  const widget = await openQuoteForm(page, `${site.url}/pages/handoff.html?hook=${encodeURIComponent(exec())}${query}`);
  await fillForm(widget);
  await widget.getByLabel(/^会社名/).fill(companyName);
  await widget.getByLabel(/^郵便番号/).fill('5300001');
  await widget.getByLabel(/^住所/).fill('大阪市北区梅田1-1-1');
  await widget.getByLabel(/^法人の種類/).selectOption('kabushiki');
  await widget.getByLabel(/^お名前のフリガナ/).fill('すずき いちろう');
  await widget.getByLabel(/^キーワードで探す/).fill('総合工事');
  await widget.getByLabel(/^業種（日本標準産業分類）/).selectOption('06');
  await widget.getByLabel(/^ご質問・ご要望/).fill(message);
  await widget.getByLabel(/送ることに同意します/).check();
  await reviewAndSend(widget);
  await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor({ timeout: 15_000 });
  return { page, widget };
}

describe('the Sheet-and-mail receiver kit (Code.gs) behind an Apps Script stand-in', () => {
  it('writes one row under Japanese headings and mails the agent once, with no preflight', async () => {
    const { page, widget } = await sendFromWidget(
      '株式会社テスト建設',
      'カード決済の補償について知りたいです。',
      '&utm_source=chamber-flyer&email=x%40example.jp',
    );
    expect(google.preflights).toBe(0);
    expect(shown(leads()[0]![0])).toBe('受信日時');
    const [row] = rows();
    expect(rows()).toHaveLength(1);
    const reference = (await widget.locator('.reference').textContent())!.replace('受付番号 ', '');
    expect(row).toMatchObject({
      受付番号: reference,
      会社名: '株式会社テスト建設',
      ご担当者: '鈴木 一郎',
      フリガナ: 'スズキ イチロウ',
      産業分類: '06 総合工事業',
      お申し込みのページ: `${site.url}/pages/handoff.html`,
      キャンペーン: 'utm_source=chamber-flyer',
      電話: '0612345678', // the leading 0 kept: written as text
      郵便番号: '530-0001', // written as the post office does when the owner left the field
      都道府県: '大阪府',
      住所: '大阪市北区梅田1-1-1',
      法人の種類: '株式会社',
      業種: '建設業',
      '売上高（円）': 500_000_000,
      希望プラン: '基本プラン',
      テスト: '',
    });
    expect(google.mails).toHaveLength(1);
    expect(google.mails[0]).toMatchObject({ to: 'agent@agency.example', subject: `サイバー保険の見積依頼（受付番号 ${reference}）：株式会社テスト建設` });
    expect(google.mails[0]!.body).toContain('カード決済の補償について知りたいです。');
    // Where the company stands on the star ladder, in the sheet and the mail alike.
    expect(String(row!['セキュリティの★'])).toMatch(/^(★\d|まだなし)（★\d /);
    expect(google.mails[0]!.body).toContain(`セキュリティの★: ${String(row!['セキュリティの★'])}`);
    // The widget read the answer after the redirect: received, confirmed.
    expect(await widget.getByText(/受け付けたという返事は確認できませんでした/).count()).toBe(0);
    await page.close();
  });

  it('after an update that adds columns, writes to a new sheet beside the old one, never under the wrong headings', async () => {
    google.sheets.set('旧見積依頼', [[{ text: '受信日時' }, { text: '受付番号' }, { text: 'idempotencyKey' }]]);
    google.set('SHEET_NAME', '旧見積依頼');
    const { page } = await sendFromWidget('株式会社旧版', '列が増えた後の依頼です。');
    expect(google.sheets.get('旧見積依頼')).toHaveLength(1);
    const [headings, row] = google.sheets.get('旧見積依頼（2）')!;
    expect(headings!.map((cell) => ('text' in cell ? cell.text : '')).at(-1)).toBe('idempotencyKey');
    expect(row!.some((cell) => 'text' in cell && cell.text === '株式会社旧版')).toBe(true);
    google.set('SHEET_NAME', '見積依頼');
    await page.close();
  });

  it('stores a request that arrives again once, and says so', async () => {
    const before = { rows: rows().length, mails: google.mails.length };
    const request = rows().at(-1)!['依頼の全文（JSON）'] as string;
    const again = await fetch(exec(), { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: request });
    expect(await again.json()).toMatchObject({ ok: true, duplicate: true });
    expect({ rows: rows().length, mails: google.mails.length }).toEqual(before);
  });

  it('keeps a formula typed by the owner as text, never as a formula in the agency sheet', async () => {
    const { page } = await sendFromWidget('=HYPERLINK("https://evil.example","請求書")', '+81 へ電話ください @営業');
    const cells = leads().at(-1)!;
    expect(cells.filter((cell) => 'formula' in cell)).toEqual([]);
    expect(rows().at(-1)).toMatchObject({ 会社名: '=HYPERLINK("https://evil.example","請求書")', 'ご質問・ご要望': '+81 へ電話ください @営業' });
    await page.close();
  });

  it('marks a test from a partner in test mode, in the sheet and the mail', async () => {
    const { page, widget } = await sendFromWidget('株式会社テスト試験', '', '&test');
    expect(await widget.getByText(/テストモード：/).count()).toBe(1);
    expect(rows().at(-1)).toMatchObject({ 会社名: '株式会社テスト試験', テスト: 'テスト' });
    expect(google.mails.at(-1)!.subject.startsWith('【テスト】')).toBe(true);
    await page.close();
  });

  it('drops a request whose honeypot was filled, and one that is not a quote request', async () => {
    const before = { rows: rows().length, mails: google.mails.length };
    const request = JSON.parse(rows().at(-1)!['依頼の全文（JSON）'] as string) as Record<string, unknown>;
    const bot = { ...request, idempotencyKey: 'bot-key-12345678', screening: { honeypot: true, secondsOnForm: 1 } };
    const botAnswer = await fetch(exec(), { method: 'POST', body: JSON.stringify(bot) });
    expect(await botAnswer.json()).toMatchObject({ ok: true });
    const junk = await fetch(exec(), { method: 'POST', body: '{"hello":"world"}' });
    expect(await junk.json()).toEqual({ ok: false, error: 'not a quote request' });
    expect({ rows: rows().length, mails: google.mails.length }).toEqual(before);
  });
});
