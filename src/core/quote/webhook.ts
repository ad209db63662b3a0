// POSTs a quote request to the partner's webhook. Network errors, timeouts and 5xx are retried
// with backoff, always with the same Idempotency-Key so the receiver can store the request once;
// a 4xx is final and its reason is passed on; success is a 2xx and nothing else.

import type { QuoteRequest } from './types.js';
import { isAllowedWebhookUrl } from './webhook-url.js';

export type WebhookResult =
  | { ok: true; status: number; attempts: number }
  | { ok: false; kind: 'rejected'; status: number; reason?: string; attempts: number }
  | { ok: false; kind: 'unavailable'; status?: number; attempts: number }
  | { ok: false; kind: 'insecure' };

export interface WebhookOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs?: number[];
  sleep?: (ms: number) => Promise<void>;
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
  let lastStatus: number | undefined;

  for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
    // The first attempt goes at once; retry n waits delays[n - 1].
    const delay = attempt > 1 ? delays[attempt - 2] : undefined;
    if (delay !== undefined) await sleep(delay);
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': request.idempotencyKey },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, attempts: attempt };
      if (response.status >= 400 && response.status < 500) {
        const reason = await reasonOf(response);
        return { ok: false, kind: 'rejected', status: response.status, ...(reason ? { reason } : {}), attempts: attempt };
      }
      lastStatus = response.status; // 5xx (or an odd 1xx/3xx): try again
    } catch {
      lastStatus = undefined; // network error or timeout: try again
    }
  }
  return { ok: false, kind: 'unavailable', ...(lastStatus ? { status: lastStatus } : {}), attempts: delays.length + 1 };
}
