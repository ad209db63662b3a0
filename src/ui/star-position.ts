// The star ladder position in a few words, for a table cell: the quote request's summary and the
// printable report. "★1 (★2: 2 more)"; a provisional next level says it is a guide only.

import type { LevelStatus, QuoteRequest, StarLadder } from '../core/lib.js';
import type { TFunction } from '../i18n/index.js';

export interface StarPosition {
  /** Stars of the highest level met; 0 for none. */
  highest: number;
  /** The lowest level not met, with how many of its requirements are known to be missing. */
  next?: { stars: number; status: LevelStatus; missing: number };
}

export function positionOfLadder({ highest, next }: StarLadder): StarPosition {
  return {
    highest: highest?.level.stars ?? 0,
    ...(next && { next: { stars: next.level.stars, status: next.status, missing: next.requirements.filter((r) => r.status === 'missing').length } }),
  };
}

export function positionOfRequest(stars: NonNullable<QuoteRequest['stars']>): StarPosition {
  const next = stars.levels.find((l) => l.status !== 'met');
  return { highest: stars.highest, ...(next && { next: { stars: next.stars, status: next.status, missing: next.missing.length } }) };
}

export function starPositionText({ highest, next }: StarPosition, t: TFunction): string {
  const reached = highest > 0 ? `★${highest}` : t('stars.position.none');
  if (!next) return reached;
  const detail =
    next.status === 'noKnownGaps' ? t('stars.position.provisional', { next: next.stars }) : t('stars.position.next', { next: next.stars, count: next.missing });
  return t('stars.position.text', { reached, detail });
}
