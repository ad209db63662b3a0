// Versioned, per-instance persistence that never throws: storage that is missing, full, blocked
// (private mode, sandboxed iframes) or holding garbage degrades to memory or to a fresh start.

export interface SnapshotStorage {
  read(): unknown;
  write(value: unknown): void;
  clear(): void;
}

interface Envelope {
  version: number;
  state: unknown;
}

export function storageKey(instanceId: string): string {
  return `cyber-risk-check:${instanceId}`;
}

/** Web Storage when it works, otherwise memory for the life of the page. */
export function snapshotStorage(key: string, version: number, storage: () => Storage | undefined): SnapshotStorage {
  let memory: unknown;
  let usable = true;
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
        if (text === null) return undefined;
        const envelope = JSON.parse(text) as Partial<Envelope> | null;
        // A snapshot from another version is dropped, not guessed at.
        return envelope && envelope.version === version ? envelope.state : undefined;
      } catch {
        return undefined;
      }
    },
    write(state) {
      memory = state;
      const store = get();
      if (!store) return;
      try {
        store.setItem(key, JSON.stringify({ version, state } satisfies Envelope));
      } catch {
        usable = false; // quota or blocked: keep going in memory
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
  return { read: () => memory, write: (v) => void (memory = v), clear: () => void (memory = undefined) };
}

/** Storage that can be cut loose: after `detach()` it keeps state in memory only, leaving what was saved alone. */
export function detachableStorage(storage: SnapshotStorage): SnapshotStorage & { detach(): void } {
  let current = storage;
  return {
    read: () => current.read(),
    write: (value) => current.write(value),
    clear: () => current.clear(),
    detach: () => void (current = memoryStorage()),
  };
}
