// The loss files (questions/loss/*.json): the model, scenarios, presets and insurance programs. Published as questions/schema/loss.schema.json (written from this file by `npm run schemas`).

import { conditionSchema, idSchema, localTextSchema } from './common.js';
import { itemKindSchema, lossLimitsSchema, payRuleSchema, programSchema, subLimitSchema, triggerSchema } from './loss-coverage.js';
import { driverSourceSchema, driverSchema, termSchema, formulaSchema, itemSchema, mitigationSchema } from './loss-items.js';

export const lossSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/loss.schema.json',
  title: 'loss file',
  description:
    "Files in questions/loss/: the loss model (JNSA and margins), incident scenarios with their line items, presets that reproduce the brochures' worked examples, and insurance plans with limit sets.",
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
    },
    model: {
      $ref: '#/$defs/model',
    },
    scenarios: {
      type: 'array',
      items: {
        $ref: '#/$defs/scenario',
      },
    },
    presets: {
      type: 'array',
      items: {
        $ref: '#/$defs/preset',
      },
    },
    coverage: {
      type: 'array',
      items: {
        $ref: '#/$defs/program',
      },
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    condition: conditionSchema,
    driverSource: driverSourceSchema,
    driver: driverSchema,
    term: termSchema,
    formula: formulaSchema,
    item: itemSchema,
    mitigation: mitigationSchema,
    trigger: triggerSchema,
    itemKind: itemKindSchema,
    yen: {
      type: 'number',
      minimum: 0,
    },
    model: {
      title: 'loss model',
      type: 'object',
      additionalProperties: false,
      required: ['jnsa', 'grossMargin', 'sources'],
      properties: {
        appi: {
          title: 'APPI breach duty',
          type: 'object',
          additionalProperties: false,
          required: ['sensitiveKinds', 'financialKinds', 'nonPersonalKinds', 'peopleDrivers', 'threshold', 'preliminaryDays', 'finalDays', 'penalties'],
          description:
            'When a leak must be reported to the PPC (amended APPI, 2022): data kinds (option ids of dataKinds) by trigger, the drivers that count the people touched, and the deadlines and penalties.',
          properties: {
            sensitiveKinds: { type: 'array', items: { type: 'string' } },
            financialKinds: { type: 'array', items: { type: 'string' } },
            nonPersonalKinds: { type: 'array', items: { type: 'string' } },
            peopleDrivers: {
              type: 'array',
              minItems: 1,
              items: { $ref: '#/$defs/id' },
              description: 'The first of these a scenario has counts the people touched.',
            },
            threshold: { type: 'integer', minimum: 1, description: 'More people than this makes a report due.' },
            preliminaryDays: { title: 'pair of numbers', type: 'array', minItems: 2, maxItems: 2, items: { type: 'integer', minimum: 1 } },
            finalDays: {
              type: 'object',
              additionalProperties: false,
              required: ['attack', 'mistake'],
              properties: { attack: { type: 'integer', minimum: 1 }, mistake: { type: 'integer', minimum: 1 } },
            },
            penalties: {
              type: 'object',
              additionalProperties: false,
              required: ['orderBreach', 'reportBreach'],
              properties: { orderBreach: { $ref: '#/$defs/yen' }, reportBreach: { $ref: '#/$defs/yen' } },
            },
          },
        },
        sources: {
          type: 'object',
          description: "Where the figures come from, by id: drivers' and items' `basis` name one of these.",
          additionalProperties: {
            title: 'source',
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'title'],
            properties: {
              kind: {
                enum: ['brochure', 'reference', 'survey', 'model', 'profile', 'assumption'],
                description:
                  "An insurer's brochure, a published reference value, a victim survey, a published model, the company's own answers, or our assumption.",
              },
              title: {
                $ref: '#/$defs/localText',
              },
            },
          },
        },
        jnsa: {
          type: 'object',
          additionalProperties: false,
          required: ['base', 'identifiability', 'socialResponsibility', 'response', 'kinds'],
          description:
            'JNSA JO model: per person = base × sensitivity × identifiability × social responsibility × response; sensitivity = 10^(distress-1) + 5^(economic-1) of the most sensitive data kind held.',
          properties: {
            base: {
              type: 'number',
              exclusiveMinimum: 0,
            },
            identifiability: {
              type: 'number',
              minimum: 1,
            },
            socialResponsibility: {
              type: 'number',
              minimum: 1,
            },
            response: {
              type: 'number',
              minimum: 1,
            },
            kinds: {
              type: 'object',
              additionalProperties: {
                title: 'pair of numbers',
                type: 'array',
                minItems: 2,
                maxItems: 2,
                items: {
                  type: 'integer',
                  minimum: 1,
                  maximum: 3,
                },
              },
              description: 'Option id of dataKinds → [mental distress level, economic loss level].',
            },
          },
        },
        grossMargin: {
          type: 'object',
          required: ['default'],
          properties: { default: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
          additionalProperties: {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 1,
          },
          description: 'Gross margin by industry option id, and a default.',
        },
      },
    },
    scenario: {
      title: 'loss scenario',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'story', 'cause', 'triggers', 'drivers', 'items'],
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        title: {
          $ref: '#/$defs/localText',
        },
        story: {
          $ref: '#/$defs/localText',
        },
        exposes: {
          type: 'array',
          items: { type: 'string' },
          description: 'Data kinds (option ids of dataKinds) the incident exposes whatever the profile says, e.g. card numbers in a card leak.',
        },
        cause: {
          enum: ['attack', 'mistake'],
          description: "An attack (malicious: the APPI's final report is due in 60 days, not 30) or a mistake such as misdirected mail.",
        },
        appliesIf: {
          $ref: '#/$defs/condition',
        },
        triggers: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: {
            $ref: '#/$defs/trigger',
          },
          description: "What the incident sets off in an insurer's terms (対象となる事由); each item names one of them.",
        },
        drivers: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/driver',
          },
        },
        items: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/item',
          },
        },
        mitigations: {
          type: 'array',
          items: {
            $ref: '#/$defs/mitigation',
          },
        },
      },
    },
    preset: {
      title: 'preset',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'scenario', 'title', 'story', 'source', 'inputs', 'items', 'expected'],
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        scenario: {
          $ref: '#/$defs/id',
        },
        title: {
          $ref: '#/$defs/localText',
        },
        story: {
          $ref: '#/$defs/localText',
        },
        source: {
          $ref: '#/$defs/localText',
        },
        inputs: {
          type: 'object',
          additionalProperties: {
            type: 'number',
            minimum: 0,
          },
        },
        items: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: {
            $ref: '#/$defs/id',
          },
        },
        expected: {
          type: 'object',
          additionalProperties: false,
          required: ['items', 'total'],
          properties: {
            items: {
              type: 'object',
              additionalProperties: {
                $ref: '#/$defs/yen',
              },
            },
            total: {
              $ref: '#/$defs/yen',
            },
          },
        },
      },
    },
    payRule: payRuleSchema,
    lossLimits: lossLimitsSchema,
    subLimit: subLimitSchema,
    program: programSchema,
  },
} as const;
