// Answers a host page already knows (a member portal knows the industry and revenue): given to
// the company questions the owner has not answered yet, each checked as a saved answer is. Never
// a security question, and never over what the owner answered.

import { isRecord } from '../record.js';
import type { Answers, QuestionContent } from '../types.js';
import { fitsQuestion } from './answered.js';

export interface Prefilled {
  answers: Answers;
  /** Question ids given an answer. */
  applied: string[];
  /** Every answer the page gave that fits its question, used now or before (the owner has not changed it). */
  valid: Answers;
  /** What was not used and why, for the console (in English, for the page's developer). */
  problems: string[];
}

export function prefillAnswers(content: QuestionContent, answers: Answers, given: unknown): Prefilled {
  if (given === undefined || given === null) return { answers, applied: [], valid: {}, problems: [] };
  if (!isRecord(given))
    return {
      answers,
      applied: [],
      valid: {},
      problems: ['prefill: expected an object of answers by question id (in the attribute, JSON such as {"industry":"retail"})'],
    };
  const profile = new Set(content.categories.filter((c) => c.kind === 'profile').map((c) => c.id));
  const next: Answers = { ...answers };
  const applied: string[] = [];
  const valid: Answers = {};
  const problems: string[] = [];
  for (const [id, value] of Object.entries(given)) {
    const question = content.questions.find((q) => q.id === id);
    if (!question) problems.push(`prefill.${id}: no such question`);
    else if (!profile.has(question.category)) problems.push(`prefill.${id}: only questions about the company can be prefilled`);
    else if (!fitsQuestion(question, value, content)) problems.push(`prefill.${id}: ${describe(value)} is not an answer this question allows`);
    else {
      valid[id] = value;
      if (!(id in answers)) {
        next[id] = value;
        applied.push(id);
      }
    }
  }
  return { answers: next, applied, valid, problems };
}

/** A value as the console shows it, cut short. */
function describe(value: unknown): string {
  // JSON.stringify gives undefined for a function or undefined, whatever its declared type says.
  const json = JSON.stringify(value) as string | undefined;
  return (json ?? String(value)).slice(0, 60);
}
