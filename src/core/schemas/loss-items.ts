// The drivers, formulas, line items and mitigations of a loss scenario, for the loss schema (loss.ts).

export const driverSourceSchema = {
  title: 'driver source',
  anyOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['question'],
      properties: {
        question: {
          $ref: '#/$defs/id',
        },
        scale: {
          type: 'number',
          minimum: 0,
        },
        min: {
          type: 'number',
        },
        max: {
          type: 'number',
        },
        round: {
          enum: ['up', 'down', 'nearest'],
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['model'],
      properties: {
        model: {
          enum: ['jnsaPerPerson', 'grossMargin'],
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['product'],
      description: 'The product of earlier drivers of the scenario (after their mitigations), optionally bounded and rounded.',
      properties: {
        product: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/id',
          },
        },
        scale: {
          type: 'number',
          minimum: 0,
        },
        min: {
          type: 'number',
        },
        max: {
          type: 'number',
        },
        round: {
          enum: ['up', 'down', 'nearest'],
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['curve'],
      properties: {
        curve: {
          type: 'object',
          additionalProperties: false,
          required: ['driver', 'points'],
          properties: {
            driver: {
              $ref: '#/$defs/id',
            },
            points: {
              type: 'array',
              minItems: 2,
              items: {
                title: 'pair of numbers',
                type: 'array',
                minItems: 2,
                maxItems: 2,
                items: {
                  type: 'number',
                  exclusiveMinimum: 0,
                },
              },
              description:
                '[x, y] points, x rising: y follows a straight line between neighbouring points on log-log axes, and the end segments beyond them; 0 at x = 0.',
            },
          },
        },
      },
    },
  ],
} as const;

export const driverSchema = {
  title: 'driver',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'default', 'basis', 'source'],
  properties: {
    id: {
      $ref: '#/$defs/id',
    },
    label: {
      $ref: '#/$defs/localText',
    },
    unit: {
      $ref: '#/$defs/localText',
    },
    default: {
      type: 'number',
      minimum: 0,
    },
    from: {
      $ref: '#/$defs/driverSource',
    },
    min: {
      type: 'number',
      minimum: 0,
    },
    max: {
      type: 'number',
    },
    uncertainty: {
      type: 'object',
      additionalProperties: false,
      required: ['low', 'high'],
      properties: {
        low: {
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
        high: {
          type: 'number',
          minimum: 1,
        },
      },
      description: 'Multipliers of the likely value for the ends of its 90% interval (a lognormal is fitted to them).',
    },
    basis: {
      $ref: '#/$defs/id',
      description: "The source the value rests on: an id of the loss model's `sources`.",
    },
    source: {
      $ref: '#/$defs/localText',
      description: 'Where the value comes from, in plain words for the owner.',
    },
    format: {
      enum: ['yen', 'percent', 'count', 'days'],
      description: 'How the value is shown: yen amounts, a percentage (0.2 is 20%), a count, or days.',
    },
  },
} as const;

export const termSchema = {
  title: 'formula term',
  anyOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['rate'],
      properties: {
        rate: {
          type: 'number',
          minimum: 0,
        },
        per: {
          type: 'array',
          items: {
            $ref: '#/$defs/id',
          },
        },
        divideBy: {
          type: 'number',
          exclusiveMinimum: 0,
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['steps'],
      properties: {
        steps: {
          type: 'object',
          additionalProperties: false,
          required: ['driver', 'table'],
          properties: {
            driver: {
              $ref: '#/$defs/id',
            },
            table: {
              type: 'array',
              minItems: 1,
              items: {
                title: 'pair of numbers',
                type: 'array',
                minItems: 2,
                maxItems: 2,
                items: {
                  type: 'number',
                  minimum: 0,
                },
              },
              description: '[threshold, amount] rows, thresholds rising: the amount of the last row whose threshold the driver reaches.',
            },
          },
        },
      },
    },
  ],
} as const;

export const formulaSchema = {
  title: 'formula',
  type: 'object',
  additionalProperties: false,
  required: ['terms'],
  properties: {
    terms: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/term',
      },
    },
    min: {
      $ref: '#/$defs/yen',
    },
    max: {
      $ref: '#/$defs/yen',
    },
  },
} as const;

export const itemSchema = {
  title: 'line item',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type', 'label', 'trigger', 'kind', 'formula', 'basis', 'note'],
  properties: {
    id: {
      $ref: '#/$defs/id',
    },
    type: {
      enum: ['liability', 'cost', 'profit'],
      description: '賠償 liability, 費用 response cost, 利益 lost profit.',
    },
    label: {
      $ref: '#/$defs/localText',
    },
    trigger: { $ref: '#/$defs/trigger', description: "What sets the insurer's cover off for this item: one of the scenario's triggers." },
    kind: {
      $ref: '#/$defs/itemKind',
      description: 'What an insurer pays the item as; the coverage programs say which plans pay which kinds for which triggers.',
    },
    persons: { $ref: '#/$defs/id', description: 'The driver counting the people the item is paid for (見舞金 per person), for sub-limits per person.' },
    formula: {
      $ref: '#/$defs/formula',
    },
    basis: {
      $ref: '#/$defs/id',
      description: "The source of the item's unit costs: an id of the loss model's `sources`.",
    },
    note: {
      $ref: '#/$defs/localText',
      description: 'The unit costs and where they come from, in plain words for the owner.',
    },
  },
} as const;

export const mitigationSchema = {
  title: 'mitigation',
  type: 'object',
  additionalProperties: false,
  required: ['control', 'driver', 'factor'],
  properties: {
    control: {
      $ref: '#/$defs/id',
    },
    driver: {
      $ref: '#/$defs/id',
    },
    factor: {
      type: 'number',
      minimum: 0,
      maximum: 1,
    },
  },
} as const;
