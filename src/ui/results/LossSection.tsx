// Likely loss: one card per scenario that concerns the company, largest first, each with a stacked
// bar by loss type, the range, what a chosen plan would pay, the items with their formulas filled
// in, the assumptions to adjust, and the brochure's own case beside it. Figures come from core.

import { useMemo, useState } from 'preact/hooks';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useDeferred, useWidgetLater } from '../deferred.js';
import { useFullContent } from '../full-content.js';
import { CoverChooser, firstChoice, offeredPrograms, type CoverChoice } from './CoverChooser.js';
import { lossCards } from './estimates.js';
import { ScenarioCard } from './ScenarioCard.js';

export { formatDriverValue, formulaText } from './formula-text.js';

export function LossSection() {
  const { partner } = useWidgetContext();
  const { content } = useFullContent();
  const { t } = useT();
  const answers = useWidget((s) => s.answers);
  // What-ifs redraw the cards a frame late, so that the field or the choice changes at once.
  const lossInputs = useWidgetLater((s) => s.lossInputs);
  const programs = offeredPrograms(content.loss.coverage, partner.quote.coverage);
  const [choice, setChoice] = useState<CoverChoice | undefined>(() => firstChoice(programs[0]));
  const shownChoice = useDeferred(choice);

  const cards = useMemo(() => lossCards(content, answers, lossInputs, partner.scenarios), [content, answers, lossInputs, partner]);
  // One scale for every bar, so that the scenarios compare at a glance.
  const scale = Math.max(1, ...cards.map((c) => c.estimate.range.high));

  return (
    <section class="subsection loss" aria-labelledby="loss-heading" part="loss">
      <h3 id="loss-heading">{t('loss.heading')}</h3>
      <p>{t('loss.intro')}</p>
      {choice && <CoverChooser choice={choice} programs={programs} onChange={setChoice} />}
      {cards.map(({ scenario, estimate }) => (
        <ScenarioCard key={scenario.id} scenario={scenario} estimate={estimate} scale={scale} choice={shownChoice} />
      ))}
      <p class="note">{t('loss.disclaimer')}</p>
    </section>
  );
}
