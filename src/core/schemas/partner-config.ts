// What a chamber or agency configures. Published as src/core/partner/partner-config.schema.json (written from this file by `npm run schemas`).

import { themeSchema } from './theme.js';

export const partnerConfigSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/partner-config.schema.json',
  title: 'partner configuration',
  description:
    'How a chamber or agency sets up the widget: given inline (a <script type="application/json"> inside <cyber-risk-check>), by URL (config-src), or as mount(element, config).',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
    },
    partner: {
      title: 'partner',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name'],
      properties: {
        id: {
          type: 'string',
          pattern: '^[a-z][a-zA-Z0-9-]*$',
        },
        name: {
          type: 'string',
          minLength: 1,
          maxLength: 80,
          description: 'Shown in the consent and the confirmation.',
        },
        contact: {
          type: 'object',
          additionalProperties: false,
          properties: {
            phone: {
              type: 'string',
              maxLength: 40,
            },
            email: {
              type: 'string',
              maxLength: 120,
            },
            url: {
              type: 'string',
              pattern: '^(https?://|/)[^\\s]*$',
            },
            hours: {
              type: 'string',
              maxLength: 80,
            },
          },
        },
        logoUrl: {
          type: 'string',
          pattern: '^(https?://|/)[^\\s]*$',
        },
        privacyPolicyUrl: {
          type: 'string',
          pattern: '^(https?://|/)[^\\s]*$',
        },
      },
    },
    lang: {
      enum: ['ja', 'en'],
      description: 'Start language.',
    },
    theme: themeSchema,
    discountScheme: {
      type: 'string',
      pattern: '^[a-z][a-zA-Z0-9-]*$',
    },
    rateTable: {
      anyOf: [
        {
          type: 'string',
          pattern: '^[a-z][a-zA-Z0-9-]*$',
        },
        {
          type: 'null',
        },
      ],
    },
    coverage: {
      type: 'string',
      pattern: '^[a-z][a-zA-Z0-9-]*$',
    },
    scenarios: {
      type: 'array',
      uniqueItems: true,
      items: {
        type: 'string',
        pattern: '^[a-z][a-zA-Z0-9-]*$',
      },
      description: 'Loss scenarios to show (default: all that concern the company).',
    },
    test: {
      type: 'boolean',
      description: 'Test mode: shown on screen; every quote request is marked test: true.',
    },
    quote: {
      title: 'quote hand-off',
      type: 'object',
      additionalProperties: false,
      properties: {
        agentLanguage: {
          enum: ['ja', 'en'],
        },
        channels: {
          type: 'array',
          items: {
            $ref: '#/$defs/channel',
          },
        },
        attributionParams: {
          type: 'array',
          maxItems: 10,
          uniqueItems: true,
          items: {
            type: 'string',
            pattern: '^[A-Za-z][\\w.-]{0,39}$',
          },
          description:
            'URL parameters of the host page that travel with each lead (request.source.params), e.g. a campaign id. Default: utm_source, utm_medium, utm_campaign, utm_term, utm_content; [] sends none.',
        },
      },
    },
    seminar: {
      description:
        "Seminar mode: no personal-data fields and no quote sending, a visible start-over, answers kept for the browser session only (unless persist says otherwise). 'attendee' (or true): for attendees' phones; 'presenter': for the projector, in large type across the whole width, never starting over by itself. Or settings.",
      anyOf: [
        {
          type: 'boolean',
        },
        {
          enum: ['presenter', 'attendee'],
        },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            role: {
              enum: ['presenter', 'attendee'],
              description: "Who the widget is for: 'attendee' (the default) or 'presenter'.",
            },
            idleResetSeconds: {
              type: 'integer',
              minimum: 5,
              maximum: 3600,
              description:
                "Start over after this long without input, after a countdown the user can cancel (attendees only: a presenter's screen never starts over by itself).",
            },
            countdownSeconds: {
              type: 'integer',
              minimum: 3,
              maximum: 120,
              description: 'Length of that countdown (default 15).',
            },
            fullVersionUrl: {
              type: 'string',
              pattern: '^(https?://|/)[^\\s]*$',
              description:
                "Where attendees can do the full check, with a quote request: the quick check's take-home link opens it with their answers (default: the seminar's own page, which then shows the full check).",
            },
            attendeeUrl: {
              type: 'string',
              pattern: '^(https?://|/)[^\\s]*$',
              description:
                "The page attendees open from the QR code on the presenter's screen, with the widget on it; default: the presenter's own page, which then shows them the quick check.",
            },
          },
        },
      ],
    },
    persist: {
      enum: ['local', 'session', 'none'],
    },
    starLadder: {
      type: 'boolean',
      description: "false hides the star ladder (SECURITY ACTION's stars and the supply-chain scheme's) everywhere the widget would show it. Shown by default.",
    },
    debug: {
      type: 'boolean',
      description:
        'Lists configuration problems in the widget itself (they are always in the console), for whoever sets it up; leave it off on live pages. The debug attribute does the same.',
    },
  },
  $defs: {
    channel: {
      title: 'channel',
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'url'],
          properties: {
            type: {
              const: 'webhook',
            },
            url: {
              type: 'string',
              pattern: '^(https?://|/)[^\\s]*$',
            },
            timeoutMs: {
              type: 'integer',
              minimum: 1000,
              maximum: 60000,
            },
            retryDelaysMs: {
              type: 'array',
              maxItems: 5,
              items: {
                type: 'integer',
                minimum: 0,
                maximum: 60000,
              },
            },
            format: {
              description:
                "How the request is posted: 'simple' (the default) as JSON text with Content-Type text/plain and no other header, so the browser asks no preflight and receivers that do not answer OPTIONS (Google Apps Script, form backends) get it; 'json' with Content-Type application/json and an Idempotency-Key header, for receivers that answer the preflight. The idempotency key is in the body in both.",
              enum: ['simple', 'json'],
            },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'to'],
          properties: {
            type: {
              const: 'mailto',
            },
            to: {
              type: 'string',
              pattern: '^[^\\s@]+@[^\\s@]+$',
            },
            subject: {
              type: 'string',
              maxLength: 120,
            },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type'],
          properties: {
            type: {
              const: 'event',
            },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'url', 'params'],
          properties: {
            type: {
              const: 'redirect',
            },
            url: {
              type: 'string',
              pattern: '^https://',
            },
            params: {
              type: 'object',
              additionalProperties: {
                type: 'string',
              },
            },
          },
        },
      ],
    },
  },
} as const;
