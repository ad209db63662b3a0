// POSTs a quote request to the partner's webhook. Network errors, timeouts and 5xx are retried
// with backoff, always with the same idempotency key (in the body, and in the 'json' format also
// as a header) so the receiver can store the request once; a 4xx is final and its reason is passed
// on; success is a 2xx and nothing else.
//
// By default the request is CORS-simple (JSON as text/plain, no custom header): the browser sends
// it without a preflight, so receivers that never answer OPTIONS, such as a Google Apps Script web
// app, get it. A receiver may still not let the page read its answer (no Access-Control-Allow-
// Origin): the browser then reports a network error although the request arrived. So after a
// failed attempt the next one goes as 'no-cors': if the receiver is reached, the request counts as
// delivered but unconfirmed (its answer cannot be read), and the owner is told just that.

import type { QuoteRequest } from './types.js';
import { isAllowedWebhookUrl } from './webhook-url.js';

export type WebhookResult =
  /** `confirmed` is false when the receiver was reached but did not let the page read its answer (status 0). */
  | { ok: true; status: number; attempts: number; confirmed: boolean }
  | { ok: false; kind: 'rejected'; status: number; reason?: string; attempts: number }
  | { ok: false; kind: 'unavailable'; status?: number; attempts: number }
  | { ok: false; kind: 'insecure' };

export interface WebhookOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs?: number[];
  sleep?: (ms: number) => Promise<void>;
  /** 'simple' (default): text/plain, no custom header, no preflight. 'json': application/json and an Idempotency-Key header. */
  format?: 'simple' | 'json';
}

export const DEFAULT_RETRY_DELAYS_MS = [1000, 3000, 8000];

async function reasonOf(response: Response): Promise<string | undefined> {
  try {
    const text = (await response.text()).trim();
    if (!text) return undefined;
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      const reason = body.message ?? body.error ?? body.reason;
      if (typeof reason === 'string') return reason.slice(0, 300);
    } catch {
      /* not JSON: use the text */
    }
    return text.slice(0, 300);
  } catch {
    return undefined;
  }
}

export async function sendWebhook(url: string, request: QuoteRequest, options: WebhookOptions = {}): Promise<WebhookResult> {
  if (!isAllowedWebhookUrl(url)) return { ok: false, kind: 'insecure' };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const body = JSON.stringify(request);
  const headers: Record<string, string> =
    options.format === 'json'
      ? { 'content-type': 'application/json', 'idempotency-key': request.idempotencyKey }
      : { 'content-type': 'text/plain;charset=UTF-8' };
  let lastStatus: number | undefined;
  let unreadable = false;

  for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
    // The first attempt goes at once; retry n waits delays[n - 1].
    const delay = attempt > 1 ? delays[attempt - 2] : undefined;
    if (delay !== undefined) await sleep(delay);
    // After a network error a simple request is tried once without reading the answer: a receiver
    // that took it but sends no CORS header is then known to be reached.
    const blind: boolean = unreadable && options.format !== 'json';
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers,
        body,
        credentials: 'omit',
        ...(blind && { mode: 'no-cors' as const }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      if (response.type === 'opaque') return { ok: true, status: 0, attempts: attempt, confirmed: false };
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, attempts: attempt, confirmed: true };
      if (response.status >= 400 && response.status < 500) {
        const reason = await reasonOf(response);
        return { ok: false, kind: 'rejected', status: response.status, ...(reason ? { reason } : {}), attempts: attempt };
      }
      lastStatus = response.status; // 5xx (or an odd 1xx/3xx): try again
      unreadable = false;
    } catch {
      lastStatus = undefined; // network error, timeout or an answer the page may not read: try again
      unreadable = !blind;
    }
  }
  return { ok: false, kind: 'unavailable', ...(lastStatus ? { status: lastStatus } : {}), attempts: delays.length + 1 };
}
