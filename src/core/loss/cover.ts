// What a plan would and would not pay for an estimate: each item is covered when the plan covers
// its kind and the plan has a limit for its loss type; then each loss type pays at most its limit.

import { LOSS_TYPES, type CoverageProgram, type LossType } from './types.js';
import type { LossEstimate } from './estimate.js';

export interface CoveredItem {
  itemId: string;
  type: LossType;
  amount: number;
  covered: boolean;
}

export interface CoverByType {
  type: LossType;
  total: number;
  /** Of the covered items, what the limit lets through. */
  paid: number;
  limit: number;
  /** Covered items above the limit. */
  overLimit: number;
  /** Items the plan does not cover at all. */
  notCovered: number;
}

export interface CoverResult {
  planId: string;
  limitSetId: string;
  items: CoveredItem[];
  byType: CoverByType[];
  paid: number;
  uncovered: number;
}

export function coverFor(estimate: LossEstimate, program: CoverageProgram, planId: string, limitSetId: string): CoverResult | undefined {
  const plan = program.plans.find((p) => p.id === planId);
  const limitSet = program.limitSets.find((l) => l.id === limitSetId);
  if (!plan || !limitSet) return undefined;
  const items = estimate.items.map((e) => ({
    itemId: e.item.id,
    type: e.item.type,
    amount: e.amount,
    covered: plan.covers.includes(e.item.cover) && limitSet.limits[e.item.type] > 0,
  }));
  const byType = LOSS_TYPES.map((type): CoverByType => {
    const ofType = items.filter((i) => i.type === type);
    const coveredAmount = ofType.filter((i) => i.covered).reduce((sum, i) => sum + i.amount, 0);
    const limit = limitSet.limits[type];
    const paid = Math.min(coveredAmount, limit);
    return {
      type,
      total: ofType.reduce((sum, i) => sum + i.amount, 0),
      paid,
      limit,
      overLimit: coveredAmount - paid,
      notCovered: ofType.filter((i) => !i.covered).reduce((sum, i) => sum + i.amount, 0),
    };
  });
  const paid = byType.reduce((sum, t) => sum + t.paid, 0);
  return { planId, limitSetId, items, byType, paid, uncovered: estimate.total - paid };
}
