// What a plan would and would not pay for an estimate, item by item, and why. An item is paid when
// the plan, or an option in force, pays its kind for its trigger and no exclusion names it; then, in
// the items' order, the deductible is taken once per incident, sub-limits cap their kinds (per
// incident, or per person), and each loss type pays at most its limit. Every part left unpaid says
// why, and what would pay it: another plan, an option, a limit set with a higher limit.

import { LOSS_TYPES, type CoverOption, type CoverageProgram, type ItemKind, type LossType, type SubLimit, type Trigger } from './types.js';
import type { LossEstimate } from './estimate.js';
import type { LocalText } from '../text.js';

/**
 * Why part of an item is not paid: the plan does not respond to its trigger, it needs an option
 * not chosen, the plan does not pay its kind, an exclusion names it, over the loss type's limit,
 * over a sub-limit, or the deductible.
 */
export type UnpaidReason = 'trigger' | 'option' | 'item' | 'excluded' | 'limit' | 'subLimit' | 'deductible';

/** What would pay (more of) it: another plan, an option, or both; or a limit set with a higher limit. */
export interface CoverFix {
  planId?: string;
  optionId?: string;
  limitSetId?: string;
  /** The higher limit set pays more, but not all. */
  partial?: boolean;
}

export interface Shortfall {
  reason: UnpaidReason;
  amount: number;
  /** The exclusion (reason `excluded`) or sub-limit (reason `subLimit`) that applies. */
  ruleId?: string;
  /** For `option`, the option needed; otherwise what else would pay it, when anything would. */
  fix?: CoverFix;
}

export interface CoveredItem {
  itemId: string;
  label: LocalText;
  type: LossType;
  trigger: Trigger;
  kind: ItemKind;
  amount: number;
  paid: number;
  /** Whether the plan, with its options in force, pays this kind of item for this trigger (within limits). */
  covered: boolean;
  /** The parts not paid, in the order they were taken off. */
  unpaid: Shortfall[];
}

export interface CoverByType {
  type: LossType;
  total: number;
  paid: number;
  limit: number;
  /** Covered items above the type's limit. */
  overLimit: number;
  /** Items the plan does not pay at all (trigger, option, item kind, exclusion). */
  notCovered: number;
  /** Covered items above a sub-limit. */
  subLimited: number;
  /** The deductible taken from this type's items. */
  deductible: number;
}

export interface CoverResult {
  programId: string;
  planId: string;
  limitSetId: string;
  /** The options in force: those chosen that the plan can take, and those the limit set makes mandatory. */
  options: string[];
  items: CoveredItem[];
  byType: CoverByType[];
  paid: number;
  uncovered: number;
  /** The deductible taken, once for the incident. */
  deductible: number;
  /** Some limit used is an example, not a published one. */
  example: boolean;
}

/** Whether a plan can take an option. */
export function optionFor(option: CoverOption, planId: string): boolean {
  return !option.plans || option.plans.includes(planId);
}

/** Whether a limit set makes an option mandatory (必須付帯). */
export function optionMandatory(option: CoverOption, limitSetId: string): boolean {
  return option.mandatoryWith?.includes(limitSetId) ?? false;
}

/** The options in force: those chosen that the plan can take, and those the limit set makes mandatory, in program order. */
export function optionsInForce(program: CoverageProgram, planId: string, limitSetId: string, chosen: readonly string[] = []): string[] {
  return (program.options ?? []).filter((o) => optionFor(o, planId) && (chosen.includes(o.id) || optionMandatory(o, limitSetId))).map((o) => o.id);
}

function rulesOf(program: CoverageProgram, planId: string, options: readonly string[]) {
  const plan = program.plans.find((p) => p.id === planId);
  const added = (program.options ?? []).filter((o) => options.includes(o.id)).flatMap((o) => o.pays);
  return [...(plan?.pays ?? []), ...added];
}

function pays(program: CoverageProgram, planId: string, options: readonly string[], trigger: Trigger, kind: ItemKind): boolean {
  return rulesOf(program, planId, options).some((r) => r.triggers.includes(trigger) && r.kinds.includes(kind));
}

function matches(rule: { kinds?: readonly ItemKind[]; triggers?: readonly Trigger[] }, trigger: Trigger, kind: ItemKind): boolean {
  return (rule.kinds !== undefined || rule.triggers !== undefined) && (rule.kinds?.includes(kind) ?? true) && (rule.triggers?.includes(trigger) ?? true);
}

