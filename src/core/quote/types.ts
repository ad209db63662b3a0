// The quote request: the form the owner fills in, the partner's hand-off settings, and the
// versioned JSON document an agent receives (schema: quote-request.schema.json beside this file).

import type { Lang } from '../types.js';

export type QuoteChannel =
  | { type: 'webhook'; url: string; timeoutMs?: number; retryDelaysMs?: number[] }
  | { type: 'mailto'; to: string; subject?: string }
  | { type: 'event' }
  | { type: 'redirect'; url: string; params: Record<string, string> };

export interface PartnerQuoteSettings {
  id: string;
  /** Shown in the consent text and the confirmation: who receives the data. */
  name: string;
  privacyPolicyUrl?: string;
  /** Language of question texts in the payload, for the agent. */
  agentLanguage?: Lang;
  channels: QuoteChannel[];
  /** Limit sets offered in the form: a coverage program id of questions/loss. */
  coverage?: string;
}

/** What only the quote form asks; company facts come from the profile answers. */
export interface QuoteFields {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  postcode: string;
  prefecture: string;
  fiscalYearEnd: string;
  plan: 'basic' | 'wide' | 'unsure' | '';
  limitSet: string;
  optionItServices: boolean;
  optionBusinessInterruption: boolean;
  contactMethod: 'email' | 'phone' | 'either' | '';
  contactTime: 'morning' | 'afternoon' | 'evening' | 'any' | '';
  message: string;
  consent: boolean;
}

export const EMPTY_QUOTE_FIELDS: QuoteFields = {
  companyName: '',
  contactName: '',
  email: '',
  phone: '',
  postcode: '',
  prefecture: '',
  fiscalYearEnd: '',
  plan: '',
  limitSet: '',
  optionItServices: false,
  optionBusinessInterruption: false,
  contactMethod: '',
  contactTime: '',
  message: '',
  consent: false,
};

export const QUOTE_REQUEST_VERSION = 1;

export interface QuoteAnswer {
  id: string;
  category: string;
  question: string;
  answer: string;
  value: string | number | string[];
}

export interface QuoteRequest {
  schemaVersion: typeof QUOTE_REQUEST_VERSION;
  idempotencyKey: string;
  createdAt: string;
  widgetVersion: string;
  partnerId: string;
  language: Lang;
  contact: {
    companyName: string;
    contactName: string;
    email: string;
    phone?: string;
    postcode?: string;
    prefecture: string;
    preferredMethod: 'email' | 'phone' | 'either';
    preferredTime?: 'morning' | 'afternoon' | 'evening' | 'any';
    message?: string;
  };
  company: {
    industry: string;
    revenue: number;
    fiscalYearEndMonth?: number;
    employees?: number;
    chamberMember?: boolean;
    pastIncidents?: 'none' | 'yes' | 'unknown';
  };
  coverage: {
    plan: 'basic' | 'wide' | 'unsure';
    limitSet?: string;
    options: { itServices: boolean; businessInterruption: boolean };
  };
  security: {
    ipaScore: number;
    weightedScore: number;
    discountScheme: string;
    tier: string;
    securityDiscount: number;
    groupDiscount: number;
    totalDiscount: number;
  };
  loss: { scenario: string; title: string; likely: number; low: number; high: number }[];
  answers: QuoteAnswer[];
  consent: { given: true; recipient: string; at: string };
}

/** Why a quote request could not be sent: refused by the receiver, not reachable, or not https. */
export interface QuoteFailure {
  kind: 'rejected' | 'unavailable' | 'insecure';
  status?: number;
  reason?: string;
}
