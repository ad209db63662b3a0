// From the form, the answers and the results to a quote request an agent can act on: validation
// of what the owner typed, then the versioned payload (question texts in the agent's language).

import { improvementPlans } from '../discount/plan.js';
import { discountFor } from '../discount/tier.js';
import { visibleAnswers, visibleQuestionIds } from '../flow/conditions.js';
import { answerText } from '../flow/labels.js';
import { breachDuty } from '../loss/appi.js';
import { estimateScenario, scenariosFor } from '../loss/estimate.js';
import { parseEmail, parseKana, parsePhone, parsePostcode } from '../parse/contact.js';
import { ipaScore } from '../scoring/ipa.js';
import { starLadder } from '../stars/ladder.js';
import { local, type Answers, type Content, type DiscountScheme, type Lang } from '../types.js';
import { industryByCode, industryName } from './industry-search.js';
import { restoreAttribution, type Attribution } from './attribution.js';
import { referenceOf } from './reference.js';
import { QUOTE_REQUEST_VERSION, type PartnerQuoteSettings, type QuoteAnswer, type QuoteFields, type QuoteRequest } from './types.js';

export type QuoteFieldKey = keyof QuoteFields | 'industry' | 'revenue';
export type QuoteFieldError = 'required' | 'invalid';

/** Problems by field, in the order the form shows them; empty when the request can go. */
export function validateQuote(fields: QuoteFields, answers: Answers): Partial<Record<QuoteFieldKey, QuoteFieldError>> {
  const errors: Partial<Record<QuoteFieldKey, QuoteFieldError>> = {};
  const required = (key: QuoteFieldKey, present: boolean) => {
    if (!present) errors[key] = 'required';
  };
  required('companyName', fields.companyName.trim() !== '');
  required('contactName', fields.contactName.trim() !== '');
  if (!parseKana(fields.contactKana).ok && fields.contactKana.trim() !== '') errors.contactKana = 'invalid';
  const email = parseEmail(fields.email);
  if (!email.ok) errors.email = email.error === 'empty' ? 'required' : 'invalid';
  const phone = parsePhone(fields.phone);
  if (!phone.ok && (phone.error === 'invalid' || fields.contactMethod === 'phone')) errors.phone = phone.error === 'empty' ? 'required' : 'invalid';
  const postcode = parsePostcode(fields.postcode);
  if (!postcode.ok && postcode.error === 'invalid') errors.postcode = 'invalid';
  required('prefecture', fields.prefecture !== '');
  required('industry', typeof answers.industry === 'string');
  required('revenue', typeof answers.revenue === 'number' && answers.revenue > 0);
  required('plan', fields.plan !== '');
  required('contactMethod', fields.contactMethod !== '');
  required('consent', fields.consent);
  return errors;
}

export interface QuoteRequestInput {
  content: Content;
  answers: Answers;
  fields: QuoteFields;
  partner: PartnerQuoteSettings;
  scheme: DiscountScheme;
  widgetVersion: string;
  idempotencyKey: string;
  now: Date;
  /** The reference of a request already sent that this one corrects. */
  correctionOf?: string;
  /** Signs of a bot, for the receiver (see the schema's `screening`). */
  screening?: QuoteRequest['screening'];
  /** The improvement steps the owner ticked in the results (control question ids). */
  planned?: readonly string[];
  /** The page and campaign that brought the owner. */
  attribution?: Attribution;
}

