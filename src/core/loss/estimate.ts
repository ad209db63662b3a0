// Itemised loss estimates: resolve each driver (user input, else the profile, else the default),
// apply the controls that mitigate it, evaluate each item's formula, total by loss type, and add a
// low / high range: the 5% and 95% points of a seeded Monte Carlo in which each uncertain driver
// varies along a lognormal fitted to its 90% interval. Pure and deterministic.

import { conditionHolds, visibleAnswers } from '../flow/conditions.js';
import { fnv1a } from '../hash.js';
import { bestOption } from '../scoring/weighted.js';
import type { Answers, Content, ControlQuestion } from '../types.js';
import { checkDriverValue } from './check.js';
import { fromSource } from './drivers.js';
import { simulatedTotals } from './simulate.js';
import { LOSS_TYPES, type Formula, type LineItem, type LossModel, type LossScenario, type LossType, type Term } from './types.js';

/** Typed by the user, from the profile, worked out from other drivers, or the stated default. */
export type DriverOrigin = 'input' | 'profile' | 'derived' | 'default';

export interface DriverValue {
  value: number;
  origin: DriverOrigin;
  /** The value before mitigating controls, when they changed it. */
  unmitigated?: number;
}

export interface TermValue {
  term: Term;
  amount: number;
  /** The numbers that went in, in order: the rate then each driver's value, or the step's driver value. */
  operands: number[];
}

export interface ItemEstimate {
  item: LineItem;
  amount: number;
  terms: TermValue[];
}

export interface MitigationEffect {
  control: string;
  driver: string;
  factor: number;
  /** Whether the control is done, so the estimate already includes it. */
  applied: boolean;
  /** How much the total is lower with the control done than without. */
  saving: number;
}

export interface LossEstimate {
  scenarioId: string;
  items: ItemEstimate[];
  byType: Record<LossType, number>;
  total: number;
  drivers: Record<string, DriverValue>;
  range: { low: number; likely: number; high: number };
  mitigations: MitigationEffect[];
  /** Inputs that were not valid numbers for their driver, and were ignored. */
  rejectedInputs: string[];
}

export interface EstimateOptions {
  answers?: Answers;
  /** Values the user adjusted, by driver id. */
  inputs?: Record<string, number>;
  /** Only these items (a preset's), in the scenario's order. */
  items?: string[];
  /** Monte Carlo samples for the range; 0 skips it. */
  samples?: number;
  seed?: number;
}

export const DEFAULT_SAMPLES = 2000;

export { checkDriverValue };
export { curveAt, jnsaPerPerson } from './drivers.js';

function evaluateTerm(term: Term, values: Record<string, number>): TermValue {
  if ('steps' in term) {
    const x = values[term.steps.driver] ?? 0;
    let amount = 0;
    for (const [threshold, value] of term.steps.table) if (x >= threshold) amount = value;
    return { term, amount, operands: [x] };
  }
  const factors = (term.per ?? []).map((id) => values[id] ?? 0);
  const amount = factors.reduce((product, f) => product * f, term.rate) / (term.divideBy ?? 1);
  return { term, amount, operands: [term.rate, ...factors] };
}

export function evaluateFormula(formula: Formula, values: Record<string, number>): { amount: number; terms: TermValue[] } {
  const terms = formula.terms.map((term) => evaluateTerm(term, values));
  let amount = terms.reduce((sum, t) => sum + t.amount, 0);
  if (formula.min !== undefined) amount = Math.max(formula.min, amount);
  if (formula.max !== undefined) amount = Math.min(formula.max, amount);
  return { amount: Math.round(amount), terms };
}

/** mulberry32: a small seeded generator, so that ranges are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: ArrayLike<number>, p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  const value = sorted[index];
  if (value === undefined) throw new Error('cyber-risk-check: a percentile of no values');
  return value;
}

/** 20,337,763 → 20,300,000 (floor) or 20,400,000 (ceil). */
export function roundSignificant(value: number, round: (x: number) => number, digits = 3): number {
  if (value <= 0) return 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(value)) + 1 - digits);
  return round(value / unit) * unit;
}

function isDone(content: Content, answers: Answers, controlId: string): boolean {
  const question = content.questions.find((q): q is ControlQuestion => q.id === controlId && q.type === 'control');
  return question !== undefined && answers[controlId] === bestOption(question, content).id;
}

interface Resolved {
  values: Record<string, number>;
  drivers: Record<string, DriverValue>;
  rejectedInputs: string[];
}

