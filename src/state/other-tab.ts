// Two tabs of one widget instance save to the same place. When the other tab saves, what it
// changed since this tab last saved or read is taken, question by question and field by field;
// the rest of this tab's state stays. This tab saves each change at once, so whatever the other
// tab saved after that is the newer answer.

import { isRecord } from '../core/record.js';
import type { QuestionContent } from '../core/types.js';
import { restoreState, type WidgetState } from './store.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Ours, with every key the other tab changed since `base` set as it has it, or removed when its
 * save (`raw`, before it was checked) no longer has it; a value dropped as damaged removes nothing.
 */
function mergeByKey<T extends object>(base: T, theirs: T, ours: T, raw: unknown): T {
  const merged: Record<string, unknown> = { ...(ours as Record<string, unknown>) };
  const before = base as Record<string, unknown>;
  const after = theirs as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[key], after[key])) continue;
    if (key in after) merged[key] = after[key];
    else if (!isRecord(raw) || !(key in raw)) Reflect.deleteProperty(merged, key);
  }
  // The same keys as T's, each from one of the three, which are all T.
  return merged as T;
}

/** What to take from the other tab's saved state (`theirs`, as saved), or nothing when it changed nothing here. */
export function changesFromOtherTab(content: QuestionContent, ours: WidgetState, base: unknown, theirs: unknown): Partial<WidgetState> | undefined {
  if (!isRecord(theirs)) return undefined;
  // Both are read as a reload would read them: what does not fit is dropped.
  const before = restoreState(base, content, ours.lang);
  const after = restoreState(theirs, content, ours.lang);
  const merged: Partial<WidgetState> = {
    answers: mergeByKey(before.answers, after.answers, ours.answers, theirs.answers),
    drafts: mergeByKey(before.drafts, after.drafts, ours.drafts, theirs.drafts),
    lossInputs: mergeByKey(before.lossInputs, after.lossInputs, ours.lossInputs, theirs.lossInputs),
    quote: mergeByKey(before.quote, after.quote, ours.quote, theirs.quote),
    // Sent (or being sent) from the other tab: this one shows it rather than send a second lead.
    submission: same(before.submission, after.submission) ? ours.submission : after.submission,
    planned: same(before.planned, after.planned) ? ours.planned : after.planned,
  };
  const changes = Object.fromEntries(Object.entries(merged).filter(([key, value]) => !same(value, ours[key as keyof WidgetState])));
  return Object.keys(changes).length > 0 ? changes : undefined;
}
