// The partner model: what a chamber or agency configures (schema: partner-config.schema.json beside
// this file), checked when the widget mounts. A wrong part is dropped and its default used, so the
// widget still works; the console says precisely what was wrong, the widget says in plain words
// that defaults are in use. choices.ts turns the checked configuration into what the widget uses.

import { checkSchema, type JsonSchema } from '../content/json-schema.js';
import { isRecord } from '../record.js';
import { isAllowedWebhookUrl } from '../quote/webhook-url.js';
import type { QuoteChannel } from '../quote/types.js';
import type { ContentIds } from '../types.js';
import type { ShapeOf } from '../schemas/common.js';
import type { partnerConfigSchema } from '../schemas/partner-config.js';
// The widget checks against the published file, whose descriptions its build leaves out.
import schema from './partner-config.schema.json' with { type: 'json' };

/** What a partner configures, derived from its schema (src/core/schemas/partner-config.ts). */
export type PartnerConfig = Omit<ShapeOf<typeof partnerConfigSchema>, '$schema'>;

/** Seminar mode's settings as the partner writes them, when it gives more than `true` or a role. */
type SeminarObject = Extract<NonNullable<PartnerConfig['seminar']>, object>;

/** Who a seminar widget is for: the projector, or attendees' phones. */
export type SeminarRole = NonNullable<SeminarObject['role']>;

/** Seminar mode as the widget uses it: always with its role. */
export type SeminarSettings = Omit<SeminarObject, 'role'> & { role: SeminarRole };

/** The seminar settings of a checked configuration; undefined when it is no seminar. */
export function seminarOf(seminar: PartnerConfig['seminar']): SeminarSettings | undefined {
  if (seminar === undefined || seminar === false) return undefined;
  if (seminar === true) return { role: 'attendee' };
  if (typeof seminar === 'string') return { role: seminar };
  return { ...seminar, role: seminar.role ?? 'attendee' };
}

/** The theme's colours (its other keys are the radius and the font). */
export type ThemeColor = Exclude<keyof NonNullable<PartnerConfig['theme']>, 'radius' | 'fontFamily'>;

// The JSON import is typed by its literal shape; it is a JsonSchema by construction (tested).
const CONFIG_SCHEMA = schema as unknown as JsonSchema;

export interface CheckedConfig {
  config: PartnerConfig;
  /** Precise problems, for the console; empty when the configuration is sound. */
  problems: string[];
}

/** `base`: the page a relative webhook URL is read against (the host page's own address by default). */
export function checkConfig(raw: unknown, ids: ContentIds, base?: string): CheckedConfig {
  if (raw === undefined) return { config: {}, problems: [] };
  if (!isRecord(raw)) return { config: {}, problems: ['the configuration must be a JSON object'] };
  const problems: string[] = [];
  const config: Record<string, unknown> = { ...raw };
  const badChannels = new Set<number>();
  const badKeys = new Set<string>();

  for (const issue of checkSchema(raw, CONFIG_SCHEMA)) {
    problems.push(`${issue.path}: ${issue.message}`);
    const channel = /^\$\.quote\.channels\[(\d+)\]/.exec(issue.path);
    if (channel) badChannels.add(Number(channel[1]));
    else badKeys.add(/^\$\.([^.[]+)/.exec(issue.path)?.[1] ?? '');
  }
  // The copy is ours: a part that failed its check is taken out, and its default used.
  for (const key of [...badKeys, '$schema']) Reflect.deleteProperty(config, key);

  const dropUnknown = (what: string, id: unknown, knownIds: string[], key: string) => {
    if (typeof id === 'string' && !knownIds.includes(id)) {
      problems.push(`$.${key}: unknown ${what} ${JSON.stringify(id)}; known: ${knownIds.join(', ')}`);
      Reflect.deleteProperty(config, key);
    }
  };
  dropUnknown('discount scheme', config.discountScheme, ids.discountSchemes, 'discountScheme');
  dropUnknown('rate table', config.rateTable, ids.rateTables, 'rateTable');
  dropUnknown('coverage program', config.coverage, ids.coverage, 'coverage');
  if (Array.isArray(config.scenarios)) {
    const unknown = (config.scenarios as string[]).filter((id) => !ids.scenarios.includes(id));
    if (unknown.length) problems.push(`$.scenarios: unknown scenario(s) ${unknown.join(', ')}; known: ${ids.scenarios.join(', ')}`);
    config.scenarios = (config.scenarios as string[]).filter((id) => ids.scenarios.includes(id));
  }
  if (isRecord(config.quote) && Array.isArray(config.quote.channels)) {
    const channels = (config.quote.channels as QuoteChannel[]).filter((channel, i) => {
      if (badChannels.has(i)) return false;
      if (channel.type === 'webhook' && !isAllowedWebhookUrl(channel.url, base)) {
        problems.push(`$.quote.channels[${i}].url: a webhook must use https (http only to localhost), so ${JSON.stringify(channel.url)} is not used`);
        return false;
      }
      return true;
    });
    config.quote = { ...config.quote, channels };
  }
  // Every part that failed the schema (PartnerConfig's source) or named an unknown id is gone, so
  // what is left is a PartnerConfig: the check, not the compiler, knows this.
  return { config, problems };
}
