// Insurance programs for the loss schema (loss.ts): the triggers and item kinds that line items name,
// and each program's plans, options (特約), limit sets, sub-limits, deductible and exclusions.

/**
 * What sets an insurer's cover off (対象となる事由): a leak of others' information or its threat,
 * obstruction of others' business, bodily injury or property damage by a cyber attack, an attack
 * on the company's own systems without a leak, a lawsuit abroad, liability from IT work done for
 * others, and a stop of the company's network or systems (its own lost profit).
 */
export const TRIGGERS = ['leak', 'obstruction', 'bodilyProperty', 'attack', 'abroad', 'itWork', 'outage'] as const;

/**
 * What an insurer pays an item as: 賠償損害 (damages, legal costs, 権利保全行使費用, 訴訟対応費用),
 * 費用損害 (response, investigation, call centre, PR, legal advice, consulting, 見舞金, monitoring,
 * regulator, recovery, containment, recurrence prevention, cyber-attack investigation, certification),
 * 利益損害 (lost profit, continuity costs), and fines, which no insurance pays.
 */
export const ITEM_KINDS = [
  'damages',
  'legal',
  'rightsPreservation',
  'litigationSupport',
  'response',
  'investigation',
  'callCentre',
  'pr',
  'legalAdvice',
  'consulting',
  'consolation',
  'monitoring',
  'regulator',
  'recovery',
  'containment',
  'recurrence',
  'attackInvestigation',
  'certification',
  'lostProfit',
  'continuity',
  'fine',
] as const;

export const triggerSchema = {
  title: 'trigger',
  enum: TRIGGERS,
  description:
    '対象となる事由: leak (情報の漏えいまたはそのおそれ), obstruction (他人の業務阻害), bodilyProperty (サイバー攻撃による対人・対物), attack (own systems attacked, no leak), abroad (国外での訴訟), itWork (IT業務に起因する賠償), outage (network or system stop: own lost profit).',
} as const;

export const itemKindSchema = {
  title: 'item kind',
  enum: ITEM_KINDS,
  description:
    'What the insurer pays the item as: damages 法律上の損害賠償金, legal 争訟費用, rightsPreservation 権利保全行使費用, litigationSupport 訴訟対応費用, response 事故対応費用, investigation 事故原因・被害範囲調査費用, callCentre, pr 広告宣伝活動費用, legalAdvice 法律相談費用, consulting, consolation 見舞金・見舞品, monitoring, regulator 公的調査対応費用, recovery 復旧費用, containment 被害拡大防止費用, recurrence 再発防止費用, attackInvestigation サイバー攻撃調査費用, certification 認証取得費用, lostProfit 利益損害, continuity 営業継続費用, fine 罰金・課徴金 (never insurable).',
} as const;

const triggerList = { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/trigger' } } as const;
const kindList = { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/itemKind' } } as const;
const payRules = { type: 'array', minItems: 1, items: { $ref: '#/$defs/payRule' } } as const;
const subLimits = { type: 'array', items: { $ref: '#/$defs/subLimit' } } as const;
const yen = { $ref: '#/$defs/yen' } as const;
const id = { $ref: '#/$defs/id' } as const;
const label = { $ref: '#/$defs/localText' } as const;

export const payRuleSchema = {
  title: 'pay rule',
  type: 'object',
  additionalProperties: false,
  required: ['triggers', 'kinds'],
  description: 'For these triggers, these kinds of item are paid.',
  properties: { triggers: triggerList, kinds: kindList },
} as const;

export const lossLimitsSchema = {
  title: 'limits by loss type',
  type: 'object',
  additionalProperties: false,
  properties: { liability: yen, cost: yen, profit: yen },
} as const;

export const subLimitSchema = {
  title: 'sub-limit',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'amount'],
  description:
    "At most `amount` for the items of these kinds (and triggers) in one incident, or per person (`perPerson`: × the item's `persons` driver); it needs `kinds` or `triggers`.",
  properties: { id, label, kinds: kindList, triggers: triggerList, amount: yen, perPerson: { type: 'boolean' } },
} as const;

const planSchema = {
  title: 'plan',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'pays'],
  properties: {
    id,
    label,
    pays: { type: 'array', minItems: 1, items: { $ref: '#/$defs/payRule' }, description: 'Which kinds of item the plan pays for which triggers.' },
  },
} as const;

const optionSchema = {
  title: 'option',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'pays'],
  description: '特約 or option: what it adds to the plans that can take it.',
  properties: {
    id,
    label,
    plans: { type: 'array', minItems: 1, uniqueItems: true, items: id, description: 'The plans that can take the option; every plan when left out.' },
    mandatoryWith: { type: 'array', minItems: 1, uniqueItems: true, items: id, description: 'Limit sets that always include the option (必須付帯).' },
    pays: payRules,
    limits: { $ref: '#/$defs/lossLimits', description: 'Limits the option brings for loss types the limit set has none for (0).' },
    subLimits,
    example: { type: 'boolean', description: "The option's limits are an example: the insurer publishes none." },
  },
} as const;

const limitSetSchema = {
  title: 'limit set',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'limits'],
  properties: {
    id,
    label,
    limits: {
      type: 'object',
      additionalProperties: false,
      required: ['liability', 'cost', 'profit'],
      description: 'Limits per loss type in yen (賠償 / 費用 / 利益); 0 means none.',
      properties: { liability: yen, cost: yen, profit: yen },
    },
    example: { type: 'boolean', description: 'The limits are an example: the insurer publishes none.' },
  },
} as const;

const exclusionSchema = {
  title: 'exclusion',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label'],
  description: 'Items never paid: of these kinds (and triggers); it needs `kinds` or `triggers`.',
  properties: { id, label, kinds: kindList, triggers: triggerList },
} as const;

export const programSchema = {
  title: 'coverage program',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'plans', 'limitSets', 'deductible'],
  properties: {
    id,
    title: label,
    plans: { type: 'array', minItems: 1, items: planSchema },
    options: { type: 'array', items: optionSchema },
    limitSets: { type: 'array', minItems: 1, items: limitSetSchema },
    deductible: {
      type: 'object',
      additionalProperties: false,
      required: ['amount', 'label'],
      description: 'Taken once per incident from what the plan pays (自己負担額 / 免責金額); 0 for none.',
      properties: { amount: yen, label },
    },
    subLimits,
    exclusions: { type: 'array', items: exclusionSchema },
  },
} as const;
