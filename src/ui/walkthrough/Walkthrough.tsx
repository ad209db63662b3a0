// For presenters: the brochures' worked cases as slides, in large type, moved with the keyboard or
// a slide clicker. Each case shows its story, then its items one by one, the total, and what each
// plan would pay; the presenter's notes open on demand (N).

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { INTRO_STEP } from '../../core/lib.js';
import { caseSlide } from '../../core/loss/deck.js';
import { local } from '../../i18n/index.js';
import { useT, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';
import { CaseTable, PlanPays, PresenterNotes } from './CaseTable.js';
import { useClickerKeys } from './useClickerKeys.js';

export function Walkthrough() {
  const { store, partner } = useWidgetContext();
  const { content } = useFullContent();
  const { t, lang } = useT();
  const slides = useMemo(() => content.loss.presets.flatMap((preset) => caseSlide(content, preset, partner.quote.coverage) ?? []), [content, partner]);
  // The parts of each case: its items, the total, what the plans pay.
  const parts = useMemo(() => slides.map((slide) => slide.items.length + 2), [slides]);
  const section = useRef<HTMLElement>(null);
  const [notes, setNotes] = useState(false);
  const onKey = useCallback((key: string) => key === 'n' && (setNotes((open) => !open), true), []);
  const { position, move } = useClickerKeys(section, parts, onKey);
  useEffect(() => section.current?.focus(), []);
  const slide = slides[position.index];
  if (!slide) return null;
  const { shown } = position;

  return (
    <section class="step walkthrough" aria-labelledby="step-heading" ref={section} tabIndex={-1} data-preset={slide.preset.id} data-shown={shown}>
      <p class="progress-text" aria-live="polite">
        {t('walkthrough.counter', { current: position.index + 1, total: slides.length })}
      </p>
      <StepHeading>{local(slide.preset.title, lang)}</StepHeading>
      <p class="lead">{local(slide.preset.story, lang)}</p>
      <CaseTable slide={slide} shown={shown} />
      {shown > slide.items.length + 1 && <PlanPays slide={slide} />}
      {notes && <PresenterNotes slide={slide} />}
      <p class="note">{t('walkthrough.hint')}</p>
      <div class="step-nav">
        <button type="button" class="button secondary" disabled={position.index === 0 && shown === 0} onClick={() => move(-1)}>
          {t('walkthrough.prev')}
        </button>
        <button type="button" class="button secondary" aria-pressed={notes} onClick={() => setNotes(!notes)}>
          {t('walkthrough.notes')}
        </button>
        <button type="button" class="button secondary" onClick={() => store.getState().goTo(INTRO_STEP)}>
          {t('walkthrough.back')}
        </button>
        <button type="button" class="button primary" disabled={position.index === slides.length - 1 && shown === parts[position.index]} onClick={() => move(1)}>
          {t('walkthrough.next')}
        </button>
      </div>
    </section>
  );
}
