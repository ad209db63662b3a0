// The official industry classification the quote form offers (questions/industries/*.json): the
// agent's insurer asks for it, and some industries cannot take every policy. Published as
// questions/schema/industries.schema.json (written from this file by `npm run schemas`).

import { idSchema, localTextSchema } from './common.js';

export const industriesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/industries.schema.json',
  title: 'industry classification',
  description:
    'Divisions and groups of an official classification (JSIC), each group tied to the self-check industry it belongs to. Files in questions/industries/ follow this schema.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'source', 'common', 'divisions'],
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
      description: 'Which publication and revision the codes and names come from.',
    },
    common: {
      type: 'array',
      uniqueItems: true,
      items: {
        $ref: '#/$defs/code',
      },
      description: 'Group codes shown first, before anything is typed: the industries most small businesses pick.',
    },
    divisions: {
      type: 'array',
      minItems: 1,
      items: {
        title: 'division',
        type: 'object',
        additionalProperties: false,
        required: ['code', 'label', 'groups'],
        properties: {
          code: {
            type: 'string',
            pattern: '^[A-Z]$',
          },
          label: {
            $ref: '#/$defs/localText',
          },
          note: {
            $ref: '#/$defs/localText',
            description: 'Shown when a group of this division is chosen: what it means for cover (some industries cannot take every policy). Name the source.',
          },
          groups: {
            type: 'array',
            minItems: 1,
            items: {
              $ref: '#/$defs/group',
            },
          },
        },
      },
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    code: {
      type: 'string',
      pattern: '^\\d{2}$',
    },
    group: {
      title: 'group',
      type: 'object',
      additionalProperties: false,
      required: ['code', 'label', 'industry'],
      properties: {
        code: {
          $ref: '#/$defs/code',
        },
        label: {
          $ref: '#/$defs/localText',
        },
        industry: {
          $ref: '#/$defs/id',
          description: 'The option of the profile question industry this group belongs to: its groups are offered first to a company that chose it.',
        },
        keywords: {
          type: 'string',
          maxLength: 200,
          description: 'Everyday words an owner may search for (ネットショップ, 税理士), separated by spaces.',
        },
        note: {
          $ref: '#/$defs/localText',
          description: 'As the division note, for this group only.',
        },
      },
    },
  },
} as const;
