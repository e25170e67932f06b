import type { Symptom, Urgency } from '../../content/schema.js';

/**
 * Triage: from what the patient ticked to an ordered action plan. Pure and
 * DOM-free; the on-screen plan, the printed plan and the copied text all read
 * the one `Plan` that `buildPlan` returns.
 */

/** How bad a symptom is, when the patient says. */
export type Severity = 'mild' | 'moderate' | 'severe';
export const severities: readonly Severity[] = ['mild', 'moderate', 'severe'];
/** Most urgent first. */
export const levels: readonly Urgency[] = ['emergency', 'call', 'visit'];
/** Counts per urgency level: all that `immuno-checklist-change` ever says. */
export type UrgencyCounts = Record<Urgency, number>;

/** One ticked symptom, with how bad the patient says it is. */
export interface Ticked {
  symptom: Symptom;
  severity?: Severity;
}

/** What a rule may look at besides the symptom itself. */
export interface RuleContext {
  /** Everything ticked, in content order (for rules about symptoms together). */
  ticked: readonly Ticked[];
}

/**
 * An extra triage rule: the level it asks for this symptom, or `undefined`
 * when it has nothing to say. Rules can only raise a level, never lower what
 * the content says, so adding one can make the advice more careful, not less.
 */
export type Rule = (item: Ticked, context: RuleContext) => Urgency | undefined;

export interface PlanEntry extends Ticked {
  level: Urgency;
}

export interface Plan {
  /** Ticked symptoms, in content order. */
  entries: PlanEntry[];
  /** The levels that have entries, most urgent first. */
  levels: { level: Urgency; entries: PlanEntry[] }[];
  counts: UrgencyCounts;
  /** "None of these" is ticked. */
  none: boolean;
}

/** The more urgent of two levels. */
const moreUrgent = (a: Urgency, b: Urgency | undefined): Urgency =>
  b !== undefined && levels.indexOf(b) < levels.indexOf(a) ? b : a;

/**
 * The level of one ticked symptom: by severity when the content says so, else
 * the symptom's own level; raised by any extra rule that asks for more.
 */
export function levelOf(item: Ticked, context: RuleContext = { ticked: [item] }, rules: readonly Rule[] = []): Urgency {
  const { symptom, severity } = item;
  const own = (severity && symptom.severity?.[severity]) || symptom.urgency;
  return rules.reduce((level, rule) => moreUrgent(level, rule(item, context)), own);
}

/**
 * The action plan for the symptoms shown (`symptoms`, in content order) and
 * the patient's answers: ticked ids with a severity when given. Ticked ids
 * that are not among `symptoms` are left out.
 */
export function buildPlan(
  symptoms: readonly Symptom[],
  ticked: ReadonlyMap<string, Severity | undefined>,
  none: boolean,
  rules: readonly Rule[] = [],
): Plan {
  const items: Ticked[] = symptoms
    .filter((s) => ticked.has(s.id))
    .map((symptom) => ({ symptom, severity: ticked.get(symptom.id) }));
  const context: RuleContext = { ticked: items };
  const entries = items.map((item) => ({ ...item, level: levelOf(item, context, rules) }));
  const counts: UrgencyCounts = { emergency: 0, call: 0, visit: 0 };
  for (const e of entries) counts[e.level]++;
  return {
    entries,
    levels: levels
      .map((level) => ({ level, entries: entries.filter((e) => e.level === level) }))
      .filter((l) => l.entries.length),
    counts,
    none,
  };
}
