import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quickCheckIds } from '../../src/core/flow/steps.js';
import { content, schemeById } from '../../src/core/index.js';
import { quickResult } from '../../src/core/quick-result.js';
import type { Answers } from '../../src/core/types.js';

const quick = quickCheckIds(content);
const chamber = schemeById(content, 'chamber-illustrative')!;
const quickControls = content.questions.filter((q) => q.type === 'control' && quick.has(q.id));
const otherControls = content.questions.filter((q) => q.type === 'control' && !quick.has(q.id));
const profile: Answers = { industry: 'retail', employees: 12 };

function allQuick(answer: string, extra: Answers = {}): Answers {
  return { ...profile, ...Object.fromEntries(quickControls.map((q) => [q.id, answer])), ...extra };
}

describe('the quick check result', () => {
  it('scores every control done as full marks, in the top band, top tier, nothing to fix', () => {
    const result = quickResult(content, chamber, allQuick('done'));
    expect(result.score).toBe(100);
    expect(result.band.id).toBe(content.ipaBands[0]!.id);
    expect(result.risks).toEqual([]);
    expect(result.discount.tierIndex).toBe(chamber.security.tiers.length - 1);
    expect(result.next).toBeUndefined();
    expect(result).toMatchObject({ asked: quickControls.length, answered: quickControls.length });
  });

  it('scores nothing done as 0, the lowest band, three risks and a way to the next tier', () => {
    const result = quickResult(content, chamber, allQuick('notDone'));
    expect(result.score).toBe(0);
    expect(result.band.id).toBe(content.ipaBands.at(-1)!.id);
    expect(result.risks).toHaveLength(3);
    expect(result.discount.tierIndex).toBe(0);
    expect(result.next?.targetIndex).toBe(1);
    for (const step of result.next!.steps) expect(quick.has(step.questionId)).toBe(true);
  });

  it('counts only the questions asked: other answers change nothing', () => {
    const others = Object.fromEntries(otherControls.map((q) => [q.id, 'done']));
    const half = allQuick('partly');
    expect(quickResult(content, chamber, { ...half, ...others })).toEqual(quickResult(content, chamber, half));
    expect(quickResult(content, chamber, half).score).toBe(50);
  });

  it('puts not done and skipped before partly done, heavier first', () => {
    const [first, second, ...rest] = quickControls;
    const answers: Answers = Object.fromEntries(Object.entries({ ...allQuick('partly'), [first!.id]: 'done' }).filter(([id]) => id !== second!.id));
    const risks = quickResult(content, chamber, answers).risks;
    expect(risks[0]).toMatchObject({ questionId: second!.id, answer: undefined });
    const weight = (q: (typeof rest)[number]) => (q.type === 'control' ? q.weight : 0);
    const heaviest = [...rest].sort((a, b) => weight(b) - weight(a))[0]!;
    expect(risks[1]?.questionId).toBe(heaviest.id);
    expect(risks.map((r) => r.questionId)).not.toContain(first!.id);
  });

  it('counts "does not apply" as done, as IPA does', () => {
    const answers = allQuick('done', { [quickControls[0]!.id]: 'na' });
    expect(quickResult(content, chamber, answers).score).toBe(100);
  });

  it('never scores lower when one answer gets better', () => {
    const options = ['done', 'partly', 'notDone', 'unknown', undefined] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...options), { minLength: quickControls.length, maxLength: quickControls.length }), fc.nat(), (picked, at) => {
        const answers: Answers = { ...profile };
        quickControls.forEach((q, i) => picked[i] && (answers[q.id] = picked[i]));
        const i = at % quickControls.length;
        const better = { ...answers, [quickControls[i]!.id]: 'done' };
        const before = quickResult(content, chamber, answers);
        const after = quickResult(content, chamber, better);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.discount.tierIndex).toBeGreaterThanOrEqual(before.discount.tierIndex);
      }),
      { numRuns: 60 },
    );
  });
});
