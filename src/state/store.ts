// One store per widget instance: what the user answered, typed and where they are. Everything
// else (steps, visibility, scores) is derived from this by core functions, never stored.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { INTRO_STEP, stepIndex, stepsFor } from '../core/flow/steps.js';
import { fitsQuestion } from '../core/flow/answered.js';
import type { Attribution } from '../core/quote/attribution.js';
import type { Driver } from '../core/loss/types.js';
import { parseDriverInput, parseNumberAnswer } from '../core/parse/answer.js';
import { isRecord } from '../core/record.js';
import { EMPTY_QUOTE_FIELDS, LEGAL_FORMS, OVERSEAS_REGIONS, REVENUE_SHARES, type QuoteFields } from '../core/quote/types.js';
import { isLang, type AnswerValue, type Answers, type QuestionContent, type Lang, type NumberQuestion } from '../core/types.js';
import type { SnapshotStorage } from './persist.js';
import { restoreSubmission, savedSubmission, type Submission } from './submission.js';

export type { Submission } from './submission.js';

/** Bump when the saved shape changes; older snapshots are then dropped. */
export const STATE_VERSION = 1;

export interface WidgetState {
  lang: Lang;
  step: string;
  answers: Answers;
  /** When each answer was last given or cleared (ms since 1970): between two tabs, the later one wins. */
  answeredAt: Record<string, number>;
  /** Text as typed in number and amount fields, kept even when it does not parse. */
  drafts: Record<string, string>;
  /** Adjusted loss assumptions by scenario and driver: the text as typed and its last valid value. */
  lossInputs: Record<string, Record<string, LossInput>>;
  /** What only the quote form asks (company facts are answers). */
  quote: QuoteFields;
  submission: Submission;
  /** The improvement steps the owner ticked in the results (control question ids): carried into the quote request. */
  planned: string[];
  /**
   * The page and campaign that brought the owner, carried into the quote request. Restored by its
   * shape only: the request takes it through restoreAttribution, which checks every value.
   */
  attribution: Attribution;
}

export interface LossInput {
  text: string;
  value?: number;
}

export interface WidgetActions {
  setLang(lang: Lang): void;
  answer(questionId: string, value: AnswerValue): void;
  toggle(questionId: string, optionId: string): void;
  type(question: NumberQuestion, text: string): void;
  adjust(scenarioId: string, driver: Driver, text: string): void;
  setQuoteField<K extends keyof QuoteFields>(key: K, value: QuoteFields[K]): void;
  setSubmission(submission: Submission): void;
  togglePlanned(questionId: string): void;
  setAttribution(attribution: Attribution): void;
  goTo(step: string): void;
  next(): void;
  back(): void;
  reset(): void;
}

/** What the store knows of this page only, never saved. */
export interface PageState {
  /** Asking the quick check only: an attendee's phone, or a take-home link that could not be read. */
  quickCheck: boolean;
  /** The last save was refused (storage full or blocked): answers will not survive a reload. */
  saveFailed: boolean;
  /** Answers saved earlier could not be read back (damaged, or from another version): the check starts afresh. */
  restoreFailed: boolean;
}

export type StoreState = WidgetState & PageState & WidgetActions;
export type WidgetStore = StoreApi<StoreState>;

export function initialState(lang: Lang): WidgetState {
  return {
    lang,
    step: INTRO_STEP,
    answers: {},
    answeredAt: {},
    drafts: {},
    lossInputs: {},
    quote: { ...EMPTY_QUOTE_FIELDS },
    submission: { status: 'idle' },
    planned: [],
    attribution: { params: {} },
  };
}

