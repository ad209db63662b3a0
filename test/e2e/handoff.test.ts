// The quote request to a receiver on another origin that, like a Google Apps Script web app or a
// form backend, never answers a CORS preflight (OPTIONS): the widget's request must need none.
// One receiver lets the page read its answer after a redirect, as Apps Script does; another sends
// no CORS header at all, so the page can only know that it was reached. Then the faults: a
// receiver failing, one holding its answer while the owner reloads, one that never answers, and
// Send pressed twice in one task. Each request must reach the receiver under one key and the mail
// draft and the host page's event must fire once.

import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y.js';
import { answerThroughApi, useChromium } from './browser.js';
import { fillForm, openQuoteForm, review } from './quote-form.js';
import { readBody, startServer, type StaticServer } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const browser = useChromium();
let site: StaticServer;
let receiver: StaticServer;

interface Arrival {
  path: string;
  contentType: string | undefined;
  idempotencyHeader: string | undefined;
  key: string;
}
const arrivals: Arrival[] = [];
const preflights: string[] = [];
const stored = new Map<string, unknown>();
const arrived = new EventEmitter();
// Answers the receiver holds back (a receiver that hangs, or one slow while the owner reloads).
const held: ServerResponse[] = [];
let failing = false;

/** Resolves once the receiver has had `count` requests since the test began. */
function arrivalsReach(count: number): Promise<void> {
  if (arrivals.length >= count) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (arrivals.length < count) return;
      arrived.off('arrival', check);
      resolve();
    };
    arrived.on('arrival', check);
  });
}

async function receive(req: IncomingMessage, res: ServerResponse, path: string, cors: Record<string, string>): Promise<void> {
  const request = JSON.parse(await readBody(req)) as { idempotencyKey: string };
  const header = req.headers['idempotency-key'];
  arrivals.push({
    path,
    contentType: req.headers['content-type'],
    idempotencyHeader: typeof header === 'string' ? header : undefined,
    key: request.idempotencyKey,
  });
  stored.set(request.idempotencyKey, request); // once per key, however often it arrives
  arrived.emit('arrival');
  if (path === '/exec') res.writeHead(302, { location: '/echo', ...cors }).end();
  else if (path === '/flaky' && failing) res.writeHead(500, cors).end('down');
  else if (path === '/hang' || (path === '/held' && arrivals.filter((a) => a.path === '/held').length === 1)) held.push(res);
  else res.writeHead(200, { 'content-type': 'text/plain', ...cors }).end('ok');
}

beforeAll(async () => {
  site = await startServer({ '/dist/': root + 'dist', '/pages/': root + 'test/e2e/pages' });
  receiver = await startServer({}, [
    async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (req.method === 'OPTIONS') {
        preflights.push(path);
        res.writeHead(405).end(); // no preflight answered, as Apps Script
      } else if (req.method === 'POST' && path === '/exec') await receive(req, res, path, { 'access-control-allow-origin': '*' });
      else if (req.method === 'GET' && path === '/echo')
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{"result":"ok"}');
      else if (req.method === 'POST' && path === '/hidden') await receive(req, res, path, {});
      else if (req.method === 'POST' && ['/flaky', '/held', '/hang'].includes(path)) await receive(req, res, path, { 'access-control-allow-origin': '*' });
      else res.writeHead(404).end();
      return true;
    },
  ]);
});
afterAll(async () => {
  for (const res of held) res.socket?.destroy();
  await site?.close();
  await receiver?.close();
});

/** Opens the widget sending to the receiver's `path`, and fills the form up to the confirmation screen. */
async function reviewFor(path: string) {
  arrivals.length = 0;
  const page = await browser().newPage();
  const widget = await openQuoteForm(page, `${site.url}/pages/handoff.html?hook=${encodeURIComponent(receiver.url + path)}`);
  await fillForm(widget);
  await widget.getByLabel(/送ることに同意します/).check();
  await review(widget);
  return { page, widget, send: widget.getByRole('button', { name: 'テスト保険代理店に送信する' }) };
}

const outcome = /見積もりの依頼を送信しました|送信できませんでした/;

