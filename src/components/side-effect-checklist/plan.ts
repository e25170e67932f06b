import { safeStorage } from '../../shared/storage.js';
import { severities, type Severity } from './triage.js';

/** Answers kept on the device, only after the patient opts in. */
export const storageKey = 'immuno-checklist:answers';
const prefix = 'immuno-checklist:';
const days30 = 30 * 24 * 60 * 60 * 1000;
const store = safeStorage('local');

/** Saves ticked ids (`id` or `id:severity`) with an expiry. False when storage refused. */
export function saveAnswers(ticked: Map<string, Severity | undefined>, none: boolean): boolean {
  const ids = [...ticked].map(([id, sev]) => (sev ? `${id}:${sev}` : id));
  return store.set(storageKey, JSON.stringify({ ids, none, expires: Date.now() + days30 }));
}

/** Reads saved answers; removes them when they have expired or are unreadable. */
export function loadAnswers(): { ticked: Map<string, Severity | undefined>; none: boolean } | undefined {
  const raw = store.get(storageKey);
  if (raw === undefined) return undefined;
  try {
    const data = JSON.parse(raw) as { ids?: unknown; none?: unknown; expires?: unknown };
    if (typeof data.expires === 'number' && data.expires > Date.now() && Array.isArray(data.ids)) {
      const ticked = new Map<string, Severity | undefined>();
      for (const entry of data.ids) {
        if (typeof entry !== 'string') continue;
        const [id, sev] = entry.split(':');
        ticked.set(id, severities.includes(sev as Severity) ? (sev as Severity) : undefined);
      }
      return { ticked, none: data.none === true };
    }
  } catch {
    // unreadable: treated as expired
  }
  clearAnswers();
  return undefined;
}

/** Removes every key this widget ever wrote. */
export function clearAnswers(): void {
  for (const key of store.keys(prefix)) store.remove(key);
}
