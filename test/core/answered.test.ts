// Whether an answer fits its question, and which questions asked have none.

import { describe, expect, it } from 'vitest';
import { content, fitsQuestion, inSteps, unansweredQuestions, visibleQuestionIds } from '../../src/core/index.js';
import type { Answers, ControlQuestion } from '../../src/core/types.js';

const question = (id: string) => content.questions.find((q) => q.id === id)!;

describe('fitsQuestion', () => {
  it('takes an offered option, offered options without repeats, or a number within the limits', () => {
    expect(fitsQuestion(question('industry'), 'retail', content)).toBe(true);
    expect(fitsQuestion(question('industry'), 'shipbuilding', content)).toBe(false);
    expect(fitsQuestion(question('updates'), 'partly', content)).toBe(true);
    expect(fitsQuestion(question('updates'), ['partly'], content)).toBe(false);
    expect(fitsQuestion(question('dataKinds'), ['cards', 'health'], content)).toBe(true);
    expect(fitsQuestion(question('dataKinds'), [], content)).toBe(true);
    expect(fitsQuestion(question('dataKinds'), ['cards', 'cards'], content)).toBe(false);
    expect(fitsQuestion(question('dataKinds'), 'cards', content)).toBe(false);
    expect(fitsQuestion(question('revenue'), 300_000_000, content)).toBe(true);
    for (const bad of [0, -1, 1e308, Number.NaN, '300000000']) expect(fitsQuestion(question('revenue'), bad, content), String(bad)).toBe(false);
  });

  it('takes "not applicable" only where the question allows it', () => {
    const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');
    const allowing = controls.find((q) => q.allowNotApplicable)!;
    const not = controls.find((q) => !q.allowNotApplicable && q.scale === allowing.scale)!;
    expect(fitsQuestion(allowing, 'na', content)).toBe(true);
    expect(fitsQuestion(not, 'na', content)).toBe(false);
  });
});

describe('unansweredQuestions', () => {
  it('lists every question asked without an answer that fits, in question order, and no hidden one', () => {
    const answers: Answers = { industry: 'retail', revenue: -5, webShop: 'no', updates: 'sometimes' };
    const unanswered = unansweredQuestions(content, answers);
    const visible = visibleQuestionIds(content, answers);
    expect(unanswered).toEqual(content.questions.filter((q) => visible.has(q.id) && inSteps(q) && q.id !== 'industry' && q.id !== 'webShop').map((q) => q.id));
    expect(unanswered).toContain('revenue');
    expect(unanswered).toContain('updates');
    expect(unanswered).not.toContain('cardFraudCheck'); // asked only of a company taking cards online
    expect(unanswered).not.toContain('securityPolicy'); // asked only beside the star ladder
  });
});
