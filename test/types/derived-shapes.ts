// The types derived from the schemas (src/core/schemas) hide no `any`: json-schema-to-ts gives
// `any` or `unknown` where it cannot read a schema, which would switch type checking off there.
// Compiled under strict by `npm test` (tsc --noEmit); the two probes show the check can fail.

import type { LossScenario, LossPreset, CoverageProgram, LossModel, Term, LimitSet, Driver } from '../../src/core/loss/types.js';
import type { PartnerConfig } from '../../src/core/partner/config.js';
import type { QuoteRequest } from '../../src/core/quote/types.js';
import type { ChoiceQuestion, ControlQuestion, DiscountScheme, NumberQuestion, Question, RateTable, Category, IpaBand } from '../../src/core/types.js';
type IsAny<T> = 0 extends 1 & T ? true : false;
type DeepNoAny<T, D extends number[] = []> = D['length'] extends 8
  ? true
  : IsAny<T> extends true
    ? false
    : T extends readonly (infer U)[]
      ? DeepNoAny<U, [...D, 1]>
      : T extends object
        ? { [K in keyof T]-?: DeepNoAny<T[K], [...D, 1]> }[keyof T] extends true
          ? true
          : false
        : true;
export const xLossScenario: DeepNoAny<LossScenario> = true;
export const xLossPreset: DeepNoAny<LossPreset> = true;
export const xCoverageProgram: DeepNoAny<CoverageProgram> = true;
export const xLossModel: DeepNoAny<LossModel> = true;
export const xTerm: DeepNoAny<Term> = true;
export const xLimitSet: DeepNoAny<LimitSet> = true;
export const xDriver: DeepNoAny<Driver> = true;
export const xPartnerConfig: DeepNoAny<PartnerConfig> = true;
export const xQuoteRequest: DeepNoAny<QuoteRequest> = true;
export const xDiscountScheme: DeepNoAny<DiscountScheme> = true;
export const xRateTable: DeepNoAny<RateTable> = true;
export const xQuestion: DeepNoAny<Question> = true;
export const xCategory: DeepNoAny<Category> = true;
export const xIpaBand: DeepNoAny<IpaBand> = true;

// Each kind of question is a member of the union that code narrows on `type`, never empty.
type NotNever<T> = [T] extends [never] ? false : true;
export const kinds: [NotNever<ControlQuestion>, NotNever<ChoiceQuestion>, NotNever<NumberQuestion>] = [true, true, true];
export function weightOf(question: Question): number | undefined {
  // Narrowing on the kind gives the control's required weight; other kinds have none.
  if (question.type === 'control') return question.weight;
  if (question.type === 'number') {
    // @ts-expect-error a number question has no weight
    const weight: unknown = question.weight;
    return typeof weight === 'number' ? weight : undefined;
  }
  return undefined;
}

// A shape with an `any` inside is caught; one without is not.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the probe must hold an any
export const probe: DeepNoAny<{ a: { b: any } }> = false;
export const probe2: DeepNoAny<{ a: { b: string[] } }> = true;
