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

/** Submits the form, which leads to the confirmation screen. */
function toReview() {
  fireEvent.click(screen.getByRole('button', { name: /確認画面へ進む|Review before sending/ }));
}

/** Fills the form, consents, and reaches the confirmation screen. */
async function reviewFilled() {
  fillContact();
  fireEvent.click(screen.getByLabelText(/同意します/));
  toReview();
  await waitFor(() => expect(screen.getByRole('heading', { name: '送信内容の確認' })).toBeTruthy());
}

const sendButton = () => screen.getByRole('button', { name: 'さくら保険代理店に送信する' });
const requestsOf = (emit: ReturnType<typeof vi.fn>) =>
  emit.mock.calls.filter(([name]) => name === 'quote-request').map(([, detail]) => (detail as { request: QuoteRequest }).request);

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
    toReview();
    await Promise.resolve();
    expect(emit).not.toHaveBeenCalled();
    expect(store.getState().submission.status).toBe('idle');
    expect(screen.getByRole('alert').textContent).toBe('2件の項目を確認してください。');
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
    toReview();
    fireEvent.click(await screen.findByRole('button', { name: 'Send to Sakura Insurance Agency' }));
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
    await reviewFilled();
    expect(emit).not.toHaveBeenCalled();
    fireEvent.click(sendButton());
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    const { request } = emit.mock.calls.find(([name]) => name === 'quote-request')![1] as { request: QuoteRequest };
    expect(request.contact).toMatchObject({ companyName: '株式会社さくら商店', email: 'hanako@example.jp', prefecture: '27' });
    expect(request.company).toMatchObject({ industry: 'retail', revenue: 300_000_000, chamberMember: true });
    expect(emit).toHaveBeenCalledWith('quote-sent', { idempotencyKey: request.idempotencyKey, channels: ['event'] });
    await waitFor(() => expect(screen.getByRole('heading', { name: '見積もりの依頼を送信しました' })).toBeTruthy());
    expect(screen.getByText('送信先：さくら保険代理店')).toBeTruthy();
    // The reference number to quote on the phone is the request's own.
    expect(screen.getByText(request.reference).closest('p')!.textContent).toBe(`受付番号 ${request.reference}`);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: '見積もりの依頼を送信しました' })));
  });

  it('keeps the request and offers a retry of the same request, with the same key, when the webhook fails', async () => {
    const keys: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        keys.push((JSON.parse(init.body as string) as QuoteRequest).idempotencyKey);
        return new Response('down', { status: 503 });
      }),
    );
    const { store, emit } = await openQuote({
      channels: [{ type: 'event' }, { type: 'webhook', url: 'https://agency.example/hook', retryDelaysMs: [0] }],
    });
    await reviewFilled();
    fireEvent.click(sendButton());
    await waitFor(() => expect(store.getState().submission.status).toBe('failed'));
    expect(screen.getByRole('heading', { name: '送信できませんでした' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '印刷用の依頼書を開く' })).toBeTruthy();
    expect(screen.getByText('株式会社さくら商店')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'もう一度送信する' }));
    await waitFor(() => expect(keys).toHaveLength(4));
    expect(new Set(keys).size).toBe(1);
    // The host page heard of the request once, not once per try.
    expect(requestsOf(emit)).toHaveLength(1);
    await waitFor(() => expect(store.getState().submission.status).toBe('failed'));

    // Changing it now keeps what was typed, and sends the change as a correction.
    fireEvent.click(screen.getByRole('button', { name: '修正する' }));
    expect((screen.getByLabelText(/^会社名/) as HTMLInputElement).value).toBe('株式会社さくら商店');
    expect(screen.getByText(`受付番号 ${requestsOf(emit)[0]!.reference} で送った依頼の訂正として送ります。`)).toBeTruthy();
  });
});

