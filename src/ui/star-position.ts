// The star ladder position in a few words, for a table cell: the quote request's summary and the
// printable report. "★1 (★2: 2 more)"; a next level without known gaps is a guide only (a draft
// scheme) or has items to confirm (a final one).

import type { LevelStatus, QuoteRequest, StarLadder } from '../core/lib.js';
import type { TFunction } from '../i18n/index.js';

export interface StarPosition {
  /** Stars of the highest level met; 0 for none. */
  highest: number;
  /** The lowest level not met, with how many of its requirements are known to be missing, and whether it is a draft. */
  next?: { stars: number; status: LevelStatus; missing: number; provisional: boolean };
}

export function positionOfLadder({ highest, next }: StarLadder): StarPosition {
  return {
    highest: highest?.level.stars ?? 0,
    ...(next && {
      next: {
        stars: next.level.stars,
        status: next.status,
        missing: next.requirements.filter((r) => r.status === 'missing').length,
        provisional: next.provisional,
      },
    }),
  };
}

export function positionOfRequest(stars: NonNullable<QuoteRequest['stars']>): StarPosition {
  const next = stars.levels.find((l) => l.status !== 'met');
  return {
    highest: stars.highest,
    ...(next && { next: { stars: next.stars, status: next.status, missing: next.missing.length, provisional: next.provisional } }),
  };
}

export function starPositionText({ highest, next }: StarPosition, t: TFunction): string {
  const reached = highest > 0 ? `★${highest}` : t('stars.position.none');
  if (!next) return reached;
  // No known gaps: a draft scheme is a guide only; a final one has items the owner confirms.
  const detail =
    next.status !== 'noKnownGaps'
      ? t('stars.position.next', { next: next.stars, count: next.missing })
      : t(next.provisional ? 'stars.position.provisional' : 'stars.position.confirm', { next: next.stars });
  return t('stars.position.text', { reached, detail });
}
