// A quote request and what became of it, as the store keeps it and as storage gives it back:
// sealed when saved, restored only whole, so a request is never sent changed or half.

import { fnv1a } from '../core/hash.js';
import { isRecord } from '../core/record.js';
import type { QuoteFailure, QuoteRequest } from '../core/quote/types.js';

/**
 * The quote request and what became of it; kept so that nothing is lost and nothing goes twice.
 * The form ('idle') leads to the confirmation screen ('review'); confirming builds the request with
 * its key, and from then on it is only ever sent again as it is ('sending', then 'sent' or 'failed').
 */
export interface Submission {
  status: 'idle' | 'review' | 'sending' | 'sent' | 'failed';
  request?: QuoteRequest;
  /** Why sending failed, for the message. */
  failure?: QuoteFailure;
  /** Channel types that delivered the request, recorded as each one does: none fires twice. */
  delivered?: string[];
  /** The webhook was reached but did not let the page read its answer: delivered, not confirmed. */
  unconfirmed?: boolean;
  /** The reference of a request sent before: what the owner sends next corrects it. */
  earlier?: string;
  /** Signs of a bot seen on the form, carried into the request for the receiver. */
  screening?: { honeypot: boolean; secondsOnForm: number };
}

/**
 * A fingerprint of a quote request as the store wrote it. Storage can hold a copy cut short or
 * changed by hand; checking it against the whole schema would add the schema to the first load,
 * so the store seals what it writes and restores only a request whose seal still matches: one
 * this code built and nobody changed since.
 */
function sealOf(request: object): string {
  return fnv1a(JSON.stringify(request)).toString(36);
}

// Every change of state is saved, and a request is never changed once built: seal each one once.
const seals = new WeakMap<QuoteRequest, string>();

/** A submission as saved: with the seal of its request. */
export function savedSubmission(submission: Submission): Submission & { seal?: string } {
  const { request } = submission;
  if (!request) return submission;
  let seal = seals.get(request);
  if (seal === undefined) seals.set(request, (seal = sealOf(request)));
  return { ...submission, seal };
}

const REFERENCE = /^\d{4}-\d{4}$/;

/**
 * A saved submission. One caught mid-send stays 'sending': the quote step sends it again with the
 * same key (the receiver stores it once) and only through the channels it has not gone through.
 */
export function restoreSubmission(saved: unknown): Submission {
  if (!isRecord(saved)) return { status: 'idle' };
  const earlier = typeof saved.earlier === 'string' && REFERENCE.test(saved.earlier) ? { earlier: saved.earlier } : {};
  if (saved.status === 'review') return { status: 'review', ...earlier, ...restoreScreening(saved.screening) };
  if (!['sending', 'sent', 'failed'].includes(saved.status as string)) return { status: 'idle', ...earlier };
  // Sealed by this store, so the request is whole: the cast states what the seal proves.
  const request = isRecord(saved.request) && saved.seal === sealOf(saved.request) ? (saved.request as unknown as QuoteRequest) : undefined;
  if (!request) return { status: 'idle', ...earlier };
  const delivered = Array.isArray(saved.delivered) ? saved.delivered.filter((d): d is string => typeof d === 'string') : [];
  const unconfirmed = saved.unconfirmed === true ? { unconfirmed: true } : {};
  if (saved.status === 'sent') return { status: 'sent', request, delivered, ...unconfirmed, ...earlier };
  if (saved.status === 'sending') return { status: 'sending', request, delivered, ...earlier };
  return { status: 'failed', request, delivered, failure: restoreFailure(saved.failure), ...earlier };
}

function restoreScreening(saved: unknown): Pick<Submission, 'screening'> {
  if (!isRecord(saved) || typeof saved.honeypot !== 'boolean' || !Number.isInteger(saved.secondsOnForm) || (saved.secondsOnForm as number) < 0) return {};
  return { screening: { honeypot: saved.honeypot, secondsOnForm: saved.secondsOnForm as number } };
}

function restoreFailure(saved: unknown): QuoteFailure {
  if (!isRecord(saved)) return { kind: 'unavailable' };
  const status = typeof saved.status === 'number' && Number.isInteger(saved.status) ? { status: saved.status } : {};
  if (saved.kind === 'rejected') return { kind: 'rejected', ...status, ...(typeof saved.reason === 'string' && { reason: saved.reason.slice(0, 300) }) };
  if (saved.kind === 'insecure') return { kind: 'insecure' };
  return { kind: 'unavailable', ...status, ...(saved.timedOut === true && { timedOut: true }) };
}
