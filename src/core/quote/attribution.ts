// Which page and campaign brought a lead: the host page's address (without its query, which may
// hold personal data) and the URL parameters the partner names (utm_* by default), each checked
// before it is kept, so a crafted link cannot put anything else into the request.

import { isRecord } from '../record.js';

export interface Attribution {
  /** The host page: origin and path. */
  page?: string;
  /** The named URL parameters the page was opened with. */
  params: Record<string, string>;
}

/** Google Analytics' campaign parameters, which most campaign tools write. */
export const DEFAULT_ATTRIBUTION_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

const PARAM_NAME = /^[A-Za-z][\w.-]{0,39}$/;
const MAX_VALUE = 200;
const MAX_PARAMS = 10;

/** A parameter's value as kept: printable, on one line, at most 200 characters. */
function cleanValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const printable = value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return printable.trim().slice(0, MAX_VALUE);
}

/** The named parameters found in a query string (`?utm_source=…`), first value of each. */
export function attributionParams(search: string, names: readonly string[]): Record<string, string> {
  const query = new URLSearchParams(search.slice(0, 4000));
  const params: Record<string, string> = {};
  for (const name of names.filter((n) => PARAM_NAME.test(n)).slice(0, MAX_PARAMS)) {
    const value = query.get(name);
    if (value !== null && cleanValue(value) !== '') params[name] = cleanValue(value);
  }
  return params;
}

/** The page an address names: origin and path only (http and https), or nothing. */
export function attributionPage(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? (url.origin + url.pathname).slice(0, 500) : undefined;
  } catch {
    return undefined;
  }
}

/** An attribution read back from storage: only what attributionParams and attributionPage could have made. */
export function restoreAttribution(saved: unknown): Attribution {
  if (!isRecord(saved)) return { params: {} };
  const { page, params } = saved;
  const kept: Record<string, string> = {};
  if (isRecord(params))
    for (const [name, value] of Object.entries(params).slice(0, MAX_PARAMS))
      if (PARAM_NAME.test(name) && typeof value === 'string' && cleanValue(value) === value && value !== '') kept[name] = value;
  const checkedPage = typeof page === 'string' ? attributionPage(page) : undefined;
  return checkedPage === page && checkedPage ? { page: checkedPage, params: kept } : { params: kept };
}
