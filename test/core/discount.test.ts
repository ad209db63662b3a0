// Discount tiers under the shipped schemes: the brochure's worked cases, hand-computed.

import { describe, expect, it } from 'vitest';
import { basePremium, combineRates, content, discountedPremium, discountFor, improvementPlans, partnerScheme, schemeById } from '../../src/core/index.js';
import type { Answers, ControlQuestion, DiscountScheme } from '../../src/core/types.js';

const chamber = schemeById(content, 'chamber-illustrative')!;
const riskAssessment = schemeById(content, 'risk-assessment-illustrative')!;
const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');

/** Every control answered with `option` where it has one (custom option sets fall back to their worst). */
function all(option: 'done' | 'notDone', overrides: Answers = {}): Answers {
  const answers: Answers = { onlineCards: 'no', website: 'no', webShop: 'no', controlSystems: 'no', itServices: 'no', industry: 'retail' };
  for (const q of controls) {
    if (q.scale === 'ipa') answers[q.id] = option;
    else if (q.options) answers[q.id] = option === 'done' ? q.options[0]!.id : q.options[q.options.length - 2]!.id;
  }
  return { ...answers, certification: 'none', ...overrides };
}

describe('combining discounts', () => {
  it('multiplies 20% group and 60% security to 68% (1 - 0.8 × 0.4)', () => {
    expect(combineRates(0.2, 0.6, 'multiply', 0.68)).toBe(0.68);
  });

  it('multiplies 20% group and 30% security to 44%, as in the chamber premium table (base × 0.8 × 0.7)', () => {
    expect(combineRates(0.2, 0.3, 'multiply', 0.68)).toBe(0.44);
    const table = content.rateTables.find((t) => t.id === 'chamber-examples')!;
    const base = basePremium(table, 'manufacturing', 100_000_000, 'basic')!;
    expect(base).toBe(Math.round(84_640 / (0.8 * 0.7)));
    expect(discountedPremium(base, 0.44)).toBe(84_640);
  });

  it('adds and caps when a scheme says so', () => {
    expect(combineRates(0.2, 0.5, 'add', 0.55)).toBe(0.55);
    expect(combineRates(0, 0.3, 'add', 0.55)).toBe(0.3);
  });
});

describe('chamber-style scheme (illustrative)', () => {
  it('gives a member with no qualifying controls the 20% group discount only', () => {
    const result = discountFor(content, chamber, all('notDone', { chamberMember: 'yes' }));
    expect(result.tier.id).toBe('none');
    expect(result.securityRate).toBe(0);
    expect(result.totalRate).toBe(0.2);
  });

  it('gives a non-member holding a certification exactly the certification part, 30%', () => {
    const result = discountFor(content, chamber, all('notDone', { chamberMember: 'no', certification: 'held' }));
    expect(result.tier.id).toBe('none');
    expect(result.parts).toEqual([{ part: chamber.security.parts![0], applied: true }]);
    expect(result.groupRate).toBe(0);
    expect(result.totalRate).toBe(0.3);
  });

  it('reaches 68% for a certified member with every control done: 40% tier + 30% part capped at 60%, × 20% group', () => {
    const result = discountFor(content, chamber, all('done', { chamberMember: 'yes', certification: 'held' }));
    expect(result.tier.id).toBe('declared40');
    expect(result.securityRate).toBe(0.6);
    expect(result.totalRate).toBe(0.68);
  });

  it('stops at 30% when an offline backup is missing, and says that is what blocks 40%: 44% for a member', () => {
    const result = discountFor(content, chamber, all('done', { chamberMember: 'yes', offlineBackup: 'notDone' }));
    expect(result.score.score).toBeGreaterThanOrEqual(85);
    expect(result.tier.id).toBe('declared30');
    expect(result.totalRate).toBe(0.44);
    expect(result.checks[4]!.unmet).toEqual([{ kind: 'control', questionId: 'offlineBackup', answer: 'notDone' }]);
  });

  it('gives no security discount without backups, however high the score', () => {
    const result = discountFor(content, chamber, all('done', { backups: 'partly' }));
    expect(result.score.score).toBeGreaterThan(90);
    expect(result.tier.id).toBe('none');
    expect(result.checks[1]!.unmet).toEqual([{ kind: 'control', questionId: 'backups', answer: 'partly' }]);
  });

  it('never counts "don\'t know" as done, and lists it to find out', () => {
    const result = discountFor(content, chamber, all('done', { updates: 'unknown' }));
    expect(result.tier.id).toBe('none');
    expect(result.toFindOut).toEqual(['updates']);
  });

  it('accepts "does not apply" for a required control that cannot apply', () => {
    const scheme: DiscountScheme = { ...chamber, security: { ...chamber.security, requireDone: ['updates', 'backups', 'remoteAccess'] } };
    expect(discountFor(content, scheme, all('done', { remoteAccess: 'na' })).tier.id).toBe('declared40');
    expect(discountFor(content, scheme, all('done', { remoteAccess: 'notDone' })).tier.id).toBe('none');
  });

  it('ignores answers to questions the company is not asked', () => {
    const base = all('done', { chamberMember: 'yes', offlineBackup: 'notDone' });
    const withHidden = { ...base, cardNonRetention: 'notDone', webUpdates: 'unknown', otSeparation: 'notDone' };
    expect(discountFor(content, chamber, withHidden)).toEqual(discountFor(content, chamber, base));
  });
});

