// The form as typed, kept in this browser so a reload or a closed tab loses nothing. What is read
// back is checked field by field: a damaged draft gives an empty field, never a broken page.

import { isRecord } from '../core/record.js';
import { FIELDS, type FormValues } from './fields.js';
import type { KeptSettings } from './form.js';

const DRAFT_KEY = 'cyber-risk-check:configurator';

export interface Draft {
  values: FormValues;
  kept: KeptSettings;
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
  return {
    values,
    kept: {
      channels: Array.isArray(kept.channels) ? (kept.channels as unknown[]) : [],
      ...(isRecord(kept.webhook) && { webhook: kept.webhook }),
      ...(typeof kept.debug === 'boolean' && { debug: kept.debug }),
    },
  };
}
