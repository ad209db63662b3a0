// A table of published premium examples (questions/rates/*.json). Published as questions/schema/rate-table.schema.json (written from this file by `npm run schemas`).

import { idSchema, localTextSchema } from './common.js';

export const rateTableSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/rate-table.schema.json',
  title: 'rate table',
  description:
    "Reference annual premiums from an insurer's published examples, by industry and revenue. Shown as a reference, never as a quote. Files in questions/rates/ follow this schema.",
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'source', 'includedDiscount', 'plans', 'rows'],
  properties: {
    $schema: {
      type: 'string',
    },
    id: {
      $ref: '#/$defs/id',
    },
    title: {
      $ref: '#/$defs/localText',
    },
    source: {
      $ref: '#/$defs/localText',
      description: 'Where the figures come from, shown with the reference premium.',
    },
    includedDiscount: {
      type: 'number',
      minimum: 0,
      exclusiveMaximum: 1,
      description: 'Total discount already applied in the published figures (0.44 for 20% group × 30% security); 0 when they are before discount.',
    },
    plans: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'label'],
        properties: {
          id: {
            $ref: '#/$defs/id',
          },
          label: {
            $ref: '#/$defs/localText',
          },
        },
      },
    },
    rows: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/row',
      },
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    row: {
      title: 'rate row',
      type: 'object',
      additionalProperties: false,
      required: ['industry', 'revenue', 'premiums'],
      properties: {
        industry: {
          $ref: '#/$defs/id',
          description: 'An option id of the profile question industry.',
        },
        revenue: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Annual revenue in yen the example assumes.',
        },
        premiums: {
          type: 'object',
          minProperties: 1,
          additionalProperties: {
            type: 'number',
            exclusiveMinimum: 0,
          },
          description: 'Annual premium in yen by plan id.',
        },
      },
    },
  },
} as const;
