import { svg, type SVGTemplateResult } from 'lit';
import type { Symptom, Urgency } from '../../content/schema.js';
import { safeStorage } from '../../shared/storage.js';

/** How bad a symptom is, when the patient says. */
export type Severity = 'mild' | 'moderate' | 'severe';
export const severities: readonly Severity[] = ['mild', 'moderate', 'severe'];
/** Most urgent first. */
export const levels: readonly Urgency[] = ['emergency', 'call', 'visit'];
/** Counts per urgency level: all that `immuno-checklist-change` ever says. */
export type UrgencyCounts = Record<Urgency, number>;

/** The urgency of a ticked symptom: by severity when the content says so, else its own level. */
export const urgencyOf = (s: Symptom, severity?: Severity): Urgency =>
  (severity && s.severity?.[severity]) || s.urgency;

/** A `tel:` URL from a number as the hospital wrote it: digits and a leading `+` only. */
export function telHref(phone: string): string | undefined {
  const p = phone.trim();
  const digits = p.replace(/\D/g, '');
  return digits ? `tel:${p.startsWith('+') ? '+' : ''}${digits}` : undefined;
}

/**
 * Tiny icons, one shape per level so urgency never rests on colour:
 * a warning triangle, a phone, a calendar. Always shown next to the words.
 */
export const icons: Record<Urgency, SVGTemplateResult> = {
  emergency: svg`<path d="M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z"/>`,
  call: svg`<path d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1L6.6 10.8Z"/>`,
  visit: svg`<path d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2ZM5 9v10h14V9H5Zm2 2h4v4H7v-4Z"/>`,
};

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