/** Accepts a saved snapshot only in the shape we wrote; anything else starts fresh. */
export function restoreState(saved: unknown, content: QuestionContent, fallbackLang: Lang): WidgetState {
  const fresh = initialState(fallbackLang);
  if (!isRecord(saved)) return fresh;
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  const answers: Answers = {};
  if (isRecord(saved.answers)) {
    // An answer its question could not have been given (an old option, a damaged number) is dropped:
    // the results then list the question as unanswered, with the way back to it.
    for (const [id, value] of Object.entries(saved.answers)) {
      const question = questions.get(id);
      if (question && fitsQuestion(question, value, content)) answers[id] = value;
    }
  }
  const answeredAt: Record<string, number> = {};
  if (isRecord(saved.answeredAt)) {
    for (const [id, at] of Object.entries(saved.answeredAt))
      if (questions.has(id) && typeof at === 'number' && Number.isFinite(at) && at >= 0) answeredAt[id] = at;
  }
  const drafts: Record<string, string> = {};
  if (isRecord(saved.drafts)) {
    for (const [id, value] of Object.entries(saved.drafts)) if (questions.has(id) && typeof value === 'string') drafts[id] = value;
  }
  const lossInputs: WidgetState['lossInputs'] = {};
  if (isRecord(saved.lossInputs)) {
    for (const [scenario, inputs] of Object.entries(saved.lossInputs)) {
      if (!isRecord(inputs)) continue;
      for (const [driver, input] of Object.entries(inputs)) {
        if (!isRecord(input) || typeof input.text !== 'string') continue;
        const value = typeof input.value === 'number' && Number.isFinite(input.value) ? input.value : undefined;
        (lossInputs[scenario] ??= {})[driver] = value === undefined ? { text: input.text } : { text: input.text, value };
      }
    }
  }
  const quote = restoreQuoteFields(saved.quote);
  const submission = restoreSubmission(saved.submission);
  const planned = Array.isArray(saved.planned)
    ? [...new Set(saved.planned.filter((id): id is string => typeof id === 'string' && questions.get(id)?.type === 'control'))]
    : [];
  return {
    planned,
    attribution: attributionShape(saved.attribution),
    lossInputs,
    quote,
    submission,
    lang: isLang(saved.lang) ? saved.lang : fallbackLang,
    step: typeof saved.step === 'string' ? saved.step : INTRO_STEP,
    answers,
    answeredAt,
    drafts,
  };
}

/** A saved attribution if it has the shape of one (its values are checked when the request is built). */
function attributionShape(saved: unknown): Attribution {
  if (!isRecord(saved) || !isRecord(saved.params) || !Object.values(saved.params).every((v) => typeof v === 'string')) return { params: {} };
  const params = saved.params as Record<string, string>; // every value was just checked to be a string
  return typeof saved.page === 'string' ? { page: saved.page, params } : { params };
}

/** Fields with a fixed set of values: anything else saved is dropped, so a request always fits its schema. */
const QUOTE_CHOICES: Partial<Record<keyof QuoteFields, readonly string[]>> = {
  legalForm: LEGAL_FORMS,
  overseasShare: REVENUE_SHARES,
  itShare: REVENUE_SHARES,
  plan: ['basic', 'wide', 'unsure'],
  contactMethod: ['email', 'phone', 'either'],
  contactTime: ['morning', 'afternoon', 'evening', 'any'],
};

function restoreQuoteFields(saved: unknown): QuoteFields {
  const quote: QuoteFields = { ...EMPTY_QUOTE_FIELDS, overseasRegions: [] };
  if (!isRecord(saved)) return quote;
  for (const key of Object.keys(EMPTY_QUOTE_FIELDS) as (keyof QuoteFields)[]) {
    const value = saved[key];
    const choices = QUOTE_CHOICES[key];
    if (key === 'overseasRegions') quote.overseasRegions = Array.isArray(value) ? OVERSEAS_REGIONS.filter((r) => value.includes(r)) : [];
    else if (typeof value !== typeof EMPTY_QUOTE_FIELDS[key] || (choices && value !== '' && !choices.includes(value as string))) continue;
    else if (key === 'industryCode' && !/^(\d{2})?$/.test(value as string)) continue;
    // Checked against the empty form's type (and the field's choices) just above.
    else (quote as unknown as Record<string, unknown>)[key] = value;
  }
  return quote;
}

/** The times of the answers, with this one given or cleared now. */
function stamped(answeredAt: Record<string, number>, id: string): Record<string, number> {
  return { ...answeredAt, [id]: Date.now() };
}

