// The screens only a seminar or a quick check shows: the opening screen with the deck's button and
// the room's QR code (or the quick check's texts), the deck of brochure cases, the quick check's
// result, and the idle reset of attendees' phones. They load together, before such a widget's first
// paint (see embed/seminar-parts.ts), so that no other widget's first load carries them; the deck
// and the result load their own code later.

import type { ExpectedLength } from '../../core/flow/estimate.js';
import type { Lang } from '../../core/types.js';
import { useWidgetContext, type SeminarScreens } from '../context.js';
import { lazy } from '../lazy.js';
import { SeminarIntro } from './SeminarIntro.js';

// Their strings are loaded with these screens.
const Deck = lazy(() => import('../walkthrough/Walkthrough.js').then((m) => m.Walkthrough));
const QuickResult = lazy(() => import('./QuickResult.js').then((m) => m.QuickResult));
// Shows nothing until a screen has been left idle, and needs no content.
const IdleReset = lazy(() => import('../IdleReset.js').then((m) => m.IdleReset), { quiet: true, needsContent: false });

/** A presenter's screen never starts over by itself: only attendees' phones do. */
function AttendeeIdleReset() {
  const { seminar } = useWidgetContext();
  if (seminar?.role !== 'attendee' || !seminar.idleResetSeconds) return null;
  return <IdleReset idleSeconds={seminar.idleResetSeconds} countdownSeconds={seminar.countdownSeconds ?? 15} />;
}

/** `quickLength`: the quick check's expected length by language, worked out at build. */
export function seminarScreens(quickLength: Record<Lang, ExpectedLength>): SeminarScreens {
  return {
    Intro: () => <SeminarIntro quickLength={quickLength} />,
    Deck,
    QuickResult,
    IdleReset: AttendeeIdleReset,
    preload: (quickCheck) => (quickCheck ? QuickResult.preload() : Deck.preload()),
  };
}
