// The form as typed, kept in this browser so a reload or a closed tab loses nothing. What is read
// back is checked field by field: a damaged draft gives an empty field, never a broken page.

import { isRecord } from '../core/record.js';
import { FIELDS, type FormValues } from './fields.js';
import type { KeptSettings } from './form.js';
import { PROBLEM_KEYS, type Problem } from './validate.js';

const DRAFT_KEY = 'cyber-risk-check:configurator';

export interface Draft {
  values: FormValues;
  kept: KeptSettings;
  /** Loaded values that could not be used, until their field is edited. */
  loadProblems?: Record<string, Problem>;
}

export function saveDraft(storage: Storage | undefined, draft: Draft): void {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    /* storage full or refused: the form still works, it is only not kept */
  }
}

export function clearDraft(storage: Storage | undefined): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    /* nothing to clear */
  }
}

/** The webhook's kept settings, without what the form's own fields decide. */
function webhookExtras({ type: _type, url: _url, format: _format, ...extras }: Record<string, unknown>): Record<string, unknown> {
  return extras;
}

/** The saved form laid over `empty`, keeping only values of the right kind. */
export function readDraft(storage: Storage | undefined, empty: FormValues): Draft | undefined {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (!isRecord(saved) || !isRecord(saved.values)) return undefined;
  const values: FormValues = { ...empty };
  for (const field of FIELDS) {
    const value = saved.values[field.id];
    const fits =
      field.kind === 'toggle'
        ? typeof value === 'boolean'
        : field.kind === 'choices'
          ? Array.isArray(value) && value.every((id) => typeof id === 'string')
          : typeof value === 'string';
    if (fits) values[field.id] = value as FormValues[string];
  }
  const kept = isRecord(saved.kept) ? saved.kept : {};
  const loadProblems = readProblems(saved.loadProblems);
  return {
    ...(loadProblems && { loadProblems }),
    values,
    kept: {
      channels: Array.isArray(kept.channels) ? (kept.channels as unknown[]) : [],
      ...(isRecord(kept.webhook) && { webhook: webhookExtras(kept.webhook) }),
      ...(typeof kept.debug === 'boolean' && { debug: kept.debug }),
    },
  };
}

/** Saved problems whose field and kind are known, with their values as text or numbers. */
function readProblems(saved: unknown): Record<string, Problem> | undefined {
  if (!isRecord(saved)) return undefined;
  const problems: Record<string, Problem> = {};
  for (const field of FIELDS) {
    const problem = saved[field.id];
    const key = isRecord(problem) ? PROBLEM_KEYS.find((known) => known === problem.key) : undefined;
    if (!key || !isRecord(problem)) continue;
    const vars = isRecord(problem.vars)
      ? Object.entries(problem.vars).filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1]))
      : [];
    problems[field.id] = vars.length > 0 ? { key, vars: Object.fromEntries(vars) } : { key };
  }
  return Object.keys(problems).length > 0 ? problems : undefined;
}
