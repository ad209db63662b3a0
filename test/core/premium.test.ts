// Reference premiums for every industry and revenue (src/core/discount/premium.ts): the printed
// examples reproduce exactly, the curve between and beyond them is the power curve through them,
// industries without examples are priced on the table's stated nearest one, and the result always
// says it is a reference and what it was worked out from.

import { describe, expect, it } from 'vitest';
import { basePremium, content, discountedPremium, optionsOf, seededRandom } from '../../src/core/index.js';
import { referencePremium } from '../../src/core/discount/premium.js';
import type { RateTable } from '../../src/core/types.js';

const table = (id: string): RateTable => content.rateTables.find((t) => t.id === id)!;
const direct = table('direct-examples');
const chamber = table('chamber-examples');
const industryQuestion = content.questions.find((q) => q.id === 'industry')!;
const industries = optionsOf(industryQuestion, content).map((o) => o.id);

/** k of the Sompo brochure: 5億 → 30億 multiplies the premium by 2.0312 (every industry and plan). */
const K = Math.log(133_980 / 65_960) / Math.log(6);

describe('golden: every printed example comes back exactly', () => {
  const rows = content.rateTables.flatMap((t) =>
    t.rows.flatMap((row) => Object.entries(row.premiums).map(([plan, premium]) => [t.id, row.industry, row.revenue, plan, premium] as const)),
  );

  it.each(rows)('%s %s at %d, %s: %d', (tableId, industry, revenue, plan, printed) => {
    const t = table(tableId);
    const reference = referencePremium(t, industry, revenue, plan)!;
    expect(reference.basis.position).toBe('published');
    expect(reference.basis.limit).toBeUndefined();
    // The base is before the discount the figures already include; taking it again gives the print.
    expect(discountedPremium(reference.premium, t.includedDiscount)).toBe(printed);
  });

  it('covers all the shipped rows (14 × 2 plans of one brochure, 5 × 2 of the other)', () => {
    expect(rows).toHaveLength(38);
  });
});

describe('the curve', () => {
  it('is Sompo’s power curve p5 × (revenue / 5億)^k between and beyond the two printed revenues', () => {
    for (const revenue of [300_000_000, 1_000_000_000, 5_000_000_000]) {
      const k = Math.log(347_360 / 171_010) / Math.log(6);
      expect(basePremium(direct, 'retail', revenue, 'plan2')).toBe(Math.round(171_010 * (revenue / 500_000_000) ** k));
    }
  });

  it('gives the geometric mean premium at the geometric mean revenue', () => {
    const revenue = Math.sqrt(500_000_000 * 3_000_000_000); // 12.2億
    expect(basePremium(direct, 'manufacturing', revenue, 'plan1')).toBe(Math.round(Math.sqrt(65_960 * 133_980)));
  });

  it('prices a 3億 retailer, marked as extrapolated below the printed 5億–30億', () => {
    const reference = referencePremium(direct, 'retail', 300_000_000, 'plan1')!;
    expect(reference.kind).toBe('reference');
    expect(reference.premium).toBe(80_841); // 98,940 × 0.6^0.39550
    expect(reference.basis).toMatchObject({ pricedAs: 'retail', position: 'below', exponentFrom: 'rows', rows: [{ revenue: 5e8 }, { revenue: 3e9 }] });
    expect(reference.basis.exponent).toBeCloseTo(K, 4);
  });

  it('extends a single printed example with the table’s stated exponent, the brochure’s k', () => {
    expect(chamber.curve.exponent).toBeCloseTo(K, 4);
    expect(direct.curve.exponent).toBeCloseTo(K, 4);
    const reference = referencePremium(chamber, 'retail', 300_000_000, 'basic')!;
    expect(reference.basis).toMatchObject({ position: 'below', exponentFrom: 'table', exponent: chamber.curve.exponent, includedDiscount: 0.44 });
    expect(reference.premium).toBe(Math.round((353_150 / 0.56) * 0.3 ** chamber.curve.exponent));
  });
});

describe('floor and ceiling', () => {
  it('holds the premium below 1億 at its 1億 value: a minimum premium per industry and plan', () => {
    const atFloor = basePremium(direct, 'manufacturing', 100_000_000, 'plan1')!;
    expect(atFloor).toBe(Math.round(65_960 * 0.2 ** K)); // 34,901: the curve 5 times below its lowest print
    for (const revenue of [1, 5_000_000, 99_999_999]) {
      const reference = referencePremium(direct, 'manufacturing', revenue, 'plan1')!;
      expect(reference.premium).toBe(atFloor);
      expect(reference.basis).toMatchObject({ position: 'below', limit: { kind: 'floor', revenue: 100_000_000 } });
    }
  });

  it('holds the premium above 100億 at its 100億 value', () => {
    const atCeiling = basePremium(direct, 'logistics', 10_000_000_000, 'plan2')!;
    const reference = referencePremium(direct, 'logistics', 1e12, 'plan2')!;
    expect(reference.premium).toBe(atCeiling);
    expect(reference.basis).toMatchObject({ position: 'above', limit: { kind: 'ceiling', revenue: 10_000_000_000 } });
    expect(referencePremium(direct, 'logistics', 10_000_000_000, 'plan2')!.basis.limit).toBeUndefined();
  });
});