describe('swapping the scheme', () => {
  it('gives the same answers another tier and rate under the risk-assessment scheme, without code changes', () => {
    const answers = all('done', { chamberMember: 'yes', edr: 'notDone', logging: 'notDone' });
    const underChamber = discountFor(content, chamber, answers);
    const underRisk = discountFor(content, riskAssessment, answers);
    expect(underChamber.tier.id).toBe('declared40');
    expect(underChamber.totalRate).toBe(0.52); // 1 - 0.8 × 0.6
    expect(underRisk.tier.id).toBe('assessed30'); // grade A needs EDR
    expect(underRisk.groupRate).toBe(0); // no group discount in this scheme
    expect(underRisk.totalRate).toBe(0.3);
  });

  it('falls back to the default scheme for an unknown id', () => {
    expect(schemeById(content, 'nope')!.id).toBe('chamber-illustrative');
  });

  it("takes a partner's scheme with its own rate table, another table, or none", () => {
    const own = partnerScheme(content, { schemeId: 'risk-assessment-illustrative' });
    expect([own.scheme.id, own.rateTable?.id]).toEqual(['risk-assessment-illustrative', 'direct-examples']);
    const other = partnerScheme(content, { rateTableId: 'direct-examples' });
    expect([other.scheme.id, other.rateTable?.id]).toEqual(['chamber-illustrative', 'direct-examples']);
    expect(partnerScheme(content, { rateTableId: null })).toEqual({ scheme: chamber });
  });
});

describe('improvement plan', () => {
  it('finds the cheapest steps to the next tier, cheapest first, and they really reach it', () => {
    const answers = all('notDone', { updates: 'done', backups: 'done', passwords: 'done', chamberMember: 'yes' });
    const before = discountFor(content, chamber, answers);
    const { next, top } = improvementPlans(content, chamber, answers);
    expect(next!.targetIndex).toBe(before.tierIndex + 1);
    const applied = { ...answers, ...Object.fromEntries(next!.steps.map((s) => [s.questionId, s.to])) };
    expect(discountFor(content, chamber, applied).tierIndex).toBe(next!.targetIndex);
    expect(next!.steps.map((s) => s.effortCost)).toEqual([...next!.steps.map((s) => s.effortCost)].sort((a, b) => a - b));
    expect(next!.rateGain).toBeCloseTo(next!.result.totalRate - before.totalRate, 4);
    expect(top!.result.tier.id).toBe('declared40');
    expect(top!.steps.map((s) => s.questionId)).toEqual(expect.arrayContaining(['mfa', 'offlineBackup', 'incidentResponse']));
  });

  it('puts required controls in the plan first of all: no tier without updates', () => {
    const { next } = improvementPlans(content, chamber, all('done', { updates: 'notDone' }));
    expect(next!.steps.map((s) => s.questionId)).toContain('updates');
  });

  it('has nothing to plan at the top tier', () => {
    expect(improvementPlans(content, chamber, all('done'))).toEqual({});
  });
});

describe('reference premium', () => {
  const direct = content.rateTables.find((t) => t.id === 'direct-examples')!;
  const chamberTable = content.rateTables.find((t) => t.id === 'chamber-examples')!;

  it('returns the published figures at the published revenues', () => {
    expect(basePremium(direct, 'manufacturing', 500_000_000, 'plan1')).toBe(65_960);
    expect(basePremium(direct, 'manufacturing', 3_000_000_000, 'plan2')).toBe(231_570);
  });

  it('interpolates on a log-log scale in between: at the geometric mean revenue, the geometric mean premium', () => {
    const revenue = Math.sqrt(500_000_000 * 3_000_000_000); // 12.2億
    expect(basePremium(direct, 'manufacturing', revenue, 'plan1')).toBe(Math.round(Math.sqrt(65_960 * 133_980)));
  });

  it('extends the curve outside the published range, and prices an industry without examples as its stated nearest one', () => {
    // 1億 is the table's floor: Sompo's curve five times below its lowest print (test/core/premium.test.ts has the rest).
    expect(basePremium(direct, 'manufacturing', 100_000_000, 'plan1')).toBe(Math.round(65_960 * 0.2 ** (Math.log(133_980 / 65_960) / Math.log(6))));
    expect(basePremium(direct, 'medical', 500_000_000, 'plan1')).toBe(basePremium(direct, 'retail', 500_000_000, 'plan1'));
  });

  it('extends a single example with the table’s stated exponent', () => {
    expect(basePremium(chamberTable, 'manufacturing', 200_000_000, 'basic')).toBe(Math.round((84_640 / 0.56) * 2 ** chamberTable.curve.exponent));
  });
});
