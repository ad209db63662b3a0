// The widget's frame: header with language switch, progress, and the current step.

import { useEffect, useMemo, useRef } from 'preact/hooks';
import { INTRO_STEP, QUOTE_STEP, questionSteps, RESULTS_STEP, stepIndex, stepsFor } from '../core/lib.js';
import { local } from '../i18n/index.js';
import { useT, useWidget, useWidgetContext } from './context.js';
import { Intro } from './Intro.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { Progress } from './Progress.js';
import { QuestionStep } from './question/QuestionStep.js';
import { QuoteForm } from './quote/QuoteForm.js';
import { Results } from './results/Results.js';

export function App() {
  const { content, partner, configProblem } = useWidgetContext();
  const { t, lang } = useT();
  const stepId = useWidget((s) => s.step);
  const answers = useWidget((s) => s.answers);
  const steps = useMemo(() => stepsFor(content, answers), [content, answers]);
  const index = stepIndex(steps, stepId);
  const step = steps[index]!;
  const questionCount = questionSteps(steps).length;

  // Move focus to the new step's heading when the step changes, but not on first load: the
  // widget must not steal focus from the host page.
  const root = useRef<HTMLDivElement>(null);
  const shownStep = useRef(step.id);
  useEffect(() => {
    if (shownStep.current === step.id) return;
    shownStep.current = step.id;
    root.current?.querySelector<HTMLElement>('#step-heading')?.focus();
  }, [step.id]);

  return (
    <div class="crc" lang={lang} ref={root} part="root" data-step={step.id}>
      <header class="header" part="header">
        <p class="brand">
          {partner.partner?.logoUrl && <img class="logo" src={partner.partner.logoUrl} alt={t('app.logoAlt', { name: partner.partner.name })} />}
          {t('app.title')}
        </p>
        <LanguageSwitch />
      </header>
      {configProblem && <p class="config-problem" role="status">{t('app.configProblem')}</p>}
      {step.category && <Progress current={index} total={questionCount} title={local(step.category.title, lang)} />}
      {step.id === INTRO_STEP && <Intro />}
      {step.category && <QuestionStep key={step.id} step={step} isLast={steps[index + 1]?.id === RESULTS_STEP} />}
      {step.id === RESULTS_STEP && <Results />}
      {step.id === QUOTE_STEP && <QuoteForm />}
    </div>
  );
}
