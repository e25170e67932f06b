import { html, nothing, type TemplateResult } from 'lit';
import { richText } from '../../content/rich-text.js';
import { heading } from '../../shared/heading.js';
import { urgencyIcon } from './icons.js';
import type { PlanWords } from './plan-words.js';
import type { Plan } from './plan.js';

/** The plan's levels on screen and in print, most urgent first: what to do, then each symptom with its advice. */
export function planLevels(plan: Plan, words: PlanWords<unknown>, headingLevel: number): TemplateResult[] {
  // Symptoms that mean more together (a combination rule fired): why, and what to do, before the levels.
  const rules = plan.firedRules.map(
    (r) => html`<div class="rule ${r.level}" part="rule">
      ${r.explanation ? html`<div>${richText(r.explanation)}</div>` : nothing}
      ${r.advice ? html`<div class="advice">${richText(r.advice)}</div>` : nothing}
    </div>`,
  );
  return [...rules, ...plan.levels.map(
    ({ level, entries }) => html`<div class="level ${level}" part="level level-${level}">
      ${heading(headingLevel + 1, html`${urgencyIcon(level)} ${words.urgency(level)}`, 'level-title')}
      ${words.todo(level).map((line) => html`<p>${line}</p>`)}
      <ul>
        ${entries.map(
          ({ symptom, severity, advice, adviceByTherapy }) => html`<li>
            <strong>${symptom.label}</strong>${severity
              ? html` <span class="sev">(${words.severityShown(severity)})</span>`
              : nothing}
            ${adviceByTherapy
              ? adviceByTherapy.map(
                  (a) => html`<div class="advice advice-for">
                    <p><strong>${words.adviceFor(a.therapies)}</strong></p>
                    ${richText(a.advice)}
                  </div>`,
                )
              : html`<div class="advice">${richText(advice)}</div>`}
          </li>`,
        )}
      </ul>
    </div>`,
  )];
}
