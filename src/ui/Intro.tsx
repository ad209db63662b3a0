import { useT, useWidget, useWidgetContext } from './context.js';
import { StartOver } from './StartOver.js';
import { StepHeading } from './StepHeading.js';
import { WALKTHROUGH } from './steps.js';

export function Intro() {
  const { expectedLength, store, seminar, pageAnswers } = useWidgetContext();
  const { t, lang } = useT();
  // Answers the host page gave are not a check begun: the owner still starts it.
  const hasAnswers = useWidget((s) => Object.entries(s.answers).some(([id, value]) => JSON.stringify(value) !== JSON.stringify(pageAnswers?.[id])));
  const length = expectedLength[lang];
  return (
    <section class="step intro" aria-labelledby="step-heading">
      <StepHeading>{t('intro.heading')}</StepHeading>
      <p class="lead">{t('intro.lead')}</p>
      <p class="expect">{t('intro.expect', { count: length.questions, max: length.maxQuestions, minutes: length.minutes })}</p>
      <p class="note">{t(seminar ? 'intro.privacySeminar' : 'intro.privacy')}</p>
      <div class="step-nav">
        <button type="button" class="button primary" onClick={() => store.getState().next()}>
          {hasAnswers ? t('intro.resume') : t('intro.start')}
        </button>
        {hasAnswers && <StartOver />}
        {seminar && (
          <button type="button" class="button secondary" onClick={() => store.getState().goTo(WALKTHROUGH)}>
            {t('app.walkthroughOpen')}
          </button>
        )}
      </div>
    </section>
  );
}
