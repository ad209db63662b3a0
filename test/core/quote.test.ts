import { describe, expect, it } from 'vitest';
import type { TFunction } from '../../src/i18n/index.js';
import { summaryRows } from '../../src/ui/quote/deliver.js';
import {
  buildQuoteRequest,
  checkSchema,
  content,
  EMPTY_QUOTE_FIELDS,
  isAllowedWebhookUrl,
  mailtoUrl,
  MAILTO_MAX_LENGTH,
  parseEmail,
  parsePhone,
  parsePostcode,
  quoteRequestSchema,
  redirectUrl,
  schemeById,
  sendWebhook,
  validateQuote,
  type JsonSchema,
  type PartnerQuoteSettings,
  type QuoteFields,
} from '../../src/core/index.js';

const partner: PartnerQuoteSettings = { id: 'demo-agency', name: 'デモ保険代理店', channels: [] };
const answers = {
  industry: 'manufacturing',
  revenue: 500_000_000,
  employees: 40,
  chamberMember: 'yes',
  records: 3000,
  pcs: 25,
  servers: 2,
  dataKinds: ['contacts'],
  updates: 'done',
  backups: 'partly',
  pastIncidents: 'none',
  onlineCards: 'no',
  cardNonRetention: 'done',
};
const fields: QuoteFields = {
  ...EMPTY_QUOTE_FIELDS,
  companyName: '株式会社サンプル製作所',
  contactName: '山田 太郎',
  email: 'ｙａｍａｄａ＠example.co.jp',
  phone: '０３－１２３４－５６７８',
  postcode: '〒100-0001',
  prefecture: '13',
  fiscalYearEnd: '3',
  plan: 'wide',
  limitSet: 'set3',
  contactMethod: 'email',
  consent: true,
};

function request(overrides: Partial<QuoteFields> = {}) {
  return buildQuoteRequest({
    content,
    answers,
    fields: { ...fields, ...overrides },
    partner,
    scheme: schemeById(content, undefined)!,
    widgetVersion: '0.1.0',
    idempotencyKey: 'key-12345678',
    now: new Date('2026-11-22T10:00:00Z'),
  });
}

