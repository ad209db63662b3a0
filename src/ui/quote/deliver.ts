// Hands a prepared quote request over through the partner's channels, and the fallbacks that
// always work: a printable sheet, a text or JSON file, the clipboard. Channels that open something
// (mail, the agency's form) run first, while the click still counts as the user's gesture. Each
// channel is recorded as it delivers, and one already recorded is skipped: a retry or a send
// resumed after a reload reaches the webhook again (with the same key) but opens no second mail
// and fires no second event.

import type { EmitWidgetEvent } from '../../core/events.js';
import { DEFAULT_DEADLINE_MS, mailtoUrl, redirectUrl, sendWebhook, type QuoteRequest } from '../../core/lib.js';
import type { Content } from '../../core/types.js';
import type { PartnerQuoteSettings } from '../../core/quote/types.js';
import { downloadFile, downloadPlainText } from '../download.js';
import { openSheet } from '../print-sheet.js';
import type { TFunction } from '../../i18n/index.js';
import type { Submission } from '../../state/store.js';
import { detailRows, lossRows, mailDraftLines, requestText, summaryRows } from './request-text.js';

export interface DeliveryContext {
  partner: PartnerQuoteSettings;
  content: Content;
  /** Translations in the agent's language, for the mail and the sheet. */
  t: TFunction;
  emit: EmitWidgetEvent;
  open: (url: string) => void;
  /** Told each time a channel has delivered, with all that have so far. */
  record: (delivered: string[]) => void;
}

export async function deliver(request: QuoteRequest, ctx: DeliveryContext, already: readonly string[] = []): Promise<Submission> {
  const delivered = [...already];
  const once = (type: string, handOver: () => void) => {
    if (delivered.includes(type)) return;
    handOver();
    delivered.push(type);
    ctx.record([...delivered]);
  };
  let unconfirmed = false;
  for (const channel of ctx.partner.channels) {
    if (channel.type === 'event') once('event', () => ctx.emit('quote-request', { request }));
    else if (channel.type === 'mailto')
      once('mailto', () =>
        ctx.open(
          mailtoUrl(channel.to, {
            subject: channel.subject ?? ctx.t('quote.mailSubject', { company: request.contact.companyName, reference: request.reference }),
            lines: mailDraftLines(request, ctx.content, ctx.t),
            truncatedNote: ctx.t('quote.mailPaste'),
          }),
        ),
      );
    else if (channel.type === 'redirect') once('redirect', () => ctx.open(redirectUrl(channel.url, channel.params, request)));
  }
  const webhook = ctx.partner.channels.find((c) => c.type === 'webhook');
  if (webhook && !delivered.includes('webhook')) {
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
            : { kind: 'unavailable', ...(result.status ? { status: result.status } : {}), ...(result.timedOut && { timedOut: true }) };
      ctx.emit('error', { kind: 'quote-not-sent', failure });
      return { status: 'failed', request, failure, delivered };
    }
    delivered.push('webhook');
    if (!result.confirmed) unconfirmed = true;
  }
  if (delivered.length > 0) ctx.emit('quote-sent', { idempotencyKey: request.idempotencyKey, channels: delivered });
  return { status: 'sent', request, delivered, ...(unconfirmed && { unconfirmed }) };
}

/** The seconds within which a webhook is given up on, for the owner's message. */
export const DEADLINE_SECONDS = DEFAULT_DEADLINE_MS / 1000;

const fileName = (request: QuoteRequest, extension: string) => `quote-request-${request.reference}.${extension}`;

/** Saves the request as a JSON file, for systems. */
export function downloadJson(request: QuoteRequest, where: Element): void {
  downloadFile(JSON.stringify(request, null, 2), 'application/json', fileName(request, 'json'), where);
}

/** Saves the whole request as text, for people: to attach to a mail or keep. */
export function downloadText(request: QuoteRequest, ctx: Pick<DeliveryContext, 'content' | 't'>, where: Element): void {
  downloadPlainText(requestText(request, ctx.content, ctx.t), fileName(request, 'txt'), where);
}

/** The printable request: the summary, the likely losses and every answer. */
export function openPrintSheet(request: QuoteRequest, ctx: Pick<DeliveryContext, 'content' | 't'>): Window | null {
  const lang = request.language;
  return openSheet({
    lang,
    title: ctx.t('quote.sheetTitle'),
    sections: [
      {
        rows: [
          [ctx.t('quote.summaryLabels.reference'), request.reference],
          ...summaryRows(request, ctx.content, ctx.t),
          ...detailRows(request, ctx.content, ctx.t),
        ],
      },
      { heading: ctx.t('quote.sheetLoss'), layout: 'amounts', rows: lossRows(request, ctx.content) },
      { heading: ctx.t('quote.sheetAnswers'), rows: request.answers.map((a) => [a.question, a.answer]) },
    ],
    note: ctx.t('quote.sheetNote'),
    printLabel: ctx.t('sheet.print'),
  });
}
