import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, coverFor, parseDriverInput, estimate, estimatePreset, estimateScenario, jnsaPerPerson, scenariosFor } from '../../src/core/index.js';
import { roundSignificant } from '../../src/core/loss/estimate.js';
import type { Answers } from '../../src/core/types.js';

const model = content.loss.model;
const program = (id: string) => content.loss.coverage.find((p) => p.id === id)!;

describe('tailoring to the company', () => {
  it('takes people affected, computers and servers from the profile', () => {
    const result = estimate('personalDataLeak', { answers: { records: 20_000, pcs: 12, servers: 3 }, samples: 0 });
    expect(result.drivers.records).toEqual({ value: 20_000, origin: 'profile' });
    expect(result.drivers.pcsInvestigated).toEqual({ value: 2, origin: 'profile' }); // ceil(12 × 0.1)
    expect(result.drivers.serversInvestigated).toEqual({ value: 1, origin: 'profile' }); // ceil(3 × 0.25)
    expect(result.items.find((i) => i.item.id === 'forensics')!.amount).toBe(2 * 1_000_000 + 1 * 3_000_000 + 1_000_000);
  });

  it('uses defaults, said to be defaults, when the profile is silent', () => {
    const result = estimate('personalDataLeak', { samples: 0 });
    expect(result.drivers.records).toEqual({ value: 1000, origin: 'default' });
    expect(result.drivers.damagesPerPerson).toEqual({ value: 5000, origin: 'default' });
  });

  it('prices damages per person with the JNSA model from the data held, cards aside', () => {
    expect(jnsaPerPerson(model, ['contacts'])).toBe(500 * 2 * 6); // (1,1): 10^0 + 5^0 = 2
    expect(jnsaPerPerson(model, ['health'])).toBe(500 * 11 * 6); // (2,1): 10 + 1
    expect(jnsaPerPerson(model, ['bank'])).toBe(500 * 6 * 6); // (1,2): 1 + 5
    // Card numbers are priced by the card-leak scenario (card companies' claims), not per person.
    expect(jnsaPerPerson(model, ['contacts', 'cards'])).toBe(500 * 2 * 6);
    expect(jnsaPerPerson(model, ['partnerSecrets'])).toBeUndefined();
    const result = estimate('personalDataLeak', { answers: { dataKinds: ['health'], records: 1000 }, samples: 0 });
    expect(result.drivers.claimants).toEqual({ value: 200, origin: 'derived' }); // 20% of up to 10,000 people
    expect(result.items.find((i) => i.item.id === 'damages')!.amount).toBe(33_000 * 200);
  });

  it('lets the people who claim grow far slower than the people affected', () => {
    const claimants = (records: number) => estimate('personalDataLeak', { answers: { records }, samples: 0 }).drivers.claimants!.value;
    expect(claimants(10_000)).toBeCloseTo(2000, 6); // AIG: 20% of 10,000
    expect(claimants(1_000_000)).toBeCloseTo(4000, 6); // Sompo: ¥20M of damages at ¥5,000
    expect(claimants(100)).toBeCloseTo(20, 6);
    expect(claimants(100_000)).toBeGreaterThan(2000);
    expect(claimants(100_000)).toBeLessThan(4000);
    expect(claimants(0)).toBe(0);
  });

  it('computes lost profit from revenue, the industry margin and days stopped', () => {
    const result = estimate('ransomware', { answers: { revenue: 365_000_000, industry: 'manufacturing' }, inputs: { downtimeDays: 10 }, samples: 0 });
    expect(result.items.find((i) => i.item.id === 'lostProfit')!.amount).toBe((365_000_000 * 0.2 * 10) / 365);
  });

  it('lets a tested offline backup shorten a ransomware stoppage, and says by how much', () => {
    const answers: Answers = { revenue: 365_000_000, industry: 'manufacturing' };
    const without = estimate('ransomware', { answers, samples: 0 });
    const withBackup = estimate('ransomware', { answers: { ...answers, offlineBackup: 'done' }, samples: 0 });
    expect(withBackup.drivers.downtimeDays).toEqual({ value: 3, origin: 'default', unmitigated: 10 });
    const effect = withBackup.mitigations.find((m) => m.control === 'offlineBackup')!;
    expect(effect.applied).toBe(true);
    expect(effect.saving).toBe(without.total - withBackup.total);
    expect(without.mitigations.find((m) => m.control === 'offlineBackup')!.saving).toBe(effect.saving);
  });

  it('shows each scenario to the companies it concerns', () => {
    const ids = (answers: Answers) => scenariosFor(content, answers).map((s) => s.id);
    expect(ids({ industry: 'retail', webShop: 'no', onlineCards: 'no' })).toEqual(['malwareByMail', 'misdirected', 'personalDataLeak', 'ransomware']);
    expect(ids({ industry: 'manufacturing', webShop: 'yes', onlineCards: 'yes', controlSystems: 'yes' })).toEqual(
      expect.arrayContaining(['operationsStopped', 'webBreach', 'cardLeak', 'controlSystemDamage']),
    );
    expect(ids({ industry: 'itServices' })).toContain('serviceBreach');
  });
});

