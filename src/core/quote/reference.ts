// The reference number (受付番号) of a quote request: short enough to read out on the phone, and
// derived from the request's idempotency key, so that a retry or a reload keeps the same number.

import { fnv1a } from '../hash.js';

/** Eight digits as "1234-5678" (digits read out more clearly than letters, in Japanese too). */
export function referenceOf(idempotencyKey: string): string {
  const digits = (fnv1a(idempotencyKey) % 100_000_000).toString().padStart(8, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}
