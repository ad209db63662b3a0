// Versioned, per-instance persistence that never throws: storage that is missing, full, blocked
// (private mode, sandboxed iframes) or holding garbage degrades to memory or to a fresh start, and
// each write says whether it was kept, so the owner can be told.

export interface SnapshotStorage {
  read(): unknown;
  /** A snapshot was there but could not be read (damaged, or from another version): the owner starts afresh. */
  discarded?: () => boolean;
  /** Saved where another tab of the browser saves the same instance (not so for memory only). */
  sharedWithOtherTabs?: boolean;
  /** Whether the value is kept beyond this page: false when storage refused it (full, blocked). */
  write(value: unknown): boolean;
  clear(): void;
}

interface Envelope {
  version: number;
  state: unknown;
}

export function storageKey(instanceId: string): string {
  return `cyber-risk-check:${instanceId}`;
}

/** The state in a saved snapshot's text, if it is one of this version. */
export function parseSnapshot(text: string | null, version: number): unknown {
  if (text === null) return undefined;
  try {
    const envelope = JSON.parse(text) as Partial<Envelope> | null;
    // A snapshot from another version is dropped, not guessed at.
    return envelope && envelope.version === version ? envelope.state : undefined;
  } catch {
    return undefined;
  }
}

/** Web Storage when it works, otherwise memory for the life of the page. */
export function snapshotStorage(key: string, version: number, storage: () => Storage | undefined): SnapshotStorage {
  let memory: unknown;
  let usable = true;
  let discarded = false;
  const get = (): Storage | undefined => {
    if (!usable) return undefined;
    try {
      return storage();
    } catch {
      usable = false;
      return undefined;
    }
  };
  return {
    read() {
      const store = get();
      if (!store) return memory;
      try {
        const text = store.getItem(key);
        const state = parseSnapshot(text, version);
        discarded = text !== null && state === undefined;
        return state;
      } catch {
        return undefined;
      }
    },
    discarded: () => discarded,
    sharedWithOtherTabs: true,
    write(state) {
      memory = state;
      const store = get();
      if (!store) return false;
      try {
        store.setItem(key, JSON.stringify({ version, state } satisfies Envelope));
        return true;
      } catch {
        return false; // full or refused: kept in memory, and tried again at the next change
      }
    },
    clear() {
      memory = undefined;
      try {
        get()?.removeItem(key);
      } catch {
        /* nothing to clear */
      }
    },
  };
}

export function memoryStorage(): SnapshotStorage {
  let memory: unknown;
  // Nothing to fail: keeping answers for this page only is what was asked for.
  return { read: () => memory, write: (v) => ((memory = v), true), clear: () => void (memory = undefined) };
}

/** Storage that can be cut loose: after `detach()` it keeps state in memory only, leaving what was saved alone. */
export function detachableStorage(storage: SnapshotStorage): SnapshotStorage & { detach(): void } {
  let current = storage;
  return {
    read: () => current.read(),
    discarded: () => current.discarded?.() ?? false,
    // Only while saving to storage: a detached store has nothing another tab could change.
    get sharedWithOtherTabs() {
      return current.sharedWithOtherTabs;
    },
    write: (value) => current.write(value),
    clear: () => current.clear(),
    detach: () => void (current = memoryStorage()),
  };
}
