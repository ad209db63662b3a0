// The non-network hand-offs: a mail to the agent, and a redirect to the agency's own form.

import type { QuoteRequest } from './types.js';

/** Mail clients and browsers cut long mailto: links; stay well under the common 2,000 characters. */
export const MAILTO_MAX_LENGTH = 1900;

export interface MailText {
  subject: string;
  /** Lines of the readable summary, most important first; long parts are dropped from the end. */
  lines: string[];
  /** Appended when lines had to be dropped. */
  truncatedNote: string;
}

export function mailtoUrl(to: string, mail: MailText): string {
  const build = (lines: string[]) =>
    `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
  let lines = mail.lines;
  let url = build(lines);
  while (url.length > MAILTO_MAX_LENGTH && lines.length > 1) {
    lines = lines.slice(0, -1);
    url = build([...lines, '', mail.truncatedNote]);
  }
  return url;
}

/** Reads a dotted path such as "contact.companyName" from the request. */
function valueAt(request: QuoteRequest, path: string): string | undefined {
  let value: unknown = request;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'string') return value;
  // The request holds plain JSON: the other leaves are numbers and booleans; objects and lists have no single value.
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The partner's own form URL with query parameters mapped from the request (param → path). */
export function redirectUrl(base: string, params: Record<string, string>, request: QuoteRequest): string {
  const url = new URL(base);
  for (const [param, path] of Object.entries(params)) {
    const value = valueAt(request, path);
    if (value !== undefined) url.searchParams.set(param, value);
  }
  return url.toString();
}
