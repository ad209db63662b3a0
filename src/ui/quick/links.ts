// The addresses a seminar hands out, built from the page's own: the quick check for attendees'
// phones (the presenter's QR code) and the take-home link that carries the quick check's answers
// to the full check. Both live in the fragment, which is never sent to a server.

import { ATTENDEE_FRAGMENT, CONTINUE_KEY, encodeShare } from '../../core/lib.js';
import type { Answers, QuestionContent } from '../../core/types.js';

/** The partner's page for it (resolved against this one), else this page; any fragment dropped. */
function pageFor(given: string | undefined, href: string): URL {
  const url = new URL(given ?? href, href);
  url.hash = '';
  return url;
}

/** Where attendees open the quick check: the partner's attendee page, or this page marked for them. */
export function attendeeUrl(given: string | undefined, href: string = location.href): string {
  const url = pageFor(given, href);
  if (given === undefined) url.hash = ATTENDEE_FRAGMENT;
  return url.toString();
}

/** The full check (the partner's page for it, or this one) with these answers to carry over. */
export function takeHomeUrl(content: QuestionContent, answers: Answers, given: string | undefined, href: string = location.href): string {
  const url = pageFor(given, href);
  url.hash = `${CONTINUE_KEY}=${encodeShare(content, answers)}`;
  return url.toString();
}
