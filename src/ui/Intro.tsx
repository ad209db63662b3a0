import type { ComponentChildren } from 'preact';
import { useT, useWidget, useWidgetContext } from './context.js';
import { StartOver } from './StartOver.js';
import { StepHeading } from './StepHeading.js';

export interface IntroTexts {
  heading: string;
  lead: string;
  expect: string;
  privacy: string;
}

interface IntroProps {
  /** A seminar's texts; the check's own otherwise. */
  texts?: IntroTexts;
  /** Beside the start button, and below it. */
  actions?: ComponentChildren;
  children?: ComponentChildren;
}

/** The opening screen: what the check is, how long it takes, where the answers stay, and the start. */
export function Intro({ texts, actions, children }: IntroProps) {
  const { expectedLength, store, pageAnswers } = useWidgetContext();
  const { t, lang } = useT();
  // Answers the host page gave are not a check begun: the owner still starts it.
  const hasAnswers = useWidget((s) => Object.entries(s.answers).some(([id, value]) => JSON.stringify(value) !== JSON.stringify(pageAnswers?.[id])));
  const length = expectedLength[lang];
  const { heading, lead, expect, privacy } = texts ?? {
    heading: t('intro.heading'),
    lead: t('intro.lead'),
    expect: t('intro.expect', { count: length.questions, max: length.maxQuestions, minutes: length.minutes }),
    privacy: t('intro.privacy'),
  };
  return (
    <section class="step intro" aria-labelledby="step-heading">
      <StepHeading>{heading}</StepHeading>
      <p class="lead">{lead}</p>
      <p class="expect">{expect}</p>
      <p class="note">{privacy}</p>
      <div class="step-nav">
        <button type="button" class="button primary" onClick={() => store.getState().next()}>
          {hasAnswers ? t('intro.resume') : t('intro.start')}
        </button>
        {hasAnswers && <StartOver />}
        {actions}
      </div>
      {children}
    </section>
  );
}
