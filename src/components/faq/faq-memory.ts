import { safeStorage } from '../../shared/storage.js';

const session = safeStorage('session');

/**
 * The open questions of one FAQ for this browser session (`remember`), under
 * `immuno-faq:<element id or page path>`. Blocked storage just forgets.
 */
export const openMemory = {
  key: (host: HTMLElement): string => `immuno-faq:${host.id || location.pathname}`,

  /** The saved open ids that are still questions, or undefined when nothing usable was saved. */
  read(host: HTMLElement, ids: readonly string[]): string[] | undefined {
    try {
      const saved: unknown = JSON.parse(session.get(openMemory.key(host)) ?? 'null');
      return Array.isArray(saved) ? saved.filter((id) => ids.includes(id)) : undefined;
    } catch {
      return undefined;
    }
  },

  write(host: HTMLElement, open: Iterable<string>): void {
    session.set(openMemory.key(host), JSON.stringify([...open]));
  },
};