/** The payload; call only once `validateQuote` found nothing. */
export function buildQuoteRequest({
  content,
  answers: allAnswers,
  fields,
  partner,
  scheme,
  widgetVersion,
  idempotencyKey,
  now,
  correctionOf,
  screening,
  planned = [],
  attribution,
}: QuoteRequestInput): QuoteRequest {
  const lang = partner.agentLanguage ?? 'ja';
  const answers = visibleAnswers(content, allAnswers);
  return {
    schemaVersion: QUOTE_REQUEST_VERSION,
    idempotencyKey,
    reference: referenceOf(idempotencyKey),
    ...optional(correctionOf, 'correctionOf'),
    createdAt: now.toISOString(),
    widgetVersion,
    partnerId: partner.id,
    language: lang,
    contact: contactOf(fields),
    company: companyOf(content, fields, answers, lang),
    coverage: coverageOf(fields),
    security: securityOf(content, scheme, answers),
    loss: lossOf(content, answers, lang),
    answers: answerList(content, allAnswers, answers, lang),
    ...optional(improvementOf(content, scheme, allAnswers, planned, lang), 'improvement'),
    ...optional(partner.starLadder === false ? undefined : starsOf(content, allAnswers, lang), 'stars'),
    ...(partner.test && { test: true as const }),
    ...(screening && { screening }),
    ...sourceOf(attribution),
    consent: { given: true, recipient: partner.name, at: now.toISOString() },
  };
}

/** Where the lead came from, when anything is known of it. */
function sourceOf(given: Attribution | undefined): Pick<QuoteRequest, 'source'> {
  // Checked again here: it may come from storage, changed by hand.
  const { page, params } = restoreAttribution(given);
  if (!page && Object.keys(params).length === 0) return {};
  return { source: { ...(page && { page }), params } };
}

/** `{ [key]: value }`, or nothing when the value is missing or empty, to spread into the payload. */
function optional<T>(value: T | undefined | '', key: string) {
  return value === undefined || value === '' ? {} : { [key]: value };
}

function contactOf(fields: QuoteFields): QuoteRequest['contact'] {
  const email = parseEmail(fields.email);
  const phone = parsePhone(fields.phone);
  const postcode = parsePostcode(fields.postcode);
  const kana = parseKana(fields.contactKana);
  return {
    companyName: fields.companyName.trim(),
    contactName: fields.contactName.trim(),
    ...optional(kana.ok ? kana.value : undefined, 'contactKana'),
    email: email.ok ? email.value : fields.email.trim(),
    ...(phone.ok ? { phone: phone.value } : {}),
    ...(postcode.ok ? { postcode: postcode.value } : {}),
    prefecture: fields.prefecture,
    ...optional(fields.address.trim(), 'address'),
    preferredMethod: fields.contactMethod === '' ? 'either' : fields.contactMethod,
    ...optional(fields.contactTime, 'preferredTime'),
    ...optional(fields.message.trim(), 'message'),
  };
}

/** Company facts from the profile answers (visible ones only), and what an underwriter asks from the form. */
function companyOf(content: Content, fields: QuoteFields, answers: Answers, lang: Lang): QuoteRequest['company'] {
  const pastIncidents = answers.pastIncidents;
  const classified = industryByCode(content.industries, fields.industryCode);
  const overseasShare = fields.overseasShare === '' && answers.overseas === 'no' ? 'none' : fields.overseasShare;
  return {
    industry: String(answers.industry),
    ...(classified && { jsic: { code: classified.code, name: industryName(classified, lang), division: classified.division.code } }),
    revenue: Number(answers.revenue),
    ...optional(fields.fiscalYearEnd === '' ? undefined : Number(fields.fiscalYearEnd), 'fiscalYearEndMonth'),
    ...optional(typeof answers.employees === 'number' ? answers.employees : undefined, 'employees'),
    ...optional(answers.chamberMember === undefined ? undefined : answers.chamberMember === 'yes', 'chamberMember'),
    ...optional(pastIncidents === 'none' || pastIncidents === 'yes' || pastIncidents === 'unknown' ? pastIncidents : undefined, 'pastIncidents'),
    ...optional(fields.legalForm, 'legalForm'),
    ...(overseasShare !== '' && { overseas: { share: overseasShare, regions: overseasShare === 'none' ? [] : [...fields.overseasRegions] } }),
    // Asked only of companies doing IT work for others; anyone else has none.
    ...optional(answers.itServices === 'yes' ? fields.itShare : answers.itServices === 'no' ? 'none' : '', 'itRevenueShare'),
  };
}

