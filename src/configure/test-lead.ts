// The test lead made ready to send: the partner it is for, a fresh idempotency key (so a receiver
// stores each test once) with its reference, and the time.

import { referenceOf } from '../core/quote/reference.js';
import type { QuoteRequest } from '../core/quote/types.js';

export function testLead(template: QuoteRequest, partner: { id: string; name: string }, key: string, now: Date, widgetVersion: string): QuoteRequest {
  return {
    ...template,
    idempotencyKey: key,
    reference: referenceOf(key),
    createdAt: now.toISOString(),
    widgetVersion,
    partnerId: partner.id,
    test: true,
    consent: { ...template.consent, recipient: partner.name, at: now.toISOString() },
  };
}