describe('the confirmation screen', () => {
  it('lists what will be sent, and goes back to the form with everything kept', async () => {
    const { emit, store } = await openQuote({ channels: [{ type: 'event' }] });
    await reviewFilled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: '送信内容の確認' })));
    const listed = document.querySelector('section.quote-review')!.textContent!;
    for (const value of ['株式会社さくら商店', '佐藤 花子', 'hanako@example.jp', '大阪府', '小売業', 'ワイドプラン', 'メール']) expect(listed).toContain(value);
    expect(screen.getByText(/診断の回答（\d+問）/)).toBeTruthy();
    expect(store.getState().submission).toEqual({ status: 'review', screening: { honeypot: false, secondsOnForm: expect.any(Number) } });
    expect(emit).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '修正する' }));
    expect((screen.getByLabelText(/^ご担当者のお名前/) as HTMLInputElement).value).toBe('佐藤 花子');
    expect((screen.getByLabelText(/同意します/) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: '見積もりの依頼' })));
  });

  it('sends once for two clicks on Send in one task', async () => {
    const { emit, store } = await openQuote({ channels: [{ type: 'event' }] });
    await reviewFilled();
    const send = sendButton();
    send.click();
    send.click();
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    expect(requestsOf(emit)).toHaveLength(1);
  });

  it('resumes a send cut short by a reload through the channels it had not gone through', async () => {
    const bodies: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        bodies.push(init.body as string);
        return new Response('ok', { status: 200 });
      }),
    );
    const open = vi.fn();
    vi.stubGlobal('open', open);
    const { emit, store } = await openQuote({
      channels: [{ type: 'event' }, { type: 'mailto', to: 'agent@agency.example' }, { type: 'webhook', url: 'https://agency.example/hook' }],
    });
    await reviewFilled();
    // As restored after a reload: confirmed, the event and the mail delivered, the webhook not yet answered.
    const { buildQuoteRequest: build, content, schemeById } = await import('../../src/core/index.js');
    const request = build({
      content,
      answers: store.getState().answers,
      fields: store.getState().quote,
      partner: { id: 'agency-1', name: 'さくら保険代理店', channels: [] },
      scheme: schemeById(content, undefined)!,
      widgetVersion: 'test',
      idempotencyKey: 'key-restored-1',
      now: new Date(),
    });
    store.getState().goTo('results');
    await waitFor(() => expect(document.querySelector('section.quote-review')).toBeNull());
    store.getState().setSubmission({ status: 'sending', request, delivered: ['event', 'mailto'] });
    store.getState().goTo('quote');
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    expect(bodies.map((b) => (JSON.parse(b) as QuoteRequest).idempotencyKey)).toEqual(['key-restored-1']);
    expect(requestsOf(emit)).toHaveLength(0);
    expect(open).not.toHaveBeenCalled();
    expect(store.getState().submission.delivered).toEqual(['event', 'mailto', 'webhook']);
  });

  it('after a mail draft, offers the whole request to paste, and sends a change as a correction', async () => {
    const open = vi.fn();
    vi.stubGlobal('open', open);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { emit, store } = await openQuote({ channels: [{ type: 'event' }, { type: 'mailto', to: 'agent@agency.example' }] });
    await reviewFilled();
    fireEvent.click(sendButton());
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    const [first] = requestsOf(emit);
    expect(open).toHaveBeenCalledTimes(1);
    const mail = decodeURIComponent(open.mock.calls[0]![0] as string);
    expect(mail).toContain(`受付番号 ${first!.reference}`);
    expect(mail).toContain('ここに依頼の全文を貼り付けてください');

    expect(screen.getByRole('heading', { name: 'メールの本文に、依頼の全文を貼り付けてください' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '全文をコピー' }));
    await waitFor(() => expect(screen.getByText('コピーしました。')).toBeTruthy());
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    for (const a of first!.answers) expect(text).toContain(`${a.question} → ${a.answer}`);
    expect(text).toContain(first!.reference);

    fireEvent.click(screen.getByRole('button', { name: '内容を直す' }));
    fireEvent.input(screen.getByLabelText(/^ご担当者のお名前/), { target: { value: '佐藤 一郎' } });
    toReview();
    expect(await screen.findByText(`受付番号 ${first!.reference} で送った依頼の訂正として送ります。`)).toBeTruthy();
    fireEvent.click(sendButton());
    await waitFor(() => expect(requestsOf(emit)).toHaveLength(2));
    const second = requestsOf(emit)[1]!;
    expect(second.correctionOf).toBe(first!.reference);
    expect(second.idempotencyKey).not.toBe(first!.idempotencyKey);
    expect(second.contact.contactName).toBe('佐藤 一郎');
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    expect(screen.getByText(`受付番号 ${first!.reference} で送った依頼の訂正として送ります。`)).toBeTruthy();
  });
});