/**
 * Each driver in order: the user's input, else its source, else its default; then the mitigating
 * controls done. (A simulated incident's random factors are applied in simulate.ts.)
 */
function resolveDrivers(scenario: LossScenario, model: LossModel, answers: Answers, inputs: Record<string, number>, applied: Set<string>): Resolved {
  const values: Record<string, number> = {};
  const drivers: Record<string, DriverValue> = {};
  const rejectedInputs: string[] = [];
  for (const driver of scenario.drivers) {
    const input = inputs[driver.id];
    let value: number;
    let origin: DriverOrigin;
    if (input !== undefined && checkDriverValue(driver, input) === undefined) {
      value = input;
      origin = 'input';
    } else {
      if (input !== undefined) rejectedInputs.push(driver.id);
      const sourced = fromSource(driver, model, answers, values);
      value = sourced ?? driver.default;
      origin = sourced === undefined ? 'default' : driver.from && ('product' in driver.from || 'curve' in driver.from) ? 'derived' : 'profile';
    }
    let mitigated = value;
    for (const m of scenario.mitigations ?? []) if (m.driver === driver.id && applied.has(m.control)) mitigated *= m.factor;
    values[driver.id] = mitigated;
    drivers[driver.id] = mitigated === value ? { value, origin } : { value: mitigated, origin, unmitigated: value };
  }
  return { values, drivers, rejectedInputs };
}

function itemsOf(scenario: LossScenario, only: string[] | undefined): LineItem[] {
  return only ? scenario.items.filter((item) => only.includes(item.id)) : scenario.items;
}

function totalFor(items: LineItem[], values: Record<string, number>): number {
  return items.reduce((sum, item) => sum + evaluateFormula(item.formula, values).amount, 0);
}

export function estimateScenario(content: Content, scenario: LossScenario, options: EstimateOptions = {}): LossEstimate {
  const model = content.loss.model;
  const answers = visibleAnswers(content, options.answers ?? {});
  const inputs = options.inputs ?? {};
  const appliedControls = new Set((scenario.mitigations ?? []).map((m) => m.control).filter((id) => isDone(content, answers, id)));
  const { values, drivers, rejectedInputs } = resolveDrivers(scenario, model, answers, inputs, appliedControls);
  const items = itemsOf(scenario, options.items);

  const itemEstimates = items.map((item) => ({ item, ...evaluateFormula(item.formula, values) }));
  const byType = Object.fromEntries(LOSS_TYPES.map((type) => [type, 0])) as Record<LossType, number>;
  for (const estimate of itemEstimates) byType[estimate.item.type] += estimate.amount;
  const total = itemEstimates.reduce((sum, e) => sum + e.amount, 0);

  // What each mitigating control is worth: the total with and without it.
  const mitigations = (scenario.mitigations ?? []).map((m): MitigationEffect => {
    const applied = appliedControls.has(m.control);
    const toggled = new Set(appliedControls);
    if (applied) toggled.delete(m.control);
    else toggled.add(m.control);
    const other = totalFor(items, resolveDrivers(scenario, model, answers, inputs, toggled).values);
    return { ...m, applied, saving: Math.max(0, applied ? other - total : total - other) };
  });

  const samples = options.samples ?? DEFAULT_SAMPLES;
  const random = seededRandom(options.seed ?? fnv1a(scenario.id));
  const range =
    samples > 0
      ? sampledRange(simulatedTotals(scenario, model, answers, inputs, appliedControls, items, samples, random), total)
      : { low: total, likely: total, high: total };

  return { scenarioId: scenario.id, items: itemEstimates, byType, total, drivers, range, mitigations, rejectedInputs };
}

/**
 * Low and high: the 5% and 95% points of simulated incidents (sorted), in which every uncertain
 * driver is drawn from its lognormal; `likely` is the itemised total. Nine in ten fall between.
 */
function sampledRange(totals: Float64Array, total: number) {
  // A range is an estimate: three significant figures, rounded outwards so it still brackets.
  const low = Math.min(total, roundSignificant(percentile(totals, 0.05), Math.floor));
  const high = Math.max(total, roundSignificant(percentile(totals, 0.95), Math.ceil));
  return { low, likely: total, high };
}

/** Scenarios that apply to this company's profile, in content order. */
export function scenariosFor(content: Content, answers: Answers): LossScenario[] {
  const counted = visibleAnswers(content, answers);
  return content.loss.scenarios.filter((s) => !s.appliesIf || conditionHolds(s.appliesIf, counted));
}
