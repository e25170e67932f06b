import { plainText } from '../../content/rich-text.js';
import type { PlanWords } from './plan-words.js';
import type { Plan } from './triage.js';

/** The plan as plain text, for the clipboard: the same plan and words as on screen, numbers as written. */
export function planSummary(plan: Plan, words: PlanWords<string>, date: string): string {
  const { t } = words;
  const out = [t('printTitle'), t('dateLabel', { date }), ''];
  if (!plan.entries.length) out.push(t(plan.none ? 'planNothing' : 'planEmpty'), '');
  for (const { level, entries } of plan.levels) {
    out.push(words.urgency(level).toUpperCase(), ...words.todo(level));
    for (const { symptom, severity } of entries)
      out.push(
        `- ${symptom.label}${severity ? ` (${words.severityShown(severity)})` : ''}`,
        `  ${plainText(symptom.advice).replace(/\n/g, '\n  ')}`,
      );
    out.push('');
  }
  out.push(t('checklistDisclaimer'));
  return out.join('\n');
}