describe('tests and bots', () => {
  it('in test mode says so on every view and marks the request as a test', async () => {
    const emit = vi.fn();
    const view = renderWidget('ja', { partner: { id: 'agency-1', name: 'さくら保険代理店' }, test: true, quote: { channels: [{ type: 'event' }] } }, emit);
    for (const [id, value] of Object.entries(profile)) view.store.getState().answer(id, value);
    view.store.getState().goTo('quote');
    await Promise.resolve();
    const note = /テストモード：この依頼はテストとして送られ/;
    expect(screen.getByText(note)).toBeTruthy();
    await reviewFilled();
    expect(screen.getByText(note)).toBeTruthy();
    fireEvent.click(sendButton());
    await waitFor(() => expect(view.store.getState().submission.status).toBe('sent'));
    expect(screen.getByText(note)).toBeTruthy();
    expect(requestsOf(emit)[0]!.test).toBe(true);
  });

  it('is not a test otherwise, and tells the receiver when the field hidden from people was filled', async () => {
    const { emit, store } = await openQuote({ channels: [{ type: 'event' }] });
    expect(screen.queryByText(/テストモード/)).toBeNull();
    fillContact();
    fireEvent.click(screen.getByLabelText(/同意します/));
    const trap = document.querySelector<HTMLInputElement>('input[name="crc-hp-leave-empty"]')!;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.closest('[aria-hidden="true"]')).toBeTruthy();
    trap.value = 'http://spam.example';
    toReview();
    fireEvent.click(await screen.findByRole('button', { name: 'さくら保険代理店に送信する' }));
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    const [request] = requestsOf(emit);
    expect(request).not.toHaveProperty('test');
    expect(request!.screening).toEqual({ honeypot: true, secondsOnForm: expect.any(Number) });
  });
});

describe('what underwriters ask', () => {
  it('carries the legal form, address, fiscal month, overseas and IT revenue, and the steps ticked in the results', async () => {
    const { emit, store } = await openQuote({ channels: [{ type: 'event' }] });
    store.getState().answer('itServices', 'yes');
    store.getState().togglePlanned('mfa');
    fillContact();
    const postcode = screen.getByLabelText(/^郵便番号/) as HTMLInputElement;
    fireEvent.input(postcode, { target: { value: '〒５３００００１' } });
    fireEvent.blur(postcode);
    expect(postcode.value).toBe('530-0001');
    fireEvent.input(screen.getByLabelText(/^住所/), { target: { value: '大阪市北区梅田1-1-1' } });
    fireEvent.change(screen.getByLabelText(/^法人の種類/), { target: { value: 'godo' } });
    fireEvent.change(screen.getByLabelText(/^決算月/), { target: { value: '9' } });
    expect(screen.queryByRole('group', { name: '海外の売上がある地域' })).toBeNull();
    fireEvent.change(screen.getByLabelText(/^売上のうち海外向けの割合/), { target: { value: 'under10' } });
    fireEvent.click(within(screen.getByRole('group', { name: '海外の売上がある地域' })).getByLabelText('北米（米国・カナダ）'));
    fireEvent.change(screen.getByLabelText(/^売上のうち他社向け IT 業務の割合/), { target: { value: '10to50' } });
    fireEvent.click(screen.getByLabelText(/同意します/));
    toReview();
    await screen.findByRole('heading', { name: '送信内容の確認' });
    expect(document.querySelector('section.quote-review')!.textContent).toContain('10% 未満 (北米（米国・カナダ）)');
    fireEvent.click(sendButton());
    await waitFor(() => expect(store.getState().submission.status).toBe('sent'));
    const [request] = requestsOf(emit);
    expect(request!.contact).toMatchObject({ postcode: '530-0001', address: '大阪市北区梅田1-1-1' });
    expect(request!.company).toMatchObject({
      legalForm: 'godo',
      fiscalYearEndMonth: 9,
      overseas: { share: 'under10', regions: ['northAmerica'] },
      itRevenueShare: '10to50',
      pastIncidents: 'none',
    });
    expect(request!.improvement?.steps.map((s) => s.id)).toEqual(['mfa']);
    expect(request!.improvement!.totalDiscountIfDone).toBeGreaterThanOrEqual(request!.security.totalDiscount);
  });
});

