// The content model: what a content author writes in `questions/`, after validation. The shapes
// are derived from their schemas in src/core/schemas, their one source. Plain data only, so the
// same objects serve the widget, the Node API and the build.

import type { ShapeOf } from './schemas/common.js';
import type { discountSchemeSchema } from './schemas/discount-scheme.js';
import type { starSchemeSchema } from './schemas/star-scheme.js';
import type { policyTemplateSchema } from './schemas/policy-template.js';
import type { questionsSchema } from './schemas/questions.js';
import type { industriesSchema } from './schemas/industries.js';
import type { rateTableSchema } from './schemas/rate-table.js';
import type { LossContent } from './loss/types.js';

// Re-exported so that every import of the content model keeps finding them here.
export * from './text.js';
export type { Condition } from './schemas/common.js';

/** A question file as its schema allows it (src/core/schemas/questions.ts). */
type QuestionFile = ShapeOf<typeof questionsSchema>;

/** A step of the check: `profile` categories describe the company; `controls` categories are the security check. */
export type Category = NonNullable<QuestionFile['categories']>[number];

/** An answer scale shared by several questions. */
export type AnswerScale = NonNullable<QuestionFile['scales']>[number];

/** An answer; `points` count towards the score (profile options, which describe rather than score, have none). */
export type AnswerOption = AnswerScale['options'][number];

/** A question of the check: a security control, a choice, or a number. */
export type Question = NonNullable<QuestionFile['questions']>[number];

/** A security control, answered on a points scale (done / partly / not done / don't know). */
export type ControlQuestion = Extract<Question, { type: 'control' }>;

/** A question answered by picking one option (choice) or several (multi). */
export type ChoiceQuestion = Extract<Question, { type: 'choice' | 'multi' }>;

/** `amount` is yen and accepts 万/億 and full-width digits; `number` is a plain count. */
export type NumberQuestion = Extract<Question, { type: 'number' | 'amount' }>;

export type EffortCost = NonNullable<ControlQuestion['effort']>['cost'];
export type EffortTime = NonNullable<ControlQuestion['effort']>['time'];

/** A topic of IPA's 5-minute self-check, the coverage map of the IPA-style score. */
export type IpaTopic = NonNullable<QuestionFile['ipaTopics']>[number];

/** A band of the IPA-style score; a score falls in the first band whose `min` it reaches. */
export type IpaBand = NonNullable<QuestionFile['ipaBands']>[number];

/** A discount scheme, derived from its schema (src/core/schemas/discount-scheme.ts). */
export type DiscountScheme = Omit<ShapeOf<typeof discountSchemeSchema>, '$schema'>;

/** A step on the security-discount ladder, reached when all of its rules hold; the first is where everyone starts. */
export type DiscountTier = DiscountScheme['security']['tiers'][number];

/** A fixed share granted on its own condition, e.g. a certification. */
export type DiscountPart = NonNullable<DiscountScheme['security']['parts']>[number];

/** A ladder of declared or assessed levels, e.g. SECURITY ACTION (src/core/schemas/star-scheme.ts). */
export type StarScheme = Omit<ShapeOf<typeof starSchemeSchema>, '$schema'>;
export type StarLevel = StarScheme['levels'][number];
export type StarRequirement = StarLevel['requirements'][number];

/** The draft basic security policy's wording, for SECURITY ACTION two stars (src/core/schemas/policy-template.ts). */
export type PolicyTemplate = Omit<ShapeOf<typeof policyTemplateSchema>, '$schema'>;

/** Published premium examples by industry and revenue, derived from its schema (src/core/schemas/rate-table.ts). */
export type RateTable = Omit<ShapeOf<typeof rateTableSchema>, '$schema'>;

/** The official industry classification the quote form offers (src/core/schemas/industries.ts). */
export type IndustryClassification = Omit<ShapeOf<typeof industriesSchema>, '$schema'>;
export type IndustryDivision = IndustryClassification['divisions'][number];
export type IndustryGroup = IndustryDivision['groups'][number];

export interface Content {
  /** Incident scenarios, presets, the loss model and insurance plans. */
  loss: LossContent;
  /** First is the default. */
  discountSchemes: DiscountScheme[];
  rateTables: RateTable[];
  /** The official classification the quote form asks for; absent when the content has none. */
  industries?: IndustryClassification;
  /** The star ladder's schemes, lowest first (see StarScheme); absent when the content has none. */
  starSchemes?: StarScheme[];
  /** The draft basic security policy (see PolicyTemplate); absent when the content has none. */
  policyTemplate?: PolicyTemplate;
  categories: Category[];
  /** IPA 5-minute self-check topics, the coverage map for the IPA-style score. */
  ipaTopics: IpaTopic[];
  /** Highest first. */
  ipaBands: IpaBand[];
  scales: Record<string, AnswerScale>;
  /** In flow order: by category order, then by order within the files. */
  questions: Question[];
}

/** The fields of a control question that only scoring and the results read; the widget loads them with the results. */
export type ControlScoring = Pick<ControlQuestion, 'weight' | 'ipaTopics' | 'tags' | 'effort' | 'action' | 'askWho' | 'howTo'>;

/** Omit on each member of a union, keeping the members apart. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A question as the widget's first load has it: a control's scoring fields come later, with the
 * results (see content/parts.ts), so they may be missing until then.
 */
export type AskedQuestion = Exclude<Question, ControlQuestion> | (OmitEach<ControlQuestion, keyof ControlScoring> & Partial<ControlScoring>);

/** What the questions need: the steps, the answer scales and the questions. The widget's first load. */
export interface QuestionContent {
  categories: Category[];
  scales: Record<string, AnswerScale>;
  questions: AskedQuestion[];
}

/** What the results need besides the questions; the widget loads it after the first screen. */
export type ResultsContent = Omit<Content, keyof QuestionContent>;

/** The ids a partner configuration may name, checked before the rest of the content is loaded. */
export interface ContentIds {
  discountSchemes: string[];
  rateTables: string[];
  coverage: string[];
  scenarios: string[];
}

/** A choice is an option id, a multi-choice a list of them, numbers and amounts a number. */
export type AnswerValue = string | string[] | number;
export type Answers = Record<string, AnswerValue>;

/** The option id every control scale offers when `allowNotApplicable` is set. */
export const NOT_APPLICABLE = 'na';

export type OptionQuestion = Exclude<AskedQuestion, NumberQuestion>;

/** Questions answered by picking options (as opposed to typing a number). */
export function hasOptions<Q extends AskedQuestion>(question: Q): question is Exclude<Q, NumberQuestion> {
  return question.type !== 'number' && question.type !== 'amount';
}
