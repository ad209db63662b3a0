// The template of the draft basic security policy (questions/policy/*.json): the wording of a
// 情報セキュリティ基本方針, SECURITY ACTION two stars' second requirement, with one sentence per
// measure the company may take. Published as questions/schema/policy-template.schema.json
// (written from this file by `npm run schemas`).

import { idSchema, localTextSchema } from './common.js';

export const policyTemplateSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cyber-risk-check.invalid/schema/policy-template.schema.json',
  title: 'policy template',
  description:
    "The draft basic security policy the results offer: fixed clauses every such policy makes, and measures, each included only when the company takes it (its control answered with the best option) or ticked it in the improvement plan. Write it in your own words; {company} in a text stands for the company's name.",
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'preamble', 'clauses', 'measuresHeading', 'measures', 'closing'],
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
    preamble: {
      $ref: '#/$defs/localText',
      description: 'Why the company adopts the policy; {company} is replaced by its name.',
    },
    clauses: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/clause',
      },
      description:
        'What every such policy commits to, whatever the answers, in order. The measures come after the clause whose id is measuresAfter, or after the last.',
    },
    measuresAfter: {
      $ref: '#/$defs/id',
      description: 'The id of the clause the measures follow.',
    },
    measuresHeading: {
      $ref: '#/$defs/localText',
    },
    measures: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/measure',
      },
    },
    closing: {
      $ref: '#/$defs/localText',
      description:
        'The lines under the policy, one per line (\\n): {date} is the day it is adopted, {company} the name; leave room for the representative to sign.',
    },
    source: {
      $ref: '#/$defs/localText',
      description: 'Which published template or guidance the structure follows.',
    },
  },
  $defs: {
    id: idSchema,
    localText: localTextSchema,
    clause: {
      title: 'clause',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'text'],
      properties: {
        id: {
          $ref: '#/$defs/id',
        },
        title: {
          $ref: '#/$defs/localText',
        },
        text: {
          $ref: '#/$defs/localText',
        },
      },
    },
    measure: {
      title: 'measure',
      type: 'object',
      additionalProperties: false,
      required: ['control', 'text'],
      properties: {
        control: {
          $ref: '#/$defs/id',
          description: 'The control question: the measure is in the draft when it is answered with its best option, or ticked in the plan.',
        },
        text: {
          $ref: '#/$defs/localText',
          description: 'One sentence: what the company does, as a commitment.',
        },
      },
    },
  },
} as const;