describe('bad inputs', () => {
  it.each([
    ['negative', -5],
    ['not a number', Number.NaN],
    ['absurdly large', 1e15],
    ['infinite', Infinity],
  ])('ignores a %s record count, reports it, and keeps the estimate', (_name, value) => {
    const valid = estimate('personalDataLeak', { answers: { records: 5000 }, samples: 0 });
    const result = estimate('personalDataLeak', { answers: { records: 5000 }, inputs: { records: value }, samples: 0 });
    expect(result.rejectedInputs).toEqual(['records']);
    expect(result.total).toBe(valid.total);
  });

  it('reads what-if values as owners write them, and refuses impossible ones with a reason', () => {
    const drivers = content.loss.scenarios.find((s) => s.id === 'cardLeak')!.drivers;
    const driver = (id: string) => drivers.find((d) => d.id === id)!;
    const value = (id: string, text: string) => parseDriverInput(driver(id), text);
    expect(value('revenue', '3億')).toEqual({ ok: true, value: 300_000_000 });
    expect(value('revenue', '３００，０００，０００円')).toEqual({ ok: true, value: 300_000_000 });
    expect(value('revenue', '300 million')).toEqual({ ok: true, value: 300_000_000 });
    expect(value('records', '2万')).toEqual({ ok: true, value: 20_000 });
    expect(value('records', '20 thousand')).toEqual({ ok: true, value: 20_000 });
    expect(value('cardShare', '５０％')).toEqual({ ok: true, value: 0.5 });
    expect(value('exposureMonths', '6')).toEqual({ ok: true, value: 6 });
    expect(value('records', '-5')).toEqual({ ok: false, error: 'negative' });
    expect(value('revenue', '1e20')).toEqual({ ok: false, error: 'invalid' });
    expect(value('revenue', '100000000000000000000')).toEqual({ ok: false, error: 'tooLarge' });
    expect(value('records', 'たくさん')).toEqual({ ok: false, error: 'invalid' });
    expect(value('cardShare', '150%')).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('names the known scenarios for an unknown id', () => {
    expect(() => estimate('meteor')).toThrow(/Unknown loss scenario "meteor". Known: .*ransomware/);
  });
});

describe('range', () => {
  it('brackets the likely value and is the same on every run', () => {
    const a = estimate('ransomware', { answers: { revenue: 500_000_000 } });
    const b = estimate('ransomware', { answers: { revenue: 500_000_000 } });
    expect(a.range).toEqual(b.range);
    expect(a.range.low).toBeLessThan(a.range.likely);
    expect(a.range.high).toBeGreaterThan(a.range.likely);
  });

  it('rounds its ends outwards to three significant figures', () => {
    const { range } = estimate('ransomware', { answers: { revenue: 500_000_000 } });
    for (const end of [range.low, range.high]) expect(Number(end.toPrecision(3))).toBe(end);
    expect(roundSignificant(20_337_763, Math.floor)).toBe(20_300_000);
    expect(roundSignificant(34_607_302, Math.ceil)).toBe(34_700_000);
    expect(roundSignificant(999, Math.ceil)).toBe(999);
  });

  it('narrows to nothing when every uncertain driver is given', () => {
    const scenario = content.loss.scenarios.find((s) => s.id === 'personalDataLeak')!;
    const given = estimate('personalDataLeak', { answers: { records: 10_000 }, samples: 0 });
    const inputs = Object.fromEntries(scenario.drivers.filter((d) => d.uncertainty).map((d) => [d.id, given.drivers[d.id]!.value]));
    expect(estimate('personalDataLeak', { answers: { records: 10_000 }, inputs }).range).toEqual({ low: given.total, likely: given.total, high: given.total });
  });

  it('says nine in ten simulated incidents fall inside: the 5% and 95% points', () => {
    const { range } = estimate('ransomware', { answers: { revenue: 500_000_000 }, samples: 4000 });
    const typedDays = estimate('ransomware', { answers: { revenue: 500_000_000 }, samples: 4000, inputs: { downtimeDays: 10 } });
    // Typing the most uncertain driver in narrows the range: its spread no longer counts.
    expect(typedDays.range.high - typedDays.range.low).toBeLessThan(range.high - range.low);
    // Lognormal drivers make the range skew upwards, as losses do.
    expect(range.high - range.likely).toBeGreaterThan(range.likely - range.low);
  });
});

describe('cover', () => {
  it('pays 5.41億 only up to the limits of plan ①: liability 1億, costs 3,000万, less the 10万 自己負担額', () => {
    const cover = coverFor(estimatePreset('sompoEducation', { samples: 0 }), program('direct'), 'standard', 'plan1')!;
    expect(cover.byType.find((t) => t.type === 'liability')).toMatchObject({ total: 20_000_000, paid: 20_000_000, overLimit: 0 });
    expect(cover.byType.find((t) => t.type === 'cost')).toMatchObject({ total: 521_000_000, paid: 30_000_000, deductible: 100_000, overLimit: 490_900_000 });
    expect(cover.paid).toBe(50_000_000);
    expect(cover.uncovered).toBe(491_000_000);
    // Plan ② would pay the costs in part: its 1億 is the highest cost limit the program has.
    const over = cover.items.flatMap((i) => i.unpaid).filter((u) => u.reason === 'limit');
    expect(over.every((u) => u.fix?.limitSetId === 'plan2' && u.fix.partial)).toBe(true);
  });

  it("leaves system recovery to the Wide plan, and caps lost profit at the set's profit limit", () => {
    const estimateE = estimatePreset('sompoOverseas', { samples: 0 });
    const basic = coverFor(estimateE, program('chamber'), 'basic', 'set3')!;
    const wide = coverFor(estimateE, program('chamber'), 'wide', 'set3')!;
    expect(basic.items.find((i) => i.itemId === 'recovery')).toMatchObject({ covered: false, paid: 0, unpaid: [{ reason: 'item', fix: { planId: 'wide' } }] });
    expect(wide.items.find((i) => i.itemId === 'recovery')).toMatchObject({ covered: true, paid: 1_000_000, unpaid: [] });
    // 利益損害補償特約 is mandatory with sets 1–4: in force although not chosen.
    expect(basic.options).toEqual(['profit']);
    expect(basic.byType.find((t) => t.type === 'profit')).toMatchObject({ total: 500_000_000, paid: 30_000_000, overLimit: 470_000_000 });
    expect(wide.paid - basic.paid).toBe(1_000_000);
  });

  it('pays no lost profit at Sompo without the lost-profit option, and an example limit with it', () => {
    const estimateE = estimatePreset('sompoOverseas', { samples: 0 });
    const without = coverFor(estimateE, program('direct'), 'standard', 'plan2')!;
    expect(without.byType.find((t) => t.type === 'profit')).toMatchObject({ paid: 0, notCovered: 500_000_000 });
    expect(without.items.find((i) => i.itemId === 'lostProfit')!.unpaid).toEqual([{ reason: 'option', amount: 500_000_000, fix: { optionId: 'profit' } }]);
    expect(without.example).toBe(false);
    const withOption = coverFor(estimateE, program('direct'), 'standard', 'plan2', ['profit'])!;
    expect(withOption.byType.find((t) => t.type === 'profit')).toMatchObject({ paid: 30_000_000, overLimit: 470_000_000 });
    expect(withOption.example).toBe(true);
  });

  it('is undefined for an unknown plan or limit set', () => {
    const estimateA = estimatePreset('aigLeak', { samples: 0 });
    expect(coverFor(estimateA, program('chamber'), 'gold', 'set1')).toBeUndefined();
    expect(coverFor(estimateA, program('chamber'), 'basic', 'set9')).toBeUndefined();
  });
});

describe('properties of every scenario', () => {
  const scenarios = content.loss.scenarios;
  const profile = fc.record({
    records: fc.integer({ min: 0, max: 5_000_000 }),
    pcs: fc.integer({ min: 0, max: 500 }),
    servers: fc.integer({ min: 0, max: 50 }),
    revenue: fc.integer({ min: 1, max: 100_000_000_000 }),
    industry: fc.constantFrom('manufacturing', 'retail', 'logistics', 'itServices', 'other'),
    dataKinds: fc.subarray(['contacts', 'cards', 'bank', 'health', 'entrusted']),
  });
  const grow = fc.constantFrom('records', 'pcs', 'servers', 'revenue');

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: never negative or NaN, never lower when the company is bigger', (_id, scenario) => {
    fc.assert(
      fc.property(profile, grow, fc.integer({ min: 1, max: 1000 }), (answers, key, extra) => {
        const base = estimateScenario(content, scenario, { answers, samples: 50 });
        const bigger = estimateScenario(content, scenario, { answers: { ...answers, [key]: answers[key] + extra }, samples: 50 });
        for (const result of [base, bigger]) {
          expect(Number.isFinite(result.total) && result.total >= 0).toBe(true);
          expect(result.range.low).toBeLessThanOrEqual(result.range.likely);
          expect(result.range.likely).toBeLessThanOrEqual(result.range.high);
        }
        expect(bigger.total).toBeGreaterThanOrEqual(base.total);
        expect(bigger.range.high).toBeGreaterThanOrEqual(base.range.high);
      }),
      { numRuns: 60 },
    );
  });

  it.each(scenarios.filter((s) => s.drivers.some((d) => d.id === 'downtimeDays')).map((s) => [s.id, s] as const))(
    '%s: never lower with more days stopped',
    (_id, scenario) => {
      fc.assert(
        fc.property(profile, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), (answers, days, extra) => {
          const a = estimateScenario(content, scenario, { answers, inputs: { downtimeDays: days }, samples: 0 });
          const b = estimateScenario(content, scenario, { answers, inputs: { downtimeDays: days + extra }, samples: 0 });
          expect(b.total).toBeGreaterThanOrEqual(a.total);
        }),
        { numRuns: 40 },
      );
    },
  );

  it.each(scenarios.filter((s) => s.mitigations?.length).map((s) => [s.id, s] as const))(
    '%s: a control marked done never increases the loss',
    (_id, scenario) => {
      const control = fc.constantFrom(...scenario.mitigations!.map((m) => m.control));
      fc.assert(
        fc.property(profile, control, (answers, id) => {
          const notDone = estimateScenario(content, scenario, { answers: { ...answers, [id]: 'notDone' }, samples: 50 });
          const done = estimateScenario(content, scenario, { answers: { ...answers, [id]: 'done' }, samples: 50 });
          expect(done.total).toBeLessThanOrEqual(notDone.total);
          expect(done.range.high).toBeLessThanOrEqual(notDone.range.high);
        }),
        { numRuns: 40 },
      );
    },
  );
});
