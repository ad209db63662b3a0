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
//
// A receiver that hangs is given up on: all attempts together stay within a deadline (15 s), so
// the owner never waits longer than that for an answer.

import type { QuoteRequest } from './types.js';
import { isAllowedWebhookUrl } from './webhook-url.js';

export type WebhookResult =
  /** `confirmed` is false when the receiver was reached but did not let the page read its answer (status 0). */
  | { ok: true; status: number; attempts: number; confirmed: boolean }
  | { ok: false; kind: 'rejected'; status: number; reason?: string; attempts: number }
  /** `timedOut` when the deadline passed while waiting for the receiver. */
  | { ok: false; kind: 'unavailable'; status?: number; attempts: number; timedOut?: boolean }
  | { ok: false; kind: 'insecure' };

export interface WebhookOptions {
  fetch?: typeof globalThis.fetch;
  /** The longest wait for one attempt; never beyond the deadline. */
  timeoutMs?: number;
  /** The longest wait for all attempts together (15 s). */
  deadlineMs?: number;
  now?: () => number;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs?: number[];
  sleep?: (ms: number) => Promise<void>;
  /** 'simple' (default): text/plain, no custom header, no preflight. 'json': application/json and an Idempotency-Key header. */
  format?: 'simple' | 'json';
}

export const DEFAULT_RETRY_DELAYS_MS = [1000, 3000, 8000];
export const DEFAULT_DEADLINE_MS = 15_000;

/** A signal that aborts after `ms`, through setTimeout (so a test's fake clock drives it), and a way to stop it. */
function abortAfter(ms: number): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, stop: () => clearTimeout(timer) };
}

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
  const now = options.now ?? Date.now;
  const deadline = now() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const body = JSON.stringify(request);
  const headers: Record<string, string> =
    options.format === 'json'
      ? { 'content-type': 'application/json', 'idempotency-key': request.idempotencyKey }
      : { 'content-type': 'text/plain;charset=UTF-8' };
  let lastStatus: number | undefined;
  let unreadable = false;
  let timedOut = false;
  let attempts = 0;

  for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
    // The first attempt goes at once; retry n waits delays[n - 1], unless that passes the deadline.
    const delay = attempt > 1 ? (delays[attempt - 2] ?? 0) : 0;
    if (now() + delay >= deadline) break;
    if (delay > 0) await sleep(delay);
    attempts = attempt;
    const wait = Math.min(options.timeoutMs ?? Infinity, deadline - now());
    const timer = abortAfter(wait);
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
        signal: timer.signal,
      });
      if (response.type === 'opaque') return { ok: true, status: 0, attempts: attempt, confirmed: false };
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, attempts: attempt, confirmed: true };
      if (response.status >= 400 && response.status < 500) {
        const reason = await reasonOf(response);
        return { ok: false, kind: 'rejected', status: response.status, ...(reason ? { reason } : {}), attempts: attempt };
      }
      lastStatus = response.status; // 5xx (or an odd 1xx/3xx): try again
      unreadable = false;
      timedOut = false;
    } catch {
      // A network error, a timeout or an answer the page may not read: try again.
      timedOut = timer.signal.aborted;
      lastStatus = undefined;
      unreadable = !blind && !timedOut;
    } finally {
      timer.stop();
    }
  }
  return { ok: false, kind: 'unavailable', ...(lastStatus ? { status: lastStatus } : {}), attempts, ...(timedOut && { timedOut }) };
}
