// An attendee's result: the quick check's score and band, the controls to look at first, the
// discount within reach, and the way to the full check later (see TakeHome).

import { useMemo } from 'preact/hooks';
import { formatList, quickCheckIds, quickResult, starLadder, type QuickResult as QuickFigures } from '../../core/lib.js';
import { formatRate } from '../../core/format.js';
import type { Answers, Content } from '../../core/types.js';
import { local } from '../../i18n/index.js';
import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';
import { actionText } from '../results/action-labels.js';
import { PartnerContact } from '../results/PartnerContact.js';
import { useStarsShown } from '../results/StarLadder.js';
import { scoreText } from '../results/IpaScore.js';
import { TakeHome } from './TakeHome.js';

/** IPA's bands drawn as the full results draw their verdicts (an unknown band as the plain one). */
const BAND_LOOK: Record<string, string> = { gaps: 'verdict-gaps', insufficient: 'verdict-gaps', atRisk: 'verdict-urgent' };

function Figures({ result }: { result: QuickFigures }) {
  const { t, lang } = useT();
  const { discount, next } = result;
  return (
    <dl class="figures">
      <div class="figure" data-figure="score">
        <dt>{t('quick.scoreLabel')}</dt>
        <dd class="figure-value">{t('decision.scoreValue', { score: scoreText(result.score) })}</dd>
        <dd class="figure-note">{t('quick.scoreNote', { count: result.asked })}</dd>
      </div>
      <div class="figure" data-figure="discount">
        <dt>{t('quick.discountLabel')}</dt>
        <dd class="figure-value">{discount.securityRate > 0 ? formatRate(discount.securityRate, lang) : t('decision.discountNone')}</dd>
        <dd class="figure-note">
          {next ? t('quick.discountNext', { count: next.steps.length, rate: formatRate(next.result.securityRate, lang) }) : t('decision.discountTop')}
        </dd>
      </div>
    </dl>
  );
}

function Risks({ result, content }: { result: QuickFigures; content: Content }) {
  const { t, lang } = useT();
  if (result.risks.length === 0) return null;
  return (
    <>
      <h3 class="actions-heading">{t('quick.risksHeading')}</h3>
      <ol class="actions">
        {result.risks.map((risk) => {
          const reduces = risk.scenarios.map((s) => t(`scenarios.${s}`));
          const meta = [
            t(`quick.answered.${risk.answer ?? 'none'}`),
            reduces.length > 0 && t('decision.actionReduces', { scenarios: formatList(reduces, lang) }),
          ];
          return (
            <li key={risk.questionId}>
              <span class="action-text">{actionText(content, risk.questionId, lang)}</span>
              <span class="step-meta">{meta.filter(Boolean).join(' · ')}</span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** One line on the star ladder: what the next star still needs of what was asked here. */
function QuickStars({ content, answers }: { content: Content; answers: Answers }) {
  const { t } = useT();
  const shown = useStarsShown();
  const next = useMemo(() => starLadder(content, answers, quickCheckIds(content)).next, [content, answers]);
  if (!shown || !next) return null;
  const missing = next.requirements.filter((r) => r.status === 'missing').length;
  const notAsked = next.requirements.filter((r) => r.status === 'notAsked').length;
  const stars = next.level.stars;
  return (
    <p class="star-summary" part="star-summary">
      {missing > 0 ? t('quick.starsMissing', { stars, count: missing }) : t('quick.starsDone', { stars })}
      {notAsked > 0 && t('quick.starsFullCheck', { count: notAsked })}
    </p>
  );
}

export function QuickResult() {
  const { content, scheme } = useFullContent();
  const { t, lang } = useT();
  const answers = useWidget((s) => s.answers);
  const result = useMemo(() => quickResult(content, scheme, answers), [content, scheme, answers]);
  return (
    <section class="step results quick-result" aria-labelledby="step-heading" part="quick-result">
      <StepHeading>{t('quick.heading')}</StepHeading>
      <div class="decision">
        <p class={`verdict ${BAND_LOOK[result.band.id] ?? ''}`} data-band={result.band.id}>
          {local(result.band.title, lang)}
        </p>
        <p>{local(result.band.advice, lang)}</p>
        <QuickStars content={content} answers={answers} />
        <Figures result={result} />
        <Risks result={result} content={content} />
        <p class="note">{t('quick.estimateNote')}</p>
      </div>
      <TakeHome />
      <PartnerContact />
    </section>
  );
}
