// The loss model as content: scenarios with drivers and line items, presets that reproduce the
// brochures' worked cases, the JNSA model and margins, and insurance plans with limit sets.

import type { Condition } from '../condition.js';
import type { LocalText } from '../text.js';

/** 賠償 liability to others, 費用 incident response costs, 利益 own lost profit. */
export type LossType = 'liability' | 'cost' | 'profit';
export const LOSS_TYPES: readonly LossType[] = ['liability', 'cost', 'profit'];

/** How a driver's value follows from the company profile. */
export type DriverSource =
  { question: string; scale?: number; min?: number; max?: number; round?: 'up' | 'down' | 'nearest' } | { model: 'jnsaPerPerson' | 'grossMargin' };

export interface Driver {
  id: string;
  label: LocalText;
  unit?: LocalText;
  /** How the value is shown and typed. */
  format?: 'yen' | 'percent' | 'count' | 'days';
  /** Used when the profile gives nothing (and in the formula shown to the user). */
  default: number;
  from?: DriverSource;
  min?: number;
  max?: number;
  /** Multipliers of the likely value for the low and high ends of the range. */
  uncertainty?: { low: number; high: number };
  source?: LocalText;
}

/** rate × product of drivers (÷ divideBy), or a step table on one driver. */
export type Term = { rate: number; per?: string[]; divideBy?: number } | { steps: { driver: string; table: [number, number][] } };

export interface Formula {
  terms: Term[];
  min?: number;
  max?: number;
}

/**
 * Which plans cover an item: `basic` (Basic and Wide), `wide` (Wide only), `profit` (only with
 * lost-profit cover), `none` (no plan: fines, the company's own improvements).
 */
export type CoverKind = 'basic' | 'wide' | 'profit' | 'none';

export interface LineItem {
  id: string;
  type: LossType;
  label: LocalText;
  cover: CoverKind;
  formula: Formula;
}

export interface Mitigation {
  /** A control answered with its best option scales `driver` by `factor` (at most 1). */
  control: string;
  driver: string;
  factor: number;
}

export interface LossScenario {
  id: string;
  title: LocalText;
  story: LocalText;
  /** Profile conditions under which the scenario is likely; absent: any company. */
  appliesIf?: Condition;
  drivers: Driver[];
  items: LineItem[];
  mitigations?: Mitigation[];
}

export interface LossPreset {
  id: string;
  scenario: string;
  title: LocalText;
  story: LocalText;
  source: LocalText;
  inputs: Record<string, number>;
  /** The items the case had; the others do not apply to it. */
  items: string[];
  /** The brochure's figures, item by item and in total. */
  expected: { items: Record<string, number>; total: number };
}

export interface LossModel {
  jnsa: {
    base: number;
    identifiability: number;
    socialResponsibility: number;
    response: number;
    /** Data kind (an option of dataKinds) → [mental distress level 1–3, economic loss level 1–3]. */
    kinds: Record<string, [number, number]>;
  };
  /** Gross margin by industry option, and `default`. */
  grossMargin: Record<string, number>;
}

export interface InsurancePlan {
  id: string;
  label: LocalText;
  /** Cover kinds this plan pays for. */
  covers: CoverKind[];
}

export interface LimitSet {
  id: string;
  label: LocalText;
  /** Limits per loss type in yen; 0 means not covered. */
  limits: Record<LossType, number>;
}

export interface CoverageProgram {
  id: string;
  title: LocalText;
  plans: InsurancePlan[];
  limitSets: LimitSet[];
}

export interface LossContent {
  model: LossModel;
  scenarios: LossScenario[];
  presets: LossPreset[];
  coverage: CoverageProgram[];
}
