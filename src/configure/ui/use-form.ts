// The form's state: the values as typed (kept in the browser as they change), the settings kept
// aside from a loaded configuration, and the problems loading found, until their field is edited.

import { useLayoutEffect, useState } from 'preact/hooks';
import type { ContentChoices } from '../../core/content/parts.js';
import { clearDraft, readDraft, saveDraft, type Draft } from '../draft.js';
import { emptyForm, FIELDS, type FieldValue } from '../fields.js';
import { configFromForm, formFromConfig, type LoadedConfig } from '../form.js';
import type { Problem } from '../validate.js';
import type { LoadReport } from './LoadConfig.js';

export function useForm(choices: ContentChoices, storage: Storage | undefined) {
  const [draft] = useState(() => readDraft(storage, emptyForm(choices)));
  const [form, setForm] = useState<Draft>(() => draft ?? { values: emptyForm(choices), kept: { channels: [] } });
  const [loadProblems, setLoadProblems] = useState<Record<string, Problem>>(draft?.loadProblems ?? {});
  // Fields the partner has been to: only these say "please fill this in" (the code's list always does).
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // Saved as soon as the change is drawn, not after the next paint: a reload right after typing keeps it.
  useLayoutEffect(() => saveDraft(storage, { ...form, loadProblems }), [form, loadProblems, storage]);

  const change = (id: string, value: FieldValue) => {
    setForm((current) => ({ ...current, values: { ...current.values, [id]: value } }));
    setLoadProblems(({ [id]: _edited, ...rest }) => rest);
    setTouched((current) => new Set(current).add(id));
  };
  const load = (raw: unknown): LoadReport => {
    const loaded = formFromConfig(raw, choices);
    // Something that is no configuration at all leaves the form as it was.
    if (loaded.unused.includes('$')) return loadReport(loaded, choices);
    setForm({ values: loaded.values, kept: loaded.kept });
    setLoadProblems(loaded.loadProblems);
    setTouched(new Set(FIELDS.map((field) => field.id)));
    return loadReport(loaded, choices);
  };
  const startOver = () => {
    clearDraft(storage);
    setForm({ values: emptyForm(choices), kept: { channels: [] } });
    setLoadProblems({});
    setTouched(new Set());
  };
  return { form, loadProblems, touched, change, load, startOver };
}

/** What loading found, for the message under the load box. */
function loadReport(loaded: LoadedConfig, choices: ContentChoices): LoadReport {
  const after = configFromForm(loaded.values, loaded.kept, choices);
  const { channels, webhook, debug } = loaded.kept;
  const keptCount = channels.length + Object.keys(webhook ?? {}).length + (debug === undefined ? 0 : 1);
  return { problemCount: Object.keys({ ...after.problems, ...loaded.loadProblems }).length, unused: loaded.unused, keptCount };
}