type Decision = { covered: true } | { covered: false; reason: 'trigger' | 'option' | 'item' | 'excluded'; ruleId?: string; fix?: CoverFix };

/** Whether the plan pays an item of this trigger and kind and, when not, why and what would. */
function decide(program: CoverageProgram, planId: string, limitSetId: string, options: string[], trigger: Trigger, kind: ItemKind): Decision {
  const exclusion = program.exclusions?.find((e) => matches(e, trigger, kind));
  if (exclusion) return { covered: false, reason: 'excluded', ruleId: exclusion.id };
  if (pays(program, planId, options, trigger, kind)) return { covered: true };
  const addable = (plan: string, inForce: string[]) => (program.options ?? []).filter((o) => optionFor(o, plan) && !inForce.includes(o.id));
  const option = addable(planId, options).find((o) => pays(program, planId, [...options, o.id], trigger, kind));
  if (option) return { covered: false, reason: 'option', fix: { optionId: option.id } };
  const reason = rulesOf(program, planId, options).some((r) => r.triggers.includes(trigger)) ? 'item' : 'trigger';
  for (const plan of program.plans.filter((p) => p.id !== planId)) {
    const inForce = optionsInForce(program, plan.id, limitSetId, options);
    if (pays(program, plan.id, inForce, trigger, kind)) return { covered: false, reason, fix: { planId: plan.id } };
    const withOption = addable(plan.id, inForce).find((o) => pays(program, plan.id, [...inForce, o.id], trigger, kind));
    if (withOption) return { covered: false, reason, fix: { planId: plan.id, optionId: withOption.id } };
  }
  return { covered: false, reason };
}

/** A loss type's limit: the limit set's, or where it has none, the largest an option in force brings. */
function limitOf(program: CoverageProgram, limitSetId: string, options: readonly string[], type: LossType): { limit: number; example: boolean } {
  const set = program.limitSets.find((l) => l.id === limitSetId);
  if (!set) return { limit: 0, example: false };
  if (set.limits[type] > 0) return { limit: set.limits[type], example: set.example ?? false };
  const withLimit = (program.options ?? []).filter((o) => options.includes(o.id) && (o.limits?.[type] ?? 0) > 0);
  const best = withLimit.sort((a, b) => (b.limits?.[type] ?? 0) - (a.limits?.[type] ?? 0))[0];
  return best ? { limit: best.limits?.[type] ?? 0, example: best.example ?? false } : { limit: 0, example: false };
}

/** The first limit set whose limit for the type pays `needed` in full; else the highest above `current`, paying more. */
function higherLimitSet(program: CoverageProgram, options: readonly string[], type: LossType, needed: number, current: number): CoverFix | undefined {
  const limits = program.limitSets.map((l) => ({ id: l.id, limit: limitOf(program, l.id, options, type).limit }));
  const full = limits.find((l) => l.limit >= needed && l.limit > current);
  if (full) return { limitSetId: full.id };
  const best = [...limits].sort((a, b) => b.limit - a.limit)[0];
  return best && best.limit > current ? { limitSetId: best.id, partial: true } : undefined;
}

interface Working extends CoveredItem {
  /** What is left to pay after the deductible and sub-limits, before the type's limit. */
  payable: number;
}

/** The program, plan, limit set and options in force that an incident is held against. */
interface Terms {
  program: CoverageProgram;
  planId: string;
  limitSetId: string;
  options: string[];
}

/**
 * Each item's decision; for the items paid, in order, the deductible first (自己負担額を差し引いた
 * 額に対して支払限度額まで), once for the incident, then the sub-limits. Returns the deductible taken.
 */