describe('industries without examples', () => {
  it('are priced on the nearest published industry the table names, and say so', () => {
    const reference = referencePremium(direct, 'medical', 500_000_000, 'plan1')!;
    expect(reference.premium).toBe(98_940);
    expect(reference.basis).toMatchObject({ industry: 'medical', pricedAs: 'retail', position: 'published' });
    expect(referencePremium(chamber, 'wholesale', 100_000_000, 'basic')!.basis.pricedAs).toBe('manufacturing');
  });

  it('leave no industry of the profile without a premium, in any table or plan', () => {
    for (const t of content.rateTables) {
      for (const industry of industries) {
        for (const plan of t.plans) expect(basePremium(t, industry, 300_000_000, plan.id), `${t.id} ${industry} ${plan.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('map only to industries the table prints, from industries it does not', () => {
    for (const t of content.rateTables) {
      const printed = new Set(t.rows.map((r) => r.industry));
      for (const [from, to] of Object.entries(t.industryMap ?? {})) {
        expect(industries).toContain(from);
        expect(printed.has(from), `${t.id}: ${from} has rows of its own`).toBe(false);
        expect(printed.has(to), `${t.id}: ${from} → ${to}`).toBe(true);
      }
    }
  });
});

describe('a table with three revenues, one printed lower than the one before', () => {
  const synthetic: RateTable = {
    ...direct,
    rows: [
      { industry: 'retail', revenue: 1e9, premiums: { plan1: 150_000 } },
      { industry: 'retail', revenue: 5e8, premiums: { plan1: 100_000 } },
      { industry: 'retail', revenue: 2e9, premiums: { plan1: 140_000 } },
    ],
  };

  it('goes through each revenue’s segment, and never lets the premium fall as revenue grows', () => {
    // 5億 → 10億 doubles the revenue for 1.5 times the premium: k = log2(1.5).
    expect(basePremium(synthetic, 'retail', 7e8, 'plan1')).toBe(Math.round(100_000 * 1.4 ** Math.log2(1.5)));
    expect(referencePremium(synthetic, 'retail', 2e9, 'plan1')!.basis.rows.at(-1)).toEqual({ revenue: 2e9, premium: 150_000 });
    expect(basePremium(synthetic, 'retail', 1.5e9, 'plan1')).toBe(150_000);
    expect(basePremium(synthetic, 'retail', 5e9, 'plan1')).toBe(150_000);
  });
});

describe('no reference', () => {
  it('without an industry, a positive revenue, a known plan or a known industry', () => {
    expect(basePremium(direct, undefined, 5e8, 'plan1')).toBeUndefined();
    expect(basePremium(direct, 'retail', undefined, 'plan1')).toBeUndefined();
    expect(basePremium(direct, 'retail', 0, 'plan1')).toBeUndefined();
    expect(basePremium(direct, 'retail', -5e8, 'plan1')).toBeUndefined();
    expect(basePremium(direct, 'retail', Number.NaN, 'plan1')).toBeUndefined();
    expect(basePremium(direct, 'retail', 5e8, 'basic')).toBeUndefined();
    expect(basePremium(direct, 'spaceTravel', 5e8, 'plan1')).toBeUndefined();
  });
});

describe('properties over a seeded sample of revenues', () => {
  const random = seededRandom(20240611);
  // 1万円 to 1兆円, even on a log scale, sorted, with the floor, ceiling and printed revenues among them.
  const revenues = [...Array.from({ length: 400 }, () => 10 ** (4 + 8 * random())), 1e8, 5e8, 1e9, 2e9, 3e9, 1e10].sort((a, b) => a - b);

  it.each(content.rateTables.map((t) => [t.id, t] as const))('%s: finite, positive and non-decreasing in revenue, for every industry and plan', (_id, t) => {
    for (const industry of industries) {
      for (const plan of t.plans) {
        let previous = 0;
        for (const revenue of revenues) {
          const premium = basePremium(t, industry, revenue, plan.id)!;
          expect(Number.isFinite(premium)).toBe(true);
          expect(premium).toBeGreaterThan(0);
          expect(premium, `${industry} ${plan.id} at ${revenue}`).toBeGreaterThanOrEqual(previous);
          previous = premium;
        }
      }
    }
  });

  it.each(content.rateTables.map((t) => [t.id, t] as const))('%s: the second plan (wider cover, higher limits) never costs less than the first', (_id, t) => {
    const [first, second] = t.plans;
    for (const industry of industries) {
      for (const revenue of revenues)
        expect(basePremium(t, industry, revenue, second!.id)!).toBeGreaterThanOrEqual(basePremium(t, industry, revenue, first!.id)!);
    }
  });
});
