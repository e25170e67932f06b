import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ContentController, prepareContent } from '../../controllers/content-controller.js';
import { HashController } from '../../controllers/hash-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { richText } from '../../content/rich-text.js';
import type { Therapy, TherapiesSection } from '../../content/schema.js';
import { symptomNamesSection, therapiesSection } from '../../content/sections.js';
import { baseStyles } from '../../shared/base.styles.js';
import { clampLevel, heading } from '../../shared/heading.js';
import { ImmunoElement } from '../../shared/immuno-element.js';
import { highlight, terms } from '../../shared/search.js';
import { openChecklist } from './checklist-link.js';
import { explorerStyles } from './therapy-explorer.styles.js';
import { TherapyIndex } from './therapy-index.js';
import { typeList, type TypeItem } from './type-list.js';
import { EXPLORER_CHILDREN, readTherapies } from './therapy-light-dom.js';
import { explorer as explorerStrings } from '../../i18n/en/explorer.js';

/** Symptom labels by id, from the built-in checklist content. */

const CHECKLIST = 'immuno-side-effect-checklist';
/** Milliseconds without a keystroke before the result count is announced. */
const TYPING_PAUSE = 600;

/**
 * Folds the index's names while the browser is idle after a render, not on the first keystroke: in each idle
 * callback as many types as its idle time allows, up to 10 ms (at least one; one only when a callback is given no
 * deadline), so the first accented name (ICU's Unicode data, docs/performance.md) lands in idle time. Not one type
 * per callback: Chromium runs a callback asked for inside one in the next idle period, up to 50 ms later, so 1,000
 * types took about 50 s and a search typed before then folded them in its first key. Where there is no
 * requestIdleCallback, each timer folds for up to 5 ms. Returns a function that cancels what is left (a removed
 * widget does no work; a type not folded yet is folded on first use).
 *
 * A function of its own on purpose: a callback made inside a method shares that method's closure scope, which holds
 * `this`, so until the browser was idle (on a busy page, perhaps long after the widget was removed) the callback kept
 * the whole removed widget and its shadow tree alive (`node bench/memory.mjs --busy`: 200 of 200). These hold only
 * the index, and only until they have run or are cancelled.
 */
function warmWhenIdle(index: TherapyIndex): () => void {
  // Not every engine has requestIdleCallback (Safari has long shipped without it), and a page's polyfill may bring
  // no cancelIdleCallback (then a removed explorer's warm-up goes on until every type is folded; it holds only the
  // index).
  const g = globalThis as Partial<typeof globalThis>;
  type Deadline = Pick<IdleDeadline, 'timeRemaining'> | undefined;
  const [later, cancel] =
    typeof g.requestIdleCallback === 'function'
      ? [(f: (d: Deadline) => void) => g.requestIdleCallback!(f), (h: number) => g.cancelIdleCallback?.(h)]
      : [
          (f: (d: Deadline) => void) =>
            setTimeout(() => {
              const end = performance.now() + 5;
              f({ timeRemaining: () => Math.max(0, end - performance.now()) });
            }, 50) as unknown as number,
          (h: number) => clearTimeout(h),
        ];
  let handle = 0;
  const next = (d: Deadline): void => {
    // At most 10 ms of it: an idle period may be 50 ms, and a task that long delays a tap that comes meanwhile (and
    // counts as blocking time).
    const end = performance.now() + 10;
    const more = typeof d?.timeRemaining === 'function' ? () => d.timeRemaining() > 0 && performance.now() < end : () => false;
    let left = index.warmNext();
    while (left && more()) left = index.warmNext();
    if (left) handle = later(next);
  };
  handle = later(next);
  return () => cancel(handle);
}

