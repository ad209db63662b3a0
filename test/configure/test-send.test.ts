import { describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { referenceOf } from '../../src/core/quote/reference.js';
import { checkSchema, quoteRequestSchema, type JsonSchema } from '../../src/core/index.js';
import { testLeadTemplate } from '../../src/configure/test-lead-template.js';
import { testLead } from '../../src/configure/test-lead.js';
import { sendTestLead } from '../../src/configure/test-send.js';

const key = '3f2c1a9e-8b7d-4c6e-9f01-23456789abcd';
const lead = testLead(testLeadTemplate(content), { id: 'sakura-cci', name: 'さくら商工会議所' }, key, new Date('2026-12-06T01:02:03Z'), '0.1.0');

describe('the test lead', () => {
  it('is a valid quote request, marked as a test, for this partner, with a fresh reference', () => {
    expect(checkSchema(lead, quoteRequestSchema as unknown as JsonSchema)).toEqual([]);
    expect(lead).toMatchObject({
      test: true,
      partnerId: 'sakura-cci',
      idempotencyKey: key,
      reference: referenceOf(key),
      createdAt: '2026-12-06T01:02:03.000Z',
    });
    expect(lead.consent).toEqual({ given: true, recipient: 'さくら商工会議所', at: '2026-12-06T01:02:03.000Z' });
    expect(lead.contact.companyName).toContain('テスト');
  });
});

describe('the test send', () => {
  const answering = (status: number, body: string) => (async () => new Response(body, { status })) as typeof fetch;

  it('tells arrived, refused with the reason, unreachable and not https apart', async () => {
    expect(await sendTestLead('https://hook.example', lead, { fetch: answering(200, 'ok') })).toEqual({ kind: 'confirmed', status: 200 });
    expect(await sendTestLead('https://hook.example', lead, { fetch: answering(403, '{"error":"unknown partner"}') })).toEqual({
      kind: 'rejected',
      status: 403,
      reason: 'unknown partner',
    });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await sendTestLead('https://hook.example', lead, { fetch: down })).toEqual({ kind: 'unavailable' });
    const failing = (async () => new Response('Bad gateway', { status: 502 })) as typeof fetch;
    expect(await sendTestLead('https://hook.example', lead, { fetch: failing })).toEqual({ kind: 'serverError', status: 502 });
    expect(await sendTestLead('http://hook.example', lead)).toEqual({ kind: 'insecure' });
    expect(await sendTestLead('/wp-json/leads', lead)).toEqual({ kind: 'relative' });
  });

  it('counts a receiver that takes the lead without letting the page read its answer as sent but unconfirmed', async () => {
    const modes: (string | undefined)[] = [];
    const noCors = (async (_url: string, init?: RequestInit) => {
      modes.push(init?.mode);
      if (init?.mode !== 'no-cors') throw new TypeError('CORS');
      return { type: 'opaque', status: 0 } as Response;
    }) as typeof fetch;
    expect(await sendTestLead('https://hook.example', lead, { fetch: noCors })).toEqual({ kind: 'unconfirmed' });
    expect(modes).toEqual([undefined, 'no-cors']);
  });
});
