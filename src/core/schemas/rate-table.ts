// A table of published premium examples (questions/rates/*.json), and how to price any industry and
// revenue from them (src/core/discount/premium.ts). Published as questions/schema/rate-table.schema.json
// (written from this file by `npm run schemas`).

import { idSchema, localTextSchema } from './common.js';

export const rateTableSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/rate-table.schema.json',
  title: 'rate table',
  description:
    "Reference annual premiums from an insurer's published examples, by industry and revenue. Shown as a reference, never as a quote. Files in questions/rates/ follow this schema.",
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'source', 'includedDiscount', 'plans', 'rows', 'curve'],
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
    curve: {
      $ref: '#/$defs/curve',
    },
    industryMap: {
      type: 'object',
      propertyNames: {
        $ref: '#/$defs/id',
      },
      additionalProperties: {
        $ref: '#/$defs/id',
      },
      description:
        'Industries without rows of their own, each priced on the rows of the nearest published industry of this table (both option ids of the profile question industry). The widget names the industry used beside the premium.',
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    curve: {
      title: 'premium curve',
      type: 'object',
      additionalProperties: false,
      required: ['exponent', 'floorRevenue', 'ceilingRevenue'],
      description:
        'How premiums follow revenue: premium = p × (revenue / r)^exponent through the published examples (revenue r, premium p) of an industry and plan, extended along the same curve outside them, and held flat below floorRevenue and above ceilingRevenue.',
      properties: {
        exponent: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description:
            'Revenue exponent for an industry with one published revenue only (with two or more, the curve goes through them). 0.3955 is what the insurer brochure with 5億 and 30億 examples gives: twice the revenue, about 1.32 times the premium.',
        },
        floorRevenue: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Below this revenue the premium stays at its value here: the minimum annual premium of each industry and plan.',
        },
        ceilingRevenue: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Above this revenue the premium stays at its value here, the furthest the published examples are extended.',
        },
      },
    },
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