/**
 * The kinds of immunotherapy: what each does, which cancers it treats,
 * example medicines, how it is given and its side effects. A list of buttons
 * chooses the type shown in one details region; a search field finds a type
 * by medicine (generic or brand) or name, and a select narrows it by cancer.
 *
 * @summary Therapy-type explorer: find a treatment by medicine or cancer, and understand it.
 * @tag immuno-therapy-explorer
 * @slot - Shown only before the element upgrades or without JavaScript (for example a plain list of links).
 * @fires immuno-therapy-select - The patient chose a type; `detail.id` is its id.
 * @csspart base - The wrapper of everything.
 * @csspart controls - The search field and the cancer select.
 * @csspart search - The search `<input>`.
 * @csspart filter - The cancer `<select>`.
 * @csspart status - The result count (a polite live region).
 * @csspart list - The list of types.
 * @csspart item - A type's button; `item current` on the chosen one.
 * @csspart current - The chosen type's button (with `item`).
 * @csspart match - "Matched: …" under a type found by another name.
 * @csspart mark - Highlighted search matches.
 * @csspart empty - The "no match" message and its reset button.
 * @csspart reset - The "Show all types" button in the "no match" message.
 * @csspart details - The details region of the chosen type.
 * @csspart check-symptoms - The "Check my symptoms" button.
 * @csspart footer - Disclaimer, review date and sources.
 * @cssprop --immuno-explorer-list-width - Width of the list beside the details in a wide column (default `17em`).
 * @cssprop --immuno-explorer-current-background - Background of the chosen type (default the accent colour).
 * @cssprop --immuno-explorer-current-color - Text of the chosen type (default the on-accent colour).
 */
export class ImmunoTherapyExplorer extends ImmunoElement<'therapies', 'explorer'> {
  static override styles = [baseStyles, explorerStyles];
  /** Reads and validates an element's page markup before the kind is defined (upgrading in turn). @internal */
  static prepare = (host: Element): void => prepareContent(host, readTherapies, therapiesSection);

  /** Id of the chosen type; reflects. `#<id>` in the URL sets it too. An unknown id is ignored with a warning. */
  @property({ reflect: true }) selected?: string;

  /** Id of a cancer type to narrow the list to at first (the patient can change it). */
  @property() cancer = '';

  /** Heading level of the chosen type's name, 2–6; its sections are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private query = '';
  /** What the status line says: set once typing pauses, so a screen reader hears one count, not one per key. */
  @state() private message = '';
  private pending?: ReturnType<typeof setTimeout>;
  /** The types the search and the cancer filter leave, worked out in `willUpdate`. */
  private results: Therapy[] = [];

  protected readonly namespace = { name: 'explorer', english: explorerStrings } as const;
  /** @internal */
  protected readonly contentController = new ContentController(this, therapiesSection, () => readTherapies(this), EXPLORER_CHILDREN, {
    strings: this.namespace.name,
    // It names side effects with the symptoms section's labels: fetched with its own, so a translation shows no English name.
    others: [symptomNamesSection],
  });

