// A star scheme (questions/stars/*.json): a ladder of levels a company can declare or be assessed
// at, such as IPA's SECURITY ACTION or METI's supply-chain security evaluation, with each level's
// requirements and the answers that meet them. Published as questions/schema/star-scheme.schema.json
// (written from this file by `npm run schemas`).

import { conditionSchema, idSchema, localTextSchema } from './common.js';

export const starSchemeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/star-scheme.schema.json',
  title: 'star scheme',
  description:
    "A ladder of levels (stars) from one public scheme. Files in questions/stars/ follow this schema; the ladder is read lowest file first, so SECURITY ACTION's stars come before the supply-chain scheme's. A level is met when it and every level below it have all their requirements met. Write each requirement in your own words and cite where it comes from; never invent one.",
  type: 'object',
  additionalProperties: false,
  required: ['id', 'order', 'title', 'owner', 'provisional', 'documents', 'levels'],
  properties: {
    $schema: {
      type: 'string',
    },
    id: {
      $ref: '#/$defs/id',
    },
    order: {
      type: 'integer',
      minimum: 0,
      description: 'Where this scheme stands on the ladder: lower first.',
    },
    title: {
      $ref: '#/$defs/localText',
    },
    owner: {
      $ref: '#/$defs/localText',
      description: 'Who runs the scheme, e.g. IPA or METI.',
    },
    provisional: {
      type: 'boolean',
      description:
        'true while the scheme is a published draft, or while its requirements are known only in part: the widget then says so and never shows a level as met.',
    },
    note: {
      $ref: '#/$defs/localText',
      description: 'What the owner should know about the scheme as a whole, e.g. why it is provisional.',
    },
    url: {
      type: 'string',
      pattern: '^https://',
      description: "The scheme's own page (where a declaration is made, for a self-declared one).",
    },
    documents: {
      type: 'object',
      description: 'The published documents the requirements cite, by an id of your choosing; each named once, with its date.',
      minProperties: 1,
      propertyNames: {
        $ref: '#/$defs/id',
      },
      additionalProperties: {
        $ref: '#/$defs/localText',
      },
    },
    levels: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/level',
      },
      description: 'From lowest to highest.',
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    condition: conditionSchema,
    source: {
      title: 'source',
      type: 'object',
      additionalProperties: false,
      required: ['document', 'item'],
      properties: {
        document: {
          $ref: '#/$defs/id',
          description: "The document's id in the scheme's documents.",
        },
        item: {
          $ref: '#/$defs/localText',
          description: 'Where in it: the item or section.',
        },
        url: {
          type: 'string',
          pattern: '^https://',
        },
        wordingAvailable: {
          type: 'boolean',
          description:
            'false when the item number and published wording were not available to the author: the requirement is then an area that summaries of the document name, and the widget says so.',
        },
      },
    },
    requirement: {
      title: 'requirement',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'source'],
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        title: {
          $ref: '#/$defs/localText',
          description: 'The requirement in plain words (your own, not the document’s).',
        },
        source: {
          $ref: '#/$defs/source',
        },
        met: {
          $ref: '#/$defs/condition',
          description:
            "The answers that meet it. Its control questions' actions are the way to close it, shared with the improvement plan. Leave it out (and leave out selfCheck) when the check does not ask what the requirement needs: the owner is then told to confirm it.",
        },
        selfCheck: {
          type: 'boolean',
          const: true,
          description: "Met when every item of IPA's 5-minute self-check has an answer (the check asks all 25).",
        },
        policyDraft: {
          type: 'boolean',
          const: true,
          description: 'While it is missing, the results offer the draft basic security policy (questions/policy/) beside it.',
        },
      },
    },
    level: {
      title: 'level',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'stars', 'title', 'assessment', 'requirements'],
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        stars: {
          type: 'integer',
          minimum: 1,
          maximum: 5,
        },
        title: {
          $ref: '#/$defs/localText',
        },
        assessment: {
          enum: ['self-declaration', 'self-assessment', 'third-party'],
          description: 'How a company gets the level: declares it, assesses itself, or is assessed by a third party.',
        },
        complete: {
          type: 'boolean',
          description: 'false when the requirements listed are only part of the level (the rest were not available): the level is then never shown as met.',
        },
        requirements: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/requirement',
          },
        },
      },
    },
  },
} as const;
