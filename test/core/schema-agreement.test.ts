// The widget's own schema checker (content/json-schema.ts) and a full JSON Schema validator (ajv,
// 2020-12) must agree on every published schema: both accept the shipped content, a sound partner
// configuration and built quote requests, and both refuse the same damaged copies of them.

import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkSchema, type JsonSchema } from '../../src/core/content/json-schema.js';
import { buildQuoteRequest, content, EMPTY_QUOTE_FIELDS, schemeById } from '../../src/core/index.js';
import { PUBLISHED } from './published-schemas.test.js';

const root = new URL('../../', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), 'utf8'));
const schemaOf = (file: string) => PUBLISHED.find(([published]) => published === file)![1] as JsonSchema;

function filesIn(folder: string): string[] {
  return readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${folder}${name}`);
}

const quoteRequest = (agentLanguage: 'ja' | 'en') =>
  buildQuoteRequest({
    content,
    answers: { industry: 'retail', revenue: 300_000_000, employees: 12, updates: 'done', backups: 'partly', pastIncidents: 'none' },
    fields: {
      ...EMPTY_QUOTE_FIELDS,
      companyName: '株式会社テスト',
      contactName: '山田 花子',
      email: 'hanako@example.jp',
      prefecture: '13',
      plan: 'basic',
      contactMethod: 'email',
      consent: true,
    },
    partner: { id: 'agency', name: '代理店', channels: [], agentLanguage },
    scheme: schemeById(content, undefined)!,
    widgetVersion: '0.1.0',
    idempotencyKey: 'key-12345678',
    now: new Date('2026-12-04T00:00:00Z'),
  });

const soundConfig = {
  partner: {
    id: 'sakura',
    name: 'さくら保険代理店',
    contact: { phone: '03-1234-5678', url: 'https://agency.example/' },
    privacyPolicyUrl: 'https://agency.example/privacy',
  },
  lang: 'en',
  theme: { primary: '#0b5394', radius: 6 },
  rateTable: null,
  quote: { agentLanguage: 'ja', channels: [{ type: 'webhook', url: 'https://agency.example/hook', retryDelaysMs: [100] }, { type: 'event' }] },
  seminar: { idleResetSeconds: 60 },
};

/** Valid documents, each with the published schema it follows. */
const corpus: [string, string, unknown][] = [
  ...filesIn('questions/discounts/').map((file): [string, string, unknown] => [file, 'questions/schema/discount-scheme.schema.json', read(file)]),
  ...filesIn('questions/rates/').map((file): [string, string, unknown] => [file, 'questions/schema/rate-table.schema.json', read(file)]),
  ...filesIn('questions/industries/').map((file): [string, string, unknown] => [file, 'questions/schema/industries.schema.json', read(file)]),
  ...filesIn('questions/loss/').map((file): [string, string, unknown] => [file, 'questions/schema/loss.schema.json', read(file)]),
  ...['questions/categories.json', 'questions/profile.json', 'questions/ipa.json', ...filesIn('questions/controls/')].map((file): [string, string, unknown] => [
    file,
    'questions/schema/questions.schema.json',
    read(file),
  ]),
  ['a sound partner configuration', 'src/core/partner/partner-config.schema.json', soundConfig],
  ['a quote request in Japanese', 'src/core/quote/quote-request.schema.json', quoteRequest('ja')],
  ['a quote request in English', 'src/core/quote/quote-request.schema.json', quoteRequest('en')],
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a document, as a path of keys, breadth first, at most `limit` of them. */
function places(doc: Json, limit: number): (string | number)[][] {
  const found: (string | number)[][] = [];
  const queue: [Json, (string | number)[]][] = [[doc, []]];
  while (queue.length > 0 && found.length < limit) {
    const [node, path] = queue.shift()!;
    if (path.length > 0) found.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => queue.push([child, [...path, i]]));
    else if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) queue.push([child, [...path, key]]);
  }
  return found;
}

const REPLACEMENTS: Json[] = [null, 12345, -1, 'a b', '', [], {}, true];

/** Damaged copies: each place replaced by each odd value, deleted, and given a stray key. */
function damaged(doc: Json, limit: number): Json[] {
  const copies: Json[] = [];
  for (const path of places(doc, limit)) {
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1]!;
    const edit = (change: (parent: Record<string | number, Json>) => void) => {
      const copy = structuredClone(doc);
      const parent = parentPath.reduce<Json>((node, step) => (node as Record<string | number, Json>)[step]!, copy) as Record<string | number, Json>;
      change(parent);
      copies.push(copy);
    };
    for (const value of REPLACEMENTS) edit((parent) => (parent[key] = value));
    if (!Array.isArray(parentPath.reduce<Json>((node, step) => (node as Record<string | number, Json>)[step]!, doc)))
      edit((parent) => Reflect.deleteProperty(parent, key));
  }
  const stray = structuredClone(doc);
  if (stray !== null && typeof stray === 'object' && !Array.isArray(stray)) stray.strayKey = 1;
  copies.push(stray);
  return copies;
}

const ajv = new Ajv2020({ strict: false, allErrors: false });
const validators = new Map(PUBLISHED.map(([file, schema]) => [file, ajv.compile(schema)]));

describe('the built-in schema checker agrees with a full validator', () => {
  it.each(corpus)('both accept %s', (_, schemaFile, doc) => {
    expect(checkSchema(doc, schemaOf(schemaFile))).toEqual([]);
    expect(validators.get(schemaFile)!(doc), JSON.stringify(validators.get(schemaFile)!.errors)).toBe(true);
  });

  it.each(corpus)('both judge every damaged copy of %s alike', (_, schemaFile, doc) => {
    const validate = validators.get(schemaFile)!;
    const copies = damaged(doc as Json, 120);
    const disagreements = copies.filter((copy) => (checkSchema(copy, schemaOf(schemaFile)).length === 0) !== validate(copy));
    expect(copies.length).toBeGreaterThan(20);
    expect(disagreements.map((copy) => JSON.stringify(copy).slice(0, 300))).toEqual([]);
    // The damage is real: most copies are refused.
    expect(copies.filter((copy) => !validate(copy)).length).toBeGreaterThan(copies.length / 2);
  });
});
