// The quote request document an agent receives. Published as src/core/quote/quote-request.schema.json (written from this file by `npm run schemas`).

import { quoteCompanySchema, quoteContactSchema } from './quote-contact.js';
import { quoteStarsSchema } from './quote-stars.js';

export const quoteRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/quote-request.schema.json',
  title: 'cyber-risk-check quote request',
  description:
    "What a partner's webhook, mail or CRM receives when an owner asks for a quote. Version 1. Amounts are yen; discounts are fractions (0.44 is 44%). The same request may arrive more than once (retries, a reload while sending): store it once per idempotencyKey. In the 'json' format the Idempotency-Key HTTP header repeats it.",
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'idempotencyKey',
    'reference',
    'createdAt',
    'widgetVersion',
    'partnerId',
    'language',
    'contact',
    'company',
    'coverage',
    'security',
    'loss',
    'answers',
    'consent',
  ],
  properties: {
    schemaVersion: {
      const: 1,
    },
    idempotencyKey: {
      type: 'string',
      minLength: 8,
      maxLength: 64,
    },
    reference: {
      type: 'string',
      pattern: '^\\d{4}-\\d{4}$',
      description: 'The reference number (受付番号) the owner was shown, to quote on the phone. Derived from idempotencyKey: a request sent again keeps it.',
    },
    correctionOf: {
      type: 'string',
      pattern: '^\\d{4}-\\d{4}$',
      description: 'Present when the owner changed a request already sent: the reference of the first request, which this one replaces.',
    },
    createdAt: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$',
    },
    widgetVersion: {
      type: 'string',
      minLength: 1,
    },
    partnerId: {
      type: 'string',
      minLength: 1,
    },
    language: {
      enum: ['ja', 'en'],
    },
    contact: quoteContactSchema,
    company: quoteCompanySchema,
    coverage: {
      type: 'object',
      additionalProperties: false,
      required: ['plan', 'options'],
      properties: {
        plan: {
          enum: ['basic', 'wide', 'unsure'],
        },
        limitSet: {
          type: 'string',
        },
        options: {
          type: 'object',
          additionalProperties: false,
          required: ['itServices', 'businessInterruption'],
          properties: {
            itServices: {
              type: 'boolean',
            },
            businessInterruption: {
              type: 'boolean',
            },
          },
        },
      },
    },
    security: {
      type: 'object',
      additionalProperties: false,
      required: ['ipaScore', 'weightedScore', 'discountScheme', 'tier', 'securityDiscount', 'groupDiscount', 'totalDiscount'],
      properties: {
        ipaScore: {
          type: 'number',
          minimum: -25,
          maximum: 100,
        },
        weightedScore: {
          type: 'number',
          minimum: 0,
          maximum: 100,
        },
        discountScheme: {
          type: 'string',
        },
        tier: {
          type: 'string',
        },
        securityDiscount: {
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
        groupDiscount: {
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
        totalDiscount: {
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
      },
    },
    loss: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['scenario', 'title', 'likely', 'low', 'high'],
        properties: {
          scenario: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          likely: {
            type: 'number',
            minimum: 0,
          },
          low: {
            type: 'number',
            minimum: 0,
          },
          high: {
            type: 'number',
            minimum: 0,
          },
          breachReport: {
            type: 'object',
            additionalProperties: false,
            required: ['triggers', 'finalDays'],
            description:
              'Present when the scenario would oblige the company to report to the PPC and tell the people concerned (APPI): why, and the days to the final report.',
            properties: {
              triggers: {
                type: 'array',
                minItems: 1,
                items: {
                  enum: ['sensitive', 'financialHarm', 'malicious', 'overThousand'],
                },
              },
              finalDays: {
                type: 'integer',
                minimum: 1,
              },
            },
          },
        },
      },
    },
    answers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'category', 'question', 'answer', 'value'],
        properties: {
          id: {
            type: 'string',
          },
          category: {
            type: 'string',
          },
          question: {
            type: 'string',
          },
          answer: {
            type: 'string',
          },
          value: {
            type: ['string', 'number', 'array'],
            items: {
              type: 'string',
            },
          },
        },
      },
    },
    improvement: {
      type: 'object',
      additionalProperties: false,
      required: ['steps', 'totalDiscountIfDone'],
      description:
        'The improvement steps the owner chose in the results (each a control question to bring to the answer `to`), and the total discount once they are done.',
      properties: {
        steps: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'action', 'to'],
            properties: {
              id: { type: 'string' },
              action: { type: 'string' },
              to: { type: 'string' },
            },
          },
        },
        totalDiscountIfDone: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    stars: quoteStarsSchema,
    test: {
      const: true,
      description: "Present when the partner's configuration is in test mode: not a real lead.",
    },
    screening: {
      type: 'object',
      additionalProperties: false,
      required: ['honeypot', 'secondsOnForm'],
      description:
        'Signs of a bot, for the receiver to weigh: honeypot is true when a field hidden from people was filled (drop the request); secondsOnForm is the time from opening the form to confirming (a person needs more than a few seconds).',
      properties: {
        honeypot: {
          type: 'boolean',
        },
        secondsOnForm: {
          type: 'integer',
          minimum: 0,
        },
      },
    },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['params'],
      description:
        "Which page and campaign brought the lead: the host page (origin and path, never its query) and the URL parameters the partner's configuration names (quote.attributionParams; utm_* by default) that the page was opened with.",
      properties: {
        page: {
          type: 'string',
          pattern: '^https?://',
          maxLength: 500,
        },
        params: {
          type: 'object',
          maxProperties: 10,
          propertyNames: {
            pattern: '^[A-Za-z][\\w.-]{0,39}$',
          },
          additionalProperties: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
        },
      },
    },
    consent: {
      type: 'object',
      additionalProperties: false,
      required: ['given', 'recipient', 'at'],
      properties: {
        given: {
          const: true,
        },
        recipient: {
          type: 'string',
          minLength: 1,
        },
        at: {
          type: 'string',
        },
      },
    },
  },
} as const;
