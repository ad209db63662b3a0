import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuoteRequest } from '../../src/core/index.js';
import { renderWidget } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const profile = { industry: 'retail', revenue: 300_000_000, employees: 12, chamberMember: 'yes', pastIncidents: 'none', records: 2000 };

async function openQuote(quote = {}, emit = vi.fn()) {
  const view = renderWidget('ja', { partner: { id: 'agency-1', name: 'さくら保険代理店', privacyPolicyUrl: 'https://agency.example/privacy' }, quote }, emit);
  for (const [id, value] of Object.entries(profile)) view.store.getState().answer(id, value);
  view.store.getState().goTo('quote');
  await Promise.resolve();
  return { ...view, emit };
}

function fillContact() {
  fireEvent.input(screen.getByLabelText(/^会社名/), { target: { value: '株式会社さくら商店' } });
  fireEvent.input(screen.getByLabelText(/^ご担当者のお名前/), { target: { value: '佐藤 花子' } });
  fireEvent.input(screen.getByLabelText(/^メールアドレス/), { target: { value: 'hanako@example.jp' } });
  fireEvent.change(screen.getByLabelText(/^都道府県/), { target: { value: '27' } });
  fireEvent.click(within(screen.getByRole('group', { name: /ご希望のプラン/ })).getByLabelText('ワイドプラン'));
  fireEvent.click(within(screen.getByRole('group', { name: /ご希望の連絡方法/ })).getByLabelText('メール'));
}

describe('quote form', () => {
  it('is prefilled from the answers, without asking again', async () => {
    await openQuote();
    expect((within(screen.getByRole('group', { name: '業種を選んでください' })).getByLabelText('小売業') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('年間の売上高（直近の決算）はおよそいくらですか') as HTMLInputElement).value).toBe('300000000');
  });

  it('changes the answer itself when a company fact is corrected in the form', async () => {
    const { store } = await openQuote();
    fireEvent.input(screen.getByLabelText('年間の売上高（直近の決算）はおよそいくらですか'), { target: { value: '4億' } });
    expect(store.getState().answers.revenue).toBe(400_000_000);
  });

  it('sends nothing without consent: it says so and focuses the first problem', async () => {
    const { emit, store } = await openQuote({ channels: [{ type: 'event' }] });
    fillContact();
    fireEvent.input(screen.getByLabelText(/^メールアドレス/), { target: { value: 'hanako@' } });
    fireEvent.submit(screen.getByRole('button', { name: 'さくら保険代理店に送信する' }).closest('form')!);
    await Promise.resolve();
    expect(emit).not.toHaveBeenCalled();
    expect(store.getState().submission.status).toBe('idle');
    expect(screen.getByRole('alert').textContent).toBe('送信できませんでした。2件の項目を確認してください。');
    const email = screen.getByLabelText(/^メールアドレス/) as HTMLInputElement;
    expect(document.activeElement).toBe(email);
    expect(email.value).toBe('hanako@');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toBe(
      'メールアドレスの形式が正しくありません（例：taro@example.co.jp）。',
    );
    expect(screen.getByText('送信するには、同意にチェックを入れてください。')).toBeTruthy();
  });

  it('confirms in English to an owner who chose English, while the agent gets it in Japanese', async () => {
    const emit = vi.fn();
    const view = renderWidget('en', { partner: { id: 'agency-1', name: 'Sakura Insurance Agency' }, quote: { channels: [{ type: 'event' }] } }, emit);
    for (const [id, value] of Object.entries({ ...profile, onlineCards: 'yes', webShop: 'yes', dataKinds: ['cards'] })) view.store.getState().answer(id, value);
    view.store.getState().goTo('quote');
    await Promise.resolve();
    fireEvent.input(screen.getByLabelText(/^Company name/), { target: { value: 'Sakura Shoten Ltd.' } });
    fireEvent.input(screen.getByLabelText(/^Your name/), { target: { value: 'Hanako Sato' } });
    fireEvent.input(screen.getByLabelText(/^Email address/), { target: { value: 'hanako@example.jp' } });
    fireEvent.change(screen.getByLabelText(/^Prefecture/), { target: { value: '27' } });
    fireEvent.click(within(screen.getByRole('group', { name: /Preferred plan/ })).getByLabelText('Wide plan'));
    fireEvent.click(within(screen.getByRole('group', { name: /Preferred way to contact you/ })).getByLabelText('Email'));
    fireEvent.click(screen.getByLabelText(/^I agree/));
    fireEvent.submit(screen.getByRole('button', { name: 'Send to Sakura Insurance Agency' }).closest('form')!);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your quote request has been sent' })).toBeTruthy());
    const { request } = emit.mock.calls.find(([name]) => name === 'quote-request')![1] as { request: QuoteRequest };
    expect(request.language).toBe('ja');
    expect(request.loss.some((l) => /[ぁ-んァ-ン一-龥]/.test(l.title))).toBe(true);
    const summary = document.querySelector('dl.summary')!;
    expect(summary.textContent).toContain('Retail');
    expect(summary.textContent).toContain('¥300,000,000');
    expect(summary.textContent).not.toMatch(/[ぁ-んァ-ン一-龥]/);
  });

  it('names the recipient and links the privacy policy in the consent', async () => {
    await openQuote();
    expect(screen.getByLabelText('入力した内容と診断の結果をさくら保険代理店に送ることに同意します。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '個人情報の取り扱いについて' }).getAttribute('href')).toBe('https://agency.example/privacy');
  });

  it('hands the request to the host page as an event and confirms what was sent', async () => {
    const { emit, store } = await openQuote({ channels: [{ type: 'event' }] });
    fillContact();
    fireEvent.click(screen.getByLabelText(/同意します/));
    fireEvent.submit(screen.getByRole('button', { name: 'さくら保険代理店に送信する' }).closest('form')!);
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    const { request } = emit.mock.calls.find(([name]) => name === 'quote-request')![1] as { request: QuoteRequest };
    expect(request.contact).toMatchObject({ companyName: '株式会社さくら商店', email: 'hanako@example.jp', prefecture: '27' });
    expect(request.company).toMatchObject({ industry: 'retail', revenue: 300_000_000, chamberMember: true });
    expect(emit).toHaveBeenCalledWith('quote-sent', { idempotencyKey: request.idempotencyKey, channels: ['event'] });
    await waitFor(() => expect(screen.getByRole('heading', { name: '見積もりの依頼を送信しました' })).toBeTruthy());
    expect(screen.getByText('送信先：さくら保険代理店')).toBeTruthy();
  });

  it('keeps the request and offers a retry with the same key when the webhook fails', async () => {
    const keys: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        keys.push(new Headers(init.headers).get('idempotency-key')!);
        return new Response('down', { status: 503 });
      }),
    );
    const { store } = await openQuote({ channels: [{ type: 'webhook', url: 'https://agency.example/hook', retryDelaysMs: [0] }] });
    fillContact();
    fireEvent.click(screen.getByLabelText(/同意します/));
    const form = screen.getByRole('button', { name: 'さくら保険代理店に送信する' }).closest('form')!;
    fireEvent.submit(form);
    await waitFor(() => expect(store.getState().submission.status).toBe('failed'));
    expect(screen.getByRole('heading', { name: '送信できませんでした' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '印刷用の依頼書を開く' })).toBeTruthy();
    expect((screen.getByLabelText(/^会社名/) as HTMLInputElement).value).toBe('株式会社さくら商店');

    fireEvent.submit(form);
    await waitFor(() => expect(keys).toHaveLength(4));
    expect(new Set(keys).size).toBe(1);
  });
});
