import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContentController, prepareContent } from '../../controllers/content-controller.js';
import { richText } from '../../content/rich-text.js';
import type { Symptom } from '../../content/schema.js';
import { symptomsSection } from '../../content/sections.js';
import { baseStyles } from '../../shared/base.styles.js';
import { CopyController } from '../../shared/clipboard.js';
import { clampLevel, heading } from '../../shared/heading.js';
import { ImmunoElement } from '../../shared/immuno-element.js';
import { CHECKLIST_CHILDREN, readSymptoms } from './checklist-light-dom.js';
import { PlanAnnouncer } from './announcer.js';
import { printPage } from './print.js';
import { rememberAnswers } from './answers.js';
import { urgencyIcon } from './icons.js';
import { planLevels } from './plan-view.js';
import { planWords, today, type Phones, type PlanWords, type Translate } from './plan-words.js';
import { planSummary } from './summary.js';
import { rememberView, symptomGroups, therapyName, therapyNote, type SymptomHandlers } from './symptom-view.js';
import { appliesTo, therapyFilters } from '../../content/triage.js';
import { buildPlan, type Plan, type Severity, type TherapyFilter, type UrgencyCounts } from './plan.js';
import { checklistStyles } from './side-effect-checklist.styles.js';
import { checklist as checklistStrings } from '../../i18n/en/checklist.js';

const copyNote = { copied: 'copied', failed: 'copyFailed' } as const;


/**
 * A patient ticks what they feel and gets a tiered action plan: get emergency
 * help now, call the care team now, or tell them at the next visit, with the
 * hospital's own phone numbers. Answers stay on the device.
 *
 * @summary Side-effect checklist with a tiered action plan.
 * @tag immuno-side-effect-checklist
 * @fires immuno-checklist-change - The patient changed an answer. `detail` holds only counts per urgency level: `{ emergency, call, visit }`, never which symptoms.
 * @csspart base - The wrapper of everything.
 * @csspart checklist - The symptoms, grouped by body area.
 * @csspart group - One body-area fieldset.
 * @csspart symptom - One symptom: checkbox, label, hint, severity and urgency tag.
 * @csspart none - The "None of the symptoms above" row (with `symptom`).
 * @csspart showing - The note naming the therapy whose symptoms are listed, when `therapy` is not `all`.
 * @csspart see-plan - The "See what to do (n)" button after a body-area group with a ticked symptom.
 * @csspart act-now - The "act now" box under a ticked emergency or call-now symptom.
 * @csspart call-button - The call link (`tel:`) in an "act now" box.
 * @csspart severity - The "how bad is it" radio group.
 * @csspart plan - The action plan.
 * @csspart alert - The emergency alert (empty until an emergency-level symptom is ticked).
 * @csspart level - One urgency level of the plan (with `level-emergency`, `level-call` or `level-visit`).
 * @csspart level-emergency - The "Get emergency help now" level of the plan (with `level`).
 * @csspart level-call - The "Call your care team now" level of the plan (with `level`).
 * @csspart level-visit - The "Tell your care team within a few days" level of the plan (with `level`).
 * @csspart rule - A combination rule that raised the plan's urgency, with its explanation.
 * @csspart plan-disclaimer - "This checklist is not a diagnosis…", next to the plan.
 * @csspart actions - Print and copy buttons.
 * @csspart remember - The opt-in to remember answers and "Clear my answers".
 * @csspart footer - Disclaimer, review date and sources.
 * @csspart disclaimer - The content pack's disclaimer in the footer.
 * @csspart sources - The sources list.
 * @cssprop --immuno-checklist-emergency - Colour of the emergency level (falls back to `--immuno-color-emergency`).
 * @cssprop --immuno-checklist-call - Colour of the call-now level (falls back to `--immuno-color-call`).
 * @cssprop --immuno-checklist-visit - Colour of the next-visit level (falls back to `--immuno-color-visit`).
 * @cssprop --immuno-checklist-plan-background - Background of the plan (falls back to `--immuno-color-surface-alt`).
 */
export class ImmunoSideEffectChecklist extends ImmunoElement<'symptoms', 'checklist'> {
  static override styles = [baseStyles, checklistStyles];
  /** Reads and validates an element's page markup before the kind is defined (upgrading in turn). @internal */
  static prepare = (host: Element): void => prepareContent(host, readSymptoms, symptomsSection);

