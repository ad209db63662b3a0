// Reference premiums from an insurer's published examples (questions/rates/): shown as a
// reference, never as a quote. Between two published revenues of the same industry the premium is
// interpolated on a log-log scale (premiums grow slower than revenue); with one example, only a
// revenue close to it (within -20% / +25%) gets a reference; anywhere else, none.

import type { RateTable } from '../types.js';

const NEAR = { below: 0.8, above: 1.25 };

/** A published example: the premium for a plan at a revenue. */
interface Example {
  revenue: number;
  premium: number;
}

/** Annual premium before any discount, in yen; undefined when the table has no fitting example. */
export function basePremium(table: RateTable, industry: string | undefined, revenue: number | undefined, planId: string): number | undefined {
  if (!industry || !revenue || revenue <= 0) return undefined;
  const examples = table.rows
    .flatMap((r): Example[] => {
      const premium = r.premiums[planId];
      return r.industry === industry && premium !== undefined ? [{ revenue: r.revenue, premium }] : [];
    })
    .sort((a, b) => a.revenue - b.revenue);
  const published = interpolated(examples, revenue) ?? examples.find((e) => revenue >= e.revenue * NEAR.below && revenue <= e.revenue * NEAR.above)?.premium;
  return published === undefined ? undefined : Math.round(published / (1 - table.includedDiscount));
}

/** Log-log between the first two neighbouring examples (by revenue) that bracket `revenue`. */
function interpolated(examples: Example[], revenue: number): number | undefined {
  let low: Example | undefined;
  for (const high of examples) {
    if (low && revenue >= low.revenue && revenue <= high.revenue) {
      const exponent = Math.log(high.premium / low.premium) / Math.log(high.revenue / low.revenue);
      return low.premium * (revenue / low.revenue) ** exponent;
    }
    low = high;
  }
  return undefined;
}

/** The premium after a combined discount, rounded to the yen. */
export function discountedPremium(base: number, totalRate: number): number {
  return Math.round(base * (1 - totalRate));
}
