// Golden tests: every brochure case in questions/loss reproduces its figures to the yen.

import { describe, expect, it } from 'vitest';
import { content, estimatePreset } from '../../src/core/index.js';

function itemized(presetId: string) {
  const result = estimatePreset(presetId, { samples: 0 });
  return { total: result.total, items: Object.fromEntries(result.items.map((i) => [i.item.id, i.amount])), byType: result.byType };
}

describe('brochure cases', () => {
  it('AIG 10,000-record leak totals 2,670万円: costs 1,160万 + liability 1,510万', () => {
    const { items, total, byType } = itemized('aigLeak');
    expect(items).toEqual({
      forensics: 7_000_000, // 100万 × 3 PCs + 300万 × 1 server + 100万 other
      consulting: 1_000_000,
      callCentre: 2_000_000,
      apologyAdvert: 600_000,
      apologyLetters: 1_000_000,
      damages: 10_000_000, // 5,000円 × 20% × 10,000人
      legalFees: 5_100_000,
    });
    expect(byType).toEqual({ cost: 11_600_000, liability: 15_100_000, profit: 0 });
    expect(total).toBe(26_700_000);
  });

  it('Sompo education-support cloud breach totals 5億4,100万円', () => {
    const { items, total } = itemized('sompoEducation');
    expect(items).toEqual({ damages: 20_000_000, consolation: 500_000_000, forensics: 10_000_000, recovery: 1_000_000, callCentre: 10_000_000 });
    expect(total).toBe(541_000_000);
  });

  it('Sompo food manufacturer, infected executive PC: 700万 + 300万 = 1,000万円', () => {
    expect(itemized('sompoFood')).toMatchObject({ items: { forensics: 7_000_000, recovery: 3_000_000 }, total: 10_000_000 });
  });

  it('Sompo cloud provider, exposed enquiry system: 200万 + 800万 + 300万 = 1,300万円', () => {
    expect(itemized('sompoCloud')).toMatchObject({ items: { consolation: 2_000_000, forensics: 8_000_000, recovery: 3_000_000 }, total: 13_000_000 });
  });

  it('Sompo large manufacturer, overseas attack: 800万 + 1,000万 + 100万 + 5億 ≈ 5.2億円', () => {
    const { items, total } = itemized('sompoOverseas');
    expect(items).toEqual({ consolation: 8_000_000, forensics: 10_000_000, recovery: 1_000_000, lostProfit: 500_000_000 });
    expect(total).toBe(519_000_000);
  });

  it('Sompo real-estate company, misdirected customer file: 200万 + 30万 = 230万円', () => {
    expect(itemized('sompoRealEstate')).toMatchObject({ items: { response: 2_000_000, consolation: 300_000 }, total: 2_300_000 });
  });

  it('Chamber paid claim, member web shop account takeover: about 5,000万円', () => {
    expect(itemized('chamberWebShop').total).toBe(50_000_000);
  });

  it('Chamber paid claim, 100,000 card numbers leaked: about 9,000万円', () => {
    expect(itemized('chamberCardLeak')).toMatchObject({ items: { callCentre: 7_000_000, cardReissue: 83_000_000 }, total: 90_000_000 });
  });

  it.each(content.loss.presets.map((p) => [p.id, p] as const))('%s matches the figures stored with the preset', (id, preset) => {
    const { items, total } = itemized(id);
    expect(items).toEqual(preset.expected.items);
    expect(total).toBe(preset.expected.total);
  });

  it('has a preset for every worked example of the brochures', () => {
    expect(content.loss.presets.map((p) => p.id).sort()).toEqual([
      'aigLeak',
      'chamberCardLeak',
      'chamberWebShop',
      'sompoCloud',
      'sompoEducation',
      'sompoFood',
      'sompoOverseas',
      'sompoRealEstate',
    ]);
  });
});
