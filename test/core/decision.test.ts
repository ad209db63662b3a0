// The decision the results lead to (src/core/decision.ts): each figure of the first screen comes
// from the same core function the details use, the verdict follows the tier and the IPA band, and
// the three actions are the cheapest way up the ladder before anything else.

import { describe, expect, it } from 'vitest';
import { content, discountFor, estimateScenario, improvementPlans, referencePremium, scenariosFor, schemeById } from '../../src/core/index.js';
import { decisionFor } from '../../src/core/decision.js';
import type { Answers, ControlQuestion } from '../../src/core/types.js';
import { webShopRetailer } from '../profiles.js';

const chamber = schemeById(content, 'chamber-illustrative')!;
const table = content.rateTables.find((t) => t.id === 'chamber-examples')!;
const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');

/** A 3億 retailer with a web shop taking cards: the user who met a results page 12 screens tall. */
const retailer: Answers = { ...webShopRetailer, controlSystems: 'no', itServices: 'no', certification: 'none' };

type IpaAnswer = 'done' | 'partly' | 'notDone' | 'unknown';

/** IPA-scale controls answered in turn from `pattern`; the others with their second-worst option, or their best for 'done'. */
function answered(option: IpaAnswer, base: Answers = retailer, pattern: IpaAnswer[] = [option]): Answers {
  const answers: Answers = { ...base };
  controls.forEach((q, i) => {
    if (q.scale === 'ipa') answers[q.id] = pattern[i % pattern.length]!;
    else if (q.options) answers[q.id] = option === 'done' ? q.options[0]!.id : q.options[q.options.length - 2]!.id;
  });
  return answers;
}

describe('the figures of the first screen', () => {
  const answers = answered('partly');
  const decision = decisionFor(content, chamber, table, answers);

  it('takes the discount and the plans from discountFor and improvementPlans', () => {
    expect(decision.discount).toEqual(discountFor(content, chamber, answers));
    expect(decision.plans).toEqual(improvementPlans(content, chamber, answers));
  });

  it('prices a reference premium for the retailer, before and after the discount now and at the next tier', () => {
    const reference = referencePremium(table, 'retail', 300_000_000, table.plans[0]!.id)!;
    expect(decision.premium?.before).toBe(reference.premium);
    expect(decision.premium?.after).toBeLessThan(reference.premium);
    expect(decision.premium?.after).toBe(Math.round(reference.premium * (1 - decision.discount.totalRate)));
    expect(decision.plans.next).toBeDefined();
    expect(decision.premium?.afterNext).toBeLessThan(decision.premium!.after);
  });

  it('names the scenario with the largest likely loss, with the same estimate the loss details show', () => {
    const totals = scenariosFor(content, answers).map((s) => ({ id: s.id, total: estimateScenario(content, s, { answers, samples: 0 }).total }));
    const largest = totals.reduce((a, b) => (b.total > a.total ? b : a));
    expect(decision.biggestLoss?.scenario.id).toBe(largest.id);
    expect(decision.biggestLoss?.estimate).toEqual(estimateScenario(content, decision.biggestLoss!.scenario, { answers }));
    expect(decision.biggestLoss!.estimate.range.low).toBeLessThan(decision.biggestLoss!.estimate.range.high);
  });

  it('keeps to the scenarios a partner chose', () => {
    const only = decisionFor(content, chamber, table, answers, { scenarios: ['misdirected'] });
    expect(only.biggestLoss?.scenario.id).toBe('misdirected');
  });

  it('uses the loss inputs the owner adjusted', () => {
    const id = decision.biggestLoss!.scenario.id;
    const [driverId, driver] = Object.entries(decision.biggestLoss!.estimate.drivers).find(([, d]) => d.origin === 'default')!;
    const adjusted = decisionFor(content, chamber, table, answers, { scenarios: [id], inputs: { [id]: { [driverId]: driver.value * 10 } } });
    expect(adjusted.biggestLoss!.estimate.total).not.toBe(decision.biggestLoss!.estimate.total);
  });
});

