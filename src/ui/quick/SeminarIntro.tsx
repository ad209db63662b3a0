// A seminar's opening screen. On an attendee's phone (or after a take-home link that could not be
// read), the quick check's texts. On the presenter's screen, the check's own texts with the way
// into the deck of brochure cases and the QR code that opens the quick check on the room's phones.

import type { ExpectedLength } from '../../core/flow/estimate.js';
import type { Lang } from '../../core/types.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { Intro, type IntroTexts } from '../Intro.js';
import { WALKTHROUGH } from '../steps.js';
import { AttendeeQr } from './AttendeeQr.js';

export interface SeminarIntroProps {
  /** The quick check's expected length by language. */
  quickLength: Record<Lang, ExpectedLength>;
}

export function SeminarIntro({ quickLength }: SeminarIntroProps) {
  const { expectedLength, seminar, store } = useWidgetContext();
  const { t, lang } = useT();
  const quickCheck = useWidget((s) => s.quickCheck);
  const length = (quickCheck ? quickLength : expectedLength)[lang];
  const privacy = t(seminar ? 'seminar.privacy' : 'intro.privacy');
  const texts: IntroTexts = quickCheck
    ? {
        heading: t('quick.introHeading'),
        lead: t('quick.introLead'),
        expect: t('quick.introExpect', { count: length.questions, minutes: length.minutes }),
        privacy,
      }
    : {
        heading: t('intro.heading'),
        lead: t('intro.lead'),
        expect: t('intro.expect', { count: length.questions, max: length.maxQuestions, minutes: length.minutes }),
        privacy,
      };
  const presenter = seminar?.role === 'presenter';
  const deck = presenter && (
    <button type="button" class="button secondary" onClick={() => store.getState().goTo(WALKTHROUGH)}>
      {t('seminar.walkthroughOpen')}
    </button>
  );
  return (
    <Intro texts={texts} actions={deck}>
      {presenter && <AttendeeQr length={quickLength[lang]} />}
    </Intro>
  );
}
