// Hands a prepared quote request over through the partner's channels, and the fallbacks that
// always work: a printable sheet, a JSON file, the clipboard. Channels that open something (mail,
// the agency's form) run first, while the click still counts as the user's gesture.

import type { EmitWidgetEvent } from '../../core/events.js';
import { mailtoUrl, redirectUrl, sendWebhook, type QuoteRequest } from '../../core/lib.js';
import { local, type Content, type Lang } from '../../core/types.js';
import type { PartnerQuoteSettings } from '../../core/quote/types.js';
import { formatAmount, formatRate } from '../../core/format.js';
import { openSheet } from '../print-sheet.js';
import type { TFunction } from '../../i18n/index.js';
import type { Submission } from '../../state/store.js';

/** The lines of a human-readable summary, most important first. */
export function summaryRows(request: QuoteRequest, content: Content, t: TFunction, lang: Lang = request.language): [string, string][] {
  const industry = content.questions.find((q) => q.id === 'industry');
  const industryOption = industry && 'options' in industry ? industry.options?.find((o) => o.id === request.company.industry)?.label : undefined;
  // The request names scenarios in the agent's language; the owner reads them in their own.
  const titleOf = (loss: QuoteRequest['loss'][number]) => {
    const scenario = content.loss.scenarios.find((s) => s.id === loss.scenario);
    return scenario ? local(scenario.title, lang) : loss.title;
  };
  const largest = [...request.loss].sort((a, b) => b.likely - a.likely)[0];
  const reported = request.loss.flatMap((l) => (l.breachReport ? [titleOf(l)] : []));
  const rows: [string, string | undefined][] = [
    [t('quote.summaryLabels.company'), request.contact.companyName],
    [t('quote.summaryLabels.contact'), request.contact.contactName],
    [t('quote.summaryLabels.email'), request.contact.email],
    [t('quote.summaryLabels.phone'), request.contact.phone],
    [t('quote.summaryLabels.prefecture'), t(`prefectures.${request.contact.prefecture}`)],
    [t('quote.summaryLabels.industry'), industryOption ? local(industryOption, lang) : request.company.industry],
    [t('quote.summaryLabels.revenue'), formatAmount(request.company.revenue, lang)],
    [t('quote.summaryLabels.employees'), request.company.employees?.toString()],
    [t('quote.summaryLabels.plan'), t(`quote.plans.${request.coverage.plan}`)],
    [t('quote.summaryLabels.discount'), formatRate(request.security.totalDiscount, lang)],
    [t('quote.summaryLabels.ipa'), `${request.security.ipaScore} / 100`],
    [t('quote.summaryLabels.loss'), largest ? `${titleOf(largest)}: ${formatAmount(largest.likely, lang)}` : undefined],
    [t('quote.breachReportLabel'), reported.length > 0 ? t('quote.breachReportValue', { scenarios: reported.join(lang === 'ja' ? '、' : ', ') }) : undefined],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
}

export interface DeliveryContext {
  partner: PartnerQuoteSettings;
  content: Content;
  /** Translations in the agent's language, for the mail and the sheet. */
  t: TFunction;
  emit: EmitWidgetEvent;
  open: (url: string) => void;
}

export async function deliver(request: QuoteRequest, ctx: DeliveryContext): Promise<Submission> {
  const delivered: string[] = [];
  let unconfirmed = false;
  for (const channel of ctx.partner.channels) {
    if (channel.type === 'event') {
      ctx.emit('quote-request', { request });
      delivered.push('event');
    } else if (channel.type === 'mailto') {
      const lines = [
        ...summaryRows(request, ctx.content, ctx.t).map(([label, value]) => `${label}: ${value}`),
        '',
        ...request.answers.map((a) => `${a.question} → ${a.answer}`),
      ];
      ctx.open(
        mailtoUrl(channel.to, {
          subject: channel.subject ?? ctx.t('quote.mailSubject', { company: request.contact.companyName }),
          lines,
          truncatedNote: ctx.t('quote.mailTruncated'),
        }),
      );
      delivered.push('mailto');
    } else if (channel.type === 'redirect') {
      ctx.open(redirectUrl(channel.url, channel.params, request));
      delivered.push('redirect');
    }
  }
  const webhook = ctx.partner.channels.find((c) => c.type === 'webhook');
  if (webhook) {
    const result = await sendWebhook(webhook.url, request, {
      ...(webhook.timeoutMs !== undefined && { timeoutMs: webhook.timeoutMs }),
      ...(webhook.retryDelaysMs !== undefined && { retryDelaysMs: webhook.retryDelaysMs }),
      ...(webhook.format !== undefined && { format: webhook.format }),
    });
    if (!result.ok) {
      const failure: Submission['failure'] =
        result.kind === 'insecure'
          ? { kind: 'insecure' }
          : result.kind === 'rejected'
            ? { kind: 'rejected', status: result.status, ...(result.reason ? { reason: result.reason } : {}) }
            : { kind: 'unavailable', ...(result.status ? { status: result.status } : {}) };
      ctx.emit('error', { kind: 'quote-not-sent', failure });
      return { status: 'failed', request, failure, delivered };
    }
    delivered.push('webhook');
    if (!result.confirmed) unconfirmed = true;
  }
  if (delivered.length > 0) ctx.emit('quote-sent', { idempotencyKey: request.idempotencyKey, channels: delivered });
  return { status: 'sent', request, delivered, ...(unconfirmed && { unconfirmed }) };
}

/** Saves the request as a JSON file through a temporary link. */
export function downloadJson(request: QuoteRequest, where: Element): void {
  const blob = new Blob([JSON.stringify(request, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `quote-request-${request.createdAt.slice(0, 10)}.json`;
  where.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The printable request: the summary, the likely losses and every answer. */
export function openPrintSheet(request: QuoteRequest, ctx: Pick<DeliveryContext, 'content' | 't'>): Window | null {
  const lang = request.language;
  return openSheet({
    lang,
    title: ctx.t('quote.sheetTitle'),
    sections: [
      { rows: summaryRows(request, ctx.content, ctx.t) },
      {
        heading: ctx.t('quote.sheetLoss'),
        layout: 'amounts',
        rows: request.loss.map((l) => [l.title, `${formatAmount(l.likely, lang)} (${formatAmount(l.low, lang)}–${formatAmount(l.high, lang)})`]),
      },
      { heading: ctx.t('quote.sheetAnswers'), rows: request.answers.map((a) => [a.question, a.answer]) },
    ],
    note: ctx.t('quote.sheetNote'),
    printLabel: ctx.t('sheet.print'),
  });
}