  /** Which symptom set: `checkpoint`, `car-t`, `bispecific` or `all` (the most urgent level of any therapy wins). An unknown value shows all, with a console warning. */
  @property({ reflect: true }) therapy: TherapyFilter = 'all';
  /** The care team's phone number, written as patients should read it. Shown as a `tel:` link. */
  @property({ attribute: 'care-team-phone' }) careTeamPhone?: string;
  /** The out-of-hours number, if different. */
  @property({ attribute: 'care-team-hours-phone' }) careTeamHoursPhone?: string;
  /** The local emergency number, e.g. `911`, `999` or `112`. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;
  /** Offers an unticked "Remember my answers on this device" option. Nothing is stored unless the patient ticks it. */
  @property({ type: Boolean }) remember = false;
  /** Heading level (1–6) of "What do you feel?" and "What to do"; the urgency levels are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private ticked = new Map<string, Severity | undefined>();
  @state() private none = false;
  /** The ticks "None of the symptoms above" cleared, to bring back. */
  private kept?: Map<string, Severity | undefined>;
  @state() private keep = false;

  protected readonly namespace = { name: 'checklist', english: checklistStrings } as const;
  /** @internal */
  protected readonly contentController = new ContentController(this, symptomsSection, () => readSymptoms(this), CHECKLIST_CHILDREN, {
    strings: this.namespace.name,
  });
  private readonly answers = rememberAnswers(this, () => this.id || (this.filter === 'all' ? '' : this.filter));
  private readonly copier = new CopyController(this);
  private readonly announcer = new PlanAnnouncer(this, () => {
    const { entries, levels, counts } = this.plan;
    return { count: entries.length, level: levels[0]?.level, emergency: counts.emergency };
  });
  /** `t()` for the plan's words and views. */
  private readonly tr: Translate = (key, vars) => this.t(key, vars);
  private readonly handlers: SymptomHandlers = {
    tick: (s, on) => this.onTick(s, on),
    severity: (s, sev) => this.onSeverity(s, sev),
    seePlan: () => this.renderRoot.querySelector<HTMLElement>('#plan-title')?.focus(),
    severityKey: (e) => this.announcer.key(e),
    severityLeave: (e) => this.announcer.leave(e),
  };

