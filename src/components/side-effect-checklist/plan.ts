import type { Combination, RichText, SymptomsSection, Urgency } from '../../content/schema.js';
import { triage, urgencies, type Severity, type TherapyFilter, type TriageEntry } from '../../content/triage.js';

/**
 * The action plan: from what the patient ticked to what to do, most urgent
 * first. Pure and DOM-free; the on-screen plan, the printed plan, the copied
 * text and the change event all read the one `Plan` that `buildPlan` returns.
 * The levels themselves come from `triage()` in `src/content/triage.ts`, which
 * reads only the content's rules (therapy-specific levels, severities and
 * combinations), so a hospital that replaces the symptoms section replaces
 * every rule.
 */

export type { Severity, TherapyFilter };
export const severities: readonly Severity[] = ['mild', 'moderate', 'severe'];
/** Most urgent first. */
export const levels: readonly Urgency[] = urgencies;
/** Counts per urgency level: all that `immuno-checklist-change` ever says. */
export type UrgencyCounts = Record<Urgency, number>;

/** One ticked symptom with its level and the advice for the therapy that set it. */
export type PlanEntry = TriageEntry;

export interface Plan {
  /** Ticked symptoms of the therapy shown, in content order. */
  entries: PlanEntry[];
  /** The levels that have entries, most urgent first. */
  levels: { level: Urgency; entries: PlanEntry[] }[];
  counts: UrgencyCounts;
  /** Combinations of symptoms that raised a level (their explanation is shown with the plan). */
  firedRules: Combination[];
  /** "None of these" is ticked. */
  none: boolean;
  /** What to do about symptoms that are not on the list (shown with "None of these"). */
  notListed?: RichText;
}

/**
 * The action plan for one symptoms section, the patient's answers (ticked ids
 * with a severity when given) and the therapy shown. Ticked ids that are not
 * symptoms of that therapy are left out.
 */
export function buildPlan(
  section: SymptomsSection,
  ticked: ReadonlyMap<string, Severity | undefined>,
  none: boolean,
  therapy: TherapyFilter,
): Plan {
  const { entries, counts, firedRules } = triage(section, ticked, therapy);
  return {
    entries,
    levels: levels
      .map((level) => ({ level, entries: entries.filter((e) => e.level === level) }))
      .filter((l) => l.entries.length),
    counts,
    firedRules,
    none,
    notListed: section.notListed,
  };
}
