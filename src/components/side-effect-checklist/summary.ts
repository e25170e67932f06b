import { plainText } from '../../content/rich-text.js';
import type { PlanWords } from './plan-words.js';
import type { Plan } from './plan.js';

/** The plan as plain text, for the clipboard: the same plan and words as on screen, numbers as written. */
export function planSummary(plan: Plan, words: PlanWords<string>, date: string): string {
  const { t } = words;
  const out = [t('printTitle'), t('dateLabel', { date }), ''];
  if (!plan.entries.length)
    out.push(...(plan.none ? [words.say('planNothing'), plainText(plan.notListed)].filter(Boolean) : [t('planEmpty')]), '');
  for (const { level, entries } of plan.levels) {
    out.push(words.urgency(level).toUpperCase(), ...words.todo(level));
    for (const { symptom, severity, advice, adviceByTherapy } of entries) {
      out.push(`- ${symptom.label}${severity ? ` (${words.severityShown(severity)})` : ''}`);
      const parts = adviceByTherapy?.map((a) => `${words.adviceFor(a.therapies)}\n${plainText(a.advice)}`) ?? [plainText(advice)];
      for (const part of parts) out.push(`  ${part.replace(/\n/g, '\n  ')}`);
    }
    out.push('');
  }
  out.push(t('checklistDisclaimer'));
  return out.join('\n');
}
