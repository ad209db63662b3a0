// Reference premiums for any industry and revenue from an insurer's published examples
// (questions/rates/): a reference, never a quote. Each industry's examples of a plan give a power
// curve in revenue (premium-curve.ts): through the published revenues exactly, extended along the
// same curve beyond them, and held flat below the table's floor revenue (a minimum premium) and above
// its ceiling. An industry the table does not print is priced on the nearest one the table names
// (industryMap), so that every industry of the profile gets a premium and the owner's plan can say
// what each step saves. Every premium carries its basis, for the widget to show on demand.

import type { RateTable } from '../types.js';
import { ascending, onCurve, positionOf, segmentFor, type Point, type RevenuePosition } from './premium-curve.js';

export type { Point, RevenuePosition } from './premium-curve.js';

/** What a reference premium was worked out from. */
export interface ReferenceBasis {
  tableId: string;
  planId: string;
  /** The company's industry. */
  industry: string;
  /** The industry whose examples priced it: the company's own, or the nearest the table names. */
  pricedAs: string;
  /** That industry's published examples of the plan, as printed (after `includedDiscount`), by revenue. */
  rows: Point[];
  /** The exponent of the curve at this revenue: fitted through two rows, or the table's stated one. */
  exponent: number;
  exponentFrom: 'rows' | 'table';
  /** The company's revenue against the published ones; 'below' and 'above' are extrapolated. */
  position: RevenuePosition;
  /** Set when the revenue was beyond the floor or ceiling: the revenue the premium is held at. */
  limit?: { kind: 'floor' | 'ceiling'; revenue: number };
  /** The discount already in the printed figures, taken out of `premium`. */
  includedDiscount: number;
}

/** A reference premium: never a quote, and always with its basis. */
export interface PremiumReference {
  kind: 'reference';
  /** Annual premium before any discount, in yen. */
  premium: number;
  basis: ReferenceBasis;
}

/** The reference premium for a company, or undefined without an industry the table can price, a positive revenue or a known plan. */
export function referencePremium(table: RateTable, industry: string | undefined, revenue: number | undefined, planId: string): PremiumReference | undefined {
  if (!industry || revenue === undefined || !(revenue > 0)) return undefined;
  const pricedAs = publishedIndustry(table, industry, planId);
  if (pricedAs === undefined) return undefined;
  const rows = ascending(rowsOf(table, pricedAs, planId));
  const { at, limit } = held(table, rows, revenue);
  const segment = segmentFor(rows, at, table.curve.exponent);
  if (!segment) return undefined;
  // A published revenue takes its printed figure as is, free of any floating-point drift of the curve.
  const printed = rows.find((r) => r.revenue === at)?.premium ?? onCurve(segment.anchor, segment.exponent, at);
  const basis: ReferenceBasis = {
    tableId: table.id,
    planId,
    industry,
    pricedAs,
    rows,
    exponent: segment.exponent,
    exponentFrom: segment.from,
    position: positionOf(rows, revenue),
    includedDiscount: table.includedDiscount,
    ...(limit && { limit }),
  };
  return { kind: 'reference', premium: Math.round(printed / (1 - table.includedDiscount)), basis };
}

/** Annual premium before any discount, in yen; undefined when the table cannot price the company (see referencePremium). */
export function basePremium(table: RateTable, industry: string | undefined, revenue: number | undefined, planId: string): number | undefined {
  return referencePremium(table, industry, revenue, planId)?.premium;
}

/** The premium after a combined discount, rounded to the yen. */
export function discountedPremium(base: number, totalRate: number): number {
  return Math.round(base * (1 - totalRate));
}

/** The industry's own examples of the plan, as revenue and printed premium. */
function rowsOf(table: RateTable, industry: string, planId: string): Point[] {
  return table.rows.flatMap((r) => {
    const premium = r.premiums[planId];
    return r.industry === industry && premium !== undefined ? [{ revenue: r.revenue, premium }] : [];
  });
}

/** The industry itself when the table prints it for the plan, else the one the table maps it to (one step, no chains). */
function publishedIndustry(table: RateTable, industry: string, planId: string): string | undefined {
  if (rowsOf(table, industry, planId).length > 0) return industry;
  const nearest = table.industryMap?.[industry];
  return nearest !== undefined && rowsOf(table, nearest, planId).length > 0 ? nearest : undefined;
}

/**
 * The revenue to price at: the company's own, or the floor or ceiling it lies beyond. The limits
 * widen to the published rows, so that a printed example is never overridden by them.
 */
function held(table: RateTable, rows: readonly Point[], revenue: number): { at: number; limit?: ReferenceBasis['limit'] } {
  const floor = Math.min(table.curve.floorRevenue, rows[0]?.revenue ?? Infinity);
  const ceiling = Math.max(table.curve.ceilingRevenue, rows[rows.length - 1]?.revenue ?? 0);
  if (revenue < floor) return { at: floor, limit: { kind: 'floor', revenue: floor } };
  if (revenue > ceiling) return { at: ceiling, limit: { kind: 'ceiling', revenue: ceiling } };
  return { at: revenue };
}
