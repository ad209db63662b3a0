// A question of the check, for the question files' schema (questions.ts): one of three kinds, a
// security control, a choice, or a number, each with only the fields that kind takes. Written as
// three whole objects (no spreads: see common.ts); the fields all kinds share are defined once here.

const id = { $ref: '#/$defs/id' } as const;
const category = { $ref: '#/$defs/id', description: 'Id of a category from categories.json.' } as const;
const text = { $ref: '#/$defs/localText' } as const;
const help = {
  type: 'object',
  required: ['why', 'how'],
  additionalProperties: false,
  properties: { why: { $ref: '#/$defs/localText' }, how: { $ref: '#/$defs/localText' } },
  description: 'Why the question matters and how to do it, shown on demand.',
} as const;
const showIf = { $ref: '#/$defs/condition' } as const;
const quick = {
  type: 'boolean',
  description: "Asked in the seminar attendees' quick check: 10 to 12 questions in all, none of them conditional (questions/README.md says why each).",
} as const;
const scale = { $ref: '#/$defs/id', description: 'Id of a shared answer scale.' } as const;
const scaleOrOptions = [{ required: ['scale'] }, { required: ['options'] }] as const;

/** A security control, answered on a points scale; its weight counts in the weighted score. */
export const controlQuestionSchema = {
  title: 'question',
  type: 'object',
  required: ['id', 'category', 'type', 'text', 'weight', 'help'],
  additionalProperties: false,
  properties: {
    id,
    category,
    type: { const: 'control', description: 'A security control scored on a scale.' },
    text,
    help,
    showIf,
    quick,
    scale,
    options: { type: 'array', minItems: 2, items: { $ref: '#/$defs/scoredOption' } },
    allowNotApplicable: { type: 'boolean', description: 'Offer "not applicable": the control can genuinely not apply to some companies.' },
    starsOnly: {
      const: true,
      description:
        "Asked only beside the star-ladder requirement that needs it, of owners who open the ladder, not in the check's steps: weight 0, not quick, and named by a requirement.",
    },
    weight: { type: 'number', minimum: 0, description: 'How much the control counts in the weighted score.' },
    ipaTopics: { type: 'array', uniqueItems: true, items: { $ref: '#/$defs/id' }, description: 'IPA self-check topics this control covers.' },
    tags: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z][a-zA-Z0-9-]*(:[a-zA-Z0-9-]+)?$' },
      description: 'Links to discount criteria and to the loss scenarios the control mitigates.',
    },
    action: {
      $ref: '#/$defs/localText',
      description: 'The control as something to do, in the imperative ("Turn on automatic updates on every PC"); the improvement plan lists it.',
    },
    askWho: { $ref: '#/$defs/localText', description: 'Who can tell an owner the answer when they do not know it.' },
    howTo: {
      type: 'object',
      required: ['url', 'title'],
      additionalProperties: false,
      properties: { url: { type: 'string', pattern: '^https://' }, title: { $ref: '#/$defs/localText' } },
      description: 'A public how-to (IPA, SECURITY ACTION) for doing it.',
    },
    effort: {
      type: 'object',
      required: ['cost', 'time'],
      additionalProperties: false,
      properties: { cost: { enum: ['free', 'low', 'budget'] }, time: { enum: ['minutes', 'hours', 'days', 'weeks'] } },
    },
  },
  anyOf: scaleOrOptions,
} as const;

/** A question answered by picking one option (choice) or several (multi). */
export const choiceQuestionSchema = {
  title: 'question',
  type: 'object',
  required: ['id', 'category', 'type', 'text'],
  additionalProperties: false,
  properties: {
    id,
    category,
    type: { enum: ['choice', 'multi'], description: 'choice: pick one; multi: pick several.' },
    text,
    help,
    showIf,
    quick,
    scale,
    options: { type: 'array', minItems: 2, items: { $ref: '#/$defs/option' } },
  },
  anyOf: scaleOrOptions,
} as const;

/** A question answered with a number: a count, or an amount in yen (accepts 万 and 億). */
export const numberQuestionSchema = {
  title: 'question',
  type: 'object',
  required: ['id', 'category', 'type', 'text'],
  additionalProperties: false,
  properties: {
    id,
    category,
    type: { enum: ['number', 'amount'], description: 'number: a count; amount: yen, accepts 万 and 億.' },
    text,
    help,
    showIf,
    quick,
    min: { type: 'number' },
    max: { type: 'number' },
    unit: { $ref: '#/$defs/localText' },
    optional: { type: 'boolean', description: 'The owner may leave it empty.' },
  },
} as const;

export const questionSchema = {
  title: 'question',
  description: 'A question of the check: a security control, a choice, or a number.',
  anyOf: [controlQuestionSchema, choiceQuestionSchema, numberQuestionSchema],
} as const;