/** Sends the owner's request to the receiver's `path`, and waits for the outcome. */
async function sendTo(path: string) {
  const { page, widget, send } = await reviewFor(path);
  await send.click();
  await widget.getByRole('heading', { name: outcome }).waitFor({ timeout: 15_000 });
  return { page, widget };
}

/** What the host page heard (quote-request events) and what the widget opened (mail drafts), across reloads. */
async function hostLog(page: Page) {
  return page.evaluate(() => ({
    received: JSON.parse(sessionStorage.getItem('received') ?? '[]') as string[],
    opened: JSON.parse(sessionStorage.getItem('opened') ?? '[]') as string[],
  }));
}

/** One request: every arrival under one key, stored once, and one event and one mail draft for it. */
async function expectOneRequest(page: Page) {
  const keys = new Set(arrivals.map((a) => a.key));
  expect(keys.size).toBe(1);
  const [key] = keys;
  expect(stored.has(key!)).toBe(true);
  const log = await hostLog(page);
  expect(log.received).toEqual([key]);
  expect(log.opened).toHaveLength(1);
  expect(preflights).toEqual([]);
}

describe('a receiver on another origin that answers no preflight', () => {
  it('gets exactly one lead, as JSON text with the key in the body, and the owner sees it sent', async () => {
    const { page, widget } = await sendTo('/exec');

    expect(preflights).toEqual([]);
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]).toMatchObject({ path: '/exec', contentType: 'text/plain;charset=UTF-8', idempotencyHeader: undefined });
    expect(stored.has(arrivals[0]!.key)).toBe(true);
    expect(await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).count()).toBe(1);
    expect(await widget.getByText(/受け付けたという返事は確認できませんでした/).count()).toBe(0);
    await expectOneRequest(page);
    await page.close();
  });

  it('that hides its answer, is counted as reached but not confirmed, and the owner is told so', async () => {
    const { page, widget } = await sendTo('/hidden');

    expect(preflights).toEqual([]);
    // Sent once readable, once blind after the browser hid the answer: the same lead, stored once.
    expect(arrivals.map((a) => a.path)).toEqual(['/hidden', '/hidden']);
    expect(new Set(arrivals.map((a) => a.key)).size).toBe(1);
    expect(await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).count()).toBe(1);
    expect(await widget.getByText(/受け付けたという返事は確認できませんでした/).count()).toBe(1);
    await page.close();
  });
});

