// Reference premiums from an insurer's published examples (questions/rates/): shown as a
// reference, never as a quote. Between two published revenues of the same industry the premium is
// interpolated on a log-log scale (premiums grow slower than revenue); with one example, only a
// revenue close to it (within -20% / +25%) gets a reference; anywhere else, none.

import type { RateTable } from '../types.js';

const NEAR = { below: 0.8, above: 1.25 };

/** Annual premium before any discount, in yen; undefined when the table has no fitting example. */
export function basePremium(table: RateTable, industry: string | undefined, revenue: number | undefined, planId: string): number | undefined {
  if (!industry || !revenue || revenue <= 0) return undefined;
  const rows = table.rows.filter((r) => r.industry === industry && r.premiums[planId] !== undefined).sort((a, b) => a.revenue - b.revenue);
  let published: number | undefined;
  for (let i = 0; i < rows.length - 1 && published === undefined; i++) {
    const low = rows[i]!;
    const high = rows[i + 1]!;
    if (revenue >= low.revenue && revenue <= high.revenue) {
      const exponent = Math.log(high.premiums[planId]! / low.premiums[planId]!) / Math.log(high.revenue / low.revenue);
      published = low.premiums[planId]! * (revenue / low.revenue) ** exponent;
    }
  }
  if (published === undefined) {
    const near = rows.find((r) => revenue >= r.revenue * NEAR.below && revenue <= r.revenue * NEAR.above);
    published = near?.premiums[planId];
  }
  return published === undefined ? undefined : Math.round(published / (1 - table.includedDiscount));
}

/** The premium after a combined discount, rounded to the yen. */
export function discountedPremium(base: number, totalRate: number): number {
  return Math.round(base * (1 - totalRate));
}