describe('the three actions', () => {
  it('start with the cheapest way to the next tier, and say they move the discount', () => {
    const answers = answered('partly');
    const { actions, plans } = decisionFor(content, chamber, table, answers);
    const next = plans.next!.steps.map((s) => s.questionId);
    expect(actions).toHaveLength(3);
    expect(actions.slice(0, Math.min(3, next.length)).map((a) => a.questionId)).toEqual(next.slice(0, 3));
    for (const action of actions.filter((a) => next.includes(a.questionId))) expect(action.forDiscount).toBe(true);
  });

  it('go on with what the biggest loss’s scenario counts as mitigating, once the next tier is covered', () => {
    const answers = answered('partly', retailer, ['done', 'notDone']);
    const decision = decisionFor(content, chamber, table, answers);
    const next = decision.plans.next!.steps.map((s) => s.questionId);
    expect(next.length).toBeLessThan(3);
    const mitigating = decision.biggestLoss!.scenario.mitigations!.map((m) => m.control);
    const open = mitigating.filter((id) => answers[id] !== 'done' && !next.includes(id));
    expect(open.length).toBeGreaterThan(0);
    const after = decision.actions.slice(next.length, next.length + open.length);
    for (const action of after) expect(open).toContain(action.questionId);
  });

  it('never name a control already done or not applicable, nor the same one twice', () => {
    const answers = answered('partly', { ...retailer });
    answers.updates = 'done';
    const { actions } = decisionFor(content, chamber, table, answers, { actions: 40 });
    const ids = actions.map((a) => a.questionId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('updates');
  });

  it('list the scenarios each action reduces, from its tags', () => {
    const { actions } = decisionFor(content, chamber, table, answered('notDone'), { actions: 40 });
    const withScenario = actions.find((a) => a.scenarios.length > 0)!;
    const question = controls.find((q) => q.id === withScenario.questionId)!;
    expect(question.tags).toEqual(expect.arrayContaining(withScenario.scenarios.map((s) => `scenario:${s}`)));
  });

  it('are none when everything is done', () => {
    expect(decisionFor(content, chamber, table, answered('done', { ...retailer, certification: 'held' })).actions).toEqual([]);
  });
});

describe('the verdict', () => {
  it('is "top" on the highest tier', () => {
    expect(decisionFor(content, chamber, table, answered('done', { ...retailer, certification: 'held' })).verdict).toBe('top');
  });

  it('is "urgent" in IPA’s lowest band', () => {
    const decision = decisionFor(content, chamber, table, answered('notDone'));
    expect(decision.ipa.band.id).toBe(content.ipaBands.at(-1)!.id);
    expect(decision.verdict).toBe('urgent');
  });

  it('is "close" when three steps or fewer reach the next tier, "gaps" when more', () => {
    const close = decisionFor(content, chamber, table, answered('partly', retailer, ['done', 'done', 'notDone']));
    expect(close.ipa.band.id).not.toBe(content.ipaBands.at(-1)!.id);
    expect(close.plans.next!.steps.length).toBeLessThanOrEqual(3);
    expect(close.verdict).toBe('close');

    const far = decisionFor(content, chamber, table, answered('partly', retailer, ['done', 'notDone', 'partly']));
    expect(far.ipa.band.id).not.toBe(content.ipaBands.at(-1)!.id);
    expect(far.plans.next!.steps.length).toBeGreaterThan(3);
    expect(far.verdict).toBe('gaps');
  });
});

describe('what to find out', () => {
  it('lists every control answered "don\u2019t know", IPA item or not, and none the profile hides', () => {
    const unknown = ['updates', 'cardNonRetention', 'webUpdates'];
    const answers: Answers = { ...answered('done'), ...Object.fromEntries(unknown.map((id) => [id, 'unknown'])) };
    const { toFindOut, ipa } = decisionFor(content, chamber, table, answers);
    expect(ipa.unknown).toEqual(['updates']);
    expect(toFindOut).toEqual(content.questions.map((q) => q.id).filter((id) => unknown.includes(id)));
    // Without card payments, the card questions are not asked: nothing to find out there.
    const noCards = decisionFor(content, chamber, table, { ...answers, onlineCards: 'no' }).toFindOut;
    expect(noCards).toContain('updates');
    expect(noCards).not.toContain('cardNonRetention');
  });
});

describe('without a premium table or a revenue', () => {
  it('has no premium, and everything else', () => {
    const { revenue: _revenue, ...noRevenue } = retailer;
    const decision = decisionFor(content, chamber, table, answered('partly', noRevenue));
    expect(decision.premium).toBeUndefined();
    expect(decisionFor(content, chamber, undefined, answered('partly')).premium).toBeUndefined();
    expect(decision.biggestLoss).toBeDefined();
    expect(decision.actions.length).toBeGreaterThan(0);
  });
});
