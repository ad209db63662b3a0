// The quote request: the form the owner fills in, the partner's hand-off settings, and the
// versioned JSON document an agent receives (its schema: src/core/schemas/quote-request.ts).

import type { ShapeOf } from '../schemas/common.js';
import type { partnerConfigSchema } from '../schemas/partner-config.js';
import type { quoteRequestSchema } from '../schemas/quote-request.js';
import type { Lang } from '../types.js';

/** How a request reaches the agent, derived from the partner configuration's schema. */
export type QuoteChannel = ShapeOf<typeof partnerConfigSchema.$defs.channel>;

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
  /** Test mode: requests are marked as tests. */
  test?: boolean;
  /** false: the partner hides the star ladder, in the request too. */
  starLadder?: false;
}

/** Legal forms an underwriter distinguishes (個人事業主 may apply too). */
export const LEGAL_FORMS = ['kabushiki', 'godo', 'yugen', 'otherCorp', 'sole'] as const;
/** Shares of revenue, as underwriters ask for overseas and IT work. */
export const REVENUE_SHARES = ['none', 'under10', '10to50', 'over50'] as const;
/** Where overseas revenue comes from: North America is priced apart by most insurers. */
export const OVERSEAS_REGIONS = ['northAmerica', 'europe', 'asia', 'other'] as const;

export type RevenueShare = (typeof REVENUE_SHARES)[number];
export type OverseasRegion = (typeof OVERSEAS_REGIONS)[number];

/** What only the quote form asks; company facts come from the profile answers. */
export interface QuoteFields {
  companyName: string;
  contactName: string;
  /** The contact name's reading (フリガナ), in katakana once tidied. */
  contactKana: string;
  email: string;
  phone: string;
  postcode: string;
  prefecture: string;
  /** City, street and building, after the prefecture. */
  address: string;
  legalForm: (typeof LEGAL_FORMS)[number] | '';
  /** Group code of the official industry classification (JSIC 中分類), e.g. "76". */
  industryCode: string;
  overseasShare: RevenueShare | '';
  overseasRegions: OverseasRegion[];
  /** Share of revenue from IT work for others (asked when the company does such work). */
  itShare: RevenueShare | '';
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
  contactKana: '',
  email: '',
  phone: '',
  postcode: '',
  prefecture: '',
  address: '',
  legalForm: '',
  industryCode: '',
  overseasShare: '',
  overseasRegions: [],
  itShare: '',
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

/** The document an agent receives, derived from its schema (src/core/schemas/quote-request.ts). */
export type QuoteRequest = ShapeOf<typeof quoteRequestSchema>;

/** One answer in the request, with its question and answer as text in the agent's language. */
export type QuoteAnswer = QuoteRequest['answers'][number];

/** Why a quote request could not be sent: refused by the receiver, not reachable, or not https. */
export interface QuoteFailure {
  kind: 'rejected' | 'unavailable' | 'insecure';
  status?: number;
  reason?: string;
  /** The receiver did not answer before the deadline. */
  timedOut?: boolean;
}
