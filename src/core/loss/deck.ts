// A brochure's worked case as a presenter's slide shows it: its items with the amounts the model
// gives for the brochure's own inputs (the same figures the estimates use, so a content change
// updates both), the total, and what each plan of a programme would pay for it.

import type { Content, LocalText } from '../types.js';
import { coverFor } from './cover.js';
import { estimateScenario } from './estimate.js';
import type { CoverageProgram, LossPreset } from './types.js';

export interface CaseSlide {
  preset: LossPreset;
  items: { id: string; label: LocalText; amount: number }[];
  total: number;
  /** The programme the plans are from, and the limit set they are shown with (its largest). */
  program: CoverageProgram;
  limitSet: { id: string; label: LocalText };
  plans: { id: string; label: LocalText; paid: number; uncovered: number }[];
}

/** The slide of a brochure case; `programId`: the partner's programme (the content's first by default). */
export function caseSlide(content: Content, preset: LossPreset, programId?: string): CaseSlide | undefined {
  const scenario = content.loss.scenarios.find((s) => s.id === preset.scenario);
  const program = content.loss.coverage.find((p) => p.id === programId) ?? content.loss.coverage[0];
  const limitSet = program?.limitSets.at(-1);
  if (!scenario || !program || !limitSet) return undefined;
  const estimate = estimateScenario(content, scenario, { inputs: preset.inputs, items: preset.items });
  // In the brochure's order, which the presenter follows.
  const items = preset.items.flatMap((id) =>
    estimate.items.filter(({ item }) => item.id === id).map(({ item, amount }) => ({ id, label: item.label, amount })),
  );
  const plans = program.plans.flatMap((plan) => {
    const cover = coverFor(estimate, program, plan.id, limitSet.id);
    return cover ? [{ id: plan.id, label: plan.label, paid: cover.paid, uncovered: cover.uncovered }] : [];
  });
  return { preset, items, total: estimate.total, program, limitSet: { id: limitSet.id, label: limitSet.label }, plans };
}
