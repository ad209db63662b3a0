// One loss scenario: its story, the likely loss and range, the loss by type, what the chosen plan
// would pay, the APPI duty it brings, the items with their formulas, what controls save, the assumptions and a brochure case.

import { coverFor, type LossEstimate, type LossScenario } from '../../core/lib.js';
import { formatAmount } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';
import { Assumptions } from './Assumptions.js';
import { BreachDutyNote } from './BreachDutyNote.js';
import type { CoverChoice } from './CoverChooser.js';
import { LossByType } from './LossByType.js';
import { LossItems } from './LossItems.js';
import { MitigationSavings } from './MitigationSavings.js';
import { PlanPayout } from './PlanPayout.js';
import { PresetComparison } from './PresetComparison.js';
import { pure } from '../pure.js';

interface ScenarioCardProps {
  scenario: LossScenario;
  estimate: LossEstimate;
  /** The largest high end of all scenarios' ranges, so that the bars compare. */
  scale: number;
  choice: CoverChoice | undefined;
}

export const ScenarioCard = pure(function ScenarioCard({ scenario, estimate, scale, choice }: ScenarioCardProps) {
  const { t, lang } = useT();
  const cover = choice ? coverFor(estimate, choice.program, choice.planId, choice.limitSetId, choice.options) : undefined;
  const headingId = `scenario-${scenario.id}`;
  return (
    <article class="scenario" aria-labelledby={headingId} data-scenario={scenario.id}>
      <h4 id={headingId}>{local(scenario.title, lang)}</h4>
      <p class="note">{local(scenario.story, lang)}</p>
      <p class="loss-likely" aria-live="polite">
        {keepAmountsWhole(t('loss.likely', { amount: formatAmount(estimate.total, lang) }))}
      </p>
      <p class="note" title={t('loss.rangeHelp')}>
        {keepAmountsWhole(t('loss.range', { low: formatAmount(estimate.range.low, lang), high: formatAmount(estimate.range.high, lang) }))}
      </p>
      <LossByType estimate={estimate} scale={scale} />
      {cover && <PlanPayout cover={cover} />}
      <BreachDutyNote scenario={scenario} estimate={estimate} />
      <LossItems scenario={scenario} estimate={estimate} cover={cover} />
      <MitigationSavings estimate={estimate} />
      <Assumptions scenario={scenario} estimate={estimate} />
      <PresetComparison scenario={scenario} estimate={estimate} />
    </article>
  );
});
