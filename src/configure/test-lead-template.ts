// The lead the configurator's test send delivers, built once at build time from the content (so
// the configurator carries a real request, not the content): a made-up shop, marked as a test.
// test-lead.ts stamps it with the partner, a fresh key and the time when it is sent.

import { buildQuoteRequest } from '../core/quote/request.js';
import { EMPTY_QUOTE_FIELDS, type QuoteRequest } from '../core/quote/types.js';
import { partnerScheme } from '../core/discount/tier.js';
import type { Content } from '../core/types.js';

const TEST_ANSWERS = { industry: 'retail', revenue: 300_000_000, employees: 12, pcs: 10, website: 'yes', webShop: 'yes', chamberMember: 'yes' };

export function testLeadTemplate(content: Content): QuoteRequest {
  const fields = {
    ...EMPTY_QUOTE_FIELDS,
    companyName: 'テスト送信（設定の確認）',
    contactName: '設定 確認',
    email: 'test@example.invalid',
    prefecture: '13', // 東京都
    plan: 'unsure',
    contactMethod: 'email',
    message: 'これは設定画面からのテスト送信です。お客様からの依頼ではありません。',
    consent: true,
  } as const;
  return buildQuoteRequest({
    content,
    answers: TEST_ANSWERS,
    fields,
    partner: { id: 'partner', name: 'partner', channels: [], test: true },
    scheme: partnerScheme(content, {}).scheme,
    widgetVersion: 'configurator',
    idempotencyKey: '00000000-0000-4000-8000-000000000000',
    now: new Date(0),
  });
}
