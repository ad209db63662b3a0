// The reference-premium curve checked against published figures it was NOT built from: Sompo's
// monthly examples at 5億 (another leaflet, monthly × 12) and the Japan Chamber of Commerce (JCCI)
// flyer's annual examples. The curve is the direct-examples table's (Sompo's 5億 and 30億 annual
// premiums, plan ①); industries Sompo does not print are priced as that table's industryMap says.
// "curve vs published" = (curve − published) / published.
//
// Sompo monthly × 12, plan ① at 5億 (the curve there is the annual print):
//   industry       published   curve     diff
//   manufacturing     70,320   65,960    -6.2%
//   retail            97,680   98,940    +1.3%
//   wholesale         65,160   65,960    +1.2%
//   logistics        173,280  175,890    +1.5%
//   construction      65,160   65,960    +1.2%
// Tolerance ±7%. Four of five agree within 1.5%: the same insurer's rates, paid monthly (rounded to
// ¥10, at most ¥120 a year) in a different leaflet edition. Manufacturing is the outlier: the monthly
// leaflet prices it 8% above wholesale and construction, the annual brochure prices the three alike,
// so the leaflets class it differently. 7% admits that known difference and nothing much larger.
//
// JCCI annual examples (after its 20% group + 30% security discount) against plan ①, whose limits
// (liability ¥100M, costs ¥30M) are JCCI's limit set 3:
//   row                        published     curve     diff   published before discount / curve
//   manufacturing 1億 Basic       84,640    34,901   -58.8%   ×4.33
//   manufacturing 1億 Wide        88,600    34,901   -60.6%   ×4.53
//   construction  5億 Basic      234,900    65,960   -71.9%   ×6.36
//   construction  5億 Wide       274,610    65,960   -76.0%   ×7.43
//   retail       10億 Basic      353,150   130,146   -63.1%   ×4.85
//   retail       10億 Wide       385,450   130,146   -66.2%   ×5.29
//   realEstate   20億 Basic      872,940   171,193   -80.4%   ×9.11  (priced as retail)
//   realEstate   20億 Wide       908,260   171,193   -81.2%   ×9.47  (priced as retail)
//   itServices    5億 Basic+IT 1,504,450 1,275,220   -15.2%   ×2.11  (both with the IT option)
//   itServices    5億 Wide+IT  1,622,320 1,275,220   -21.4%   ×2.27
// The curve does not predict JCCI's level, and is not meant to: JCCI's sets 1–4 include a mandatory
// lost-profit cover (利益損害) that Sompo's plans lack, its flyer names neither the limit set nor the
// deductible, and its industries are narrower (food manufacturing, car retail, real-estate
// management). So the chamber table is priced from its own rows, and borrows only Sompo's revenue
// exponent between them. The check bounds the gap instead: the curve is never above a JCCI row (JCCI
// covers more), and never below a fifth of it (the widest gap, real estate priced as retail, is
// ×5.3); a data change that moves a row outside gets a look.

import { describe, expect, it } from 'vitest';
import { basePremium, content } from '../../src/core/index.js';

const direct = content.rateTables.find((t) => t.id === 'direct-examples')!;
const chamber = content.rateTables.find((t) => t.id === 'chamber-examples')!;
const curve = (industry: string, revenue: number) => basePremium(direct, industry, revenue, 'plan1')!;
const diff = (curveValue: number, published: number) => Math.round(((curveValue - published) / published) * 1000) / 10;

describe('Sompo monthly examples at 5億 (× 12)', () => {
  const monthly = { manufacturing: 5_860, retail: 8_140, wholesale: 5_430, logistics: 14_440, construction: 5_430 };
  const table = Object.entries(monthly).map(([industry, perMonth]) => ({ industry, published: perMonth * 12, curve: curve(industry, 500_000_000) }));

  it('match the documented fit table', () => {
    expect(table.map((r) => [r.industry, r.published, r.curve, diff(r.curve, r.published)])).toEqual([
      ['manufacturing', 70_320, 65_960, -6.2],
      ['retail', 97_680, 98_940, 1.3],
      ['wholesale', 65_160, 65_960, 1.2],
      ['logistics', 173_280, 175_890, 1.5],
      ['construction', 65_160, 65_960, 1.2],
    ]);
  });

  it('lie within 7% of the curve, and all but manufacturing within 2%', () => {
    for (const row of table) {
      const off = Math.abs(row.curve - row.published) / row.published;
      expect(off, row.industry).toBeLessThanOrEqual(0.07);
      if (row.industry !== 'manufacturing') expect(off, row.industry).toBeLessThanOrEqual(0.02);
    }
  });
});

describe('JCCI annual examples', () => {
  // The chamber table's rows, with the IT services figures that include the IT option (as Sompo's do).
  const withItOption: Record<string, number> = { basic: 1_504_450, wide: 1_622_320 };
  const table = chamber.rows.flatMap((row) =>
    Object.entries(row.premiums).map(([plan, premium]) => {
      const published = row.industry === 'itServices' ? withItOption[plan]! : premium;
      return { row: `${row.industry} ${row.revenue / 1e8}億 ${plan}`, published, curve: curve(row.industry, row.revenue) };
    }),
  );

  it('match the documented fit table', () => {
    expect(
      table.map((r) => [
        r.row,
        r.published,
        r.curve,
        diff(r.curve, r.published),
        Math.round((r.published / (1 - chamber.includedDiscount) / r.curve) * 100) / 100,
      ]),
    ).toEqual([
      ['manufacturing 1億 basic', 84_640, 34_901, -58.8, 4.33],
      ['manufacturing 1億 wide', 88_600, 34_901, -60.6, 4.53],
      ['construction 5億 basic', 234_900, 65_960, -71.9, 6.36],
      ['construction 5億 wide', 274_610, 65_960, -76, 7.43],
      ['retail 10億 basic', 353_150, 130_146, -63.1, 4.85],
      ['retail 10億 wide', 385_450, 130_146, -66.2, 5.29],
      ['realEstate 20億 basic', 872_940, 171_193, -80.4, 9.11],
      ['realEstate 20億 wide', 908_260, 171_193, -81.2, 9.47],
      ['itServices 5億 basic', 1_504_450, 1_275_220, -15.2, 2.11],
      ['itServices 5億 wide', 1_622_320, 1_275_220, -21.4, 2.27],
    ]);
  });

  it('lie above the curve (JCCI covers lost profit too), by at most five times', () => {
    for (const row of table) {
      expect(row.curve, row.row).toBeLessThanOrEqual(row.published);
      expect(row.curve * 5.5, row.row).toBeGreaterThanOrEqual(row.published);
    }
  });
});
