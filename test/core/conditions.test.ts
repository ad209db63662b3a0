import { describe, expect, it } from 'vitest';
import { conditionHolds, visibleAnswers, visibleQuestionIds } from '../../src/core/flow/conditions.js';
import { optionsOf } from '../../src/core/flow/options.js';
import { stepsFor } from '../../src/core/flow/steps.js';
import type { Content, Question } from '../../src/core/types.js';

const t = (s: string) => ({ ja: s, en: s });
const yesNo = [
  { id: 'yes', label: t('yes') },
  { id: 'no', label: t('no') },
];
const control = (id: string, category: string, extra: Partial<Question> = {}) =>
  ({ id, category, type: 'control', scale: 'ipa', weight: 1, text: t(id), ...extra }) as Question;

const content: Content = {
  loss: {
    model: { jnsa: { base: 500, identifiability: 1, socialResponsibility: 1, response: 1, kinds: {} }, grossMargin: { default: 0.25 }, sources: {} },
    scenarios: [],
    presets: [],
    coverage: [],
  },
  discountSchemes: [],
  rateTables: [],
  ipaTopics: [],
  ipaBands: [],
  categories: [
    { id: 'profile', kind: 'profile', title: t('Profile') },
    { id: 'basics', kind: 'controls', title: t('Basics') },
    { id: 'shop', kind: 'controls', title: t('Shop') },
  ],
  scales: {
    ipa: {
      id: 'ipa',
      options: [
        { id: 'done', points: 4, label: t('done') },
        { id: 'notDone', points: 0, label: t('not done') },
        { id: 'na', points: 0, label: t('n/a') },
      ],
    },
  },
  questions: [
    { id: 'webShop', category: 'profile', type: 'choice', options: yesNo, text: t('shop?') },
    {
      id: 'data',
      category: 'profile',
      type: 'multi',
      options: [
        { id: 'cards', label: t('cards') },
        { id: 'names', label: t('names') },
      ],
      text: t('data'),
    },
    { id: 'employees', category: 'profile', type: 'number', text: t('employees') },
    control('updates', 'basics', { allowNotApplicable: true }),
    control('shopPatching', 'shop', { showIf: { question: 'webShop', equals: 'yes' } }),
    control('cardStorage', 'shop', {
      showIf: {
        all: [
          { question: 'shopPatching', in: ['done', 'notDone'] },
          { question: 'data', includes: 'cards' },
        ],
      },
    }),
    control('policy', 'basics', { showIf: { any: [{ question: 'employees', atLeast: 10 }, { not: { question: 'webShop', equals: 'no' } }] } }),
  ],
};

describe('conditions', () => {
  it('evaluates each form', () => {
    const answers = { webShop: 'yes', data: ['cards'], employees: 12 };
    expect(conditionHolds({ question: 'webShop', equals: 'yes' }, answers)).toBe(true);
    expect(conditionHolds({ question: 'webShop', in: ['no'] }, answers)).toBe(false);
    expect(conditionHolds({ question: 'data', includes: 'cards' }, answers)).toBe(true);
    expect(conditionHolds({ question: 'data', includes: 'names' }, answers)).toBe(false);
    expect(conditionHolds({ question: 'employees', atLeast: 12 }, answers)).toBe(true);
    expect(conditionHolds({ question: 'employees', atLeast: 13 }, answers)).toBe(false);
    expect(conditionHolds({ not: { question: 'webShop', equals: 'yes' } }, answers)).toBe(false);
    expect(conditionHolds({ question: 'missing', equals: 'yes' }, answers)).toBe(false);
  });

  it('shows the shop questions only to a company with a web shop', () => {
    expect(visibleQuestionIds(content, { webShop: 'no' }).has('shopPatching')).toBe(false);
    expect(visibleQuestionIds(content, { webShop: 'yes' }).has('shopPatching')).toBe(true);
  });

  it('hides a question whose condition depends on a hidden question (cascade)', () => {
    const answers = { webShop: 'yes', data: ['cards'], shopPatching: 'done' };
    expect(visibleQuestionIds(content, answers).has('cardStorage')).toBe(true);
    const noShop = { ...answers, webShop: 'no' };
    expect(visibleQuestionIds(content, noShop).has('shopPatching')).toBe(false);
    expect(visibleQuestionIds(content, noShop).has('cardStorage')).toBe(false);
  });

  it('drops answers to hidden questions from the answers that count', () => {
    const counted = visibleAnswers(content, { webShop: 'no', shopPatching: 'done', updates: 'done' });
    expect(counted).toEqual({ webShop: 'no', updates: 'done' });
  });

  it('makes a step of each category with something to ask', () => {
    expect(stepsFor(content, { webShop: 'no' }).map((s) => s.id)).toEqual(['intro', 'profile', 'basics', 'results', 'quote']);
    expect(stepsFor(content, { webShop: 'yes' }).map((s) => s.id)).toEqual(['intro', 'profile', 'basics', 'shop', 'results', 'quote']);
  });

  it('offers "not applicable" only where the question allows it', () => {
    expect(optionsOf(content.questions[3]!, content).map((o) => o.id)).toEqual(['done', 'notDone', 'na']);
    expect(optionsOf(content.questions[4]!, content).map((o) => o.id)).toEqual(['done', 'notDone']);
  });
});
