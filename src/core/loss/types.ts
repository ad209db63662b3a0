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

/** An insurer's programme: its plans and limit sets. */
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

/** A cost of the incident, with its formula and which plans cover it. */
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

/**
 * Which plans cover an item: `basic` (Basic and Wide), `wide` (Wide only), `profit` (only with
 * lost-profit cover), `none` (no plan: fines, the company's own improvements).
 */
export type CoverKind = LineItem['cover'];

export type InsurancePlan = CoverageProgram['plans'][number];

/** Limits per loss type in yen; 0 means not covered. */
export type LimitSet = CoverageProgram['limitSets'][number];

export interface LossContent {
  model: LossModel;
  scenarios: LossScenario[];
  presets: LossPreset[];
  coverage: CoverageProgram[];
}