describe('faults, each still one lead, one mail draft and one event per request', () => {
  it('two clicks on Send in one task', async () => {
    const { page, widget, send } = await reviewFor('/exec');
    // The confirmation screen, with the answers open, meets WCAG 2.2 AA; so does the outcome.
    await widget.getByText(/診断の回答（\d+問）/).click();
    expect(await axeViolations(page)).toEqual([]);
    await send.evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor();
    expect(arrivals).toHaveLength(1);
    await expectOneRequest(page);
    // Focus lands on the outcome's heading, and the mail box asks for the whole request.
    expect(await page.evaluate(() => document.querySelector('cyber-risk-check')!.shadowRoot!.activeElement?.textContent)).toBe('見積もりの依頼を送信しました');
    expect(await widget.getByRole('heading', { name: 'メールの本文に、依頼の全文を貼り付けてください' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a receiver failing four times, then a retry by the owner', async () => {
    failing = true;
    const { page, widget } = await sendTo('/flaky');
    expect(await widget.getByRole('heading', { name: '送信できませんでした' }).count()).toBe(1);
    expect(arrivals).toHaveLength(4);
    // The request is still there to copy, and to send again as it was.
    expect(await widget.getByRole('button', { name: '全文をコピー' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    failing = false;
    await widget.getByRole('button', { name: 'もう一度送信する' }).click();
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor();
    expect(arrivals).toHaveLength(5);
    await expectOneRequest(page);
    await page.close();
  });

  it('a reload while the receiver has the request but has not answered', async () => {
    const { page, widget, send } = await reviewFor('/held');
    await send.click();
    await arrivalsReach(1);
    await page.reload();
    // The send goes on after the reload with the same key; the receiver stores it once.
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor({ timeout: 15_000 });
    expect(arrivals).toHaveLength(2);
    await expectOneRequest(page);
    const reference = (stored.get(arrivals[0]!.key) as { reference: string }).reference;
    expect(await widget.locator('.reference').textContent()).toBe(`受付番号 ${reference}`);
    await page.close();
  });

  it('a receiver that never answers is given up on after 15 seconds, with the request to copy', async () => {
    const { page, widget, send } = await reviewFor('/hang');
    await page.clock.install();
    await send.click();
    await arrivalsReach(1);
    await page.clock.runFor(14_000);
    expect(await widget.getByRole('button', { name: '送信しています…' }).count()).toBe(1);
    await page.clock.runFor(1_000);
    await widget.getByRole('heading', { name: '送信できませんでした' }).waitFor();
    expect(await widget.getByText(/15 秒たっても返事がありませんでした/).count()).toBe(1);
    expect(await widget.getByRole('button', { name: '全文をコピー' }).count()).toBe(1);
    expect(arrivals).toHaveLength(1);
    await page.close();
  });
});

describe('where a lead came from, and what the page knew', () => {
  it('writes nothing to the browser for a visit alone, and keeps the campaign with the first answer', async () => {
    const page = await browser().newPage();
    await page.goto(`${site.url}/pages/handoff.html?utm_source=flyer&hook=${encodeURIComponent(receiver.url + '/exec')}`);
    await page.waitForFunction(() => sessionStorage.getItem('ready') !== null);
    const saved = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('cyber-risk-check'))
          .map((key) => localStorage.getItem(key)!),
      );
    expect(await saved()).toEqual([]);
    await page
      .locator('cyber-risk-check')
      .getByRole('button', { name: /診断をはじめる/ })
      .click();
    await page.locator('cyber-risk-check').getByRole('radio', { name: '小売業' }).check();
    const [state] = await saved();
    expect(JSON.parse(state!).state.attribution).toEqual({ page: `${site.url}/pages/handoff.html`, params: { utm_source: 'flyer' } });
    await page.close();
  });

  it('carries the page and its campaign parameters, never other query data, and starts from the answers the page gave', async () => {
    arrivals.length = 0;
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const prefill = JSON.stringify({ industry: 'retail', revenue: 300_000_000, updates: 'done', employees: -3 });
    const query = new URLSearchParams({
      hook: receiver.url + '/exec',
      utm_source: 'chamber-flyer',
      utm_campaign: '2026冬セミナー',
      email: 'owner@example.jp',
      prefill,
    });
    await page.goto(`${site.url}/pages/handoff.html?${query}`);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: /診断をはじめる/ }).click();
    // The company questions the page knew are answered; a security answer and a bad number are not taken.
    expect(await widget.getByRole('radio', { name: '小売業' }).isChecked()).toBe(true);
    const answers = await page.evaluate(
      () =>
        (document.querySelector('cyber-risk-check') as HTMLElement & { widget: { store: { getState(): { answers: object } } } }).widget.store.getState()
          .answers,
    );
    expect(answers).toEqual({ industry: 'retail', revenue: 300_000_000 });
    expect(errors.join('\n')).toMatch(/prefill\.updates: only questions about the company can be prefilled/);
    expect(errors.join('\n')).toMatch(/prefill\.employees: -3 is not an answer this question allows/);
    // Reloaded without its campaign parameters (a bookmark), the campaign that brought the owner is kept.
    await page.goto(`${site.url}/pages/handoff.html?hook=${encodeURIComponent(receiver.url + '/exec')}`);
    await answerThroughApi(
      page,
      { industry: 'construction', revenue: 500_000_000, employees: 30, chamberMember: 'no', pastIncidents: 'none' },
      { step: 'quote' },
    );
    await widget.getByRole('heading', { name: '見積もりの依頼' }).waitFor();
    await fillForm(widget);
    await widget.getByLabel(/送ることに同意します/).check();
    await review(widget);
    expect(await widget.locator('section.quote-review').textContent()).toContain('utm_source=chamber-flyer');
    await widget.getByRole('button', { name: 'テスト保険代理店に送信する' }).click();
    await widget.getByRole('heading', { name: '見積もりの依頼を送信しました' }).waitFor();
    const request = stored.get(arrivals[0]!.key) as { source: unknown };
    expect(request.source).toEqual({ page: `${site.url}/pages/handoff.html`, params: { utm_source: 'chamber-flyer', utm_campaign: '2026冬セミナー' } });
    await page.close();
  });
});