/** The steps the owner ticked (those still in the plans for these answers), with the discount once done. */
function improvementOf(content: Content, scheme: DiscountScheme, answers: Answers, planned: readonly string[], lang: Lang): QuoteRequest['improvement'] {
  const plans = improvementPlans(content, scheme, answers);
  const steps = new Map(
    [...(plans.next?.steps ?? []), ...(plans.top?.steps ?? [])].filter((s) => planned.includes(s.questionId)).map((s) => [s.questionId, s]),
  );
  if (steps.size === 0) return undefined;
  const done: Answers = { ...answers };
  for (const step of steps.values()) done[step.questionId] = step.to;
  return {
    steps: [...steps.values()].map((step) => {
      const question = content.questions.find((q) => q.id === step.questionId);
      const action = question && 'action' in question && question.action ? question.action : question?.text;
      return { id: step.questionId, action: action ? local(action, lang) : step.questionId, to: step.to };
    }),
    totalDiscountIfDone: discountFor(content, scheme, done).totalRate,
  };
}

/** Where the company stands on the star ladder; nothing when the content has no star scheme. */
function starsOf(content: Content, answers: Answers, lang: Lang): QuoteRequest['stars'] {
  const ladder = starLadder(content, answers);
  if (ladder.levels.length === 0) return undefined;
  return {
    highest: ladder.highest?.level.stars ?? 0,
    levels: ladder.levels.map(({ scheme, level, status, provisional, requirements }) => ({
      scheme: scheme.id,
      level: level.id,
      stars: level.stars,
      title: local(level.title, lang),
      status,
      provisional,
      missing: requirements.filter((r) => r.status === 'missing').map((r) => ({ id: r.requirement.id, title: local(r.requirement.title, lang) })),
    })),
  };
}

function coverageOf(fields: QuoteFields): QuoteRequest['coverage'] {
  return {
    plan: fields.plan === '' ? 'unsure' : fields.plan,
    ...optional(fields.limitSet === 'unsure' ? '' : fields.limitSet, 'limitSet'),
    options: { itServices: fields.optionItServices, businessInterruption: fields.optionBusinessInterruption },
  };
}

/** The scores and the discount under the partner's scheme. */
function securityOf(content: Content, scheme: DiscountScheme, answers: Answers): QuoteRequest['security'] {
  const discount = discountFor(content, scheme, answers);
  return {
    ipaScore: ipaScore(content, answers).score,
    weightedScore: discount.score.score,
    discountScheme: scheme.id,
    tier: discount.tier.id,
    securityDiscount: discount.securityRate,
    groupDiscount: discount.groupRate,
    totalDiscount: discount.totalRate,
  };
}

/** The likely loss and its range for each scenario that applies to the company. */
function lossOf(content: Content, answers: Answers, lang: Lang): QuoteRequest['loss'] {
  return scenariosFor(content, answers).map((scenario) => {
    const estimate = estimateScenario(content, scenario, { answers });
    const duty = breachDuty(content.loss.model, answers, scenario, estimate);
    return {
      scenario: scenario.id,
      title: local(scenario.title, lang),
      likely: estimate.total,
      low: estimate.range.low,
      high: estimate.range.high,
      ...(duty.triggers.length > 0 && { breachReport: { triggers: duty.triggers, finalDays: duty.finalDays } }),
    };
  });
}

/** Every answered question shown to the owner, in flow order, with its text in the agent's language. */
function answerList(content: Content, allAnswers: Answers, answers: Answers, lang: Lang): QuoteAnswer[] {
  const visible = visibleQuestionIds(content, allAnswers);
  return content.questions.flatMap((q): QuoteAnswer[] => {
    const value = answers[q.id];
    if (!visible.has(q.id) || value === undefined) return [];
    return [{ id: q.id, category: q.category, question: local(q.text, lang), answer: answerText(content, q.id, value, lang), value }];
  });
}

/** A random key that stays with a request across retries and reloads. */
export function newIdempotencyKey(random: () => number = Math.random): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID();
  return Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
}
