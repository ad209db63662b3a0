import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { content, expectedLength } from '../../src/core/index.js';
import { renderWidget } from './render.js';

afterEach(cleanup);

function start() {
  fireEvent.click(screen.getByRole('button', { name: '診断をはじめる' }));
}

describe('intro', () => {
  it('says how many questions to expect and how long they take', () => {
    renderWidget();
    const { questions, minutes } = expectedLength(content, 'ja');
    expect(screen.getByText(`質問は全部で${questions}問、所要時間は約${minutes}分です。`)).toBeTruthy();
  });

  it('offers to resume once there are answers', () => {
    const { store } = renderWidget();
    expect(screen.queryByRole('button', { name: '続きから再開する' })).toBeNull();
    store.getState().answer('industry', 'retail');
    return Promise.resolve().then(() => {
      expect(screen.getByRole('button', { name: '続きから再開する' })).toBeTruthy();
    });
  });
});

describe('question steps', () => {
  it('shows the profile step with its progress and moves focus to its heading', () => {
    renderWidget();
    start();
    const heading = screen.getByRole('heading', { level: 2, name: '会社について' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('ステップ 1 / 3：会社について')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
  });

  it('records a choice in the store', () => {
    const { store } = renderWidget();
    start();
    const industry = screen.getByRole('group', { name: '業種を選んでください' });
    fireEvent.click(within(industry).getByLabelText('小売業'));
    expect(store.getState().answers.industry).toBe('retail');
    expect((within(industry).getByLabelText('小売業') as HTMLInputElement).checked).toBe(true);
  });

  it('records several choices of a multi-choice question', () => {
    const { store } = renderWidget();
    start();
    fireEvent.click(screen.getByLabelText('顧客の氏名・連絡先'));
    fireEvent.click(screen.getByLabelText('クレジットカード番号'));
    fireEvent.click(screen.getByLabelText('顧客の氏名・連絡先'));
    expect(store.getState().answers.dataKinds).toEqual(['cards']);
  });

  it('explains a wrong amount in Japanese, keeps the text and blocks moving on', () => {
    const { store } = renderWidget();
    start();
    const revenue = screen.getByLabelText('年間の売上高（直近の決算）はおよそいくらですか') as HTMLInputElement;
    fireEvent.input(revenue, { target: { value: '五億' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));

    expect(store.getState().step).toBe('profile');
    expect(revenue.value).toBe('五億');
    expect(revenue.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(revenue.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(message.textContent).toBe('数字で入力してください（例：5億、5000万円、500,000,000）。');
    expect(screen.getByRole('alert').textContent).toBe('入力内容を確認してください。1件のエラーがあります。');
    expect(document.activeElement).toBe(revenue);
  });

  it('accepts a corrected amount and moves on', () => {
    const { store } = renderWidget();
    start();
    const revenue = screen.getByLabelText('年間の売上高（直近の決算）はおよそいくらですか') as HTMLInputElement;
    fireEvent.input(revenue, { target: { value: '５億円' } });
    fireEvent.blur(revenue);
    expect(revenue.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(store.getState().answers.revenue).toBe(500_000_000);
    expect(store.getState().step).toBe('basics');
  });

  it('links each control to its help text (why and how)', () => {
    renderWidget();
    start();
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    const updates = screen.getByRole('group', { name: /OS・ソフトは、更新が出たらすぐに/ });
    const help = document.getElementById(updates.getAttribute('aria-describedby')!)!;
    expect(help.textContent).toContain('なぜ大切？');
    expect(help.textContent).toContain('どうすればよい？');
  });

  it('shows the card question only to a company with a web shop', () => {
    const { store } = renderWidget();
    store.getState().goTo('data');
    return Promise.resolve().then(() => {
      expect(screen.queryByText(/カード番号を自社のサーバーに保存しない/)).toBeNull();
      store.getState().answer('webShop', 'yes');
      return Promise.resolve().then(() => {
        expect(screen.getByText(/カード番号を自社のサーバーに保存しない/)).toBeTruthy();
      });
    });
  });
});

describe('language', () => {
  it('switches every visible text to English', () => {
    renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { name: 'How ready is your company for a cyber attack?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the check' }));
    expect(screen.getByRole('group', { name: 'What is your industry?' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 3: About your company')).toBeTruthy();
  });
});

describe('results', () => {
  it('asks before starting over and then clears every answer', () => {
    const { store } = renderWidget();
    store.getState().answer('industry', 'retail');
    store.getState().goTo('results');
    return Promise.resolve().then(() => {
      fireEvent.click(screen.getByRole('button', { name: '最初からやり直す' }));
      expect(store.getState().answers.industry).toBe('retail');
      fireEvent.click(screen.getByRole('button', { name: '消してやり直す' }));
      expect(store.getState().answers).toEqual({});
      expect(store.getState().step).toBe('intro');
    });
  });
});
