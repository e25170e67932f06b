import { html } from 'lit';
import type { TherapyKey, Urgency } from '../../content/schema.js';
import type { KeyOf } from '../../i18n/en.js';
import { englishLongDate } from '../../shared/dates.js';

/** A UI string key of the checklist (its own namespace and the shared one). */
type StringKey = KeyOf<'checklist'>;
import { telHref } from './tel.js';
import type { Severity } from './plan.js';

/** A UI string lookup: the widget's `t()`. */
export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

/** The hospital's numbers, as the page author wrote them. */
export interface Phones {
  careTeam?: string;
  hours?: string;
  emergency?: string;
}

const urgencyKey = { emergency: 'urgencyEmergency', call: 'urgencyCall', visit: 'urgencyVisit' } as const;
const doKey = { emergency: 'planEmergencyDo', call: 'planCallDo', visit: 'planVisitDo' } as const;
const therapyKey = {
  checkpoint: 'adviceTherapyCheckpoint',
  'car-t': 'adviceTherapyCarT',
  bispecific: 'adviceTherapyBispecific',
} as const;
const severityKey = { mild: 'severityMild', moderate: 'severityModerate', severe: 'severitySevere' } as const;

/**
 * The words of the plan, one set for the screen (`R` holds `tel:` links) and
 * one for the copied text (`R` is a string, numbers as written).
 */
export interface PlanWords<R> {
  t: Translate;
  /** "Call your care team now". */
  urgency(level: Urgency): string;
  /** "Severe". */
  severity(sev: Severity): string;
  /** "How bad: Severe". */
  severityShown(sev: Severity): string;
  /** What to do at this level, with the numbers in: one sentence, two for "call" with an out-of-hours number. */
  todo(level: Urgency): R[];
  /** Any string with the numbers filled in. */
  say(key: StringKey): R;
  /** "If you had CAR T-cell therapy or a bispecific antibody:", the label of one therapy's advice. */
  adviceFor(therapies: readonly TherapyKey[]): string;
  /** The number to call now at this level (`tel:` URL and the number as written), when the page gave one. */
  dial(level: Urgency): { href: string; number: string } | undefined;
}

/** `text` with each `{placeholder}` replaced by its slot (text or a template); unknown ones stay as written. */
export const fill = (text: string, slots: Record<string, unknown>): unknown[] =>
  text.split(/\{(\w+)\}/).map((p, i) => (i % 2 ? (slots[p] ?? `{${p}}`) : p));

/** `locale` joins therapy names ("A or B") the reader's way. */
export function planWords(t: Translate, phones: Phones, asText: true, locale?: string): PlanWords<string>;
export function planWords(t: Translate, phones: Phones, asText?: false, locale?: string): PlanWords<unknown>;
export function planWords(t: Translate, phones: Phones, asText = false, locale = 'en'): PlanWords<unknown> {
  const number = (p: string) => {
    const href = telHref(p);
    return asText || !href ? p : html`<a href=${href} dir="ltr">${p}</a>`;
  };
  const fillIn = (text: string, slots: Record<string, unknown>) => {
    const parts = fill(text, slots);
    return asText ? parts.join('') : parts;
  };
  const [team, hours, sos] = [phones.careTeam?.trim(), phones.hours?.trim(), phones.emergency?.trim()];
  // Without a number, plain words: "your care team", "your local emergency number".
  const slots = {
    careTeam: team ? fillIn(t('checklistCareTeamAt'), { phone: number(team) }) : t('checklistCareTeam'),
    number: sos ? number(sos) : t('checklistEmergencyNumber'),
    hoursPhone: hours ? number(hours) : '',
  };
  const say = (key: StringKey) => fillIn(t(key), slots);
  return {
    t,
    urgency: (level) => t(urgencyKey[level]),
    severity: (sev) => t(severityKey[sev]),
    severityShown: (sev) => t('checklistSeverityShown', { severity: t(severityKey[sev]) }),
    todo: (level) => (level === 'call' && hours ? [say(doKey[level]), say('planCallHours')] : [say(doKey[level])]),
    say,
    adviceFor: (therapies) => t('adviceIf', { therapies: orList(locale, therapies.map((k) => t(therapyKey[k]))) }),
    dial: (level) => {
      const p = level === 'emergency' ? sos : level === 'call' ? team : undefined;
      const href = p ? telHref(p) : undefined;
      return p && href ? { href, number: p } : undefined;
    },
  };
}

/**
 * "A, B or C" in the reader's language (English when the locale is unknown). In `en` and `en-US` ("A, B, or C") and
 * `en-GB`, `en-AU`, `en-IE` and `en-NZ` ("A, B or C"), the locales whose footer dates need no formatter either
 * (`formatDate`), it is written as `Intl.ListFormat` writes it (test/plan-text.test.ts, in every engine) without one:
 * on an English page the first tick would otherwise make the page's first `Intl` formatter in the click (ICU's data:
 * 30–190 ms of wall time in a fresh Chromium page at load average 6–10, against 2–20 ms after another formatter), and
 * a new one on every render.
 */
function orList(locale: string, items: string[]): string {
  const oxford = /^en(-us)?$/i.test(locale);
  if (oxford || /^en-(gb|au|ie|nz)$/i.test(locale))
    return items.length < 3 ? items.join(' or ') : `${items.slice(0, -1).join(', ')}${oxford ? ',' : ''} or ${items.at(-1)}`;
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  } catch {
    return new Intl.ListFormat('en', { type: 'disjunction' }).format(items);
  }
}

/**
 * Today's date in the reader's locale, for the printed and copied plan: the reader's own (local) day, long style. In
 * the English locales `englishLongDate` knows, without a formatter (the same words; the copy button's click would
 * otherwise make an English page's first `Intl` formatter).
 */
export function today(locale: string): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  const english = englishLongDate(`${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`, locale);
  if (english) return english;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  } catch {
    return new Date().toDateString();
  }
}
