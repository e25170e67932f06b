/**
 * Side-effect triage: from ticked symptoms to how soon to act.
 *
 * Pure and DOM-free: it reads only the symptoms section of a content pack, so
 * a hospital that replaces the section replaces every rule used here.
 */
import { TherapyKeySchema, type Combination, type RichText, type Symptom, type SymptomsSection, type TherapyKey, type Urgency } from './schema.js';

/** How bad a symptom is, when the patient says. */
export type Severity = 'mild' | 'moderate' | 'severe';
/** The checklist's therapy filter: one symptom set, or all of them. */
export type TherapyFilter = TherapyKey | 'all';
/** Every value of the checklist's `therapy` attribute. */
export const therapyFilters: readonly TherapyFilter[] = [...TherapyKeySchema.options, 'all'];
/** Most urgent first. */
export const urgencies: readonly Urgency[] = ['emergency', 'call', 'visit'];

/** One ticked symptom and the level it ends up at. */
export interface TriageEntry {
  symptom: Symptom;
  severity: Severity | undefined;
  level: Urgency;
  /** The symptom's advice for the therapy whose level applies (a fired rule's own advice is in `firedRules`). */
  advice: RichText;
  /**
   * With `all`, when the symptom's advice differs by therapy: each therapy's
   * advice, most urgent first, for the widget to show labelled ("If you had
   * CAR T-cell therapy…"), so that nobody reads advice for a treatment they
   * may not have had. Show these instead of `advice` when present.
   */
  adviceByTherapy?: TherapyAdvice[];
  /** Id of the combination that raised the level above the symptom's own, if any. */
  raisedBy?: string;
}

/** One therapy's advice for a symptom (therapies whose advice is the same share one). */
export interface TherapyAdvice {
  therapies: TherapyKey[];
  level: Urgency;
  advice: RichText;
}

export interface TriageResult {
  /** Ticked symptoms of the chosen therapy, in content order. */
  entries: TriageEntry[];
  /** Combinations whose condition is met, in content order. */
  firedRules: Combination[];
  /** The most urgent level of all entries; undefined when nothing is ticked. */
  overall: Urgency | undefined;
  counts: Record<Urgency, number>;
}

const rank = (u: Urgency) => urgencies.indexOf(u);
/** The more urgent of two levels. */
export const moreUrgent = (a: Urgency, b: Urgency): Urgency => (rank(a) <= rank(b) ? a : b);

/** Whether a symptom belongs to the chosen therapy's set. */
export const appliesTo = (s: Symptom, therapy: TherapyFilter): boolean =>
  therapy === 'all' || s.therapies.includes(therapy);

/**
 * A symptom's own level for one therapy: that therapy's entry in `levels` when
 * there is one, else the symptom's `severity` (by how bad) or `urgency`.
 */
export function levelFor(s: Symptom, therapy: TherapyKey, severity?: Severity): { level: Urgency; advice: RichText } {
  const spec = s.levels?.[therapy] ?? s;
  return { level: (severity && spec.severity?.[severity]) || spec.urgency, advice: s.levels?.[therapy]?.advice ?? s.advice };
}

/**
 * A symptom's own level under the therapy filter. With `all` (the page does
 * not know the treatment) every therapy the symptom belongs to is considered
 * and the most urgent level wins: a fever is `call` on checkpoint inhibitors
 * but `emergency` after CAR-T, and a patient who might have had CAR-T must not
 * be told to wait. Erring towards urgency is the safe side of triage. The
 * advice, though, must not assume a treatment: when it differs by therapy,
 * `adviceByTherapy` holds each one, to be shown labelled.
 */
export function ownLevel(
  s: Symptom,
  therapy: TherapyFilter,
  severity?: Severity,
): { level: Urgency; advice: RichText; adviceByTherapy?: TherapyAdvice[] } {
  const keys = therapy === 'all' ? s.therapies : [therapy];
  const each = keys.map((k) => ({ therapy: k, ...levelFor(s, k, severity) }));
  const best = each.reduce((a, b) => (rank(b.level) < rank(a.level) ? b : a));
  const groups = new Map<string, TherapyAdvice>();
  for (const e of each) {
    const key = JSON.stringify(e.advice);
    const g = groups.get(key);
    if (g) {
      g.therapies.push(e.therapy);
      g.level = moreUrgent(g.level, e.level);
    } else groups.set(key, { therapies: [e.therapy], level: e.level, advice: e.advice });
  }
  if (groups.size < 2) return { level: best.level, advice: best.advice };
  const adviceByTherapy = [...groups.values()].sort((a, b) => rank(a.level) - rank(b.level));
  return { level: best.level, advice: best.advice, adviceByTherapy };
}

/** Whether a combination applies to the therapy filter (with `all`, any rule may). */
const ruleApplies = (c: Combination, therapy: TherapyFilter) =>
  !c.therapies || therapy === 'all' || c.therapies.includes(therapy);

/** The ticked ids a combination matches, or undefined when it does not fire. */
function match(c: Combination, ticked: ReadonlySet<string>): string[] | undefined {
  if (!c.when.all.every((id) => ticked.has(id))) return undefined;
  const any = (c.when.any ?? []).filter((id) => ticked.has(id));
  if (c.when.any && any.length < (c.when.min ?? 1)) return undefined;
  return [...c.when.all, ...any];
}

/**
 * Levels for the ticked symptoms.
 *
 * - Only symptoms of the chosen therapy count; unknown or other-therapy ids are ignored.
 * - Each symptom starts at its own level (see `ownLevel`).
 * - Each combination whose condition is met raises every symptom it matched to
 *   its level. A combination never lowers a level.
 */
export function triage(
  section: SymptomsSection,
  ticked: ReadonlyMap<string, Severity | undefined>,
  therapy: TherapyFilter,
): TriageResult {
  const items = section.items.filter((s) => ticked.has(s.id) && appliesTo(s, therapy));
  const present = new Set(items.map((s) => s.id));
  const entries: TriageEntry[] = items.map((symptom) => {
    const severity = ticked.get(symptom.id);
    return { symptom, severity, ...ownLevel(symptom, therapy, severity) };
  });

  const firedRules: Combination[] = [];
  for (const rule of section.combinations ?? []) {
    if (!ruleApplies(rule, therapy)) continue;
    const ids = match(rule, present);
    if (!ids) continue;
    firedRules.push(rule);
    for (const e of entries) {
      if (ids.includes(e.symptom.id) && rank(rule.level) < rank(e.level)) {
        e.level = rule.level;
        e.raisedBy = rule.id;
      }
    }
  }

  const counts: Record<Urgency, number> = { emergency: 0, call: 0, visit: 0 };
  for (const e of entries) counts[e.level]++;
  const overall = urgencies.find((u) => counts[u] > 0);
  return { entries, firedRules, overall, counts };
}
