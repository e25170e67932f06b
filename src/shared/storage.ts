/**
 * Web Storage that never throws. Storage can be missing, blocked by privacy
 * settings, full, or throw on access (sandboxed iframes, Safari private mode):
 * every call then fails quietly and reports `false`/`undefined`, and the widget
 * keeps working without remembering.
 */
export interface SafeStorage {
  get(key: string): string | undefined;
  /** Returns false when the value could not be saved. */
  set(key: string, value: string): boolean;
  remove(key: string): boolean;
  /** Keys that start with `prefix`. */
  keys(prefix: string): string[];
}

export function safeStorage(kind: 'local' | 'session'): SafeStorage {
  const store = (): Storage | undefined => {
    try {
      return kind === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return undefined;
    }
  };
  return {
    get(key) {
      try {
        return store()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        const s = store();
        if (!s) return false;
        s.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        const s = store();
        if (!s) return false;
        s.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
    keys(prefix) {
      try {
        const s = store();
        if (!s) return [];
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k?.startsWith(prefix)) out.push(k);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}
