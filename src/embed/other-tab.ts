// Loaded when another tab of this browser saves the same widget instance: its changes are taken
// into this tab (see state/other-tab.ts), which then saves the merged state.

import type { QuestionContent } from '../core/types.js';
import { changesFromOtherTab } from '../state/other-tab.js';
import { parseSnapshot, type SnapshotStorage } from '../state/persist.js';
import { STATE_VERSION, type WidgetStore } from '../state/store.js';

export function takeOtherTabSave(store: WidgetStore, storage: SnapshotStorage, content: QuestionContent, text: string | null): void {
  // Kept in memory only (a shared link's result): the other tab's answers are not this view's.
  if (!storage.sharedWithOtherTabs) return;
  const changes = changesFromOtherTab(content, store.getState(), parseSnapshot(text, STATE_VERSION));
  if (changes) store.setState(changes);
}
