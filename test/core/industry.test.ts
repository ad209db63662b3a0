// The official industry (JSIC) an underwriter asks for, and the name's reading (フリガナ): found and
// checked as owners type them, and carried in the quote request.

import { describe, expect, it } from 'vitest';
import {
  buildQuoteRequest,
  checkSchema,
  content,
  EMPTY_QUOTE_FIELDS,
  findIndustries,
  parseKana,
  quoteRequestSchema,
  schemeById,
  validateQuote,
  type JsonSchema,
  type QuoteFields,
} from '../../src/core/index.js';

const jsic = content.industries!;
const codes = (query: string, industry?: string) => findIndustries(jsic, query, industry).map((choice) => choice.code);

describe('finding an industry', () => {
  it('offers the groups of the industry chosen in the check before anything is typed', () => {
    expect(codes('', 'restaurant')).toEqual(['76', '77']);
    expect(codes('', 'construction')).toEqual(['06', '07', '08']);
  });

  it('offers the common groups when the check said "other" or nothing', () => {
    expect(codes('', 'other')).toEqual(jsic.common);
    expect(codes('')).toEqual(jsic.common);
  });

  it.each([
    ['ネットショップ', '61'],
    ['ねっとしょっぷ', '61'],
    ['税理士', '72'],
    ['印刷', '15'],
    ['restaurant', '76'],
    ['Eating', '76'],
    ['７６', '76'],
    ['学習塾', '82'],
    ['介護', '85'],
  ])('finds %j', (query, code) => {
    expect(codes(query)).toContain(code);
  });

  it('needs every word typed, and puts the check’s industry first', () => {
    expect(codes('繊維 卸売')).toEqual(['51']);
    const both = codes('飲食');
    expect(both).toEqual(expect.arrayContaining(['52', '58', '76']));
    expect(codes('飲食', 'retail')[0]).toBe('58');
    expect(codes('飲食', 'restaurant').slice(0, 2)).toEqual(['76', '77']);
  });

  it('finds nothing for words it does not know', () => {
    expect(codes('宇宙旅行')).toEqual([]);
  });

  it('says which industries simplified policies exclude, with the source', () => {
    const [bank] = findIndustries(jsic, '62');
    const [software] = findIndustries(jsic, '39');
    const [shop] = findIndustries(jsic, '61');
    expect(bank!.note!.ja).toContain('シンプルサイバー');
    expect(software!.note!.ja).toContain('IT');
    expect(shop!.note).toBeUndefined();
  });
});

describe('the name’s reading', () => {
  it.each([
    ['ヤマダ タロウ', 'ヤマダ タロウ'],
    ['やまだ　たろう', 'ヤマダ タロウ'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダ タロウ'],
    ['  コウノ・ジョー ', 'コウノ・ジョー'],
  ])('reads %j as katakana', (text, value) => expect(parseKana(text)).toEqual({ ok: true, value }));

  it.each(['山田 太郎', 'Yamada', 'ヤマダ1'])('refuses %j', (text) => expect(parseKana(text)).toEqual({ ok: false, error: 'invalid' }));
});

describe('in the quote request', () => {
  const answers = { industry: 'restaurant', revenue: 80_000_000, pastIncidents: 'none' };
  const fields: QuoteFields = {
    ...EMPTY_QUOTE_FIELDS,
    companyName: '有限会社まるや食堂',
    contactName: '丸山 一郎',
    contactKana: 'まるやま いちろう',
    email: 'ichiro@example.jp',
    prefecture: '26',
    industryCode: '76',
    plan: 'basic',
    contactMethod: 'email',
    consent: true,
  };
  const build = (overrides: Partial<QuoteFields>, agentLanguage: 'ja' | 'en' = 'ja') =>
    buildQuoteRequest({
      content,
      answers,
      fields: { ...fields, ...overrides },
      partner: { id: 'agency', name: '代理店', channels: [], agentLanguage },
      scheme: schemeById(content, undefined)!,
      widgetVersion: '0.1.0',
      idempotencyKey: 'key-industry-1',
      now: new Date('2026-12-05T00:00:00Z'),
    });

  it('carries the JSIC group in the agent’s language and the reading in katakana', () => {
    const request = build({});
    expect(request.company.jsic).toEqual({ code: '76', name: '76 飲食店', division: 'M' });
    expect(build({}, 'en').company.jsic!.name).toBe('76 Eating and drinking places');
    expect(request.contact.contactKana).toBe('マルヤマ イチロウ');
    expect(checkSchema(request, quoteRequestSchema as unknown as JsonSchema)).toEqual([]);
  });

  it('leaves out what was not given, or a code the classification does not have', () => {
    const request = build({ industryCode: '', contactKana: '' });
    expect(request.company).not.toHaveProperty('jsic');
    expect(request.contact).not.toHaveProperty('contactKana');
    expect(build({ industryCode: '00' }).company).not.toHaveProperty('jsic');
  });

  it('asks for the reading again when it is not kana, and never requires it', () => {
    expect(validateQuote(fields, answers)).toEqual({});
    expect(validateQuote({ ...fields, contactKana: '丸山' }, answers)).toEqual({ contactKana: 'invalid' });
    expect(validateQuote({ ...fields, contactKana: '' }, answers)).toEqual({});
  });
});