describe('the official industry and the name’s reading', () => {
  const industrySelect = () => screen.getByLabelText(/^業種（日本標準産業分類）/) as HTMLSelectElement;
  const optionCodes = () => [...industrySelect().options].map((o) => o.value).filter(Boolean);

  it('offers the check’s industry first, narrows by a word, and keeps the choice while searching', async () => {
    const { emit } = await openQuote({ channels: [{ type: 'event' }] });
    // The check said retail: its groups come first, then every division.
    expect(industrySelect().querySelector('optgroup')!.label).toBe('おすすめ');
    expect([...industrySelect().querySelector('optgroup')!.querySelectorAll('option')].map((o) => o.value)).toEqual(['56', '57', '58', '59', '60', '61']);
    expect(new Set(optionCodes()).size).toBe(99);
    const search = screen.getByLabelText(/^キーワードで探す/);
    fireEvent.input(search, { target: { value: 'ネットショップ' } });
    expect(optionCodes()).toEqual(['61']);
    expect(screen.getByText('1件の業種が見つかりました').getAttribute('role')).toBe('status');
    fireEvent.change(industrySelect(), { target: { value: '61' } });
    fireEvent.input(search, { target: { value: '税理士' } });
    expect(optionCodes()).toEqual(['61', '72']);
    expect(industrySelect().value).toBe('61');
    fireEvent.input(search, { target: { value: '宇宙旅行' } });
    expect(screen.getByText(/見つかりませんでした/)).toBeTruthy();
    fillContact();
    const kana = screen.getByLabelText(/^お名前のフリガナ/) as HTMLInputElement;
    fireEvent.input(kana, { target: { value: 'さとう　はなこ' } });
    fireEvent.blur(kana);
    expect(kana.value).toBe('サトウ ハナコ');
    fireEvent.click(screen.getByLabelText(/同意します/));
    toReview();
    await screen.findByRole('heading', { name: '送信内容の確認' });
    const review = document.querySelector('section.quote-review')!.textContent!;
    expect(review).toContain('61 無店舗小売業');
    expect(review).toContain('佐藤 花子（サトウ ハナコ）');
    fireEvent.click(sendButton());
    await waitFor(() => expect(requestsOf(emit)).toHaveLength(1));
    const [request] = requestsOf(emit);
    expect(request!.company.jsic).toEqual({ code: '61', name: '61 無店舗小売業', division: 'I' });
    expect(request!.contact.contactKana).toBe('サトウ ハナコ');
  });

  it('says when simplified policies exclude the industry chosen', async () => {
    await openQuote();
    expect(document.querySelector('.caution')).toBeNull();
    fireEvent.change(industrySelect(), { target: { value: '67' } });
    const caution = document.querySelector('.caution')!;
    expect(caution.textContent).toContain('簡易型のサイバー保険では対象外');
    expect(industrySelect().getAttribute('aria-describedby')).toContain(caution.id);
  });

  it('asks for the reading again when it is not kana, next to the field', async () => {
    await openQuote();
    fillContact();
    fireEvent.input(screen.getByLabelText(/^お名前のフリガナ/), { target: { value: '佐藤' } });
    fireEvent.click(screen.getByLabelText(/同意します/));
    toReview();
    const kana = screen.getByLabelText(/^お名前のフリガナ/);
    await waitFor(() => expect(document.activeElement).toBe(kana));
    expect(kana.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('フリガナはカタカナかひらがなで入力してください。')).toBeTruthy();
  });
});

