// The loss model as content: scenarios with drivers and line items, presets that reproduce the
// brochures' worked cases, the JNSA model and margins, and insurance plans with limit sets. The
// types are derived from the loss files' schema (src/core/schemas/loss.ts), their one source.

import type { ShapeOf } from '../schemas/common.js';
import type { lossSchema } from '../schemas/loss.js';

/** A loss file as its schema allows it: any of the four parts. */
type LossFile = ShapeOf<typeof lossSchema>;

/** An incident a company may have: its story, drivers, line items and the controls that lower it. */
export type LossScenario = NonNullable<LossFile['scenarios']>[number];

/** A brochure's worked case, reproduced from its inputs, with the brochure's figures. */
export type LossPreset = NonNullable<LossFile['presets']>[number];

/** An insurer's programme: its plans, options, limit sets, sub-limits, deductible and exclusions. */
export type CoverageProgram = NonNullable<LossFile['coverage']>[number];

/**
 * The JNSA model and gross margins. The margins are typed here: json-schema-to-ts cannot combine
 * the named `default` with the margins by industry (it types the latter as unknown).
 */
export type LossModel = Omit<NonNullable<LossFile['model']>, 'grossMargin'> & { grossMargin: Record<string, number> & { default: number } };

/** A value a scenario's formulas use, with its default and where it comes from in the profile. */
export type Driver = LossScenario['drivers'][number];

/** How a driver's value follows from the company profile. */
export type DriverSource = NonNullable<Driver['from']>;

/** A cost of the incident, with its formula, its trigger and what an insurer pays it as. */
export type LineItem = LossScenario['items'][number];

/** A line item's amount: a sum of terms, optionally bounded. */
export type Formula = LineItem['formula'];

/** rate × product of drivers (÷ divideBy), or a step table on one driver. */
export type Term = Formula['terms'][number];

/** A control answered with its best option scales `driver` by `factor` (at most 1). */
export type Mitigation = NonNullable<LossScenario['mitigations']>[number];

/** 賠償 liability to others, 費用 incident response costs, 利益 own lost profit. */
export type LossType = LineItem['type'];
export const LOSS_TYPES: readonly LossType[] = ['liability', 'cost', 'profit'];

/** What sets an insurer's cover off (対象となる事由); see TRIGGERS. */
export type Trigger = LineItem['trigger'];

/** What an insurer pays an item as (法律上の損害賠償金, 事故対応費用, 利益損害, …); see ITEM_KINDS. */
export type ItemKind = LineItem['kind'];

export { TRIGGERS, ITEM_KINDS } from '../schemas/loss-coverage.js';

/** The loss type each kind of item belongs to; fines belong to none (they fit any, and are never paid). */
export const KIND_TYPES: Readonly<Record<Exclude<ItemKind, 'fine'>, LossType>> = {
  damages: 'liability',
  legal: 'liability',
  rightsPreservation: 'liability',
  litigationSupport: 'liability',
  response: 'cost',
  investigation: 'cost',
  callCentre: 'cost',
  pr: 'cost',
  legalAdvice: 'cost',
  consulting: 'cost',
  consolation: 'cost',
  monitoring: 'cost',
  regulator: 'cost',
  recovery: 'cost',
  containment: 'cost',
  recurrence: 'cost',
  attackInvestigation: 'cost',
  certification: 'cost',
  lostProfit: 'profit',
  continuity: 'profit',
};

/** A plan of a program (ベーシックプラン, ワイドプラン, …): which kinds of item it pays for which triggers. */
export type InsurancePlan = CoverageProgram['plans'][number];

/** For these triggers, these kinds of item are paid. */
export type PayRule = InsurancePlan['pays'][number];

/** An option or 特約: what it adds, to which plans, whether a limit set makes it mandatory. */
export type CoverOption = NonNullable<CoverageProgram['options']>[number];

/** At most an amount per incident, or per person, for some kinds or triggers. */
export type SubLimit = NonNullable<CoverageProgram['subLimits']>[number];

/** Items a program never pays (fines, and what its exclusions name). */
export type Exclusion = NonNullable<CoverageProgram['exclusions']>[number];

/** Limits per loss type in yen; 0 means not covered. */
export type LimitSet = CoverageProgram['limitSets'][number];

export interface LossContent {
  model: LossModel;
  scenarios: LossScenario[];
  presets: LossPreset[];
  coverage: CoverageProgram[];
}
