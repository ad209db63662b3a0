// Two tabs of one widget instance save to the same place. When the other tab saves, each answer it
// gave or cleared later than this tab did is taken (the later answer wins, question by question,
// so an echo of an older save changes nothing and the tabs settle); a lead it sent shows as sent
// here. The rest (step, language, the quote form being typed) stays each tab's own.

import { isRecord } from '../core/record.js';
import type { QuestionContent } from '../core/types.js';
import { restoreState, type WidgetState } from './store.js';

/** What to take from the other tab's saved state (`theirs`, as saved), or nothing. */
export function changesFromOtherTab(content: QuestionContent, ours: WidgetState, theirs: unknown): Partial<WidgetState> | undefined {
  if (!isRecord(theirs)) return undefined;
  // Read as a reload would read it: what does not fit is dropped.
  const after = restoreState(theirs, content, ours.lang);
  const given = isRecord(theirs.answers) ? theirs.answers : {};
  const answers = { ...ours.answers };
  const drafts = { ...ours.drafts };
  const answeredAt = { ...ours.answeredAt };
  let taken = false;
  for (const [id, at] of Object.entries(after.answeredAt)) {
    if (at <= (ours.answeredAt[id] ?? 0)) continue;
    const value = after.answers[id];
    if (value !== undefined) answers[id] = value;
    else if (id in given)
      continue; // damaged there: this tab's answer stays
    else Reflect.deleteProperty(answers, id);
    const draft = after.drafts[id];
    if (draft !== undefined) drafts[id] = draft;
    else Reflect.deleteProperty(drafts, id);
    answeredAt[id] = at;
    taken = true;
  }
  const changes: Partial<WidgetState> = taken ? { answers, drafts, answeredAt } : {};
  // Sent from the other tab: shown as sent here, so this tab never sends a second lead.
  if (after.submission.status === 'sent' && ours.submission.status !== 'sent') changes.submission = after.submission;
  return Object.keys(changes).length > 0 ? changes : undefined;
}
