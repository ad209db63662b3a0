import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate, type Answers } from '../../src/core/index.js';
import { formatAmount } from '../../src/core/format.js';
import { renderWidget, wholeText, openDetails } from './render.js';

afterEach(cleanup);

const profile = { industry: 'retail', revenue: 500_000_000, records: 10_000, pcs: 15, servers: 1, dataKinds: ['contacts'], webShop: 'no', onlineCards: 'no' };

async function showResults(lang: 'ja' | 'en' = 'ja') {
  const view = renderWidget(lang);
  for (const [id, value] of Object.entries(profile)) view.store.getState().answer(id, value);
  view.store.getState().goTo('results');
  await Promise.resolve();
  await openDetails();
  return view;
}

const card = (id: string) => document.querySelector(`[data-scenario="${id}"]`) as HTMLElement;

describe("amounts in the user's language", () => {
  it.each([
    [26_700_000, 'ja', '2,670万円'],
    [541_000_000, 'ja', '5.4億円'],
    [2_300_000, 'ja', '230万円'],
    [5_000, 'ja', '5,000円'],
    [26_700_000, 'en', '¥26,700,000'],
  ] as const)('%i in %s is %s', (yen, lang, text) => {
    expect(formatAmount(yen, lang)).toBe(text);
  });
});

describe('loss section', () => {
  it('shows the scenarios that concern the company, largest first, with likely value and range', async () => {
    await showResults();
    const titles = [...document.querySelectorAll('.scenario h4')].map((h) => h.textContent);
    expect(titles).toContain('攻撃による個人情報の漏えい');
    expect(titles).not.toContain('ネットショップからのカード情報漏えい');
    const totals = [...document.querySelectorAll('.scenario')].map(
      (el) => estimate((el as HTMLElement).dataset.scenario!, { answers: profile, samples: 0 }).total,
    );
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const leak = estimate('personalDataLeak', { answers: profile });
    expect(within(card('personalDataLeak')).getByText(wholeText(`目安（内訳の合計）：${formatAmount(leak.total, 'ja')}`))).toBeTruthy();
    expect(
      within(card('personalDataLeak')).getByText(wholeText(`幅（10回に9回）：${formatAmount(leak.range.low, 'ja')}〜${formatAmount(leak.range.high, 'ja')}`)),
    ).toBeTruthy();
  });

  it("shows each item's formula with the numbers filled in", async () => {
    await showResults();
    const damages = card('personalDataLeak').querySelector('[data-item="damages"] .formula')!;
    // JNSA for names and contacts: 500 × 2 × 6 = 6,000円 per person
    expect(damages.textContent).toBe('6,000円 × 2,000人 = 1,200万円');
  });

  it('re-estimates when an assumption changes, and keeps the last valid estimate on bad input', async () => {
    const { store } = await showResults();
    const leak = card('personalDataLeak');
    const input = within(leak).getByLabelText('影響を受ける人数') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '2万' } });
    const doubled = estimate('personalDataLeak', { answers: profile, inputs: { records: 20_000 } });
    // The figures follow the field a frame late (src/ui/deferred.ts).
    await waitFor(() => expect(within(card('personalDataLeak')).getByText(wholeText(`目安（内訳の合計）：${formatAmount(doubled.total, 'ja')}`))).toBeTruthy());

    fireEvent.input(input, { target: { value: '-5' } });
    await Promise.resolve();
    expect(input.value).toBe('-5');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(within(card('personalDataLeak')).getByText('この値は使えません（マイナスは入力できません）。前の値で計算しています。')).toBeTruthy();
    expect(within(card('personalDataLeak')).getByText(wholeText(`目安（内訳の合計）：${formatAmount(doubled.total, 'ja')}`))).toBeTruthy();
    expect(store.getState().lossInputs.personalDataLeak!.records).toEqual({ text: '-5', value: 20_000 });
  });

  it('says what a chosen plan pays and what is left, and changes with the plan', async () => {
    await showResults();
    const leak = card('personalDataLeak');
    const before = leak.querySelector('.cover-result strong')!.textContent;
    fireEvent.change(screen.getByLabelText('支払限度額'), { target: { value: 'set4' } });
    await waitFor(() => expect(card('personalDataLeak').querySelector('.cover-result strong')!.textContent).not.toBe(before));
  });

  it('puts the brochure case beside the estimate', async () => {
    await showResults();
    const leak = card('personalDataLeak');
    fireEvent.change(within(leak).getByLabelText('パンフレットの事例と比べる'), { target: { value: 'aigLeak' } });
    await Promise.resolve();
    const total = within(card('personalDataLeak')).getByRole('row', { name: /合計/ });
    expect(within(total).getAllByRole('cell')[0]!.textContent).toBe('2,670万円');
  });

  it('says how much a done control saves', async () => {
    const { store } = await showResults();
    store.getState().answer('offlineBackup', 'done');
    await Promise.resolve();
    const ransomware = estimate('ransomware', { answers: { ...profile, offlineBackup: 'done' } });
    const saving = ransomware.mitigations.find((m) => m.control === 'offlineBackup')!.saving;
    expect(within(card('ransomware')).getByText(wholeText(new RegExp(`約 ${formatAmount(saving, 'ja')} 小さくなっています`)))).toBeTruthy();
  });
});

