// The first screen of the results: a verdict in plain words, the discount now and next, a reference
// premium, the largest likely loss, the score, three things to do, and the way to an agent. Every
// figure comes from core's decisionFor; the details below the card explain each one.

import type { Decision as DecisionFigures, DecisionAction, PremiumFigures } from '../../core/decision.js';
import { formatList, QUOTE_STEP, stepsFor } from '../../core/lib.js';
import type { Content, Lang } from '../../core/types.js';
import { formatAmountBrief, formatRate, formatYen } from '../../core/format.js';
import { local, type TFunction } from '../../i18n/index.js';
import { telHref } from '../agent-phone.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { actionText, controlOf, effortLabels } from './action-labels.js';
import { discountSentence, verdictText } from './decision-text.js';
import { scoreText } from './IpaScore.js';
import { StarSummary } from './StarLadder.js';
import { useDecision } from './use-decision.js';

function ActionItem({ action, content }: { action: DecisionAction; content: Content }) {
  const { t, lang } = useT();
  const question = controlOf(content, action.questionId);
  const meta = [
    ...effortLabels(question, t),
    action.forDiscount && t('decision.actionDiscount'),
    action.scenarios.length > 0 &&
      t('decision.actionReduces', {
        scenarios: formatList(
          action.scenarios.map((s) => t(`scenarios.${s}`)),
          lang,
        ),
      }),
  ].filter((m): m is string => typeof m === 'string');
  return (
    <li>
      <span class="action-text">{actionText(content, action.questionId, lang)}</span>
      <span class="step-meta">{meta.join(' · ')}</span>
      {question?.howTo && (
        <a class="how-to" href={question.howTo.url} target="_blank" rel="noopener">
          {t('decision.howTo', { title: local(question.howTo.title, lang) })}
        </a>
      )}
    </li>
  );
}

/** Questions skipped or lost: how many, that they count as not done, and the way back to the first. */
function Unanswered({ questionIds }: { questionIds: string[] }) {
  const { store, content, shared } = useWidgetContext();
  const { t } = useT();
  const first = questionIds[0];
  if (!first) return null;
  const goBack = () => {
    const state = store.getState();
    const step = stepsFor(content, state.answers).find((s) => s.questions.some((q) => q.id === first));
    if (step) state.goTo(step.id);
  };
  return (
    <p class="unanswered" part="unanswered">
      {t('decision.unanswered', { count: questionIds.length })}{' '}
      {!shared?.ok && (
        <button type="button" class="link-button" onClick={goBack}>
          {t('decision.answerNow')}
        </button>
      )}
    </p>
  );
}

function NextStep() {
  const { store, partner, seminar, shared } = useWidgetContext();
  const { t } = useT();
  const phone = partner.partner?.contact?.phone;
  const tel = phone ? telHref(phone) : undefined;
  // A shared link's result is read-only: someone else's answers must not become your quote request.
  if (shared?.ok) {
    return (
      <div class="decision-nav">
        <a class="button primary" href={location.pathname + location.search}>
          {t('results.sharedOwnCheck')}
        </a>
      </div>
    );
  }
  return (
    <div class="decision-nav">
      {!seminar && (
        <button type="button" class="button primary" onClick={() => store.getState().goTo(QUOTE_STEP)}>
          {t('quote.open')}
        </button>
      )}
      {tel && phone && (
        <a class="button secondary" href={tel}>
          {t('decision.call', { phone })}
        </a>
      )}
    </div>
  );
}

function Figures({ decision }: { decision: DecisionFigures }) {
  const { t, lang } = useT();
  const { discount, premium, biggestLoss, ipa } = decision;
  return (
    <dl class="figures">
      <div class="figure" data-figure="discount">
        <dt>{t('decision.discountLabel')}</dt>
        <dd class="figure-value">{discount.totalRate > 0 ? formatRate(discount.totalRate, lang) : t('decision.discountNone')}</dd>
        <dd class="figure-note">{discountSentence(decision, t, lang)}</dd>
      </div>
      {premium && (
        <div class="figure" data-figure="premium">
          <dt>{t('decision.premiumLabel')}</dt>
          <dd class="figure-value">{keepAmountsWhole(formatYen(premium.after, lang))}</dd>
          <dd class="figure-note">{keepAmountsWhole(premiumNote(premium, t, lang))}</dd>
        </div>
      )}
      {biggestLoss && (
        <div class="figure" data-figure="loss">
          <dt>{t('decision.lossLabel')}</dt>
          <dd class="figure-value">{keepAmountsWhole(formatAmountBrief(biggestLoss.estimate.total, lang))}</dd>
          <dd class="figure-note">
            {keepAmountsWhole(
              t('decision.lossScenario', {
                scenario: local(biggestLoss.scenario.title, lang),
                low: formatAmountBrief(biggestLoss.estimate.range.low, lang),
                high: formatAmountBrief(biggestLoss.estimate.range.high, lang),
              }),
            )}
          </dd>
        </div>
      )}
      <div class="figure" data-figure="score">
        <dt>{t('decision.scoreLabel')}</dt>
        <dd class="figure-value">{t('decision.scoreValue', { score: scoreText(ipa.score) })}</dd>
        <dd class="figure-note">{t('decision.scoreBand', { band: local(ipa.band.title, lang) })}</dd>
      </div>
    </dl>
  );
}

function premiumNote(premium: PremiumFigures, t: TFunction, lang: Lang): string {
  return [
    t('decision.premiumBefore', { before: formatYen(premium.before, lang) }),
    premium.afterNext !== undefined && t('decision.premiumNext', { yen: formatYen(premium.afterNext, lang) }),
    t('decision.premiumNote'),
  ]
    .filter((s): s is string => typeof s === 'string')
    .join(lang === 'en' ? ' ' : '');
}

export function Decision() {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const decision = useDecision();
  return (
    <div class="decision" part="decision">
      <p class={`verdict verdict-${decision.verdict}`}>{verdictText(decision, t, lang)}</p>
      <StarSummary />
      <Unanswered questionIds={decision.unanswered} />
      <Figures decision={decision} />
      <NextStep />
      {decision.actions.length > 0 && (
        <>
          <h3 class="actions-heading">{t('decision.actionsHeading')}</h3>
          <ol class="actions">
            {decision.actions.map((action) => (
              <ActionItem key={action.questionId} action={action} content={content} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
