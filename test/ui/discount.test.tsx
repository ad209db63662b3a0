import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { basePremium, content, discountedPremium } from '../../src/core/index.js';
import { renderWidget, wholeText, openDetails } from './render.js';

afterEach(cleanup);

/** A chamber member in manufacturing (revenue 1億) with the basics done and little else: weighted score 50. */
const member = {
  industry: 'manufacturing',
  revenue: 100_000_000,
  chamberMember: 'yes',
  updates: 'done',
  antivirus: 'done',
  passwords: 'done',
  accessControl: 'done',
  threatAwareness: 'done',
  mailCare: 'done',
  mailSending: 'done',
  wifi: 'done',
  webSns: 'done',
  screenLock: 'done',
  takingDataOut: 'done',
  clearDesk: 'done',
  backups: 'done',
  entryControl: 'done',
  officeLocking: 'partly',
  disposal: 'partly',
  mfa: 'partly',
  edr: 'partly',
  training: 'unknown',
};

async function showResults(lang: 'ja' | 'en' = 'ja', options = {}, overrides: Partial<Record<keyof typeof member, string | number>> = {}) {
  const view = renderWidget(lang, options);
  for (const [id, value] of Object.entries({ ...member, ...overrides })) view.store.getState().answer(id, value);
  view.store.getState().goTo('results');
  await Promise.resolve();
  await openDetails();
  return view;
}

const currentRung = () => document.querySelector('.rung.here') as HTMLElement;

describe('discount section', () => {
  it('shows the combined discount and where the company stands on the ladder', async () => {
    await showResults();
    // 20% group × 10% security tier: 1 - 0.8 × 0.9 = 28%
    expect(screen.getByText('割引の目安：合計 28%')).toBeTruthy();
    expect(currentRung().dataset.tier).toBe('declared10');
    expect(within(currentRung()).getByText('現在のランク')).toBeTruthy();
    expect(screen.getByText('重み付き点数があと 15 点必要です（現在 50 点、条件 65 点以上）。')).toBeTruthy();
  });

  it('moves the ladder in "what if" when the plan is ticked, without changing the answers', async () => {
    const { store } = await showResults();
    const before = JSON.stringify(store.getState().answers);
    const plan = screen.getByRole('group', { name: '次のランクへの近道' });
    for (const box of within(plan).getAllByRole('checkbox')) fireEvent.click(box);
    // The discount follows the boxes a frame late (src/ui/deferred.ts).
    expect(await screen.findByText('チェックした対策を行うと：合計 36%（管理がおおむねできている）')).toBeTruthy();
    expect((document.querySelector('.rung.what-if') as HTMLElement).dataset.tier).toBe('declared20');
    expect(currentRung().dataset.tier).toBe('declared10');
    expect(JSON.stringify(store.getState().answers)).toBe(before);
  });

  it('lists the plan’s steps as actions to do, with effort, not as the questions asked', async () => {
    await showResults();
    const plan = screen.getByRole('group', { name: '次のランクへの近道' });
    const steps = within(plan).getAllByRole('checkbox');
    expect(steps.length).toBeGreaterThan(0);
    for (const box of steps) {
      const label = box.closest('label')!.textContent!;
      const control = content.questions.find((q) => q.type === 'control' && q.action && label.startsWith(q.action.ja));
      expect(control, label).toBeDefined();
      expect(label).not.toContain(control!.text.ja);
      expect(label).not.toContain('にする」');
    }
  });

  it('shows a reference premium before and after the discount, from the partner table', async () => {
    await showResults();
    const table = content.rateTables.find((t) => t.id === 'chamber-examples')!;
    const base = basePremium(table, 'manufacturing', 100_000_000, 'basic')!;
    const premium = screen.getByText('参考保険料（見積もりではありません）').nextElementSibling as HTMLElement;
    expect(within(premium).getByText(wholeText(`${base.toLocaleString('ja-JP')}円／年`))).toBeTruthy();
    expect(within(premium).getByText(wholeText(`${discountedPremium(base, 0.28).toLocaleString('ja-JP')}円／年`))).toBeTruthy();
  });

  it('shows the basis of a printed example on demand: the example used and the discount taken out of it', async () => {
    await showResults();
    const basis = screen.getByText('根拠：公表例の金額そのまま').closest('details')!;
    expect(basis.open).toBe(false);
    expect(within(basis).getByText(wholeText('使った公表例：製造業、売上高 1億円（基本プラン）'))).toBeTruthy();
    expect(within(basis).getByText('公表例は割引 44% 適用後の金額のため、割引前の金額に戻しています。')).toBeTruthy();
    expect(within(basis).queryByText(/範囲の外/)).toBeNull();
  });

  it('prices a 3億 retailer, saying the figure extends the published examples', async () => {
    await showResults('ja', {}, { industry: 'retail', revenue: 300_000_000 });
    const table = content.rateTables.find((t) => t.id === 'chamber-examples')!;
    const base = basePremium(table, 'retail', 300_000_000, 'basic')!;
    const premium = screen.getByText('参考保険料（見積もりではありません）').nextElementSibling as HTMLElement;
    expect(within(premium).getByText(wholeText(`${base.toLocaleString('ja-JP')}円／年`))).toBeTruthy();
    const basis = screen.getByText('根拠：公表例の範囲外へ延ばした推計').closest('details')!;
    expect(within(basis).getByText(wholeText('使った公表例：小売業、売上高 10億円（基本プラン）'))).toBeTruthy();
    expect(within(basis).getByText('売上高が公表例の範囲の外にあるため、同じ曲線を延ばした推計です。目安としてご覧ください。')).toBeTruthy();
    expect(within(basis).getByText(/売上高2倍で保険料約1.3倍/)).toBeTruthy();
    // With a premium, the plan up says what it saves (this retailer had none before the curve).
    expect(screen.getAllByText(/参考保険料では年/).length).toBeGreaterThan(0);
  });

  it('names the industry standing in for one without published examples, and the floor, in English', async () => {
    await showResults('en', { discountScheme: 'risk-assessment-illustrative' }, { industry: 'medical', revenue: 30_000_000 });
    const basis = screen.getByText('Basis: extended beyond the published examples (an estimate)').closest('details')!;
    expect(within(basis).getByText('There is no published example for Medical and care, so the nearest published industry, Retail, is used.')).toBeTruthy();
    expect(
      within(basis).getByText(wholeText('Below a revenue of ¥100,000,000 the curve is not extended: the premium at ¥100,000,000 is the minimum.')),
    ).toBeTruthy();
    expect(within(basis).queryByText(/discount, taken out/)).toBeNull();
  });

  it('hides the reference premium when the partner supplies no table', async () => {
    await showResults('ja', { rateTable: null });
    expect(screen.queryByText('参考保険料（見積もりではありません）')).toBeNull();
  });

  it('uses another scheme when the partner configures it', async () => {
    await showResults('en', { discountScheme: 'risk-assessment-illustrative' });
    expect(screen.getByText('Grade S')).toBeTruthy();
    expect(screen.queryByText(/group discount\)/)).toBeNull();
    // Score 50 ≥ 45 for grade C, no group discount, added: 15%.
    expect(screen.getByText('Estimated discount: 15% in total')).toBeTruthy();
    expect(currentRung().dataset.tier).toBe('assessed15');
  });

  it('shows category scores as bars with their numbers as text', async () => {
    await showResults();
    const bars = screen.getByRole('list', { name: '分野ごとの点数' });
    const basics = within(bars).getByText('基本の対策').closest('li')!;
    expect(basics.querySelector('.bar-value')!.textContent).toBe('100');
    expect(basics.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});