describe('the agent’s phone', () => {
  it('is a link a phone can call, with the reference to give, once a request is sent', async () => {
    const view = renderWidget(
      'ja',
      {
        partner: { id: 'agency-1', name: 'さくら保険代理店', contact: { phone: '０３-１２３４-５６７８', hours: '平日 9:00〜17:00' } },
        quote: { channels: [{ type: 'event' }] },
      },
      vi.fn(),
    );
    for (const [id, value] of Object.entries(profile)) view.store.getState().answer(id, value);
    view.store.getState().goTo('quote');
    await Promise.resolve();
    expect(document.querySelector('.agent-phone')).toBeNull();
    await reviewFilled();
    fireEvent.click(sendButton());
    const link = await screen.findByRole('link', { name: '０３-１２３４-５６７８' });
    expect(link.getAttribute('href')).toBe('tel:0312345678');
    const reference = view.store.getState().submission.request!.reference;
    // The reference is shown just above, with the hint to give it.
    expect(link.closest('p')!.textContent).toContain('お電話でのお問い合わせ');
    expect(link.closest('p')!.previousElementSibling!.textContent).toBe('お問い合わせのときは、この番号をお伝えください。');
    expect(document.querySelector('.reference')!.textContent).toContain(reference);
    expect(link.closest('p')!.textContent).toContain('平日 9:00〜17:00');
  });

  it('asks for the reference with the number when sending failed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('down', { status: 503 })),
    );
    const view = renderWidget(
      'ja',
      {
        partner: { id: 'agency-1', name: 'さくら保険代理店', contact: { phone: '03-1234-5678' } },
        quote: { channels: [{ type: 'webhook', url: 'https://agency.example/hook', retryDelaysMs: [0] }] },
      },
      vi.fn(),
    );
    for (const [id, value] of Object.entries(profile)) view.store.getState().answer(id, value);
    view.store.getState().goTo('quote');
    await Promise.resolve();
    await reviewFilled();
    fireEvent.click(sendButton());
    await screen.findByRole('heading', { name: '送信できませんでした' });
    const link = screen.getByRole('link', { name: '03-1234-5678' });
    expect(link.getAttribute('href')).toBe('tel:0312345678');
    expect(link.closest('p')!.textContent).toContain(`受付番号 ${view.store.getState().submission.request!.reference} をお伝えください`);
  });
});

describe('the industry search in English', () => {
  it('counts what it found in words that agree with the number', async () => {
    const view = renderWidget('en', { partner: { id: 'agency-1', name: 'Sakura Agency' } });
    for (const [id, value] of Object.entries(profile)) view.store.getState().answer(id, value);
    view.store.getState().goTo('quote');
    await Promise.resolve();
    const search = await screen.findByLabelText(/^Search by keyword/);
    fireEvent.input(search, { target: { value: 'online shop' } });
    expect(screen.getByText('1 industry found')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'wholesale' } });
    expect(screen.getByText(/^1[0-9] industries found$/)).toBeTruthy();
  });
});

describe('a confirmation screen saved for a form no longer whole', () => {
  it('reopens the form, which stays the form while the missing answer is typed', async () => {
    const quote = {
      companyName: '株式会社さくら商店',
      contactName: '佐藤 花子',
      email: 'hanako@example.jp',
      prefecture: '27',
      plan: 'wide',
      contactMethod: 'email',
      consent: true,
    };
    const answers = { industry: 'retail', employees: 12, chamberMember: 'yes', pastIncidents: 'none' }; // revenue lost
    const saved = JSON.stringify({ version: 1, state: { step: 'quote', answers, quote, submission: { status: 'review' } } });
    const view = renderWidget('ja', { partner: { id: 'agency-1', name: 'さくら保険代理店' } }, undefined, {
      read: () => (JSON.parse(saved) as { state: unknown }).state,
      write: () => true,
      clear: () => {},
    });
    await screen.findByRole('heading', { name: '見積もりの依頼' });
    expect(view.store.getState().submission.status).toBe('idle');
    view.store.getState().answer('revenue', 300_000_000);
    await Promise.resolve();
    expect(screen.queryByRole('heading', { name: '送信内容の確認' })).toBeNull();
    expect(screen.getByRole('heading', { name: '見積もりの依頼' })).toBeTruthy();
  });
});