  /** @internal */
  protected readonly hashController = new HashController(this, (id) => this.fromHash(id));
  /** Up/Down move between the type buttons, Home/End to the first/last; each stays a Tab stop. */
  protected readonly listFocus = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.list button')],
  });
  private index?: TherapyIndex;
  private indexed?: TherapiesSection;
  private cancelWarm?: () => void;
  private warnedSymptom = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const section = this.contentController.section;
    if (section !== this.indexed) {
      this.indexed = section;
      this.index = new TherapyIndex(section);
      this.cancelWarm?.();
      // A removed explorer is updated too (new content handed to it while out of the page): its warm-up waits for
      // connectedCallback, else nothing would cancel it.
      this.cancelWarm = this.isConnected ? warmWhenIdle(this.index) : undefined;
    }
    const id = this.selected;
    if (changed.has('selected') && id && !this.contentController.loading && !this.find(id)) {
      console.warn(`${this.localName}: selected="${id}" is not a therapy id; ignored.`);
      this.selected = changed.get('selected') as string | undefined;
    }
    let q = terms(this.query);
    let cancer = this.currentCancer();
    const filter = () => section.items.filter((t) => (!cancer || t.cancers.includes(cancer)) && (!q.length || this.index!.matches(t, q)));
    this.results = filter();
    // A type chosen by code or a link while the search or filter hides it: the choice wins.
    const filtersChanged = (changed as PropertyValues).has('query') || changed.has('cancer');
    if (changed.has('selected') && !filtersChanged && this.selected && !this.results.some((t) => t.id === this.selected) && this.find(this.selected)) {
      this.query = '';
      this.cancer = '';
      [q, cancer] = [[], ''];
      this.results = filter();
    }
    // The details show the chosen type while it is in the results, else the first result; once
    // anything is chosen or filtered, `selected` follows what is shown, so they never disagree.
    const shown = this.results.find((t) => t.id === this.selected) ?? this.results[0];
    if (shown && shown.id !== this.selected && (this.selected || cancer || q.length)) this.selected = shown.id;
    // A cancer chosen (by the select, the attribute or code) is said at once; typing, once it pauses.
    if (changed.has('cancer') || (!this.hasUpdated && q.length)) this.say();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in a page after a move: fold what the cancelled warm-up did not (a type already folded costs a lookup).
    if (this.index) this.cancelWarm = warmWhenIdle(this.index);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pending);
    this.cancelWarm?.();
    this.cancelWarm = undefined;
  }

  private currentCancer(): string {
    return this.contentController.section.cancers.some((c) => c.id === this.cancer) ? this.cancer : '';
  }

  /** The status line for the results now: the count and the type shown, or that all are shown again. */
  private say(): void {
    const filtered = !!(this.currentCancer() || terms(this.query).length);
    const count = this.results.length;
    const shown = this.results.find((t) => t.id === this.selected) ?? this.results[0];
    if (filtered) {
      const found = this.t('explorerResults', { count });
      this.message = shown ? this.t('explorerFoundShowing', { found, name: shown.name }) : found;
    } else this.message = this.message ? this.t('explorerShowingAll', { count }) : '';
  }

  /** Says the results once typing has paused (`now`: at once, for a select or a button). */
  private sayLater(now = false): void {
    clearTimeout(this.pending);
    if (now) void this.updateComplete.then(() => this.say());
    else this.pending = setTimeout(() => this.say(), TYPING_PAUSE);
  }

  /** @internal */
  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    const q = terms(this.query);
    const cancer = this.currentCancer();
    const results = this.results;
    const shown = results.find((t) => t.id === this.selected) ?? results[0];
    // "Matched: {match}" split once per render, not once per item.
    const matched = this.t('explorerMatched', { match: '\u0000' }).split('\u0000');
    return html`${richText(section.intro)}
      <div class="controls" part="controls">
        <div class="field">
          <label for="q">${this.t('explorerSearchLabel')}</label>
          <input id="q" part="search" type="search" autocomplete="off" spellcheck="false" .value=${this.query} @input=${this.onSearch} />
        </div>
        <div class="field">
          <label for="cancer">${this.t('explorerFilterLabel')}</label>
          <select id="cancer" part="filter" .value=${live(cancer)} @change=${this.onFilter}>
            <option value="">${this.t('explorerFilterAll')}</option>
            ${this.index!.cancers.map((c) => html`<option value=${c.id} ?selected=${c.id === cancer}>${c.name}</option>`)}
          </select>
        </div>
      </div>
      <p class=${results.length ? 'status' : 'status visually-hidden'} part="status" role="status">
        ${this.message}
      </p>
      ${results.length
        ? html`<div class="layout">
            <ul class=${results.length > 50 ? 'list long' : 'list'} part="list" aria-label=${this.t('explorerListLabel')}>
              ${this.piece(() =>
                typeList(
                  results.map((t) => this.item(t, t === shown, q, matched)),
                  q,
                  this.chooseType,
                ),
              )}
            </ul>
            ${this.piece(() => this.renderDetails(shown!, q))}
          </div>`
        : html`<div class="empty" part="empty">
            <p>${this.t('explorerNoResults')}</p>
            <button type="button" part="reset" @click=${this.reset}>${this.t('explorerReset')}</button>
          </div>`}`;
  }

  private item(t: Therapy, current: boolean, q: string[], [before, after = '']: string[]): TypeItem {
    const match = this.index!.matchedName(t, q);
    const note = match && { id: `m-${t.id}`, before, after, text: match.label, prepared: match };
    // Folded only to be marked: with no terms nothing is (a Hindi or accented name would load ICU's Unicode data).
    return { id: t.id, name: t.name, prepared: q.length ? this.index!.folded(t) : undefined, current, note };
  }

  private readonly chooseType = (id: string): void => void this.choose(id);

  /** A symptom's name from the pack this explorer was given, else from the built-in pack. */
  private symptomLabel(id: string): string | undefined {
    const own = this.contentController.other(symptomNamesSection).items.find((s) => s.id === id);
    return (own ?? symptomNamesSection.builtIn.section.items.find((s) => s.id === id))?.label;
  }

  private renderDetails(t: Therapy, q: string[]): TemplateResult {
    const level = Math.max(2, clampLevel(this.headingLevel));
    const h = (text: string) => heading(level + 1, text, 'h');
    const cancers = this.contentController.section.cancers.filter((c) => t.cancers.includes(c.id));
    const effects = (t.sideEffects ?? []).flatMap((id) => {
      const label = this.symptomLabel(id);
      if (!label && !this.warnedSymptom) {
        this.warnedSymptom = true;
        console.warn(`${this.localName}: side effect "${id}" of ${t.id} is not a known symptom id; skipped.`);
      }
      return label ? [label] : [];
    });
    const checklist = t.checklist && document.querySelector(CHECKLIST) ? t.checklist : undefined;
    const list = (items: readonly unknown[]) => html`<ul>${items.map((x) => html`<li>${x}</li>`)}</ul>`;
    return html`<section class="details" part="details" id="details" aria-labelledby="details-title">
      ${heading(level, t.name, 'title', { id: 'details-title', focusable: true })}
      ${t.otherNames?.length
        ? html`<p class="aka">${this.t('explorerOtherNames')}: ${highlight(t.otherNames.join(', '), q)}</p>`
        : nothing}
      <p class="summary">${t.summary}</p>
      ${h(this.t('explorerHowItWorks'))} ${richText(t.howItWorks)}
      ${cancers.length
        ? html`${h(this.t('explorerCancers'))}
            <ul class="cols">
              ${cancers.map((c) => html`<li>${c.name}</li>`)}
            </ul>`
        : nothing}
      ${t.medicines?.length
        ? html`${h(this.t('explorerMedicines'))}
          ${list(t.medicines.map((m) => highlight(m.brands?.length ? `${m.generic} (${m.brands.join(', ')})` : m.generic, q)))}`
        : nothing}
      ${h(this.t('explorerGivenBy'))} ${list(t.givenBy)}
      ${t.schedule ? html`${h(this.t('explorerSchedule'))} ${richText(t.schedule)}` : nothing}
      ${effects.length || t.sideEffectsNote
        ? html`${h(this.t('explorerSideEffects'))} ${richText(t.sideEffectsNote)} ${effects.length ? list(effects) : nothing}
          ${checklist
            ? html`<button type="button" class="check" part="check-symptoms" @click=${() => openChecklist(CHECKLIST, checklist)}>
                ${this.t('explorerCheckSymptoms')}
              </button>`
            : nothing}`
        : nothing}
      ${t.questions?.length ? html`${h(this.t('explorerQuestions'))} ${list(t.questions)}` : nothing}
    </section>`;
  }

  private find(id: string): Therapy | undefined {
    return this.contentController.section.items.find((t) => t.id === id);
  }

  private fromHash(id: string): boolean {
    if (!this.find(id)) return false; // another widget's or the page's own anchor
    this.selected = id;
    void this.updateComplete.then(() => this.scrollIntoView({ block: 'start' }));
    return true;
  }

  private async choose(id: string): Promise<void> {
    this.selected = id;
    this.emit('immuno-therapy-select', { id });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
  }

  private onSearch(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.sayLater();
  }

  private onFilter(e: Event): void {
    this.cancer = (e.target as HTMLSelectElement).value;
  }

  private async reset(): Promise<void> {
    this.query = '';
    this.cancer = '';
    this.sayLater(true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#q')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-therapy-explorer': ImmunoTherapyExplorer;
  }
  interface GlobalEventHandlersEventMap {
    'immuno-therapy-select': CustomEvent<{ id: string }>;
  }
}
