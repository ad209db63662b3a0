// The quote request to a receiver on another origin that, like a Google Apps Script web app or a
// form backend, never answers a CORS preflight (OPTIONS): the widget's request must need none.
// One receiver lets the page read its answer after a redirect, as Apps Script does; the other
// sends no CORS header at all, so the page can only know that it was reached.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser.js';
import { fillForm, openQuoteForm } from './quote-form.js';
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
  if (path === '/exec') res.writeHead(302, { location: '/echo', ...cors }).end();
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
      else res.writeHead(404).end();
      return true;
    },
  ]);
});
afterAll(async () => {
  await site?.close();
  await receiver?.close();
});

/** Sends the owner's request to the receiver's `path`, and waits for the outcome. */
async function sendTo(path: string) {
  arrivals.length = 0;
  const page = await browser().newPage();
  const widget = await openQuoteForm(page, `${site.url}/pages/handoff.html?hook=${encodeURIComponent(receiver.url + path)}`);
  await fillForm(widget);
  await widget.getByLabel(/送ることに同意します/).check();
  await widget.getByRole('button', { name: 'テスト保険代理店に送信する' }).click();
  await widget.getByRole('heading', { name: /見積もりの依頼を送信しました|送信できませんでした/ }).waitFor({ timeout: 15_000 });
  return { page, widget };
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
