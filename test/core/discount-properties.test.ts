// Properties of the discount over random answer sets, for every shipped scheme.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, discountFor, improvementPlan, improvementPlans, optionsOf, visibleQuestionIds } from '../../src/core/index.js';
import { bestOption } from '../../src/core/scoring/weighted.js';
import type { Answers, ControlQuestion } from '../../src/core/types.js';

const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');
const yesNo = fc.constantFrom('yes', 'no');

/** A profile for the conditions, and any option (or no answer) for every control. */
const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record({
    profile: fc.record({
      chamberMember: yesNo,
      website: yesNo,
      webShop: yesNo,
      onlineCards: yesNo,
      controlSystems: yesNo,
      itServices: yesNo,
      industry: fc.constantFrom('manufacturing', 'retail', 'itServices', 'other'),
    }),
    controls: fc.tuple(...controls.map((q) => fc.option(fc.constantFrom(...optionsOf(q, content).map((o) => o.id)), { nil: undefined }))),
  })
  .map(({ profile, controls: picked }) => {
    const answers: Answers = { ...profile };
    picked.forEach((value, i) => {
      if (value !== undefined) answers[controls[i]!.id] = value;
    });
    return answers;
  });

describe.each(content.discountSchemes.map((s) => [s.id, s] as const))('scheme %s', (_id, scheme) => {
  it('never gives more than the caps, nor less than nothing', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = discountFor(content, scheme, answers);
        expect(result.totalRate).toBeGreaterThanOrEqual(0);
        expect(result.totalRate).toBeLessThanOrEqual(scheme.cap);
        expect(result.securityRate).toBeLessThanOrEqual(scheme.security.cap);
      }),
    );
  });

  it('never lowers the tier or the discount when a control goes from "not done" to "done"', () => {
    const notDoneControl = fc.integer({ min: 0, max: controls.length - 1 });
    fc.assert(
      fc.property(answersArbitrary, notDoneControl, (answers, index) => {
        const question = controls[index]!;
        const before = { ...answers, [question.id]: 'notDone' };
        if (!optionsOf(question, content).some((o) => o.id === 'notDone')) before[question.id] = optionsOf(question, content).at(-2)!.id;
        const after = { ...before, [question.id]: bestOption(question, content).id };
        const a = discountFor(content, scheme, before);
        const b = discountFor(content, scheme, after);
        expect(b.tierIndex).toBeGreaterThanOrEqual(a.tierIndex);
        expect(b.totalRate).toBeGreaterThanOrEqual(a.totalRate);
        expect(b.score.score).toBeGreaterThanOrEqual(a.score.score);
      }),
    );
  });

  it('ignores answers to hidden questions', () => {
    const noise = fc.tuple(...controls.map((q) => fc.constantFrom(...optionsOf(q, content).map((o) => o.id))));
    fc.assert(
      fc.property(answersArbitrary, noise, (answers, values) => {
        const visible = visibleQuestionIds(content, answers);
        const noisy = { ...answers };
        controls.forEach((q, i) => {
          if (!visible.has(q.id)) noisy[q.id] = values[i]!;
        });
        expect(discountFor(content, scheme, noisy)).toEqual(discountFor(content, scheme, answers));
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(discountFor(content, scheme, answers)).toEqual(discountFor(content, scheme, structuredClone(answers)));
      }),
    );
  });

  it('plans the next tier with steps that reach it, none of them superfluous', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { next } = improvementPlans(content, scheme, answers);
        if (!next) return;
        const apply = (steps: typeof next.steps) => ({ ...answers, ...Object.fromEntries(steps.map((s) => [s.questionId, s.to])) });
        expect(discountFor(content, scheme, apply(next.steps)).tierIndex).toBeGreaterThanOrEqual(next.targetIndex);
        for (const step of next.steps) {
          const without = next.steps.filter((s) => s !== step);
          expect(discountFor(content, scheme, apply(without)).tierIndex, `${step.questionId} is superfluous`).toBeLessThan(next.targetIndex);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('plans every tier above the current one as reachable by controls alone', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const current = discountFor(content, scheme, answers).tierIndex;
        for (let target = current + 1; target < scheme.security.tiers.length; target++) {
          expect(improvementPlan(content, scheme, answers, target), `tier ${target}`).toBeDefined();
        }
      }),
      { numRuns: 30 },
    );
  });
});
