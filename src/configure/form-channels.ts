// Where quote requests go, as the form shows it: one webhook (a Sheet, a form service) and one
// mail address. Any other channel a loaded configuration has (an event for the page's own script,
// a redirect, a second webhook) and the webhook's retry timings are kept as they were.

import { isRecord } from '../core/record.js';
import type { FormValues } from './fields.js';

export interface KeptChannels {
  /** Channels the form does not show, in their order. */
  channels: unknown[];
  /** The webhook's settings the form does not show (timeoutMs, retryDelaysMs). */
  webhook?: Record<string, unknown>;
}

/**
 * Fills the webhook and mail fields from the first of each; returns what the form keeps aside.
 * `wrong` hears of a value of the wrong type, by the field it belongs to.
 */
export function readChannels(channels: unknown, values: FormValues, wrong: (field: string, value: unknown) => void): KeptChannels {
  const kept: KeptChannels = { channels: [] };
  if (channels !== undefined && !Array.isArray(channels)) wrong('webhookUrl', channels);
  if (!Array.isArray(channels)) return kept;
  let webhookSeen = false;
  let mailSeen = false;
  for (const channel of channels) {
    if (isRecord(channel) && channel.type === 'webhook' && !webhookSeen && typeof channel.url === 'string') {
      webhookSeen = true;
      const { type: _type, url, format, ...rest } = channel;
      values.webhookUrl = url;
      if (typeof format === 'string') values.webhookFormat = format;
      else if (format !== undefined) wrong('webhookFormat', format);
      if (Object.keys(rest).length > 0) kept.webhook = rest;
    } else if (isRecord(channel) && channel.type === 'mailto' && !mailSeen && typeof channel.to === 'string') {
      mailSeen = true;
      values.mailTo = channel.to;
      if (typeof channel.subject === 'string') values.mailSubject = channel.subject;
      else if (channel.subject !== undefined) wrong('mailSubject', channel.subject);
    } else kept.channels.push(channel);
  }
  return kept;
}

/** The channels from the form's fields (only values that pass), then the kept ones. */
export function writeChannels(kept: KeptChannels, good: (id: string) => string | undefined): unknown[] {
  const channels: unknown[] = [];
  const url = good('webhookUrl');
  const format = good('webhookFormat');
  if (url) channels.push({ ...kept.webhook, type: 'webhook', url, ...(format && { format }) });
  const to = good('mailTo');
  const subject = good('mailSubject');
  if (to) channels.push({ type: 'mailto', to, ...(subject && { subject }) });
  return [...channels, ...kept.channels];
}
