import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from '../../src/i18n/index.js';
import { mailDraftLines, requestText, summaryRows } from '../../src/ui/quote/request-text.js';
import { starPositionText } from '../../src/ui/star-position.js';
import { createI18n, registerStrings } from '../../src/i18n/index.js';
import jaLater from '../../src/i18n/locales/ja-results.json';
import { optionsOf } from '../../src/core/flow/options.js';
import { visibleQuestionIds } from '../../src/core/flow/conditions.js';
import type { Answers } from '../../src/core/types.js';
import { webShopRetailer } from '../profiles.js';
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
  referenceOf,
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

  it('carries a reference number to read out on the phone, the same for every send of one request', () => {
    const payload = request();
    expect(payload.reference).toMatch(/^\d{4}-\d{4}$/);
    expect(payload.reference).toBe(referenceOf('key-12345678'));
    expect(request({ message: 'changed' }).reference).toBe(payload.reference);
    expect(referenceOf('key-87654321')).not.toBe(payload.reference);
    // 10,000 requests: numbers spread out (a reference identifies a lead together with its date).
    const seen = new Set(Array.from({ length: 10_000 }, (_, i) => referenceOf(`k-${i}-${i * 7}`)));
    expect(seen.size).toBeGreaterThan(9_990);
    expect(payload).not.toHaveProperty('correctionOf');
  });

  it('says a company that trades only at home has no overseas revenue, without asking', () => {
    const payload = buildQuoteRequest({
      content,
      answers: { ...answers, overseas: 'no', itServices: 'no' },
      fields,
      partner,
      scheme: schemeById(content, undefined)!,
      widgetVersion: '0.1.0',
      idempotencyKey: 'key-home-only',
      now: new Date(),
    });
    expect(payload.company).toMatchObject({ overseas: { share: 'none', regions: [] }, itRevenueShare: 'none' });
    expect(request().company).not.toHaveProperty('overseas');
    expect(request().company).not.toHaveProperty('improvement');
  });

  it('carries where the company stands on the star ladder, and nothing of it when the partner hides the ladder', () => {
    const basics = { ...answers, updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done', threatAwareness: 'done' };
    const build = (settings: PartnerQuoteSettings) =>
      buildQuoteRequest({
        content,
        answers: basics,
        fields,
        partner: settings,
        scheme: schemeById(content, undefined)!,
        widgetVersion: '0.1.0',
        idempotencyKey: 'key-stars-01',
        now: new Date('2026-11-22T10:00:00Z'),
      });
    const payload = build(partner);
    expect(checkSchema(payload, quoteRequestSchema as unknown as JsonSchema)).toEqual([]);
    expect(payload.stars!.highest).toBe(1);
    const two = payload.stars!.levels.find((l) => l.stars === 2)!;
    expect(two).toMatchObject({ scheme: 'security-action', status: 'notMet', provisional: false });
    expect(two.missing.map((m) => m.id).sort()).toEqual(['policy', 'selfCheck']);
    // The supply-chain levels are provisional: never met, and flagged so for the agent.
    expect(payload.stars!.levels.filter((l) => l.stars >= 3).every((l) => l.provisional && l.status !== 'met')).toBe(true);
    registerStrings('ja', jaLater);
    const row = summaryRows(payload, content, createI18n('ja').getFixedT('ja'), 'ja').find(([label]) => label === 'セキュリティの★');
    expect(row![1]).toBe('★1（★2 まであと2項目）');
    // Nothing known missing: a draft scheme's level is a guide only; a final one's has items to confirm.
    const t = createI18n('ja').getFixedT('ja');
    const atLevel = (provisional: boolean) => starPositionText({ highest: 2, next: { stars: 3, status: 'noKnownGaps', missing: 0, provisional } }, t);
    expect(atLevel(true)).toBe('★2（★3 は準備中の制度のため目安のみ）');
    expect(atLevel(false)).toBe('★2（★3 は自社で確かめる項目あり）');
    expect(build({ ...partner, starLadder: false }).stars).toBeUndefined();
  });

  it('names the request it corrects', () => {
    const correction = buildQuoteRequest({
      content,
      answers,
      fields,
      partner,
      scheme: schemeById(content, undefined)!,
      widgetVersion: '0.1.0',
      idempotencyKey: 'key-second-1',
      now: new Date(),
      correctionOf: '1234-5678',
    });
    expect(correction.correctionOf).toBe('1234-5678');
    expect(correction.reference).not.toBe('1234-5678');
    expect(checkSchema(correction, quoteRequestSchema as unknown as JsonSchema)).toEqual([]);
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

  it('gives up on a receiver that hangs within the deadline, with every attempt together', async () => {
    vi.useFakeTimers();
    try {
      const attempts: AbortSignal[] = [];
      // A receiver that never answers: each attempt ends only when its signal aborts.
      const hanging = ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          attempts.push(init.signal!);
          init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        })) as unknown as typeof fetch;
      let settled: unknown;
      void sendWebhook('https://agency.example/hook', request(), { fetch: hanging }).then((r) => (settled = r));
      await vi.advanceTimersByTimeAsync(14_999);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toEqual({ ok: false, kind: 'unavailable', attempts: 1, timedOut: true });
      expect(attempts).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries within the deadline, and stops retrying when the next wait would pass it', async () => {
    let clock = 0;
    const seen: Seen[] = [];
    const result = await sendWebhook('https://agency.example/hook', request(), {
      fetch: fakeFetch([503, 503, 503, 503], seen),
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
      retryDelaysMs: [1000, 3000, 8000],
      deadlineMs: 10_000,
    });
    // At 0, 1 s and 4 s; a retry at 12 s would pass the 10 s deadline.
    expect(result).toEqual({ ok: false, kind: 'unavailable', status: 503, attempts: 3 });
    expect(seen).toHaveLength(3);
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

describe('the whole request as text, for a mail', () => {
  // The quote step's strings load with its code in the widget.
  registerStrings('ja', jaLater);
  // The longest request the form can make: every question shown answered (every option of a
  // multiple choice), every field filled, the longest message allowed.
  function longestRequest() {
    const all: Answers = { ...webShopRetailer, dataKinds: [] };
    for (let round = 0; round < 3; round++) {
      const visible = visibleQuestionIds(content, all);
      for (const q of content.questions) {
        if (!visible.has(q.id) || q.id in webShopRetailer) continue;
        if (q.type === 'number' || q.type === 'amount') all[q.id] = q.max ?? 1_000_000;
        else {
          const options = optionsOf(q, content).map((o) => o.id);
          all[q.id] = q.type === 'multi' ? options : options[0]!;
        }
      }
    }
    return buildQuoteRequest({
      content,
      answers: all,
      fields: {
        ...fields,
        contactTime: 'afternoon',
        address: '千代田区丸の内1-1-1 サンプルビル3階',
        legalForm: 'kabushiki',
        contactKana: 'ヤマダ タロウ',
        industryCode: '61',
        overseasShare: '10to50',
        overseasRegions: ['northAmerica', 'asia'],
        itShare: 'under10',
        optionItServices: true,
        optionBusinessInterruption: true,
        message: 'ご相談したいことがあります。'.repeat(285).slice(0, 4000),
      },
      partner,
      scheme: schemeById(content, undefined)!,
      widgetVersion: '0.1.0',
      idempotencyKey: 'key-longest-1',
      now: new Date('2026-12-05T01:00:00Z'),
      correctionOf: '1111-2222',
      planned: content.questions.filter((q) => q.type === 'control').map((q) => q.id),
    });
  }

  it('holds every part of the longest request, so nothing is cut', () => {
    const request = longestRequest();
    expect(request.answers.length).toBeGreaterThan(40);
    const ja = createI18n('ja');
    const text = requestText(request, content, ja.getFixedT('ja'));
    expect(text).toContain(`受付番号: ${request.reference}`);
    expect(text).toContain('受付番号 1111-2222 の依頼の訂正です');
    expect(text).toContain('2026年12月5日 10:00');
    for (const value of [request.contact.companyName, request.contact.contactName, request.contact.email, request.contact.phone!, request.contact.postcode!])
      expect(text).toContain(value);
    expect(text).toContain(request.contact.message!);
    for (const label of [
      '東京都',
      '3月',
      '午後',
      'メール',
      'IT 業務の補償を付ける',
      '業務停止による利益の損失',
      '千代田区丸の内1-1-1 サンプルビル3階',
      '株式会社',
      '10〜50% (北米（米国・カナダ）、アジア)',
      '10% 未満',
      '山田 太郎（ヤマダ タロウ）',
      '61 無店舗小売業',
    ])
      expect(text).toContain(label);
    expect(checkSchema(request, quoteRequestSchema as unknown as JsonSchema)).toEqual([]);
    for (const step of request.improvement?.steps ?? []) expect(text).toContain(step.action);
    for (const loss of request.loss) expect(text).toContain(loss.title);
    for (const answer of request.answers) expect(text).toContain(`${answer.question} → ${answer.answer}`);
    expect(text).toContain('デモ保険代理店に送ることに同意済み');
    expect(text).not.toMatch(/undefined|NaN|quote\./);
  });

  it('leaves the mail draft short enough for every mail client, with the reference', () => {
    const request = longestRequest();
    const t = createI18n('ja').getFixedT('ja');
    const url = mailtoUrl('agent@agency.example', {
      subject: t('quote.mailSubject', { company: '株式会社サンプル製作所', reference: request.reference }),
      lines: mailDraftLines(request, content, t),
      truncatedNote: '',
    });
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const body = decodeURIComponent(url.split('&body=')[1]!);
    // Nothing of the draft was dropped: it ends with where to paste the whole request.
    expect(body).toContain(`受付番号: ${request.reference}`);
    expect(body.trim().endsWith('コピーできます。）')).toBe(true);
  });
});