describe('cover', () => {
  const gaps = (scenario: string, name = '支払われない部分とその理由') =>
    [...within(card(scenario)).getByRole('list', { name }).querySelectorAll('li')].map((li) => li.textContent);
  const amountOf = (scenario: string, item: string, answers: Answers = profile) =>
    formatAmount(estimate(scenario, { answers, samples: 0 }).items.find((i) => i.item.id === item)!.amount, 'ja');

  it('says per scenario what is not paid, why, and what would pay it, and follows the plan', async () => {
    await showResults();
    // One line per reason, naming every item it holds for.
    const notAttack = 'ベーシックプランは「サイバー攻撃（情報の漏えいなし）」による損害を補償しません。ワイドプランなら支払いの対象になります。';
    const attackCosts = `原因と被害範囲の調査（フォレンジック）（${amountOf('ransomware', 'forensics')}）、専門家への相談（被害者対応など）（${amountOf('ransomware', 'consulting')}）、システムやデータの復旧（${amountOf('ransomware', 'recovery')}）：${notAttack}`;
    expect(gaps('ransomware').filter((line) => line?.includes(notAttack))).toEqual([attackCosts]);
    // A leak's recovery: Basic responds to the leak but does not pay that kind of item.
    expect(gaps('personalDataLeak')).toContain(
      `システムやデータの復旧（${amountOf('personalDataLeak', 'recovery')}）：ベーシックプランはこの種類の費用・損害を補償しません。ワイドプランなら支払いの対象になります。`,
    );
    // The items say it too: 利益損害補償特約 comes with the set, the recovery needs Wide.
    const meta = (item: string) => card('ransomware').querySelector(`[data-item="${item}"] .step-meta`)!.textContent;
    expect([meta('lostProfit'), meta('recovery')]).toEqual(['利益の損失（利益損害） · 補償対象', '対応費用（費用損害） · このプランでは対象外']);

    fireEvent.change(screen.getByLabelText('プラン'), { target: { value: 'wide' } });
    await waitFor(() =>
      expect(within(card('ransomware')).queryByRole('list', { name: '支払われない部分とその理由' })?.textContent ?? '').not.toContain('システムやデータの復旧'),
    );
  });

  it('offers the options of the program: a mandatory one fixed, the IT option adding IT-work liability', async () => {
    const { store } = await showResults();
    store.getState().answer('itServices', 'yes');
    await Promise.resolve();
    const profit = screen.getByLabelText('利益損害補償特約（この加入セットでは必須）') as HTMLInputElement;
    expect([profit.checked, profit.disabled]).toEqual([true, true]);
    const it = screen.getByLabelText('IT業務特約') as HTMLInputElement;
    expect(it.checked).toBe(false);
    const client = amountOf('serviceBreach', 'clientDamages', { ...profile, itServices: 'yes' });
    const line = `お客様の損害の賠償（${client}）：「IT業務に起因する賠償」による損害にはIT業務特約が必要です。`;
    expect(gaps('serviceBreach')).toContain(line);
    const before = card('serviceBreach').querySelector('.cover-result strong')!.textContent;

    fireEvent.click(it);
    await Promise.resolve();
    expect((screen.getByLabelText('IT業務特約') as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(card('serviceBreach').querySelector('.cover-result strong')!.textContent).not.toBe(before));
    expect(within(card('serviceBreach')).queryByText(line)).toBeNull();
  });

  it("names Sompo's deductible and Aioi's example limits", async () => {
    await showResults();
    fireEvent.change(screen.getByLabelText('保険'), { target: { value: 'direct' } });
    await waitFor(() => expect(gaps('malwareByMail')).toContain('自己負担額 10万円（1事故につき）：10万円を差し引いています。'));
    expect(screen.getByLabelText('ITサービス業務補償（オプション）')).toBeTruthy();
    expect(screen.getByLabelText('喪失利益・営業継続費用（オプション）')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('保険'), { target: { value: 'aioi' } });
    await waitFor(() => expect(within(card('personalDataLeak')).getByText('この保険の限度額は公表されていないため、例の金額で計算しています。')).toBeTruthy());
    expect(screen.queryByRole('group', { name: '特約・オプション' })).toBeNull();
  });

  it('says it in English too', async () => {
    await showResults('en');
    const amount = (item: string) => formatAmount(estimate('ransomware', { answers: profile, samples: 0 }).items.find((i) => i.item.id === item)!.amount, 'en');
    const [line] = gaps('ransomware', 'What is not paid, and why');
    expect(line).toMatch(
      new RegExp(
        `^Investigating cause and scope \\(forensics\\) \\(${amount('forensics')}\\), .+, and Restoring systems and data \\(${amount('recovery')}\\): `,
      ),
    );
    expect(line).toMatch(
      /: the Basic plan \(ベーシックプラン\) does not cover losses from a cyber attack without a leak\. The Wide plan \(ワイドプラン\) would cover it\.$/,
    );
  });
});
