// The configurator's test send: one lead marked as a test, posted to the receiver as the widget
// would post it, and what happened in a form the page can say in plain words.

import type { QuoteRequest } from '../core/quote/types.js';
import { sendWebhook, type WebhookOptions } from '../core/quote/webhook.js';

export type TestSendOutcome =
  | { kind: 'confirmed'; status: number }
  | { kind: 'unconfirmed' }
  | { kind: 'rejected'; status: number; reason: string }
  | { kind: 'unavailable' }
  /** The receiver kept answering 5xx. */
  | { kind: 'serverError'; status: number }
  | { kind: 'timedOut' }
  | { kind: 'insecure' }
  /** A path on the partner's site: it means nothing from the configurator's own page. */
  | { kind: 'relative' };

/**
 * Posts the lead once, then once more without reading the answer if the first failed on the
 * network: a receiver that takes leads but sends no CORS header (Apps Script after a redirect)
 * is then known to be reached.
 */
export async function sendTestLead(url: string, lead: QuoteRequest, options: Pick<WebhookOptions, 'fetch' | 'format'> = {}): Promise<TestSendOutcome> {
  if (url.startsWith('/')) return { kind: 'relative' };
  const result = await sendWebhook(url, lead, { ...options, retryDelaysMs: [0] });
  if (result.ok) return result.confirmed ? { kind: 'confirmed', status: result.status } : { kind: 'unconfirmed' };
  if (result.kind === 'rejected') return { kind: 'rejected', status: result.status, reason: result.reason ?? '' };
  if (result.kind === 'unavailable')
    return result.timedOut ? { kind: 'timedOut' } : result.status ? { kind: 'serverError', status: result.status } : { kind: 'unavailable' };
  return { kind: 'insecure' };
}
