// Cover by trigger and program: what each insurer's plan pays for an incident, item by item, why
// the rest is not paid, and what would pay it; and the content checks of triggers and item kinds.

import { describe, expect, it } from 'vitest';
import { content, coverFor, estimate, estimatePreset, optionsInForce } from '../../src/core/index.js';
import { KIND_TYPES, TRIGGERS, type CoverageProgram, type ItemKind, type LineItem, type LossType, type Trigger } from '../../src/core/loss/types.js';
import type { LossEstimate } from '../../src/core/loss/estimate.js';
import type { CoveredItem } from '../../src/core/loss/cover.js';
import { validateContent, type ContentFile } from '../../src/core/content/validate.js';
import { readContentFiles } from '../../scripts/content.js';

const QUESTIONS_DIR = new URL('../../questions', import.meta.url).pathname;
const program = (id: string): CoverageProgram => content.loss.coverage.find((p) => p.id === id)!;
const itemOf = (cover: { items: CoveredItem[] }, id: string) => cover.items.find((i) => i.itemId === id)!;

interface Part {
  trigger: Trigger;
  kind: ItemKind;
  amount: number;
  /** People the item is paid for (per-person sub-limits). */
  persons?: number;
}

/** An incident of the given parts, as an estimate: items `item0`, `item1`, … */
function incident(parts: Part[]): LossEstimate {
  const items = parts.map((part, i) => {
    const type: LossType = part.kind === 'fine' ? 'cost' : KIND_TYPES[part.kind];
    const item: LineItem = {
      id: `item${i}`,
      type,
      trigger: part.trigger,
      kind: part.kind,
      label: { ja: `項目${i}`, en: `Item ${i}` },
      formula: { terms: [{ rate: part.amount }] },
      basis: 'assumption',
      note: { ja: '試験', en: 'Test' },
      ...(part.persons !== undefined && { persons: `people${i}` }),
    };
    return { item, amount: part.amount, terms: [] };
  });
  const byType: Record<LossType, number> = { liability: 0, cost: 0, profit: 0 };
  for (const e of items) byType[e.item.type] += e.amount;
  const total = items.reduce((sum, e) => sum + e.amount, 0);
  const drivers = Object.fromEntries(
    parts.flatMap((part, i) => (part.persons === undefined ? [] : [[`people${i}`, { value: part.persons, origin: 'input' as const }]])),
  );
  return { scenarioId: 'test', items, byType, total, drivers, range: { low: total, likely: total, high: total }, mitigations: [], rejectedInputs: [] };
}

