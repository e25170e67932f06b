import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Symptom, SymptomsSection } from '../../content/schema.js';
import { urgencyIcon } from './icons.js';
import { fill, type PlanWords, type Translate } from './plan-words.js';
import { severities, type Plan, type PlanEntry, type Severity, type TherapyFilter } from './plan.js';

/** The symptoms shown, in native fieldsets by body area (groups with none shown are left out). */
export function symptomGroups(
  section: SymptomsSection,
  items: readonly Symptom[],
  plan: Plan,
  words: PlanWords<unknown>,
  on: SymptomHandlers,
): unknown[] {
  const entry = new Map(plan.entries.map((e) => [e.symptom.id, e]));
  return section.groups.map((g) => {
    const list = items.filter((s) => s.group === g.id);
    return list.length
      ? html`<fieldset part="group">
            <legend>${g.name}</legend>
            ${list.map((s) => symptomRow(s, entry.get(s.id), words, on))}
          </fieldset>
          ${list.some((s) => entry.has(s.id))
            ? html`<button type="button" class="see-plan" part="see-plan" @click=${on.seePlan}>
                ${words.t('checklistSeePlan', { count: plan.entries.length })}
              </button>`
            : nothing}`
      : nothing;
  });
}

/**
 * For an emergency or call-now symptom, what to do right where the patient
 * ticked it, and a large `tel:` button with the hospital's number (44 px at
 * least, icon and words, never colour alone).
 */
function actNow(entry: PlanEntry, words: PlanWords<unknown>): TemplateResult | typeof nothing {
  if (entry.level === 'visit') return nothing;
  const dial = words.dial(entry.level);
  return html`<div class="act-now ${entry.level}" part="act-now">
    <p>${words.todo(entry.level)[0]}</p>
    ${dial
      ? html`<a class="call-button" part="call-button" href=${dial.href}
          >${urgencyIcon('call')}<span
            >${fill(words.t('checklistCallButton', { phone: '{phone}' }), { phone: html`<bdi dir="ltr">${dial.number}</bdi>` })}</span
          ></a
        >`
      : nothing}
  </div>`;
}

const therapyKey = {
  checkpoint: 'checklistTherapyCheckpoint',
  'car-t': 'checklistTherapyCarT',
  bispecific: 'checklistTherapyBispecific',
} as const;

/** The therapy's name ("CAR T-cell therapy") when the list shows one therapy, else undefined. */
export const therapyName = (filter: TherapyFilter, t: Translate): string | undefined =>
  filter === 'all' ? undefined : t(therapyKey[filter]);

/**
 * When the list shows one therapy's symptoms (set by the page, or by the
 * explorer's "Check my symptoms"), say so and offer the way back to all. Ticks
 * of symptoms not shown are kept.
 */
export function therapyNote(filter: TherapyFilter, t: Translate, showAll: () => void): TemplateResult | typeof nothing {
  if (filter === 'all') return nothing;
  return html`<p class="showing" part="showing">
    ${t('checklistShowing', { therapy: t(therapyKey[filter]) })}
    <button type="button" class="link" @click=${showAll}>${t('checklistShowAll')}</button>
  </p>`;
}

/** What a symptom row tells the widget. */
export interface SymptomHandlers {
  tick(s: Symptom, on: boolean): void;
  severity(s: Symptom, sev: Severity): void;
  /** Moves to the plan ("See what to do"). */
  seePlan(): void;
  /** A key went down or up in a "How bad is it?" group (arrow keys change the choice). */
  severityKey(e: KeyboardEvent): void;
  /** Focus left a "How bad is it?" group. */
  severityLeave(e: FocusEvent): void;
}

/**
 * One symptom: checkbox, label and hint; once ticked, "how bad is it" (when
 * the content asks) and the urgency tag from the plan.
 */
export function symptomRow(s: Symptom, entry: PlanEntry | undefined, words: PlanWords<unknown>, on: SymptomHandlers): TemplateResult {
  const sev = entry?.severity;
  return html`<div class="symptom" part="symptom">
    <input
      type="checkbox"
      id="s-${s.id}"
      .checked=${!!entry}
      aria-describedby=${ifDefined([s.hint && `h-${s.id}`, entry && `t-${s.id}`].filter(Boolean).join(' ') || undefined)}
      @change=${(e: Event) => on.tick(s, (e.target as HTMLInputElement).checked)}
    />
    <label for="s-${s.id}" id="l-${s.id}">${s.label}</label>
    ${s.hint ? html`<div class="hint" id="h-${s.id}">${s.hint}</div>` : nothing}
    ${entry
      ? html`${s.severity
            ? html`<fieldset
                class="severity"
                part="severity"
                aria-labelledby="g-${s.id} l-${s.id}"
                @keydown=${on.severityKey}
                @keyup=${on.severityKey}
                @focusout=${on.severityLeave}
              >
                <legend id="g-${s.id}">${words.t('checklistSeverity')}</legend>
                ${severities.map(
                  (v) => html`<label class="radio"
                    ><input type="radio" name="sev-${s.id}" .checked=${sev === v} @change=${() => on.severity(s, v)} />${words.severity(
                      v,
                    )}</label
                  >`,
                )}
              </fieldset>`
            : nothing}
          <p class="tag ${entry.level}" id="t-${s.id}">${urgencyIcon(entry.level)} ${words.urgency(entry.level)}</p>
          ${actNow(entry, words)}`
      : nothing}
  </div>`;
}

/** The opt-in to remember answers on this device, and "Clear my answers". */
export function rememberView(
  t: Translate,
  keep: boolean,
  failed: boolean,
  on: { keep(e: Event): void; clear(): void },
): TemplateResult {
  return html`<div class="remember" part="remember">
    <div class="symptom">
      <input type="checkbox" id="keep" .checked=${keep} aria-describedby="keep-hint" @change=${on.keep} />
      <label for="keep">${t('remember')}</label>
      <div class="hint" id="keep-hint">${t('rememberHint')}</div>
    </div>
    <button type="button" @click=${on.clear}>${t('clearAnswers')}</button>
    <p class="note" role="status">${failed ? t('notSaved') : nothing}</p>
  </div>`;
}
