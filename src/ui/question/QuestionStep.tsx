// A step of the check: one category's visible questions, with back / next.

import type { TargetedMouseEvent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Step } from '../../core/flow/steps.js';
import { parseNumberAnswer } from '../../core/parse/answer.js';
import { hasOptions, type AskedQuestion, type Lang } from '../../core/types.js';
import { local } from '../../i18n/index.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { StepHeading } from '../StepHeading.js';
import { QuestionField } from './QuestionField.js';

/** Questions whose typed text does not parse; moving on is blocked until they are fixed or cleared. */
export function invalidQuestions(questions: AskedQuestion[], drafts: Record<string, string>): AskedQuestion[] {
  return questions.filter((q) => {
    if (hasOptions(q)) return false;
    const text = drafts[q.id];
    return text !== undefined && text.trim() !== '' && !parseNumberAnswer(q, text).ok;
  });
}

/**
 * A step's first frame draws its first question alone, and each next frame one more, so a long step
 * (the company profile has 14 questions) shows its first question sooner on a slow phone, and a tap
 * on it is not kept waiting while the rest are drawn: at 4x CPU throttling, a frame that adds one
 * question mostly stays under 50 ms, while four at a time made tasks of 60-100 ms.
 */
export const QUESTIONS_PER_FRAME = 1;

/**
 * Whether the questions' texts are still to come. Those of the steps after the first come with the
 * rest of the content, which loads in the background after the first screen (see i18n/load.ts): a
 * step reached before it has arrived asks for it, and shows its heading and a loading note meanwhile.
 */
function useTextsPending(questions: AskedQuestion[], lang: Lang): boolean {
  const { ensureContent } = useWidgetContext();
  const pending = questions.some((q) => local(q.text, lang) === '');
  const [, arrived] = useState(0);
  useEffect(() => {
    if (!pending) return;
    let live = true;
    ensureContent().then(
      () => live && arrived((n) => n + 1),
      (error: unknown) => console.error('cyber-risk-check: a part failed to load', error),
    );
    return () => {
      live = false;
    };
  }, [pending]);
  return pending;
}

export function QuestionStep({ step, isLast }: { step: Step; isLast: boolean }) {
  const { store } = useWidgetContext();
  const { t, lang } = useT();
  const drafts = useWidget((s) => s.drafts);
  const [attempted, setAttempted] = useState(false);
  const [drawnCount, setDrawnCount] = useState(1);
  const waiting = useTextsPending(step.questions, lang);
  // The same element objects every round, so Preact skips the questions already drawn.
  const fields = useMemo(() => step.questions.map((q) => <QuestionField key={q.id} question={q} showErrors={attempted} />), [step.questions, attempted]);
  const complete = !waiting && drawnCount >= fields.length;
  // Preact runs effects after the browser has painted, so each round draws the next frame's share.
  useEffect(() => {
    if (!waiting && !complete) setDrawnCount(drawnCount + QUESTIONS_PER_FRAME);
  }, [waiting, complete, drawnCount]);
  const invalid = invalidQuestions(step.questions, drafts);

  const onNext = (event: TargetedMouseEvent<HTMLButtonElement>) => {
    const firstInvalid = invalid[0];
    if (firstInvalid) {
      setAttempted(true);
      // Focus the first field that needs fixing; its message is linked by aria-describedby.
      const root = event.currentTarget.closest('.crc');
      root?.querySelector<HTMLInputElement>(`#q-${firstInvalid.id}`)?.focus();
      return;
    }
    setAttempted(false);
    store.getState().next();
  };

  // Only a category's step asks questions (App shows no other here).
  const category = step.category;
  if (!category) return null;
  return (
    <section class="step" aria-labelledby="step-heading">
      <StepHeading>{local(category.title, lang)}</StepHeading>
      {waiting ? (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <>
          {category.intro && <p class="lead">{local(category.intro, lang)}</p>}
          <div class="questions">{fields.slice(0, drawnCount)}</div>
          {/* Shown with the last question, so the buttons do not jump down as the rest arrives. */}
          {complete && (
            <>
              <p class="error-summary" role="alert">
                {attempted && invalid.length > 0 ? t('nav.fixErrors', { count: invalid.length }) : ''}
              </p>
              <nav class="step-nav" part="nav">
                <button type="button" class="button secondary" onClick={() => store.getState().back()}>
                  {t('nav.back')}
                </button>
                <button type="button" class="button primary" onClick={onNext}>
                  {isLast ? t('nav.toResults') : t('nav.next')}
                </button>
              </nav>
            </>
          )}
        </>
      )}
    </section>
  );
}
