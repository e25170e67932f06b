import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeStorage, type SafeStorage } from '../shared/storage.js';

export interface RememberOptions<T> {
  /** `local` keeps it across visits, `session` for this tab's session. */
  storage: 'local' | 'session';
  /** The storage key; a function when it depends on the element (its `id`). */
  key: string | (() => string);
  /**
   * Turns parsed JSON back into a value, or `undefined` when it is not one
   * (then the stored value is removed). Stored data comes from an earlier
   * visit, maybe an earlier version: check it, never trust it.
   */
  read: (data: unknown) => T | undefined;
  /** Turns a value into what is stored as JSON (default: the value itself). */
  write?: (value: T) => unknown;
  /**
   * Milliseconds a saved value lasts. The value must then be an object: it is
   * written with an `expires` time stamp beside its own fields, and an
   * expired one is removed when read.
   */
  maxAge?: number;
  /** `clear()` also removes every other key that starts with this (keys earlier versions wrote). */
  prefix?: string;
}

/**
 * Remembers one JSON value in Web Storage for a widget, and never throws:
 * when storage is blocked or full, `save()` returns false and `failed` is set
 * (the host re-renders, so it can say so), and the widget keeps working.
 */
export class RememberController<T> implements ReactiveController {
  /** The last `save()` could not write (storage blocked, full or missing). */
  failed = false;
  private store: SafeStorage;

  constructor(
    private host: ReactiveControllerHost,
    private options: RememberOptions<T>,
  ) {
    this.store = safeStorage(options.storage);
    host.addController(this);
  }

  /** Nothing on connect: storage is read only when the widget asks (`load()`). */
  hostConnected(): void {}

  private get key(): string {
    const { key } = this.options;
    return typeof key === 'function' ? key() : key;
  }

  /** The saved value, or `undefined` when there is none; an expired or unreadable one is cleared. */
  load(): T | undefined {
    const raw = this.store.get(this.key);
    if (raw === undefined) return undefined;
    let value: T | undefined;
    try {
      const data: unknown = JSON.parse(raw);
      const expires = (data as { expires?: unknown } | null)?.expires;
      const fresh = this.options.maxAge === undefined || (typeof expires === 'number' && expires > Date.now());
      if (fresh) value = this.options.read(data);
    } catch {
      // unreadable: removed below, like an expired one
    }
    if (value === undefined) this.clear();
    return value;
  }

  /** Saves a value; false (and `failed`) when storage refused. */
  save(value: T): boolean {
    const { maxAge, write } = this.options;
    const data = write ? write(value) : value;
    const stored = maxAge === undefined ? data : { ...(data as object), expires: Date.now() + maxAge };
    this.setFailed(!this.store.set(this.key, JSON.stringify(stored)));
    return !this.failed;
  }

  /** Removes the saved value (and, with `prefix`, every key that starts with it); resets `failed`. */
  clear(): void {
    const { prefix } = this.options;
    for (const key of prefix ? this.store.keys(prefix) : []) this.store.remove(key);
    this.store.remove(this.key);
    this.setFailed(false);
  }

  private setFailed(failed: boolean): void {
    if (failed === this.failed) return;
    this.failed = failed;
    this.host.requestUpdate();
  }
}
