// A discount scheme (questions/discounts/*.json). Published as questions/schema/discount-scheme.schema.json (written from this file by `npm run schemas`).

import { conditionSchema, idSchema, localTextSchema } from './common.js';

export const discountSchemeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/discount-scheme.schema.json',
  title: 'discount scheme',
  description: 'How declared security turns into an insurance discount. Files in questions/discounts/ follow this schema. Rates are fractions: 0.2 is 20%.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'illustrative', 'security', 'combine', 'cap'],
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
    description: {
      $ref: '#/$defs/localText',
    },
    illustrative: {
      type: 'boolean',
      description: "true when the scheme is an example, not an insurer's actual sheet; the widget then says so.",
    },
    rateTable: {
      $ref: '#/$defs/id',
      description: 'Id of a rate table in questions/rates/ for reference premiums (optional).',
    },
    group: {
      title: 'group discount',
      type: 'object',
      additionalProperties: false,
      required: ['rate', 'label', 'when'],
      properties: {
        rate: {
          $ref: '#/$defs/rate',
        },
        label: {
          $ref: '#/$defs/localText',
        },
        when: {
          $ref: '#/$defs/condition',
        },
      },
    },
    security: {
      title: 'security discount',
      type: 'object',
      additionalProperties: false,
      required: ['tiers', 'cap'],
      properties: {
        tiers: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/tier',
          },
          description:
            'From lowest to highest. The first tier is where everyone starts (usually rate 0, no rules); the company reaches the highest tier whose rules all hold.',
        },
        requireDone: {
          type: 'array',
          uniqueItems: true,
          items: {
            $ref: '#/$defs/id',
          },
          description: 'Controls that must be done for any tier above the first.',
        },
        parts: {
          type: 'array',
          items: {
            $ref: '#/$defs/part',
          },
          description: 'Fixed parts granted on their own condition, e.g. a certification.',
        },
        combineParts: {
          enum: ['add', 'max'],
          description: 'add: tier rate plus parts; max: the largest of them. Default add.',
        },
        cap: {
          $ref: '#/$defs/rate',
        },
      },
    },
    combine: {
      enum: ['multiply', 'add'],
      description: 'How group and security discounts combine: multiply gives 1 - (1 - group) × (1 - security).',
    },
    cap: {
      $ref: '#/$defs/rate',
      description: 'The most the combined discount can be.',
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    condition: conditionSchema,
    rate: {
      title: 'rate',
      type: 'number',
      minimum: 0,
      maximum: 1,
    },
    tier: {
      title: 'discount tier',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'rate'],
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        rate: {
          $ref: '#/$defs/rate',
        },
        label: {
          $ref: '#/$defs/localText',
        },
        minScore: {
          type: 'number',
          minimum: 0,
          maximum: 100,
          description: 'Lowest weighted security score (0–100).',
        },
        requireDone: {
          type: 'array',
          uniqueItems: true,
          items: {
            $ref: '#/$defs/id',
          },
          description: 'Controls that must be answered with their best option.',
        },
        when: {
          $ref: '#/$defs/condition',
          description: 'A further condition on answers, e.g. a certification held.',
        },
      },
    },
    part: {
      title: 'discount part',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'rate', 'label', 'when'],
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        rate: {
          $ref: '#/$defs/rate',
        },
        label: {
          $ref: '#/$defs/localText',
        },
        when: {
          $ref: '#/$defs/condition',
        },
      },
    },
  },
} as const;
