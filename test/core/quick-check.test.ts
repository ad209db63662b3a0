import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../scripts/content.js';
import { validateContent, type ContentFile } from '../../src/core/content/validate.js';
import { quickCheckIds, stepsFor, questionSteps } from '../../src/core/flow/steps.js';
import { content } from '../../src/core/index.js';

const QUESTIONS_DIR = new URL('../../questions', import.meta.url).pathname;

/** The real question files, with `change` applied to the questions with these ids. */
function filesWith(questionIds: string[], change: (question: Record<string, unknown>) => void): ContentFile[] {
  return readContentFiles(QUESTIONS_DIR).map((file) => {
    const data = structuredClone(file.data) as { questions?: Record<string, unknown>[] };
    for (const question of data.questions ?? []) if (questionIds.includes(question.id as string)) change(question);
    return { ...file, data };
  });
}

describe("the seminar's quick check", () => {
  it('is 10 to 12 questions the content marks, none conditional, company facts and controls both', () => {
    const quick = quickCheckIds(content);
    expect(quick.size).toBeGreaterThanOrEqual(10);
    expect(quick.size).toBeLessThanOrEqual(12);
    const questions = content.questions.filter((q) => quick.has(q.id));
    expect(questions.every((q) => !q.showIf)).toBe(true);
    expect(questions.some((q) => q.type === 'control')).toBe(true);
    expect(questions.some((q) => q.type !== 'control')).toBe(true);
  });

  it('asks only those questions, whatever else the answers would show', () => {
    const quick = quickCheckIds(content);
    const asked = questionSteps(stepsFor(content, { website: 'yes', webShop: 'yes', onlineCards: 'yes' }, true)).flatMap((step) =>
      step.questions.map((q) => q.id),
    );
    expect(new Set(asked)).toEqual(quick);
    expect(questionSteps(stepsFor(content, {})).flatMap((step) => step.questions).length).toBeGreaterThan(quick.size);
  });

  it('refuses content with too few quick questions, or a conditional one, naming the file', () => {
    const tooFew = validateContent(filesWith(['updates', 'antivirus', 'passwords'], (q) => delete q.quick));
    const conditional = validateContent(filesWith(['cardNonRetention'], (q) => (q.quick = true)));
    expect(tooFew.ok || tooFew.errors.map((e) => e.message)).toContain('the quick check has 9 question(s) marked "quick": true; it needs 10 to 12');
    expect(conditional.ok).toBe(false);
    expect(!conditional.ok && conditional.errors.find((e) => e.path.endsWith('.quick'))).toMatchObject({ file: 'questions/controls/cards.json' });
  });
});
