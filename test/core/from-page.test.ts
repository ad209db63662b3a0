// What a host page brings to a lead: the campaign parameters and page that led to it, and answers
// it already knows. Both come from a page anyone can link to, so each is checked before use.

import { describe, expect, it } from 'vitest';
import { attributionPage, attributionParams, DEFAULT_ATTRIBUTION_PARAMS, restoreAttribution } from '../../src/core/quote/attribution.js';
import { prefillAnswers } from '../../src/core/flow/prefill.js';
import { buildQuoteRequest, checkSchema, content, EMPTY_QUOTE_FIELDS, quoteRequestSchema, schemeById, type JsonSchema } from '../../src/core/index.js';

describe('campaign parameters', () => {
  it('keeps the named parameters only, first value of each', () => {
    const search = '?utm_source=flyer&utm_source=other&utm_medium=paper&email=owner%40example.jp&hook=x&cid=42';
    expect(attributionParams(search, DEFAULT_ATTRIBUTION_PARAMS)).toEqual({ utm_source: 'flyer', utm_medium: 'paper' });
    expect(attributionParams(search, ['cid'])).toEqual({ cid: '42' });
    expect(attributionParams(search, [])).toEqual({});
  });

  it('makes each value one printable line of at most 200 characters, and drops empty ones', () => {
    const search = `?utm_source=${encodeURIComponent('a\u0000b\nc')}&utm_medium=${'x'.repeat(5000)}&utm_campaign=%20%20`;
    const params = attributionParams(search, DEFAULT_ATTRIBUTION_PARAMS);
    expect(params.utm_source).toBe('a b c');
    expect(params.utm_medium).toHaveLength(200);
    expect(params).not.toHaveProperty('utm_campaign');
  });

  it('ignores names a partner could not have meant, and more than ten', () => {
    const names = ['__proto__', 'bad name', ...Array.from({ length: 12 }, (_, i) => `p${i}`)];
    const search = '?' + names.map((n) => `${encodeURIComponent(n)}=v`).join('&');
    expect(Object.keys(attributionParams(search, names))).toEqual(Array.from({ length: 10 }, (_, i) => `p${i}`));
  });

  it('names the page by origin and path only', () => {
    expect(attributionPage('https://www.cci.example/seminar/check.html?email=a%40b.jp#crc=1')).toBe('https://www.cci.example/seminar/check.html');
    expect(attributionPage('file:///C:/page.html')).toBeUndefined();
    expect(attributionPage('not a url')).toBeUndefined();
  });

  it('restores from storage only what it could have made', () => {
    const kept = { page: 'https://agency.example/check', params: { utm_source: 'flyer' } };
    expect(restoreAttribution(kept)).toEqual(kept);
    expect(restoreAttribution({ page: 'https://agency.example/check?email=x', params: { utm_source: 'a\nb', 'bad name': 'x', ok: 'y', n: 1 } })).toEqual({
      params: { ok: 'y' },
    });
    expect(restoreAttribution('junk')).toEqual({ params: {} });
    expect(restoreAttribution({ page: 'javascript:alert(1)', params: null })).toEqual({ params: {} });
  });

  it('travels with the request as its source, which fits the schema', () => {
    const request = buildQuoteRequest({
      content,
      answers: { industry: 'retail', revenue: 300_000_000 },
      fields: {
        ...EMPTY_QUOTE_FIELDS,
        companyName: 'A',
        contactName: 'B',
        email: 'b@example.jp',
        prefecture: '13',
        plan: 'basic',
        contactMethod: 'email',
        consent: true,
      },
      partner: { id: 'agency', name: '代理店', channels: [] },
      scheme: schemeById(content, undefined)!,
      widgetVersion: '0.1.0',
      idempotencyKey: 'key-source-1',
      now: new Date(),
      attribution: { page: 'https://agency.example/check', params: { utm_source: 'flyer' } },
    });
    expect(request.source).toEqual({ page: 'https://agency.example/check', params: { utm_source: 'flyer' } });
    expect(checkSchema(request, quoteRequestSchema as unknown as JsonSchema)).toEqual([]);
  });
});

describe('answers the page knows', () => {
  it('answers company questions not yet answered', () => {
    const result = prefillAnswers(content, { employees: 12 }, { industry: 'retail', revenue: 300_000_000, employees: 50 });
    expect(result.answers).toEqual({ industry: 'retail', revenue: 300_000_000, employees: 12 });
    expect(result.applied).toEqual(['industry', 'revenue']);
    expect(result.valid).toEqual({ industry: 'retail', revenue: 300_000_000, employees: 50 });
    expect(result.problems).toEqual([]);
  });

  it('never answers a security question, and refuses what the question does not allow', () => {
    const result = prefillAnswers(content, {}, { updates: 'done', industry: 'banking', revenue: -1, employees: 1e308, nope: 1 });
    expect(result.answers).toEqual({});
    expect(result.problems).toEqual([
      'prefill.updates: only questions about the company can be prefilled',
      'prefill.industry: "banking" is not an answer this question allows',
      'prefill.revenue: -1 is not an answer this question allows',
      'prefill.employees: 1e+308 is not an answer this question allows',
      'prefill.nope: no such question',
    ]);
  });

  it('refuses anything but an object, and does nothing without one', () => {
    expect(prefillAnswers(content, {}, ['retail']).problems).toEqual([
      'prefill: expected an object of answers by question id (in the attribute, JSON such as {"industry":"retail"})',
    ]);
    expect(prefillAnswers(content, {}, 'retail').answers).toEqual({});
    expect(prefillAnswers(content, { industry: 'retail' }, undefined)).toEqual({ answers: { industry: 'retail' }, applied: [], valid: {}, problems: [] });
  });
});
