// The content model: what a content author writes in `questions/`, after validation.
// Plain data only, so the same objects serve the widget, the Node API and the build.

import type { ShapeOf } from './schemas/common.js';
import type { discountSchemeSchema } from './schemas/discount-scheme.js';
import type { rateTableSchema } from './schemas/rate-table.js';
import type { Condition } from './condition.js';
import type { LossContent } from './loss/types.js';
import type { LocalText } from './text.js';

// Re-exported so that every import of the content model keeps finding them here.
export * from './text.js';
export type { Condition } from './condition.js';

export interface Category {
  id: string;
  /** `profile` categories describe the company; `controls` categories are the security check. */
  kind: 'profile' | 'controls';
  title: LocalText;
  intro?: LocalText;
}

export interface AnswerOption {
  id: string;
  label: LocalText;
  /** Points towards the score; absent on profile options, which describe rather than score. */
  points?: number;
  help?: LocalText;
}

export interface AnswerScale {
  id: string;
  options: AnswerOption[];
}

export type EffortCost = 'free' | 'low' | 'budget';
export type EffortTime = 'minutes' | 'hours' | 'days' | 'weeks';

interface QuestionBase {
  id: string;
  category: string;
  text: LocalText;
  help?: { why: LocalText; how: LocalText };
  showIf?: Condition;
}

/** A security control, answered on a points scale (done / partly / not done / don't know). */
export interface ControlQuestion extends QuestionBase {
  type: 'control';
  /** Id of a shared scale in `scales.json`, or inline `options` (every option carries points). */
  scale?: string;
  options?: AnswerOption[];
  /** Offer "not applicable" because the control can genuinely not apply to some companies. */
  allowNotApplicable?: boolean;
  weight: number;
  /** IPA 5-minute self-check topics this question covers (see questions/README.md). */
  ipaTopics?: string[];
  /** Links to discount criteria and to the loss scenarios the control mitigates. */
  tags?: string[];
  effort?: { cost: EffortCost; time: EffortTime };
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'choice' | 'multi';
  scale?: string;
  options?: AnswerOption[];
}

export interface NumberQuestion extends QuestionBase {
  /** `amount` is yen and accepts 万/億 and full-width digits; `number` is a plain count. */
  type: 'number' | 'amount';
  min?: number;
  max?: number;
  unit?: LocalText;
  optional?: boolean;
}

export type Question = ControlQuestion | ChoiceQuestion | NumberQuestion;

export interface IpaTopic {
  id: string;
  number: number;
  part?: 'basic' | 'employee' | 'organisation';
  title: LocalText;
}

export interface IpaBand {
  id: string;
  /** Lowest score in the band. */
  min: number;
  title: LocalText;
  advice: LocalText;
}

/** A discount scheme, derived from its schema (src/core/schemas/discount-scheme.ts). */
export type DiscountScheme = Omit<ShapeOf<typeof discountSchemeSchema>, '$schema'>;

/** A step on the security-discount ladder, reached when all of its rules hold; the first is where everyone starts. */
export type DiscountTier = DiscountScheme['security']['tiers'][number];

/** A fixed share granted on its own condition, e.g. a certification. */
export type DiscountPart = NonNullable<DiscountScheme['security']['parts']>[number];

/** Published premium examples by industry and revenue, derived from its schema (src/core/schemas/rate-table.ts). */
export type RateTable = Omit<ShapeOf<typeof rateTableSchema>, '$schema'>;

export interface Content {
  /** Incident scenarios, presets, the loss model and insurance plans. */
  loss: LossContent;
  /** First is the default. */
  discountSchemes: DiscountScheme[];
  rateTables: RateTable[];
  categories: Category[];
  /** IPA 5-minute self-check topics, the coverage map for the IPA-style score. */
  ipaTopics: IpaTopic[];
  /** Highest first. */
  ipaBands: IpaBand[];
  scales: Record<string, AnswerScale>;
  /** In flow order: by category order, then by order within the files. */
  questions: Question[];
}

/** What the questions need: the steps, the answer scales and the questions. The widget's first load. */
export type QuestionContent = Pick<Content, 'categories' | 'scales' | 'questions'>;

/** The fields of a control question that only scoring reads; the widget loads them with the results. */
export type ControlScoring = Pick<ControlQuestion, 'weight' | 'ipaTopics' | 'tags' | 'effort'>;

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

export type OptionQuestion = ControlQuestion | ChoiceQuestion;

/** Questions answered by picking options (as opposed to typing a number). */
export function hasOptions(question: Question): question is OptionQuestion {
  return question.type !== 'number' && question.type !== 'amount';
}