describe('contact details as typed in Japan', () => {
  it.each([
    ['taro@example.jp', 'taro@example.jp'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp'],
    [' taro@mail.example.co.jp ', 'taro@mail.example.co.jp'],
  ])('accepts the email %j', (text, value) => expect(parseEmail(text)).toEqual({ ok: true, value }));
  it.each(['taro', 'taro@', '@example.jp', 'taro@example', 'ta ro@example.jp'])('rejects the email %j', (text) => {
    expect(parseEmail(text).ok).toBe(false);
  });
  it.each([
    ['03-1234-5678', '0312345678'],
    ['０３（１２３４）５６７８', '0312345678'],
    ['090 1234 5678', '09012345678'],
    ['+81 90-1234-5678', '09012345678'],
    ['0120−123−456', '0120123456'],
  ])('accepts the phone %j', (text, value) => expect(parsePhone(text)).toEqual({ ok: true, value }));
  it.each(['1234', '03-1234', 'abc', '3-1234-5678'])('rejects the phone %j', (text) => expect(parsePhone(text)).toEqual({ ok: false, error: 'invalid' }));
  it.each([
    ['〒100-0001', '100-0001'],
    ['１０００００１', '100-0001'],
  ])('reads the postcode %j', (text, value) => {
    expect(parsePostcode(text)).toEqual({ ok: true, value });
  });
});

describe('validating the quote form', () => {
  it('accepts a complete form', () => {
    expect(validateQuote(fields, answers)).toEqual({});
  });

  it('names every missing or wrong field, and asks for consent', () => {
    const errors = validateQuote({ ...EMPTY_QUOTE_FIELDS, email: 'taro@', phone: '12' }, {});
    expect(errors).toEqual({
      companyName: 'required',
      contactName: 'required',
      email: 'invalid',
      phone: 'invalid',
      prefecture: 'required',
      industry: 'required',
      revenue: 'required',
      plan: 'required',
      contactMethod: 'required',
      consent: 'required',
    });
  });

  it('needs a phone number only when the owner wants a call', () => {
    expect(validateQuote({ ...fields, phone: '' }, answers)).toEqual({});
    expect(validateQuote({ ...fields, phone: '', contactMethod: 'phone' }, answers)).toEqual({ phone: 'required' });
  });
});

describe('the quote request payload', () => {
  it('validates against the published schema', () => {
    expect(checkSchema(request(), quoteRequestSchema as unknown as JsonSchema)).toEqual([]);
  });

  it('carries the profile, normalised contact details, the discount and the loss summary', () => {
    const payload = request();
    expect(payload.contact).toMatchObject({ email: 'yamada@example.co.jp', phone: '0312345678', postcode: '100-0001', prefecture: '13' });
    expect(payload.company).toEqual({
      industry: 'manufacturing',
      revenue: 500_000_000,
      fiscalYearEndMonth: 3,
      employees: 40,
      chamberMember: true,
      pastIncidents: 'none',
    });
    expect(payload.coverage).toEqual({ plan: 'wide', limitSet: 'set3', options: { itServices: false, businessInterruption: false } });
    expect(payload.security.groupDiscount).toBe(0.2);
    expect(payload.loss.map((l) => l.scenario)).toContain('ransomware');
    // The APPI duty travels with each scenario that brings it: an attack on personal data, 60 days.
    expect(payload.loss.find((l) => l.scenario === 'personalDataLeak')!.breachReport).toEqual({
      triggers: expect.arrayContaining(['malicious']),
      finalDays: 60,
    });
    // The agent's summary (mail and sheet) names the scenarios that would need a report.
    const t = ((key: string, values?: Record<string, string>) => (values ? `${key}(${Object.values(values).join('|')})` : key)) as unknown as TFunction;
    const breachRow = summaryRows(payload, content, t).find(([label]) => label === 'quote.breachReportLabel');
    expect(breachRow![1]).toContain('攻撃による個人情報の漏えい');
    expect(payload.consent).toEqual({ given: true, recipient: 'デモ保険代理店', at: '2026-11-22T10:00:00.000Z' });
  });

  it("lists answers with question and answer text in the agent's language, and never hidden ones", () => {
    const payload = request();
    expect(payload.answers.find((a) => a.id === 'updates')).toMatchObject({ answer: 'できている', value: 'done', category: 'basics' });
    expect(payload.answers.find((a) => a.id === 'dataKinds')!.answer).toBe('お客様の氏名・住所・連絡先');
    expect(payload.answers.some((a) => a.id === 'cardNonRetention')).toBe(false);
    const english = buildQuoteRequest({
      content,
      answers,
      fields,
      partner: { ...partner, agentLanguage: 'en' },
      scheme: schemeById(content, undefined)!,
      widgetVersion: '0.1.0',
      idempotencyKey: 'key-12345678',
      now: new Date(),
    });
    expect(english.answers.find((a) => a.id === 'updates')!.answer).toBe('Yes, in place');
  });
});

describe('webhook', () => {
  type Seen = { key: string | null; type: string | null; mode: string; body: string };
  // A receiver's answers in turn: a status, 'drop' (a network error, or an answer the page may not
  // read), and, for a request sent 'no-cors', an opaque answer when the receiver is reached.
  const fakeFetch = (responses: (number | 'drop')[], seen: Seen[]) =>
    ((_url: string, init: RequestInit) => {
      const next = responses.shift() ?? 200;
      const headers = new Headers(init.headers);
      seen.push({
        key: headers.get('idempotency-key'),
        type: headers.get('content-type'),
        mode: init.mode ?? 'cors',
        body: typeof init.body === 'string' ? init.body : '',
      });
      if (next === 'drop') return Promise.reject(new TypeError('network error'));
      if (init.mode === 'no-cors') return Promise.resolve({ type: 'opaque', status: 0, text: async () => '' });
      return Promise.resolve(new Response(next === 422 ? JSON.stringify({ message: 'email domain not accepted' }) : 'ok', { status: next }));
    }) as unknown as typeof fetch;
  const noWait = { sleep: async () => {}, retryDelaysMs: [1, 1, 1] };

  it('posts JSON as plain text with no custom header, so no preflight; the key travels in the body', async () => {
    const seen: Seen[] = [];
    expect(await sendWebhook('https://agency.example/hook', request(), { ...noWait, fetch: fakeFetch([500, 201], seen) })).toEqual({
      ok: true,
      status: 201,
      attempts: 2,
      confirmed: true,
    });
    expect(seen.map((s) => [s.type, s.key, s.mode])).toEqual([
      ['text/plain;charset=UTF-8', null, 'cors'],
      ['text/plain;charset=UTF-8', null, 'cors'],
    ]);
    expect(new Set(seen.map((s) => (JSON.parse(s.body) as { idempotencyKey: string }).idempotencyKey))).toEqual(new Set(['key-12345678']));
  });

  it('counts a receiver that takes the request but hides its answer as reached, not confirmed', async () => {
    const seen: Seen[] = [];
    const result = await sendWebhook('https://agency.example/hook', request(), { ...noWait, fetch: fakeFetch(['drop', 200], seen) });
    expect(result).toEqual({ ok: true, status: 0, attempts: 2, confirmed: false });
    expect(seen.map((s) => s.mode)).toEqual(['cors', 'no-cors']);
  });

  it('keeps retrying, readable again, when the network itself is down', async () => {
    const seen: Seen[] = [];
    const result = await sendWebhook('https://agency.example/hook', request(), { ...noWait, fetch: fakeFetch(['drop', 'drop', 201], seen) });
    expect(result).toEqual({ ok: true, status: 201, attempts: 3, confirmed: true });
    expect(seen.map((s) => s.mode)).toEqual(['cors', 'no-cors', 'cors']);
    expect(new Set(seen.map((s) => s.body)).size).toBe(1);
  });

  it("in the 'json' format sends an Idempotency-Key header and always reads the answer", async () => {
    const seen: Seen[] = [];
    const result = await sendWebhook('https://agency.example/hook', request(), { ...noWait, format: 'json', fetch: fakeFetch(['drop', 201], seen) });
    expect(result).toEqual({ ok: true, status: 201, attempts: 2, confirmed: true });
    expect(seen.map((s) => [s.type, s.key, s.mode])).toEqual([
      ['application/json', 'key-12345678', 'cors'],
      ['application/json', 'key-12345678', 'cors'],
    ]);
  });

  it("does not retry a 4xx, and passes on the server's reason", async () => {
    const result = await sendWebhook('https://agency.example/hook', request(), { ...noWait, fetch: fakeFetch([422], []) });
    expect(result).toEqual({ ok: false, kind: 'rejected', status: 422, reason: 'email domain not accepted', attempts: 1 });
  });

  it('gives up after the last retry', async () => {
    const result = await sendWebhook('https://agency.example/hook', request(), { ...noWait, fetch: fakeFetch([503, 503, 503, 503], []) });
    expect(result).toEqual({ ok: false, kind: 'unavailable', status: 503, attempts: 4 });
  });

  it('sends nothing to an http address other than this machine', async () => {
    const seen: Seen[] = [];
    expect(await sendWebhook('http://agency.example/hook', request(), { fetch: fakeFetch([200], seen) })).toEqual({ ok: false, kind: 'insecure' });
    expect(seen).toEqual([]);
    expect(isAllowedWebhookUrl('http://127.0.0.1:8080/hook')).toBe(true);
    expect(isAllowedWebhookUrl('http://localhost/hook')).toBe(true);
    expect(isAllowedWebhookUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('mail and redirect', () => {
  it('keeps a mailto link under the length limit by dropping the least important lines', () => {
    const lines = ['会社名: サンプル', ...Array.from({ length: 200 }, (_, i) => `回答 ${i}: できている`)];
    const url = mailtoUrl('agent@example.jp', { subject: '見積依頼', lines, truncatedNote: '（続きは省略しました）' });
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const body = decodeURIComponent(url.split('&body=')[1]!);
    expect(body.startsWith('会社名: サンプル')).toBe(true);
    expect(body.endsWith('（続きは省略しました）')).toBe(true);
    expect(url.startsWith('mailto:agent@example.jp?subject=')).toBe(true);
  });

  it("maps the request into the agency form's query parameters", () => {
    const url = redirectUrl(
      'https://agency.example/quote?src=widget',
      { company: 'contact.companyName', sales: 'company.revenue', none: 'contact.fax' },
      request(),
    );
    expect(url).toBe(`https://agency.example/quote?src=widget&company=${encodeURIComponent('株式会社サンプル製作所').replace(/%20/g, '+')}&sales=500000000`);
  });
});

describe('answers as text', () => {
  it('joins several choices as each language lists things', async () => {
    const { answerText } = await import('../../src/core/index.js');
    expect(answerText(content, 'dataKinds', ['contacts', 'cards'], 'ja')).toBe('お客様の氏名・住所・連絡先、クレジットカード番号');
    expect(answerText(content, 'dataKinds', ['contacts', 'cards', 'bank'], 'en')).toBe(
      "Customers' names, addresses and contact details, Credit card numbers, and Bank account details",
    );
  });

  it('writes amounts in 万 and 億 and other numbers grouped, with their unit', async () => {
    const { answerText } = await import('../../src/core/index.js');
    expect(answerText(content, 'revenue', 300_000_000, 'ja')).toBe('3億円');
    expect(answerText(content, 'revenue', 300_000_000, 'en')).toBe('¥300,000,000');
    expect(answerText(content, 'records', 20_000, 'ja')).toBe('20,000件');
    expect(answerText(content, 'records', 20_000, 'en')).toBe('20,000 records');
    expect(answerText(content, 'employees', 12, 'ja')).toBe('12人');
  });
});