function beforeLimits(estimate: LossEstimate, terms: Terms): { items: Working[]; deductible: number } {
  const { program, planId, limitSetId, options } = terms;
  const subLimits: SubLimit[] = [
    ...(program.subLimits ?? []),
    ...(program.options ?? []).filter((o) => options.includes(o.id)).flatMap((o) => o.subLimits ?? []),
  ];
  const subLimitLeft = new Map(subLimits.filter((s) => !s.perPerson).map((s) => [s.id, s.amount]));
  let deductibleLeft = program.deductible.amount;
  const items = estimate.items.map((e): Working => {
    const { id, label, type, trigger, kind, persons } = e.item;
    const decision = decide(program, planId, limitSetId, options, trigger, kind);
    const base = { itemId: id, label, type, trigger, kind, amount: e.amount, paid: 0 };
    if (!decision.covered) {
      const { reason, ruleId, fix } = decision;
      const shortfall: Shortfall = { reason, amount: e.amount, ...(ruleId !== undefined && { ruleId }), ...(fix !== undefined && { fix }) };
      return { ...base, covered: false, unpaid: e.amount > 0 ? [shortfall] : [], payable: 0 };
    }
    const unpaid: Shortfall[] = [];
    const deducted = Math.min(e.amount, deductibleLeft);
    if (deducted > 0) unpaid.push({ reason: 'deductible', amount: deducted });
    deductibleLeft -= deducted;
    let payable = e.amount - deducted;
    for (const sub of subLimits.filter((s) => matches(s, trigger, kind))) {
      const count = persons === undefined ? undefined : estimate.drivers[persons]?.value;
      // A per-person sub-limit needs the item's count of people; without it, it cannot apply.
      const cap = sub.perPerson ? (count === undefined ? Infinity : Math.round(sub.amount * count)) : (subLimitLeft.get(sub.id) ?? 0);
      const over = Math.max(0, payable - cap);
      if (!sub.perPerson) subLimitLeft.set(sub.id, cap - Math.min(payable, cap));
      if (over > 0) unpaid.push({ reason: 'subLimit', amount: over, ruleId: sub.id });
      payable -= over;
    }
    return { ...base, covered: true, unpaid, payable };
  });
  return { items, deductible: program.deductible.amount - deductibleLeft };
}

/** A loss type's limit over its items, in their order; the items' `paid` are set here. */
function applyLimit(type: LossType, items: Working[], terms: Terms): { byType: CoverByType; example: boolean } {
  const { program, limitSetId, options } = terms;
  const ofType = items.filter((i) => i.type === type);
  const { limit, example } = limitOf(program, limitSetId, options, type);
  const needed = ofType.reduce((sum, i) => sum + i.payable, 0);
  const fix = needed > limit ? higherLimitSet(program, options, type, needed, limit) : undefined;
  let left = limit;
  for (const item of ofType) {
    item.paid = Math.min(item.payable, left);
    left -= item.paid;
    const over = item.payable - item.paid;
    if (over > 0) item.unpaid.push({ reason: 'limit', amount: over, ...(fix !== undefined && { fix }) });
  }
  const sum = (reasons: UnpaidReason[]) =>
    ofType.reduce((total, i) => total + i.unpaid.filter((u) => reasons.includes(u.reason)).reduce((s, u) => s + u.amount, 0), 0);
  const byType = {
    type,
    total: ofType.reduce((s, i) => s + i.amount, 0),
    paid: ofType.reduce((s, i) => s + i.paid, 0),
    limit,
    overLimit: sum(['limit']),
    notCovered: sum(['trigger', 'option', 'item', 'excluded']),
    subLimited: sum(['subLimit']),
    deductible: sum(['deductible']),
  };
  return { byType, example: example && needed > 0 };
}

/**
 * What the plan would pay for an estimate, with the options chosen (those the plan cannot take are
 * ignored; those the limit set makes mandatory are always in force). Undefined for an unknown plan
 * or limit set.
 */
export function coverFor(
  estimate: LossEstimate,
  program: CoverageProgram,
  planId: string,
  limitSetId: string,
  chosenOptions: readonly string[] = [],
): CoverResult | undefined {
  const limitSet = program.limitSets.find((l) => l.id === limitSetId);
  if (!program.plans.some((p) => p.id === planId) || !limitSet) return undefined;
  const terms: Terms = { program, planId, limitSetId, options: optionsInForce(program, planId, limitSetId, chosenOptions) };
  const { items, deductible } = beforeLimits(estimate, terms);
  const limited = LOSS_TYPES.map((type) => applyLimit(type, items, terms));
  const paid = limited.reduce((sum, t) => sum + t.byType.paid, 0);
  return {
    programId: program.id,
    planId,
    limitSetId,
    options: terms.options,
    items: items.map(({ payable: _payable, ...item }) => item),
    byType: limited.map((t) => t.byType),
    paid,
    uncovered: estimate.total - paid,
    deductible,
    example: (limitSet.example ?? false) || limited.some((t) => t.example),
  };
}
