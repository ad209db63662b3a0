// A question of the check, for the question files' schema (questions.ts).

export const questionSchema = {
  title: 'question',
  type: 'object',
  required: ['id', 'category', 'type', 'text'],
  additionalProperties: false,
  properties: {
    id: {
      $ref: '#/$defs/id',
    },
    category: {
      $ref: '#/$defs/id',
      description: 'Id of a category from categories.json.',
    },
    type: {
      enum: ['control', 'choice', 'multi', 'number', 'amount'],
      description: 'control: a security control scored on a scale; choice / multi: pick one / several; number: a count; amount: yen, accepts 万 and 億.',
    },
    text: {
      $ref: '#/$defs/localText',
    },
    help: {
      type: 'object',
      required: ['why', 'how'],
      additionalProperties: false,
      properties: {
        why: {
          $ref: '#/$defs/localText',
        },
        how: {
          $ref: '#/$defs/localText',
        },
      },
    },
    showIf: {
      $ref: '#/$defs/condition',
    },
    scale: {
      $ref: '#/$defs/id',
      description: 'Id of a shared answer scale.',
    },
    options: {
      type: 'array',
      minItems: 2,
      items: {
        $ref: '#/$defs/option',
      },
    },
    allowNotApplicable: {
      type: 'boolean',
    },
    weight: {
      type: 'number',
      minimum: 0,
      description: 'How much the control counts in the weighted score.',
    },
    ipaTopics: {
      type: 'array',
      uniqueItems: true,
      items: {
        $ref: '#/$defs/id',
      },
    },
    tags: {
      type: 'array',
      uniqueItems: true,
      items: {
        type: 'string',
        pattern: '^[a-z][a-zA-Z0-9-]*(:[a-zA-Z0-9-]+)?$',
      },
    },
    effort: {
      type: 'object',
      required: ['cost', 'time'],
      additionalProperties: false,
      properties: {
        cost: {
          enum: ['free', 'low', 'budget'],
        },
        time: {
          enum: ['minutes', 'hours', 'days', 'weeks'],
        },
      },
    },
    min: {
      type: 'number',
    },
    max: {
      type: 'number',
    },
    unit: {
      $ref: '#/$defs/localText',
    },
    optional: {
      type: 'boolean',
    },
  },
  allOf: [
    {
      if: {
        properties: {
          type: {
            const: 'control',
          },
        },
      },
      then: {
        required: ['weight', 'help'],
        properties: {
          options: {
            items: {
              $ref: '#/$defs/scoredOption',
            },
          },
        },
      },
    },
    {
      if: {
        properties: {
          type: {
            enum: ['control', 'choice', 'multi'],
          },
        },
      },
      then: {
        anyOf: [
          {
            required: ['scale'],
          },
          {
            required: ['options'],
          },
        ],
      },
    },
  ],
} as const;