describe('cover by trigger', () => {
  it('pays no recovery of a ransomware attack without a leak under JCCI Basic: the trigger; Wide would', () => {
    const ransomware = estimate('ransomware', { answers: { revenue: 500_000_000 }, samples: 0 });
    const basic = coverFor(ransomware, program('chamber'), 'basic', 'set3')!;
    const recovery = itemOf(basic, 'recovery');
    expect(recovery).toMatchObject({ trigger: 'attack', kind: 'recovery', covered: false, paid: 0 });
    expect(recovery.unpaid).toEqual([{ reason: 'trigger', amount: recovery.amount, fix: { planId: 'wide' } }]);
    expect(itemOf(basic, 'forensics').unpaid[0]).toMatchObject({ reason: 'trigger', fix: { planId: 'wide' } });
    // The network stop's lost profit is paid: 利益損害補償特約 comes with sets 1–4.
    expect(itemOf(basic, 'lostProfit').covered).toBe(true);

    const wide = coverFor(ransomware, program('chamber'), 'wide', 'set3')!;
    expect(itemOf(wide, 'recovery')).toMatchObject({ covered: true, paid: recovery.amount, unpaid: [] });
  });

  it('pays no liability from IT work without the IT option (IT業務特約), and pays it with', () => {
    const breach = estimate('serviceBreach', { answers: { itServices: 'yes' }, samples: 0 });
    const amount = itemOf(coverFor(breach, program('chamber'), 'basic', 'set3')!, 'clientDamages').amount;
    expect(amount).toBeGreaterThan(0);
    for (const [id, plan, limitSet] of [
      ['chamber', 'basic', 'set3'],
      ['chamber', 'wide', 'set1'],
      ['direct', 'standard', 'plan1'],
    ] as const) {
      const without = coverFor(breach, program(id), plan, limitSet)!;
      expect(itemOf(without, 'clientDamages').unpaid).toEqual([{ reason: 'option', amount, fix: { optionId: 'itWork' } }]);
      const withOption = coverFor(breach, program(id), plan, limitSet, ['itWork'])!;
      expect(withOption.options).toContain('itWork');
      const paid = itemOf(withOption, 'clientDamages');
      expect(paid.covered).toBe(true);
      // At Sompo the item is the incident's first: the 10万 自己負担額 comes off it.
      expect(paid.paid).toBe(amount - (id === 'direct' ? 100_000 : 0));
    }
    // Aioi's page names no IT work cover: no plan of it pays, and nothing would.
    expect(itemOf(coverFor(breach, program('aioi'), 'wide', 'example2', ['itWork'])!, 'clientDamages').unpaid).toEqual([{ reason: 'trigger', amount }]);
  });

  it("takes Sompo's 10万 自己負担額 once per incident, from the first items paid", () => {
    const food = coverFor(estimatePreset('sompoFood', { samples: 0 }), program('direct'), 'standard', 'plan1')!;
    expect(food.paid).toBe(9_900_000);
    expect(food.deductible).toBe(100_000);
    expect(itemOf(food, 'forensics').unpaid).toEqual([{ reason: 'deductible', amount: 100_000 }]);
    expect(itemOf(food, 'recovery')).toMatchObject({ paid: 3_000_000, unpaid: [] });

    const education = coverFor(estimatePreset('sompoEducation', { samples: 0 }), program('direct'), 'standard', 'plan2')!;
    const deducted = education.items.flatMap((i) => i.unpaid).filter((u) => u.reason === 'deductible');
    expect(deducted).toEqual([{ reason: 'deductible', amount: 100_000 }]);

    // Small items share it: 6万 and 3万 are both within it, the third item pays less 1万.
    const small = coverFor(
      incident([
        { trigger: 'leak', kind: 'response', amount: 60_000 },
        { trigger: 'leak', kind: 'investigation', amount: 30_000 },
        { trigger: 'leak', kind: 'callCentre', amount: 1_000_000 },
      ]),
      program('direct'),
      'standard',
      'plan1',
    )!;
    expect(small.items.map((i) => i.paid)).toEqual([0, 0, 990_000]);
    expect(small.deductible).toBe(100_000);
    // The chamber policy has none (免責金額：なし).
    expect(coverFor(estimatePreset('sompoFood', { samples: 0 }), program('chamber'), 'wide', 'set3')!.paid).toBe(10_000_000);
  });

  it('caps JCCI 見舞金 at ¥1,000 per person', () => {
    const generous = estimate('misdirected', { inputs: { records: 500, consolationPerPerson: 1_500 }, samples: 0 });
    const chamber = coverFor(generous, program('chamber'), 'basic', 'set1')!;
    expect(itemOf(chamber, 'consolation')).toMatchObject({
      amount: 750_000,
      paid: 500_000,
      unpaid: [{ reason: 'subLimit', amount: 250_000, ruleId: 'consolation' }],
    });
    expect(chamber.byType.find((t) => t.type === 'cost')).toMatchObject({ subLimited: 250_000 });
    const modest = estimate('misdirected', { inputs: { records: 500, consolationPerPerson: 800 }, samples: 0 });
    expect(itemOf(coverFor(modest, program('chamber'), 'basic', 'set1')!, 'consolation')).toMatchObject({ amount: 400_000, paid: 400_000 });
    // Sompo states no such cap.
    expect(itemOf(coverFor(generous, program('direct'), 'standard', 'plan1')!, 'consolation').paid).toBe(750_000);
  });

  it("caps Aioi's 訴訟対応費用 at 1,000万, for all such items of the incident together", () => {
    const claim = incident([
      { trigger: 'leak', kind: 'litigationSupport', amount: 6_000_000 },
      { trigger: 'leak', kind: 'damages', amount: 5_000_000 },
      { trigger: 'leak', kind: 'litigationSupport', amount: 9_000_000 },
    ]);
    const cover = coverFor(claim, program('aioi'), 'basic', 'example2')!;
    expect(cover.items.map((i) => i.paid)).toEqual([6_000_000, 5_000_000, 4_000_000]);
    expect(cover.items[2]!.unpaid).toEqual([{ reason: 'subLimit', amount: 5_000_000, ruleId: 'litigationSupport' }]);
    expect(cover.example).toBe(true);
    // JCCI states no such cap.
    expect(coverFor(claim, program('chamber'), 'basic', 'set4')!.paid).toBe(20_000_000);
  });

  it('never pays fines, whatever the program, plan, limits and options', () => {
    const fined = incident(TRIGGERS.map((trigger) => ({ trigger, kind: 'fine', amount: 1_000_000 })));
    for (const p of content.loss.coverage)
      for (const plan of p.plans)
        for (const set of p.limitSets) {
          const cover = coverFor(
            fined,
            p,
            plan.id,
            set.id,
            (p.options ?? []).map((o) => o.id),
          )!;
          expect(cover.paid).toBe(0);
          for (const item of cover.items) expect(item.unpaid).toEqual([{ reason: 'excluded', amount: 1_000_000, ruleId: 'fines' }]);
        }
  });

  it('pays a type at most its limit, and names the set that would pay all', () => {
    const leak = estimatePreset('aigLeak', { samples: 0 }); // costs 1,160万, liability 1,510万
    const set1 = coverFor(leak, program('chamber'), 'basic', 'set1')!; // costs 1,000万
    expect(set1.byType.find((t) => t.type === 'cost')).toMatchObject({ paid: 10_000_000, overLimit: 1_600_000 });
    // The limit is used up in the items' order: the advert and the letters come last.
    expect(set1.items.filter((i) => i.unpaid.length).map((i) => [i.itemId, i.unpaid])).toEqual([
      ['apologyAdvert', [{ reason: 'limit', amount: 600_000, fix: { limitSetId: 'set2' } }]],
      ['apologyLetters', [{ reason: 'limit', amount: 1_000_000, fix: { limitSetId: 'set2' } }]],
    ]);
    expect(set1.uncovered).toBe(1_600_000);
  });

  it('keeps mandatory options in force and drops options the plan cannot take', () => {
    expect(optionsInForce(program('chamber'), 'basic', 'set2')).toEqual(['profit']);
    expect(optionsInForce(program('chamber'), 'wide', 'set4', ['itWork'])).toEqual(['profit', 'itWork']);
    expect(optionsInForce(program('direct'), 'standard', 'plan1', ['itWork', 'unknown'])).toEqual(['itWork']);
    expect(optionsInForce(program('aioi'), 'basic', 'example1', ['itWork'])).toEqual([]);
  });
});

