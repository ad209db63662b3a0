// The question files (questions/profile.json, questions/controls/*.json, questions/categories.json, questions/ipa.json). Published as questions/schema/questions.schema.json (written from this file by `npm run schemas`).

import { conditionSchema, idSchema, localTextSchema } from './common.js';
import { questionSchema } from './question.js';

export const questionsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/questions.schema.json',
  title: 'question file',
  description:
    'A file of the security self-check: categories, answer scales, questions, and the IPA topics and score bands. Every file in questions/ (except discounts/, scenarios/, rates/ and schema/) follows this schema; the loader merges them in category order.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
    },
    categories: {
      type: 'array',
      items: {
        $ref: '#/$defs/category',
      },
    },
    scales: {
      type: 'array',
      items: {
        $ref: '#/$defs/scale',
      },
    },
    questions: {
      type: 'array',
      items: {
        $ref: '#/$defs/question',
      },
    },
    ipaTopics: {
      type: 'array',
      items: {
        $ref: '#/$defs/ipaTopic',
      },
      description:
        "The topics of IPA's 5-minute self-check. Every topic must be covered by at least one unconditional control (tested); the IPA-style score is computed over them.",
    },
    ipaBands: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/ipaBand',
      },
      description: 'Bands of the IPA-style score, highest first; a score falls in the first band whose min it reaches.',
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    condition: conditionSchema,
    question: questionSchema,
    category: {
      title: 'category',
      type: 'object',
      required: ['id', 'kind', 'title'],
      additionalProperties: false,
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        kind: {
          enum: ['profile', 'controls'],
          description: 'profile: facts about the company, asked first; controls: the security check, one step per category.',
        },
        title: {
          $ref: '#/$defs/localText',
        },
        intro: {
          $ref: '#/$defs/localText',
        },
      },
    },
    option: {
      title: 'answer option',
      type: 'object',
      required: ['id', 'label'],
      additionalProperties: false,
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        label: {
          $ref: '#/$defs/localText',
        },
        points: {
          type: 'number',
          description: 'Points towards the score. Required for options of security controls.',
        },
        help: {
          $ref: '#/$defs/localText',
        },
      },
    },
    scoredOption: {
      title: 'answer option with points',
      allOf: [
        {
          $ref: '#/$defs/option',
        },
      ],
      required: ['points'],
    },
    scale: {
      title: 'answer scale',
      type: 'object',
      required: ['id', 'options'],
      additionalProperties: false,
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        options: {
          type: 'array',
          minItems: 2,
          items: {
            $ref: '#/$defs/option',
          },
        },
      },
    },
    ipaTopic: {
      title: 'IPA topic',
      type: 'object',
      required: ['id', 'number', 'title'],
      additionalProperties: false,
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        number: {
          type: 'integer',
          minimum: 1,
        },
        part: {
          enum: ['basic', 'employee', 'organisation'],
        },
        title: {
          $ref: '#/$defs/localText',
        },
      },
    },
    ipaBand: {
      title: 'IPA score band',
      type: 'object',
      required: ['id', 'min', 'title', 'advice'],
      additionalProperties: false,
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        min: {
          type: 'number',
        },
        title: {
          $ref: '#/$defs/localText',
        },
        advice: {
          $ref: '#/$defs/localText',
        },
      },
    },
  },
} as const;
