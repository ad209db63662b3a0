// Everything the widget knows, as pure functions over plain data, without the built-in content:
// the widget imports this and loads its content by language; core/index.ts adds the content.

export { version } from './version.js';

export * from './types.js';
export { validateContent, formatContentError } from './content/validate.js';
export type { ContentFile, ContentError, ContentResult } from './content/validate.js';
export { checkSchema } from './content/json-schema.js';
export { questionPart, resultsPart, isFullContent, contentIds } from './content/parts.js';
export type { JsonSchema, SchemaIssue } from './content/json-schema.js';
export { conditionHolds, visibleQuestionIds, visibleAnswers } from './flow/conditions.js';
export { questionText, answerText, formatList } from './flow/labels.js';
export { optionsOf } from './flow/options.js';
export { stepsFor, stepIndex, questionSteps, INTRO_STEP, RESULTS_STEP, QUOTE_STEP } from './flow/steps.js';
export { expectedLength } from './flow/estimate.js';
export type { ExpectedLength } from './flow/estimate.js';
export type { Step, StepId } from './flow/steps.js';
export { parseYen, parseCount, normalizeDigits, MAX_YEN } from './parse/yen.js';
export { parseNumberAnswer, parseDriverInput } from './parse/answer.js';
export type { DriverInputResult, DriverInputError } from './parse/answer.js';
export type { YenResult, YenError, CountResult, CountError } from './parse/yen.js';
export { ipaScore, ipaBand, answerPoints, IPA_MAX_POINTS } from './scoring/ipa.js';
export type { IpaScore, IpaTopicScore } from './scoring/ipa.js';
export { weightedScore, bestOption, scoredControls } from './scoring/weighted.js';
export type { WeightedScore, CategoryScore } from './scoring/weighted.js';
export { discountFor, combineRates, roundRate, schemeById, controlSatisfied } from './discount/tier.js';
export type { DiscountResult, TierCheck, UnmetRule } from './discount/tier.js';
export { improvementPlan, improvementPlans, mitigationHighlights, effortCost } from './discount/plan.js';
export type { ImprovementPlan, ImprovementPlans, PlanStep, MitigationHighlight } from './discount/plan.js';
export { basePremium, discountedPremium } from './discount/premium.js';
export { estimateScenario, scenariosFor, evaluateFormula, jnsaPerPerson, checkDriverValue, seededRandom, DEFAULT_SAMPLES } from './loss/estimate.js';
export type { LossEstimate, ItemEstimate, TermValue, DriverValue, MitigationEffect, EstimateOptions } from './loss/estimate.js';
export { coverFor } from './loss/cover.js';
export type { CoverResult, CoverByType, CoveredItem } from './loss/cover.js';
export * from './loss/types.js';
export { parseEmail, parsePhone, parsePostcode } from './parse/contact.js';
export type { ContactResult } from './parse/contact.js';
export * from './quote/types.js';
export { validateQuote, buildQuoteRequest, newIdempotencyKey } from './quote/request.js';
export type { QuoteFieldKey, QuoteFieldError, QuoteRequestInput } from './quote/request.js';
export { sendWebhook, isAllowedWebhookUrl, DEFAULT_RETRY_DELAYS_MS } from './quote/webhook.js';
export type { WebhookResult, WebhookOptions } from './quote/webhook.js';
export { mailtoUrl, redirectUrl, MAILTO_MAX_LENGTH } from './quote/handoff.js';
export type { MailText } from './quote/handoff.js';
export { default as quoteRequestSchema } from './quote/quote-request.schema.json' with { type: 'json' };
export { encodeShare, decodeShare, contentFingerprint, SHARE_VERSION, SHARE_KEY } from './share/link.js';
export { hasShareFragment } from './share/key.js';
export type { ShareResult, ShareError } from './share/link.js';
