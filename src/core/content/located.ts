// Content items with the file and JSONPath they were written at, so that every error can point
// to its source; the sink the checks report errors to; and look-ups by id shared by the checks.

import { hasOptions, type AnswerScale, type Question } from '../types.js';
import { childPath } from './json-schema.js';

/** Where something was written: a file of `questions/` and a JSONPath in it. */
export interface Place {
  file: string;
  path: string;
}

export interface Located<T> extends Place {
  value: T;
}

export type ErrorSink = (at: Place, message: string) => void;

/** Items by id; a second item with the same id is an error that names where the first is. */
export function indexById<T extends { id: string }>(items: Located<T>[], what: string, error: ErrorSink): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const item of items) {
    const first = byId.get(item.value.id);
    if (first) {
      error(
        { file: item.file, path: childPath(item.path, 'id') },
        `duplicate ${what} id ${JSON.stringify(item.value.id)}; first defined in ${first.file} at ${first.path}`,
      );
    } else byId.set(item.value.id, item);
  }
  return byId;
}

/** The questions by id, for checks in other files that name them. */
export interface QuestionLookup {
  question: (id: string) => Question | undefined;
  /** The option ids of an option question (its own or its scale's); undefined for unknown and number questions. */
  optionIdsOf: (id: string) => string[] | undefined;
}

export function questionLookup(questionById: Map<string, Located<Question>>, scaleById: Map<string, Located<AnswerScale>>): QuestionLookup {
  const scale = (id: string) => scaleById.get(id)?.value;
  return {
    question: (id) => questionById.get(id)?.value,
    optionIdsOf: (id) => {
      const target = questionById.get(id)?.value;
      return target ? optionIds(target, scale) : undefined;
    },
  };
}

export function optionIds(q: Question, scale: (id: string) => AnswerScale | undefined): string[] | undefined {
  if (!hasOptions(q)) return undefined;
  const options = q.options ?? (q.scale ? scale(q.scale)?.options : undefined) ?? [];
  return options.map((o) => o.id);
}
