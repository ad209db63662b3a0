// The partner configuration (schema: partner-config.schema.json beside this file): checked when
// the widget mounts. A wrong part is dropped and its default used, so the widget still works; the
// console says precisely what was wrong, the widget says in plain words that defaults are in use.

import { checkSchema, type JsonSchema } from '../core/content/json-schema.js';
import { isAllowedWebhookUrl } from '../core/quote/webhook-url.js';
import type { QuoteChannel } from '../core/quote/types.js';
import type { ContentIds, Lang } from '../core/types.js';
import schema from './partner-config.schema.json' with { type: 'json' };

export interface PartnerConfig {
  partner?: {
    id: string;
    name: string;
    contact?: { phone?: string; email?: string; url?: string; hours?: string };
    logoUrl?: string;
    privacyPolicyUrl?: string;
  };
  lang?: Lang;
  theme?: Partial<Record<ThemeColor, string>> & { radius?: number; fontFamily?: string };
  discountScheme?: string;
  rateTable?: string | null;
  coverage?: string;
  scenarios?: string[];
  quote?: { agentLanguage?: Lang; channels?: QuoteChannel[] };
  seminar?: boolean | SeminarSettings;
  persist?: 'local' | 'session' | 'none';
}

export interface SeminarSettings {
  idleResetSeconds?: number;
  countdownSeconds?: number;
  fullVersionUrl?: string;
}

export type ThemeColor = 'primary' | 'primaryContrast' | 'text' | 'muted' | 'surface' | 'subtle' | 'border' | 'focus' | 'error';

// The JSON import is typed by its literal shape; it is a JsonSchema by construction (tested).
const CONFIG_SCHEMA = schema as unknown as JsonSchema;

export interface CheckedConfig {
  config: PartnerConfig;
  /** Precise problems, for the console; empty when the configuration is sound. */
  problems: string[];
}

// Older versions took a `content` key; the questions are data in questions/, built into the widget.
const CONTENT_REFUSED = '$.content: the questions cannot be replaced by a configuration (they are built from questions/); the built-in questions are used';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkConfig(raw: unknown, ids: ContentIds): CheckedConfig {
  if (raw === undefined) return { config: {}, problems: [] };
  if (!isObject(raw)) return { config: {}, problems: ['the configuration must be a JSON object'] };
  const problems: string[] = [];
  const config: Record<string, unknown> = { ...raw };
  const badChannels = new Set<number>();
  const badKeys = new Set<string>();

  for (const issue of checkSchema(raw, CONFIG_SCHEMA)) {
    problems.push(issue.path === '$.content' ? CONTENT_REFUSED : `${issue.path}: ${issue.message}`);
    const channel = /^\$\.quote\.channels\[(\d+)\]/.exec(issue.path);
    if (channel) badChannels.add(Number(channel[1]));
    else badKeys.add(/^\$\.([^.[]+)/.exec(issue.path)?.[1] ?? '');
  }
  for (const key of badKeys) delete config[key];
  delete config.$schema;

  const dropUnknown = (what: string, id: unknown, knownIds: string[], key: string) => {
    if (typeof id === 'string' && !knownIds.includes(id)) {
      problems.push(`$.${key}: unknown ${what} ${JSON.stringify(id)}; known: ${knownIds.join(', ')}`);
      delete config[key];
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
  if (isObject(config.quote) && Array.isArray(config.quote.channels)) {
    const channels = (config.quote.channels as QuoteChannel[]).filter((channel, i) => {
      if (badChannels.has(i)) return false;
      if (channel.type === 'webhook' && !isAllowedWebhookUrl(channel.url)) {
        problems.push(`$.quote.channels[${i}].url: a webhook must use https (http only to localhost), so ${JSON.stringify(channel.url)} is not used`);
        return false;
      }
      return true;
    });
    config.quote = { ...config.quote, channels };
  }
  return { config: config as PartnerConfig, problems };
}

const THEME_PROPERTIES: Record<ThemeColor, string> = {
  primary: '--crc-color-primary',
  primaryContrast: '--crc-color-primary-contrast',
  text: '--crc-color-text',
  muted: '--crc-color-muted',
  surface: '--crc-color-surface',
  subtle: '--crc-color-subtle',
  border: '--crc-color-border',
  focus: '--crc-color-focus',
  error: '--crc-color-error',
};

/** The theme as CSS for the shadow root. Values passed the schema's patterns, so they cannot break out of a declaration. */
export function themeCss(theme: PartnerConfig['theme']): string {
  if (!theme) return '';
  const declarations = (Object.keys(THEME_PROPERTIES) as ThemeColor[]).filter((key) => theme[key]).map((key) => `${THEME_PROPERTIES[key]}: ${theme[key]};`);
  if (theme.radius !== undefined) declarations.push(`--crc-radius: ${theme.radius}px;`);
  if (theme.fontFamily) declarations.push(`--crc-font-family: ${theme.fontFamily};`);
  return declarations.length ? `:host { ${declarations.join(' ')} }` : '';
}