  /**
   * Writes today's date on the printed plan's title line when the page is printed (`beforeprint`, also for the
   * browser's own Print command, and the print button), not on every render: the line is print-only, and the first
   * date formatter of a page costs 25–40 ms of main thread (ICU's data), which the first render should not pay.
   */
  private readonly datePrint = (): void => {
    const line = this.renderRoot.querySelector('.print-date');
    if (line) line.textContent = this.t('dateLabel', { date: today(this.uiLocale) });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.datePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.datePrint);
  }

  /**
   * Moves focus to the first checkbox of the first group (screen readers then
   * read the group's legend too) and scrolls the checklist into view, without
   * smooth scrolling when the reader prefers reduced motion.
   */
  override focus(options?: FocusOptions): void {
    const first = this.renderRoot.querySelector<HTMLElement>('.checklist input');
    if (!first) return super.focus(options);
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ behavior: reduce ? 'instant' : 'smooth', block: 'start' });
    first.focus({ ...options, preventScroll: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('therapy') && !therapyFilters.includes(this.therapy))
      console.warn(
        `${this.localName}: unknown therapy "${this.therapy}"; showing all symptoms. Use ${therapyFilters.join(', ')}.`,
      );
    if (!this.hasUpdated && this.remember) {
      const saved = this.answers.load();
      if (saved) [this.ticked, this.none, this.keep] = [saved.ticked, saved.none, true];
    }
  }


  /** The therapy shown: an unknown value shows every symptom (with the warning above). */
  private get filter(): TherapyFilter {
    return therapyFilters.includes(this.therapy) ? this.therapy : 'all';
  }

  /** The symptoms for the chosen therapy. */
  private get items(): Symptom[] {
    return this.contentController.section.items.filter((s) => appliesTo(s, this.filter));
  }

  /** The action plan for what is ticked: the one source of the plan on screen, in print and copied. */
  private get plan(): Plan {
    return buildPlan(this.contentController.section, this.ticked, this.none, this.filter);
  }

  /** The hospital's numbers, for the plan's words. */
  private get phones(): Phones {
    return { careTeam: this.careTeamPhone, hours: this.careTeamHoursPhone, emergency: this.emergencyNumber };
  }

  /** @internal */
  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    const plan = this.plan;
    const words = planWords(this.tr, this.phones, false, this.uiLocale);
    const h = clampLevel(this.headingLevel);
    return html`<div class="layout">
      <div class="checklist" part="checklist">
        ${heading(h, this.t('checklistLegend'), 'heading')}
        ${richText(section.intro)} ${therapyNote(this.filter, this.tr, () => (this.therapy = 'all'))}
        ${this.piece(() => symptomGroups(section, this.items, plan, words, this.handlers))}
        <div class="symptom none" part="symptom none">
          <input type="checkbox" id="none" .checked=${this.none} @change=${this.onNone} />
          <label for="none">${this.t('checklistNone')}</label>
          ${this.none && this.kept?.size ? html`<div class="hint">${this.t('checklistNoneKept')}</div>` : nothing}
        </div>
      </div>
      ${this.piece(() => this.renderPlan(plan, words, h))}
    </div>`;
  }

  private renderPlan(plan: Plan, words: PlanWords<unknown>, h: number): TemplateResult {
    // A checklist for one therapy names its plan region after it, so two checklists on a page have distinct landmarks.
    const therapy = therapyName(this.filter, this.tr);
    return html`<section
      class="plan"
      part="plan"
      aria-labelledby=${ifDefined(therapy ? undefined : 'plan-title')}
      aria-label=${ifDefined(therapy ? `${this.t('planTitle')} (${therapy})` : undefined)}
    >
      <p class="print-only print-title">${this.t('printTitle')} <span class="print-date"></span></p>
      ${heading(h, this.t('planTitle'), 'heading', { id: 'plan-title', focusable: true })}
      <div class="alert ${this.announcer.alert ? 'on' : ''}" role="alert" part="alert">${this.announcer.alert
          ? html`${urgencyIcon('emergency')}<span>${words.say('checklistAlert')}</span>`
          : nothing}</div>
      <p class="count" role="status">${this.statusLine(words)}</p>
      ${plan.entries.length
        ? nothing
        : plan.none
          ? html`<p>${words.say('planNothing')}</p>
              <div class="not-listed">${richText(plan.notListed)}</div>`
          : html`<p>${this.t('planEmpty')}</p>`}
      ${planLevels(plan, words, h)}
      <p class="disclaimer" part="plan-disclaimer">${this.t('checklistDisclaimer')}</p>
      <div class="notes print-only">${this.t('notes')}</div>
      <div class="actions" part="actions">
        <button type="button" @click=${() => (this.datePrint(), printPage(this))}>${this.t('printPlan')}</button>
        <button type="button" @click=${this.onCopy}>${this.t('copySummary')}</button>
        <p class="note" role="status">${this.copier.status ? this.t(copyNote[this.copier.status]) : nothing}</p>
      </div>
      ${this.remember
        ? rememberView(this.tr, this.keep, this.answers.failed, { keep: (e) => this.onKeep(e), clear: () => this.onClear() })
        : nothing}
    </section>`;
  }

  /** "2 symptoms ticked. Most urgent: …", as the announcer says it. */
  private statusLine(words: PlanWords<unknown>): string {
    const { count, level } = this.announcer.status;
    return `${this.t('symptomsTicked', { count })}${level ? `. ${this.t('checklistMostUrgent', { level: words.urgency(level) })}` : ''}`;
  }

  private onTick(s: Symptom, on: boolean): void {
    this.kept = undefined;
    const next = new Map(this.ticked);
    if (on) next.set(s.id, undefined);
    else next.delete(s.id);
    this.commit(next, on ? false : this.none);
  }

  private onSeverity(s: Symptom, sev: Severity): void {
    this.commit(new Map(this.ticked).set(s.id, sev), false);
  }

  /** "None of the symptoms above" keeps the ticks it clears, and unticking it brings them back. */
  private onNone(e: Event): void {
    const on = (e.target as HTMLInputElement).checked;
    const restore = on ? new Map<string, Severity | undefined>() : (this.kept ?? this.ticked);
    this.kept = on ? this.ticked : undefined;
    this.commit(restore, on);
  }

  /** Applies an answer: announcement, storage (only if opted in), event with counts only. */
  private commit(ticked: Map<string, Severity | undefined>, none: boolean): void {
    this.announcer.before();
    this.ticked = ticked;
    this.none = none;
    this.announcer.changed();
    if (this.keep) this.answers.save({ ticked, none });
    this.emit('immuno-checklist-change', this.plan.counts);
  }

  private onKeep(e: Event): void {
    this.keep = (e.target as HTMLInputElement).checked;
    if (this.keep) this.answers.save({ ticked: this.ticked, none: this.none });
    else this.answers.clear();
  }

  private onClear(): void {
    this.answers.clear();
    this.keep = false;
    this.commit(new Map(), false);
  }

  private onCopy(): void {
    void this.copier.copy(planSummary(this.plan, planWords(this.tr, this.phones, true, this.uiLocale), today(this.uiLocale)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-side-effect-checklist': ImmunoSideEffectChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'immuno-checklist-change': CustomEvent<UrgencyCounts>;
  }
}
