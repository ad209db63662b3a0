// A quote request as people read it: the short summary (confirmation, mail draft, sheet) and the
// whole request as plain text, which the owner can copy into a mail or save, so that nothing a
// mail client or a URL limit cuts is ever lost.

import { industryByCode, industryName, type QuoteRequest } from '../../core/lib.js';
import { formatAmount, formatRate } from '../../core/format.js';
import { local, type Content, type Lang } from '../../core/types.js';
import type { TFunction } from '../../i18n/index.js';
import { positionOfRequest, starPositionText } from '../star-position.js';

export type Row = [label: string, value: string];

/** Keeps the rows that have a value. */
function present(rows: [string, string | undefined][]): Row[] {
  return rows.filter((row): row is Row => row[1] !== undefined && row[1] !== '');
}

function scenarioTitle(loss: QuoteRequest['loss'][number], content: Content, lang: Lang): string {
  // The request names scenarios in the agent's language; the owner may read them in their own.
  const scenario = content.loss.scenarios.find((s) => s.id === loss.scenario);
  return scenario ? local(scenario.title, lang) : loss.title;
}

/** The lines of a human-readable summary, most important first. */
export function summaryRows(request: QuoteRequest, content: Content, t: TFunction, lang: Lang = request.language): Row[] {
  const industry = content.questions.find((q) => q.id === 'industry');
  const industryOption = industry && 'options' in industry ? industry.options?.find((o) => o.id === request.company.industry)?.label : undefined;
  const largest = [...request.loss].sort((a, b) => b.likely - a.likely)[0];
  const reported = request.loss.flatMap((l) => (l.breachReport ? [scenarioTitle(l, content, lang)] : []));
  return present([
    [t('quote.summaryLabels.company'), request.contact.companyName],
    [
      t('quote.summaryLabels.contact'),
      request.contact.contactKana
        ? t('quote.nameWithKana', { name: request.contact.contactName, kana: request.contact.contactKana })
        : request.contact.contactName,
    ],
    [t('quote.summaryLabels.email'), request.contact.email],
    [t('quote.summaryLabels.phone'), request.contact.phone],
    [t('quote.summaryLabels.prefecture'), t(`prefectures.${request.contact.prefecture}`)],
    [t('quote.summaryLabels.industry'), industryOption ? local(industryOption, lang) : request.company.industry],
    [t('quote.summaryLabels.revenue'), formatAmount(request.company.revenue, lang)],
    [t('quote.summaryLabels.employees'), request.company.employees?.toString()],
    [t('quote.summaryLabels.plan'), t(`quote.plans.${request.coverage.plan}`)],
    [t('quote.summaryLabels.discount'), formatRate(request.security.totalDiscount, lang)],
    [t('quote.summaryLabels.ipa'), `${request.security.ipaScore} / 100`],
    [t('quote.summaryLabels.stars'), request.stars && starPositionText(positionOfRequest(request.stars), t)],
    [t('quote.summaryLabels.loss'), largest ? `${scenarioTitle(largest, content, lang)}: ${formatAmount(largest.likely, lang)}` : undefined],
    [t('quote.breachReportLabel'), reported.length > 0 ? t('quote.breachReportValue', { scenarios: reported.join(lang === 'ja' ? '、' : ', ') }) : undefined],
  ]);
}