/** One item per row; what the plan decides: paid, or the reason and what would pay it (plan, +option). */
const ROWS: [Trigger, ItemKind][] = [
  ['leak', 'damages'],
  ['leak', 'consolation'],
  ['leak', 'recovery'],
  ['obstruction', 'damages'],
  ['bodilyProperty', 'damages'],
  ['attack', 'investigation'],
  ['attack', 'recovery'],
  ['attack', 'attackInvestigation'],
  ['abroad', 'damages'],
  ['itWork', 'damages'],
  ['outage', 'lostProfit'],
  ['leak', 'fine'],
];

function decisions(programId: string, planId: string, limitSetId: string): string[] {
  const cover = coverFor(
    incident(ROWS.map(([trigger, kind]) => ({ trigger, kind, amount: 1_000_000, persons: 1_000 }))),
    program(programId),
    planId,
    limitSetId,
  )!;
  return cover.items.map((item) => {
    if (item.covered) return 'paid';
    const [why] = item.unpaid;
    const fix = why?.fix ? ` → ${[why.fix.planId, why.fix.optionId].filter(Boolean).join(' + ')}` : '';
    return `${why?.reason}${fix}`;
  });
}

describe('the cover decision for each trigger', () => {
  const table = (rows: string[][]) => rows.map((row) => row.join(' | '));

  it('JCCI: ベーシックプラン | ワイドプラン', () => {
    const basic = decisions('chamber', 'basic', 'set3');
    const wide = decisions('chamber', 'wide', 'set3');
    expect(table(ROWS.map((row, i) => [...row, basic[i]!, wide[i]!]))).toEqual([
      'leak | damages | paid | paid',
      'leak | consolation | paid | paid',
      'leak | recovery | item → wide | paid',
      'obstruction | damages | paid | paid',
      'bodilyProperty | damages | trigger → wide | paid',
      'attack | investigation | trigger → wide | paid',
      'attack | recovery | trigger → wide | paid',
      'attack | attackInvestigation | trigger → wide | paid',
      'abroad | damages | trigger | trigger',
      'itWork | damages | option → itWork | option → itWork',
      'outage | lostProfit | paid | paid',
      'leak | fine | excluded | excluded',
    ]);
  });

  it('Sompo: 基本補償 (one plan; options ITサービス業務, 喪失利益・営業継続費用)', () => {
    const standard = decisions('direct', 'standard', 'plan1');
    expect(table(ROWS.map((row, i) => [...row, standard[i]!]))).toEqual([
      'leak | damages | paid',
      'leak | consolation | paid',
      'leak | recovery | paid',
      'obstruction | damages | paid',
      'bodilyProperty | damages | excluded',
      'attack | investigation | paid',
      'attack | recovery | paid',
      'attack | attackInvestigation | paid',
      'abroad | damages | paid',
      'itWork | damages | option → itWork',
      'outage | lostProfit | option → profit',
      'leak | fine | excluded',
    ]);
  });

  it('Aioi: ベーシックプラン | ワイドプラン', () => {
    const basic = decisions('aioi', 'basic', 'example1');
    const wide = decisions('aioi', 'wide', 'example1');
    expect(table(ROWS.map((row, i) => [...row, basic[i]!, wide[i]!]))).toEqual([
      'leak | damages | paid | paid',
      'leak | consolation | paid | paid',
      'leak | recovery | item → wide | paid',
      'obstruction | damages | paid | paid',
      'bodilyProperty | damages | trigger → wide | paid',
      'attack | investigation | trigger → wide | paid',
      'attack | recovery | trigger → wide | paid',
      'attack | attackInvestigation | trigger → wide | paid',
      'abroad | damages | trigger → wide | paid',
      'itWork | damages | trigger | trigger',
      'outage | lostProfit | trigger | trigger',
      'leak | fine | excluded | excluded',
    ]);
  });
});

