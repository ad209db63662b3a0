// The results' first screen (ui/results/Decision.tsx): the verdict, the four figures from core's
// decisionFor, the way to an agent and three actions, with every detail closed until asked for.

import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { content, formatList, optionsOf, schemeById } from '../../src/core/index.js';
import { decisionFor } from '../../src/core/decision.js';
import type { Answers, ControlQuestion } from '../../src/core/types.js';
import { formatAmount, formatRate, formatYen } from '../../src/core/format.js';
import type { MountOptions } from '../../src/embed/mount.js';
import { openDetails, renderWidget } from './render.js';
import { webShopRetailer } from '../profiles.js';

afterEach(cleanup);

const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');
const retailer: Answers = {
  ...webShopRetailer,
  ...Object.fromEntries(controls.filter((q) => q.scale === 'ipa').map((q) => [q.id, 'partly'])),
};
const phoned: MountOptions = { partner: { id: 'agency', name: 'さくら保険代理店', contact: { phone: '03-1234-5678' } } } as MountOptions;

async function showResults(answers: Answers = retailer, lang: 'ja' | 'en' = 'ja', options: MountOptions = {}) {
  const view = renderWidget(lang, options);
  for (const [id, value] of Object.entries(answers)) view.store.getState().answer(id, value);
  view.store.getState().goTo('results');
  await Promise.resolve();
  return view;
}

/** Some answer that fits the question: its first option, or a number within its limits. */
function defaultAnswer(id: string): Answers[string] {
  const question = content.questions.find((q) => q.id === id)!;
  if (question.type === 'number' || question.type === 'amount') return question.min ?? 1;
  if (question.type === 'multi') return [];
  return optionsOf(question, content)[0]!.id;
}

