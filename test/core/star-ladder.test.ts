import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conditionHolds } from '../../src/core/flow/conditions.js';
import { optionsOf } from '../../src/core/flow/options.js';
import { content } from '../../src/core/index.js';
import { quickCheckIds } from '../../src/core/flow/steps.js';
import { starLadder, type StarLadder } from '../../src/core/stars/ladder.js';
import type { Answers, ControlQuestion } from '../../src/core/types.js';

const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');
const profile: Answers = { industry: 'manufacturing', employees: 8 };
const FIVE_BASICS = { updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done', threatAwareness: 'done' };
/** Every item of IPA's self-check answered, not all of them done. */
const selfCheckTaken: Answers = Object.fromEntries(controls.filter((q) => (q.ipaTopics ?? []).length > 0).map((q, i) => [q.id, i % 2 ? 'partly' : 'notDone']));

const statusOf = (ladder: StarLadder, id: string) => ladder.levels.find((l) => l.level.id === id)?.status;

describe('the star ladder', () => {
  it('puts a company with nothing done below ★1, with ★1 next and the five basics missing', () => {
    const ladder = starLadder(content, profile);
    expect(ladder.highest).toBeUndefined();
    expect(ladder.next?.level.id).toBe('securityActionOne');
    expect(ladder.next?.requirements.filter((r) => r.status === 'missing').map((r) => r.controls[0])).toEqual(Object.keys(FIVE_BASICS));
  });

  it('gives ★1 for the five basics, whatever else is answered', () => {
    const ladder = starLadder(content, { ...profile, ...FIVE_BASICS, backups: 'notDone' });
    expect(ladder.highest?.level.id).toBe('securityActionOne');
    expect(ladder.next?.level.id).toBe('securityActionTwo');
    expect(ladder.next?.requirements.map((r) => [r.requirement.id, r.status])).toEqual([
      ['selfCheck', 'missing'],
      ['policy', 'missing'],
    ]);
  });

  it('gives ★2 for the five basics, the self-check taken and a published policy (or a ★2 declaration)', () => {
    const answers = { ...profile, ...selfCheckTaken, ...FIVE_BASICS };
    expect(statusOf(starLadder(content, { ...answers, securityPolicy: 'written' }), 'securityActionTwo')).toBe('notMet');
    expect(starLadder(content, { ...answers, securityPolicy: 'published' }).highest?.level.id).toBe('securityActionTwo');
    expect(starLadder(content, { ...answers, securityAction: 'twoStars' }).highest?.level.id).toBe('securityActionTwo');
    // Without the five basics, the self-check and the policy are not the second step of the ladder.
    expect(statusOf(starLadder(content, { ...profile, ...selfCheckTaken, securityPolicy: 'published' }), 'securityActionTwo')).toBe('notMet');
  });

  it('never shows the provisional ★3 or ★4 as met: at best no known gaps, with what the check does not ask', () => {
    const everythingDone: Answers = {
      ...profile,
      ...Object.fromEntries(controls.map((q) => [q.id, optionsOf(q, content)[0]!.id])),
      securityPolicy: 'published',
    };
    const ladder = starLadder(content, everythingDone);
    expect(ladder.highest?.level.id).toBe('securityActionTwo');
    expect(statusOf(ladder, 'supplyChainThree')).toBe('noKnownGaps');
    const four = ladder.levels.find((l) => l.level.id === 'supplyChainFour')!;
    expect(four.status).toBe('noKnownGaps');
    expect(four.requirements.filter((r) => r.status === 'notAsked').map((r) => r.requirement.id)).toEqual(['management']);
  });

  it('never meets ★3 (nor finds it without gaps) while one of its mapped requirements is missing', () => {
    const three = content.starSchemes!.flatMap((s) => s.levels).find((l) => l.id === 'supplyChainThree')!;
    const mapped = [
      ...new Set(
        three.requirements.flatMap((r) =>
          r.met
            ? JSON.stringify(r.met)
                .match(/"question":"(\w+)"/g)!
                .map((m) => m.slice(12, -1))
            : [],
        ),
      ),
    ];
    const answer = (id: string) => {
      const question = content.questions.find((q) => q.id === id)!;
      return fc.constantFrom(...optionsOf(question, content).map((o) => o.id));
    };
    fc.assert(
      fc.property(fc.record(Object.fromEntries(mapped.map((id) => [id, answer(id)])), { requiredKeys: [] }), (some) => {
        const answers: Answers = Object.fromEntries(Object.entries(some).flatMap(([id, value]) => (value === undefined ? [] : [[id, value]])));
        const result = starLadder(content, { ...profile, ...answers }).levels.find((l) => l.level.id === 'supplyChainThree')!;
        const anyMissing = three.requirements.some((r) => r.met && !conditionHolds(r.met, answers));
        if (anyMissing) expect(result.status).toBe('notMet');
        expect(result.status).not.toBe('met');
      }),
    );
  });

  it('counts what the quick check does not ask as not asked, never as missing, and meets no level with it', () => {
    const quick = quickCheckIds(content);
    const asked = { ...profile, updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done' };
    const one = starLadder(content, asked, quick).levels.find((l) => l.level.id === 'securityActionOne')!;
    expect(one.requirements.map((r) => [r.requirement.id, r.status])).toEqual([
      ['updates', 'met'],
      ['antivirus', 'met'],
      ['passwords', 'met'],
      ['sharing', 'met'],
      ['threats', 'notAsked'],
    ]);
    expect(one.status).toBe('noKnownGaps');
    const partly = starLadder(content, { ...asked, passwords: 'partly' }, quick).levels.find((l) => l.level.id === 'securityActionOne')!;
    expect(partly.status).toBe('notMet');
    expect(partly.requirements.filter((r) => r.status === 'missing').map((r) => r.requirement.id)).toEqual(['passwords']);
  });

  it('names, for each missing requirement, the controls whose actions close it', () => {
    const ladder = starLadder(content, { ...profile, ...FIVE_BASICS, ...selfCheckTaken, securityPolicy: 'published', updates: 'done' });
    const three = ladder.levels.find((l) => l.level.id === 'supplyChainThree')!;
    const rules = three.requirements.find((r) => r.requirement.id === 'rules')!;
    // Only what is still missing: the policy is published, the rules are not written down.
    expect(rules.controls).toEqual(['writtenRules']);
    const bare = starLadder(content, profile).levels.find((l) => l.level.id === 'supplyChainThree')!;
    expect(bare.requirements.find((r) => r.requirement.id === 'rules')?.controls).toEqual(['writtenRules', 'securityPolicy']);
    // Either way meets the policy requirement; the first (writing and publishing one) is the action.
    const two = starLadder(content, profile).levels.find((l) => l.level.id === 'securityActionTwo')!;
    expect(two.requirements.find((r) => r.requirement.id === 'policy')?.controls).toEqual(['securityPolicy']);
    expect(three.requirements.filter((r) => r.status === 'missing').every((r) => r.controls.length > 0)).toBe(true);
  });
});
