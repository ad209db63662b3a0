// The parts every content schema shares (ids, texts by language, conditions on answers), and the
// one way a schema becomes a TypeScript type. The schemas in this folder are the single source of
// each shape: the types are derived from them (json-schema-to-ts, types only, no bytes shipped),
// the widget and the build check data against them (content/json-schema.ts), and the JSON files
// that content authors' editors use are written from them (test/core/published-schemas.test.ts).

import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { LocalText } from '../text.js';

export const idSchema = {
  title: 'id',
  description:
    'Stable identifier: letters, digits and dashes, starting with a letter. Never reuse or rename an id once published: saved answers and share links refer to it.',
  type: 'string',
  pattern: '^[a-z][a-zA-Z0-9-]*$',
} as const;

export const localTextSchema = {
  title: 'localized text (needs ja and en)',
  type: 'object',
  required: ['ja', 'en'],
  additionalProperties: false,
  properties: { ja: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
} as const;

// The schemas are written without spreads (`...`): a bundler cannot tell that a spread has no side
// effects, and would keep every schema in the widget's code although the widget never reads them.

// A condition holds conditions. Its self-references are typed as a plain string so that the type
// derivation does not recurse forever; the recursion is written once, in Condition below.
const conditionRef: { readonly $ref: string } = { $ref: '#/$defs/condition' };

const equalsLeaf = {
  type: 'object',
  required: ['question', 'equals'],
  additionalProperties: false,
  properties: { question: { $ref: '#/$defs/id' }, equals: { type: ['string', 'number'] } },
} as const;
const inLeaf = {
  type: 'object',
  required: ['question', 'in'],
  additionalProperties: false,
  properties: { question: { $ref: '#/$defs/id' }, in: { type: 'array', minItems: 1, items: { type: ['string', 'number'] } } },
} as const;
const includesLeaf = {
  type: 'object',
  required: ['question', 'includes'],
  additionalProperties: false,
  properties: { question: { $ref: '#/$defs/id' }, includes: { type: 'string' } },
} as const;
const atLeastLeaf = {
  type: 'object',
  required: ['question', 'atLeast'],
  additionalProperties: false,
  properties: { question: { $ref: '#/$defs/id' }, atLeast: { type: 'number' } },
} as const;

export const conditionSchema = {
  title: 'condition',
  description: "Show the question only when earlier answers match. A hidden question's answer never counts.",
  anyOf: [
    equalsLeaf,
    inLeaf,
    includesLeaf,
    atLeastLeaf,
    { type: 'object', required: ['all'], additionalProperties: false, properties: { all: { type: 'array', minItems: 1, items: conditionRef } } },
    { type: 'object', required: ['any'], additionalProperties: false, properties: { any: { type: 'array', minItems: 1, items: conditionRef } } },
    { type: 'object', required: ['not'], additionalProperties: false, properties: { not: conditionRef } },
  ],
} as const;

/** A condition on earlier answers: one of the tests on a question, or all, any or none of other conditions. */
export type Condition =
  | FromSchema<{ anyOf: [typeof equalsLeaf, typeof inLeaf, typeof includesLeaf, typeof atLeastLeaf]; $defs: { id: typeof idSchema } }>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/**
 * The TypeScript type of data that passed `schema`. Texts are typed as LocalText (Japanese
 * required, other languages optional) because the widget ships its content with Japanese alone and
 * fills the rest in when needed; a condition is typed as Condition, which spells out its recursion.
 */
export type ShapeOf<S extends JSONSchema> = FromSchema<
  S,
  {
    deserialize: [
      { pattern: { title: 'localized text (needs ja and en)' }; output: LocalText },
      { pattern: { title: 'condition' }; output: Condition },
      // A JSON Schema array of two items is a pair; json-schema-to-ts would type it as an array.
      { pattern: { title: 'pair of numbers' }; output: [number, number] },
    ];
  }
>;