const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`) as HTMLElement;
const expected = (answers: Answers = retailer) =>
  decisionFor(
    content,
    schemeById(content, 'chamber-illustrative')!,
    content.rateTables.find((t) => t.id === 'chamber-examples'),
    answers,
  );

describe('the first screen of the results', () => {
  it('says the verdict in one line and shows the discount, premium, biggest loss and score from core', async () => {
    const { view, decision } = { view: await showResults(), decision: expected() };
    expect(decision.verdict).toBe('close');
    expect(view.container.querySelector('.verdict')!.textContent).toBe(
      `あと${decision.plans.next!.steps.length}項目の対策で、保険料の割引が${formatRate(decision.plans.next!.result.totalRate, 'ja')}に上がります。`,
    );
    expect(figure('discount').querySelector('.figure-value')!.textContent).toBe(formatRate(decision.discount.totalRate, 'ja'));
    expect(figure('discount').textContent).toContain(
      `あと${decision.plans.next!.steps.length}項目の対策で${formatRate(decision.plans.next!.result.totalRate, 'ja')}になります。`,
    );
    expect(figure('premium').querySelector('.figure-value')!.textContent).toBe(formatYen(decision.premium!.after, 'ja'));
    expect(figure('premium').textContent).toContain(`割引前 ${formatYen(decision.premium!.before, 'ja')}`);
    expect(figure('premium').textContent).toContain('見積もりではありません');
    expect(figure('loss').querySelector('.figure-value')!.textContent).toBe(formatAmount(decision.biggestLoss!.estimate.total, 'ja'));
    expect(figure('loss').textContent).toContain(decision.biggestLoss!.scenario.title.ja);
    expect(figure('score').querySelector('.figure-value')!.textContent).toBe(`${decision.ipa.score}点`);
  });

  it('says "no discount" rather than 0% when nothing applies, and one sentence for the next tier', async () => {
    await showResults({ ...retailer, chamberMember: 'no' });
    expect(figure('discount').querySelector('.figure-value')!.textContent).toBe('なし');
    expect(figure('discount').querySelector('.figure-note')!.textContent).toMatch(/^今は割引がありません。あと\d+項目の対策で\d+%になります。$/);
  });

  it('says how many questions are unanswered and counted as not done, and takes the owner to the first', async () => {
    const skipped = { ...retailer };
    delete skipped.revenue;
    const view = await showResults(skipped);
    const { unanswered } = expected(skipped);
    expect(unanswered[0]).toBe('revenue');
    expect(view.container.querySelector('.unanswered')!.textContent).toContain(`まだ答えていない質問が${unanswered.length}件あります。`);
    // Without a revenue there is no premium; the note says why the figures may be off, not a blank.
    expect(figure('premium')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '答える' }));
    expect(view.store.getState().step).toBe('profile');
    expect(await screen.findByLabelText('年間の売上高（直近の決算）はおよそいくらですか')).toBeTruthy();
  });

  it('says nothing of unanswered questions when every question asked has an answer', async () => {
    const all: Answers = { ...retailer, ...Object.fromEntries(expected().unanswered.map((id) => [id, defaultAnswer(id)])) };
    expect(expected(all).unanswered).toEqual([]);
    const view = await showResults(all);
    expect(view.container.querySelector('.unanswered')).toBeNull();
  });

  it('lists three actions as things to do, with effort, what they move and a public how-to', async () => {
    await showResults();
    const { actions } = expected();
    const items = within(document.querySelector('.actions') as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    items.forEach((item, i) => {
      const question = controls.find((q) => q.id === actions[i]!.questionId)!;
      expect(item.querySelector('.action-text')!.textContent).toBe(question.action!.ja);
      expect(item.querySelector('.action-text')!.textContent).not.toBe(question.text.ja);
      const link = item.querySelector('a.how-to') as HTMLAnchorElement;
      expect(link.href).toBe(question.howTo!.url);
      expect(link.rel).toBe('noopener');
      if (actions[i]!.forDiscount) expect(item.textContent).toContain('割引に効く');
    });
  });

  it('names the scenarios an action reduces', async () => {
    await showResults();
    const action = expected().actions.find((a) => a.scenarios.length > 0)!;
    const names = JSON.parse(readFileSync('src/i18n/locales/ja-results.json', 'utf8')) as { scenarios: Record<string, string> };
    const titles = action.scenarios.map((id) => names.scenarios[id]!);
    const item = [...document.querySelectorAll('.actions li')].find((li) =>
      li.textContent!.includes(controls.find((q) => q.id === action.questionId)!.action!.ja),
    )!;
    expect(item.textContent).toContain(`${formatList(titles, 'ja')}の損害を減らす`);
  });

  it('opens the quote form from its button, and offers the agent’s phone as a tel: link', async () => {
    const { store } = await showResults(retailer, 'ja', phoned);
    const call = screen.getByRole('link', { name: '電話で相談する（03-1234-5678）' }) as HTMLAnchorElement;
    expect(call.getAttribute('href')).toBe('tel:0312345678');
    fireEvent.click(screen.getByRole('button', { name: '代理店に見積もりを依頼する' }));
    expect(store.getState().step).toBe('quote');
  });

  it('has no phone link when the partner gives no phone', async () => {
    await showResults();
    expect(document.querySelector('a[href^="tel:"]')).toBeNull();
  });

  it('keeps every detail closed and unrendered until it is opened', async () => {
    await showResults();
    const details = [...document.querySelectorAll('details.disclosure')] as HTMLDetailsElement[];
    expect(details.map((d) => d.getAttribute('part'))).toEqual(['more-discount', 'more-loss', 'more-score', 'more-stars', 'more-share']);
    expect(details.every((d) => !d.open)).toBe(true);
    expect(document.querySelector('.ladder')).toBeNull();
    expect(document.querySelector('[data-scenario]')).toBeNull();
    await openDetails('more-discount');
    expect(document.querySelector('.ladder')).not.toBeNull();
    expect(document.querySelector('[data-scenario]')).toBeNull();
  });

  it('says it all in English', async () => {
    await showResults(retailer, 'en');
    const decision = expected();
    expect(document.querySelector('.verdict')!.textContent).toBe(
      `${decision.plans.next!.steps.length} more steps would raise your insurance discount to ${formatRate(decision.plans.next!.result.totalRate, 'en')}.`,
    );
    expect(figure('premium').querySelector('.figure-value')!.textContent).toBe(formatYen(decision.premium!.after, 'en'));
    expect(figure('loss').textContent).toContain(decision.biggestLoss!.scenario.title.en);
    // A headline amount in words, not to the yen: ¥42.4 million, not ¥42,360,481.
    const millions = Math.round(decision.biggestLoss!.estimate.total / 100_000) / 10;
    expect(figure('loss').querySelector('.figure-value')!.textContent).toBe(`¥${millions} million`);
    const first = controls.find((q) => q.id === decision.actions[0]!.questionId)!;
    expect(document.querySelector('.actions .action-text')!.textContent).toBe(first.action!.en);
    // Effort in words an owner reads at a glance: "No cost · a few minutes".
    const cost = { free: 'No cost', low: 'Low cost', budget: 'Needs a budget' }[first.effort!.cost];
    expect(document.querySelector('.actions .step-meta')!.textContent).toMatch(new RegExp(`^${cost} · a few ${first.effort!.time}`));
    expect(screen.getByRole('button', { name: 'Ask an agent for a quote' })).toBeTruthy();
  });
});