/** An assumption as typed: an empty box returns to the profile value or default; a wrong one keeps the last valid value. */
function adjustedInput(driver: Driver, text: string, previous: LossInput | undefined): LossInput {
  const parsed = parseDriverInput(driver, text);
  const value = parsed.ok ? parsed.value : text.trim() === '' ? undefined : previous?.value;
  return value === undefined ? { text } : { text, value };
}

export interface StoreOptions {
  content: QuestionContent;
  storage: SnapshotStorage;
  lang: Lang;
  /** Whether to start with the quick check alone (see quickCheckIds). */
  quickCheck?: boolean;
}

export function createWidgetStore({ content, storage, lang, quickCheck }: StoreOptions): WidgetStore {
  const store = createStore<StoreState>()((set, get) => {
    const move = (delta: number) => {
      const { answers, step } = get();
      const steps = stepsFor(content, answers, get().quickCheck);
      const index = Math.min(Math.max(stepIndex(steps, step) + delta, 0), steps.length - 1);
      const target = steps[index];
      if (target) set({ step: target.id });
    };
    return {
      ...restoreState(storage.read(), content, lang),
      quickCheck: !!quickCheck,
      saveFailed: false,
      restoreFailed: storage.discarded?.() ?? false,
      setLang: (next) => set({ lang: next }),
      answer: (id, value) => set((s) => ({ answers: { ...s.answers, [id]: value }, answeredAt: stamped(s.answeredAt, id) })),
      toggle: (id, optionId) =>
        set((s) => {
          const current = s.answers[id];
          const selected = Array.isArray(current) ? current : [];
          const value = selected.includes(optionId) ? selected.filter((o) => o !== optionId) : [...selected, optionId];
          return { answers: { ...s.answers, [id]: value }, answeredAt: stamped(s.answeredAt, id) };
        }),
      type: (question, text) =>
        set((s) => {
          const drafts = { ...s.drafts, [question.id]: text };
          const parsed = parseNumberAnswer(question, text);
          // Keep the last valid value while the text is wrong, so estimates do not jump to nothing.
          const answeredAt = stamped(s.answeredAt, question.id);
          if (parsed.ok) return { drafts, answers: { ...s.answers, [question.id]: parsed.value }, answeredAt };
          if (text.trim() !== '') return { drafts };
          const { [question.id]: _cleared, ...answers } = s.answers;
          return { drafts, answers, answeredAt };
        }),
      adjust: (scenarioId, driver, text) => {
        const input = adjustedInput(driver, text, get().lossInputs[scenarioId]?.[driver.id]);
        set((s) => ({ lossInputs: { ...s.lossInputs, [scenarioId]: { ...s.lossInputs[scenarioId], [driver.id]: input } } }));
      },
      setQuoteField: (key, value) => set((s) => ({ quote: { ...s.quote, [key]: value } })),
      setSubmission: (submission) => set({ submission }),
      setAttribution: (attribution) => set({ attribution }),
      togglePlanned: (id) => set((s) => ({ planned: s.planned.includes(id) ? s.planned.filter((p) => p !== id) : [...s.planned, id] })),
      goTo: (step) => set({ step }),
      next: () => move(1),
      back: () => move(-1),
      reset: () => {
        storage.clear();
        // Starting over keeps the visit's page and campaign, and the check chosen: they are not answers.
        set({ ...initialState(get().lang), attribution: get().attribution, quickCheck: get().quickCheck });
      },
    };
  });
  saveOnChange(store, storage);
  return store;
}

/** The part of the store that is saved: what the owner answered, typed and reached, without the page's own state or the actions. */
export function persistedState({ lang, step, answers, answeredAt, drafts, lossInputs, quote, submission, planned, attribution }: WidgetState): WidgetState {
  return { lang, step, answers, answeredAt, drafts, lossInputs, quote, submission, planned, attribution };
}

/** Saves every change; every change tries again, so a save refused once (storage full for a moment) is not the last. */
function saveOnChange(store: WidgetStore, storage: SnapshotStorage): void {
  store.subscribe((state) => {
    const saved = storage.write({ ...persistedState(state), submission: savedSubmission(state.submission) } satisfies WidgetState);
    if (saved === state.saveFailed) store.setState({ saveFailed: !saved });
  });
}