describe('content checks of triggers and item kinds', () => {
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke into the shipped files freely
  const shipped = () => readContentFiles(QUESTIONS_DIR);
  const data = (files: ContentFile[], name: string): Json => files.find((f) => f.file === name)!.data as Json;
  const errorsOf = (files: ContentFile[]) => {
    const result = validateContent(files);
    return result.ok ? [] : result.errors;
  };

  it('accepts the shipped files', () => {
    expect(errorsOf(shipped())).toEqual([]);
  });

  it('rejects an unknown trigger of an item, naming file and path', () => {
    const files = shipped();
    data(files, 'questions/loss/ransomware.json').scenarios[0].items[2].trigger = 'ransom';
    expect(errorsOf(files)).toContainEqual({
      file: 'questions/loss/ransomware.json',
      path: '$.scenarios[0].items[2].trigger',
      message: expect.stringMatching(/^expected one of "leak", .*found "ransom"$/),
    });
  });

  it('rejects an unknown item kind, naming file and path', () => {
    const files = shipped();
    data(files, 'questions/loss/ransomware.json').scenarios[0].items[0].kind = 'forensics';
    expect(errorsOf(files)).toContainEqual({
      file: 'questions/loss/ransomware.json',
      path: '$.scenarios[0].items[0].kind',
      message: expect.stringMatching(/^expected one of "damages", .*found "forensics"$/),
    });
  });

  it('rejects an unknown trigger or item kind in a coverage program', () => {
    const files = shipped();
    const coverage = data(files, 'questions/loss/coverage.json').coverage;
    coverage[0].plans[1].pays[0].triggers[1] = 'flood';
    coverage[2].subLimits[0].kinds[0] = 'bribe';
    const errors = errorsOf(files);
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'questions/loss/coverage.json',
        path: '$.coverage[0].plans[1].pays[0].triggers[1]',
        message: expect.stringContaining('"flood"'),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'questions/loss/coverage.json',
        path: '$.coverage[2].subLimits[0].kinds[0]',
        message: expect.stringContaining('"bribe"'),
      }),
    );
  });

  it("rejects an item whose trigger is not one of its scenario's, or whose kind is another loss type", () => {
    const files = shipped();
    const scenario = data(files, 'questions/loss/ransomware.json').scenarios[0];
    scenario.items[2].trigger = 'leak';
    scenario.items[3].kind = 'damages';
    const errors = errorsOf(files);
    expect(errors).toContainEqual({
      file: 'questions/loss/ransomware.json',
      path: '$.scenarios[0].items[2].trigger',
      message: 'trigger "leak" is not one of this scenario\'s triggers (attack, outage)',
    });
    expect(errors).toContainEqual({
      file: 'questions/loss/ransomware.json',
      path: '$.scenarios[0].items[3].kind',
      message: 'a "damages" item is a liability loss, not profit',
    });
  });

  it('rejects a 見舞金 item that does not say who it is paid for, and options naming unknown plans or limit sets', () => {
    const files = shipped();
    delete data(files, 'questions/loss/misdirected.json').scenarios[0].items[1].persons;
    const chamber = data(files, 'questions/loss/coverage.json').coverage[0];
    chamber.options[0].mandatoryWith[0] = 'set9';
    chamber.options[1].plans = ['gold'];
    const errors = errorsOf(files);
    expect(errors).toContainEqual({
      file: 'questions/loss/misdirected.json',
      path: '$.scenarios[0].items[1]',
      message: 'a "consolation" item needs "persons" (the driver counting the people): chamber.consolation is a limit per person',
    });
    expect(errors).toContainEqual({
      file: 'questions/loss/coverage.json',
      path: '$.coverage[0].options[0].mandatoryWith[0]',
      message: 'unknown limit set "set9"; this program\'s limit sets are set1, set2, set3, set4',
    });
    expect(errors).toContainEqual({
      file: 'questions/loss/coverage.json',
      path: '$.coverage[0].options[1].plans[0]',
      message: 'unknown plan "gold"; this program\'s plans are basic, wide',
    });
  });
});