/** What the form asked beyond the summary: address, what underwriters ask, limits, options, the plan, how to reach the owner, their message. */
export function detailRows(request: QuoteRequest, content: Content, t: TFunction, lang: Lang = request.language): Row[] {
  const { contact, company, coverage, improvement } = request;
  const jsic = company.jsic && industryByCode(content.industries, company.jsic.code);
  const list = (items: string[]) => items.join(lang === 'ja' ? '、' : '; ');
  const overseas = company.overseas
    ? [
        t(`quote.shares.${company.overseas.share}`),
        ...(company.overseas.regions.length > 0 ? [`(${list(company.overseas.regions.map((r) => t(`quote.regions.${r}`)))})`] : []),
      ].join(' ')
    : undefined;
  const limitSet = coverage.limitSet ? content.loss.coverage.flatMap((p) => p.limitSets).find((l) => l.id === coverage.limitSet) : undefined;
  const options = [
    coverage.options.itServices && t('quote.fields.optionItServices'),
    coverage.options.businessInterruption && t('quote.fields.optionBusinessInterruption'),
  ].filter((o): o is string => typeof o === 'string');
  return present([
    [t('quote.summaryLabels.postcode'), contact.postcode],
    [t('quote.summaryLabels.address'), contact.address],
    [t('quote.summaryLabels.jsic'), jsic ? industryName(jsic, lang) : company.jsic?.name],
    [t('quote.summaryLabels.legalForm'), company.legalForm && t(`quote.legalForms.${company.legalForm}`)],
    [t('quote.summaryLabels.fiscalYearEnd'), company.fiscalYearEndMonth ? t('quote.month', { month: company.fiscalYearEndMonth }) : undefined],
    [t('quote.summaryLabels.overseas'), overseas],
    [t('quote.summaryLabels.itShare'), company.itRevenueShare && t(`quote.shares.${company.itRevenueShare}`)],
    [t('quote.summaryLabels.limitSet'), limitSet ? local(limitSet.label, lang) : coverage.limitSet],
    [t('quote.summaryLabels.options'), options.length > 0 ? list(options) : t('quote.no')],
    [t('quote.summaryLabels.improvement'), improvement && list(improvement.steps.map((s) => s.action))],
    [t('quote.summaryLabels.improvementDiscount'), improvement && formatRate(improvement.totalDiscountIfDone, lang)],
    [t('quote.summaryLabels.method'), t(`quote.methods.${contact.preferredMethod}`)],
    [t('quote.summaryLabels.time'), contact.preferredTime ? t(`quote.times.${contact.preferredTime}`) : undefined],
    [t('quote.summaryLabels.message'), contact.message],
    [t('quote.summaryLabels.source'), sourceText(request.source)],
  ]);
}

/** The page the request was made on, with the campaign parameters it was opened with. */
function sourceText(source: QuoteRequest['source']): string | undefined {
  if (!source) return undefined;
  const params = Object.entries(source.params).map(([name, value]) => `${name}=${value}`);
  return [source.page, params.length > 0 ? `(${params.join(', ')})` : undefined].filter(Boolean).join(' ');
}

/** Each scenario's likely loss and its range. */
export function lossRows(request: QuoteRequest, content: Content, lang: Lang = request.language): Row[] {
  return request.loss.map((l) => [
    scenarioTitle(l, content, lang),
    `${formatAmount(l.likely, lang)} (${formatAmount(l.low, lang)}–${formatAmount(l.high, lang)})`,
  ]);
}

/** When the request was made, as the agent reads it (Japan time for a Japanese agent). */
function createdAtText(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
}

/** The whole request as plain text in its own language: everything the JSON holds, for people. */
export function requestText(request: QuoteRequest, content: Content, t: TFunction): string {
  const lang = request.language;
  const line = (rows: Row[]) => rows.map(([label, value]) => `${label}: ${value}`);
  const heading = (text: string) => ['', `■ ${text}`];
  return [
    t('quote.sheetTitle'),
    `${t('quote.summaryLabels.reference')}: ${request.reference}`,
    `${t('quote.summaryLabels.createdAt')}: ${createdAtText(request.createdAt, lang)}`,
    ...(request.correctionOf ? [t('quote.textCorrection', { reference: request.correctionOf })] : []),
    ...heading(t('quote.textDetails')),
    ...line(summaryRows(request, content, t, lang)),
    ...line(detailRows(request, content, t, lang)),
    ...heading(t('quote.sheetLoss')),
    ...line(lossRows(request, content, lang)),
    ...heading(t('quote.sheetAnswers')),
    ...request.answers.map((a) => `${a.question} → ${a.answer}`),
    '',
    t('quote.textConsent', { recipient: request.consent.recipient, at: createdAtText(request.consent.at, lang) }),
    '',
    t('quote.sheetNote'),
  ].join('\n');
}

/** The mail draft: the reference and who is asking; the whole request is pasted in by the owner. */
export function mailDraftLines(request: QuoteRequest, content: Content, t: TFunction): string[] {
  return [
    `${t('quote.summaryLabels.reference')}: ${request.reference}`,
    ...(request.correctionOf ? [t('quote.textCorrection', { reference: request.correctionOf })] : []),
    ...summaryRows(request, content, t)
      .slice(0, 4)
      .map(([label, value]) => `${label}: ${value}`),
    '',
    t('quote.mailPaste'),
  ];
}
