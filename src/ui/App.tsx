// The widget's frame: header with language switch, progress, and the current step.

import { useMemo, useRef } from 'preact/hooks';
import { INTRO_STEP, QUOTE_STEP, questionSteps, RESULTS_STEP, stepIndex, stepsFor } from '../core/flow/steps.js';
import { local } from '../i18n/index.js';
import { useT, useWidget, useWidgetContext } from './context.js';
import { useFocusHeadingOnChange } from './focus-heading.js';
import { Intro } from './Intro.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { StartOver } from './StartOver.js';
import { Progress } from './Progress.js';
import { QuestionStep } from './question/QuestionStep.js';
import { loadLaterStrings } from '../i18n/load.js';
import { lazy } from './lazy.js';
import { WALKTHROUGH } from './steps.js';

// Each loads its code together with its strings.
const Results = lazy(() => Promise.all([import('./results/Results.js'), loadLaterStrings()]).then(([m]) => m.Results));
// On the last question step: works out the results ahead of the last Next, when the page is idle.
const ResultsWarmup = lazy(() => import('./results/Warmup.js').then((m) => m.Warmup), { quiet: true });
// Only in debug mode, for the partner setting the widget up.
const ConfigDebug = lazy(() => Promise.all([import('./ConfigDebug.js'), loadLaterStrings()]).then(([m]) => m.ConfigDebug), {
  quiet: true,
  needsContent: false,
});
// Only when a save was refused: told once, with its strings.
const SaveNotice = lazy(() => Promise.all([import('./SaveNotice.js'), loadLaterStrings()]).then(([m]) => m.SaveNotice), { quiet: true, needsContent: false });
const QuoteForm = lazy(() => Promise.all([import('./quote/QuoteForm.js'), loadLaterStrings()]).then(([m]) => m.QuoteForm));

/**
 * Fetches the results and quote code once the first screen is up, so they are ready when reached;
 * in a seminar, the results only (it has no quote form; see SeminarScreens.preload for the deck).
 */
export async function preloadLaterSteps(seminar = false): Promise<void> {
  await Results.preload();
  if (!seminar) await QuoteForm.preload();
}

export function App() {
  const { content, partner, configProblems, linkNotice, seminar, seminarScreens: screens } = useWidgetContext();
  const { t, lang } = useT();
  const stepId = useWidget((s) => s.step);
  const answers = useWidget((s) => s.answers);
  const quickCheck = useWidget((s) => s.quickCheck);
  // Once shown, stays: dismissing it is the notice's own business.
  const saveFailed = useWidget((s) => s.saveFailed || s.restoreFailed);
  const toldOfSaving = useRef(false);
  toldOfSaving.current ||= saveFailed;
  const steps = useMemo(() => stepsFor(content, answers, quickCheck), [content, answers, quickCheck]);
  const index = stepIndex(steps, stepId);
  // The deck is a view of its own, not one of the steps (where stepIndex finds the intro, which is
  // shown instead where there is no deck: a saved step from a seminar page, its parts not loaded).
  const step = (!(stepId === WALKTHROUGH && screens) && steps[index]) || { id: stepId, questions: [] };
  const questionCount = questionSteps(steps).length;
  const isLastQuestions = !!step.category && steps[index + 1]?.id === RESULTS_STEP;

  const root = useRef<HTMLDivElement>(null);
  useFocusHeadingOnChange(step.id, root);

  return (
    <div class={seminar ? `crc seminar ${seminar.role}` : 'crc'} lang={lang} ref={root} part="root" data-step={step.id}>
      {screens && <screens.IdleReset />}
      <header class="header" part="header">
        <p class="brand">
          {/* Who offers the check, by logo or else by name: owners trust a name they know. */}
          {partner.partner?.logoUrl ? (
            <img class="logo" src={partner.partner.logoUrl} alt={t('app.logoAlt', { name: partner.partner.name })} />
          ) : (
            partner.partner?.name && <span class="partner">{partner.partner.name}</span>
          )}
          {t('app.title')}
        </p>
        <div class="header-actions">
          {seminar && step.id !== INTRO_STEP && <StartOver />}
          <LanguageSwitch />
        </div>
      </header>
      {configProblems && (
        <p class="config-problem" role="status">
          {t('app.configProblem')}
        </p>
      )}
      {configProblems && configProblems.length > 0 && <ConfigDebug problems={configProblems} />}
      {toldOfSaving.current && <SaveNotice />}
      {linkNotice && (
        <p class="config-problem shared" role="status">
          {linkNotice(t)}
        </p>
      )}
      {step.category && <Progress current={index} total={questionCount} title={local(step.category.title, lang)} />}
      {step.id === INTRO_STEP && (screens ? <screens.Intro /> : <Intro />)}
      {step.id === WALKTHROUGH && screens && <screens.Deck />}
      {step.category && <QuestionStep key={step.id} step={step} isLast={isLastQuestions} />}
      {isLastQuestions && <ResultsWarmup />}
      {/* A seminar has no quote form: its results offer a conversation instead. */}
      {(step.id === RESULTS_STEP || (seminar && step.id === QUOTE_STEP)) && (quickCheck && screens ? <screens.QuickResult /> : <Results />)}
      {step.id === QUOTE_STEP && !seminar && <QuoteForm />}
    </div>
  );
}
