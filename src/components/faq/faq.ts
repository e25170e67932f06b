import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContentController } from '../../controllers/content-controller.js';
import { HashController } from '../../controllers/hash-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { RememberController } from '../../controllers/remember-controller.js';
import { lightDomPack } from '../../content/read-rich-text.js';
import { richText, richTextPart } from '../../content/rich-text.js';
import type { FaqSection } from '../../content/schema.js';
import { faqSection } from '../../content/sections.js';
import { baseStyles } from '../../shared/base.styles.js';
import { CopyController } from '../../shared/clipboard.js';
import { idFrom, uniqueIds } from '../../shared/ids.js';
import { ImmunoElement, reach } from '../../shared/immuno-element.js';
import { fold, matchesAll, terms } from '../../shared/search.js';
import { FaqJsonLdController } from './faq-json-ld.js';
import { question, type ToggleWords } from './faq-question.js';
import { FAQ_CHILDREN, readDetails } from './faq-light-dom.js';
import { faqStyles } from './faq.styles.js';
import { faq as faqStrings } from '../../i18n/en/faq.js';

/** Stands for the visible Show / Hide word inside `faqThisAnswer` (a private-use character no text has). */
const VERB = '\ue000';

/** Milliseconds without a keystroke before a search result count is announced. */
const TYPING_PAUSE = 600;

/** `detail` of `immuno-faq-toggle`. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/**
 * Questions patients ask about immunotherapy, as an accordion (WAI-ARIA APG
 * pattern) with show all, find in page, deep links, print, search and
 * schema.org structured data.
 *
 * @summary FAQ accordion with built-in immunotherapy questions.
 * @tag immuno-faq
 * @slot - Optional: the page author's questions as `<details id><summary>Question</summary>answer</details>` children.
 * @fires immuno-faq-toggle - A person opened or closed a question; `detail: { id, open }`.
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The row with the search field and the show-all button.
 * @csspart search - The search field.
 * @csspart show-all - The "Show all answers" / "Hide all answers" button.
 * @csspart status - The polite status line ("3 of 17 questions", "Link copied").
 * @csspart no-results - The message shown when no question matches.
 * @csspart list - The list of questions.
 * @csspart item - One question and its answer.
 * @csspart question - The button that opens and closes an answer.
 * @csspart toggle - The visible "Show" / "Hide" word and chevron of a question.
 * @csspart answer - An answer (no landmark role: 20 closed answers would be 20 empty landmarks).
 * @csspart copy-link - The "Copy link" button in an open answer.
 * @csspart mark - A word that matches the search.
 * @csspart footer - Disclaimer, review date and sources.
 * @csspart disclaimer - The disclaimer.
 * @csspart sources - The sources list.
 * @cssprop --immuno-faq-divider - Line between questions (default: `--immuno-color-border`).
 * @cssprop --immuno-faq-question-color - Question text (default: `--immuno-color-text`).
 * @cssprop --immuno-faq-mark - Background of matched words (default: `--immuno-color-mark`, a pale yellow; the text on it is `--immuno-color-on-mark`).
 */
export class ImmunoFaq extends ImmunoElement<'faq', 'faq'> {
  static override styles = [baseStyles, faqStyles];

  /** Heading level of each question, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Only one answer open at a time. */
  @property({ type: Boolean, reflect: true }) single = false;
  /** Show a search field that filters the questions. */
  @property({ type: Boolean }) searchable = false;
  /** Write a schema.org `FAQPage` JSON-LD script into the light DOM. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Put the id of a question in the URL (`#id`, no new history entry) when it is opened. */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;
  /** Remember the open questions for this browser session. */
  @property({ type: Boolean }) remember = false;
  /** `all` (default): print every answer. `as-shown`: print what is open on screen. */
  @property({ reflect: true }) print: 'all' | 'as-shown' = 'all';

  @state() private open = new Set<string>();
  @state() private query = '';
  @state() private message = '';

  protected readonly namespace = { name: 'faq', english: faqStrings } as const;
  /** @internal */
  protected readonly contentController = new ContentController(this, faqSection, () => this.readLightDom(), FAQ_CHILDREN, {
    strings: this.namespace.name,
  });
  private hash = new HashController(this, (id) => this.goTo(id));
  private copier = new CopyController(this);
  /** Up/Down move between the questions shown (wrapping), Home/End to the first/last. */
  protected readonly questionFocus = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .question')],
    wrap: true,
  });
  protected readonly jsonLd = new FaqJsonLdController(this, () => {
    const { meta: m, section, loading } = this.contentController;
    return this.structuredData && !loading ? { language: m.language, section } : undefined;
  });
  /** The open questions, for this browser session, per FAQ on the page. */
  private kept = new RememberController<string[]>(this, {
    storage: 'session',
    key: () => `immuno-faq:${this.id || location.pathname}`,
    read: (data) => (Array.isArray(data) ? data.filter((id): id is string => typeof id === 'string') : undefined),
  });
  private ids: string[] = [];
  private seen?: FaqSection;
  private folded?: string[];
  /** Folded question and answer text for search, built on the first search, not on every render. */
  private get haystacks(): string[] {
    const items = this.contentController.section.items;
    return (this.folded ??= items.map((q) => fold(`${q.question} ${this.plain(q.answer)}`)));
  }
  private pending?: ReturnType<typeof setTimeout>;
  private wrappers = new WeakMap<Element, HTMLElement>();
  private slots = new Map<string, string>();

  /** Each `<details>` of the page markup and whether it was open when read (upgrading in pieces). */
  private pasted = new Map<HTMLDetailsElement, boolean>();

  /** The id of the question an element of the page markup belongs to (in its `<details>` or its answer's slot). */
  private questionOf(el: Element): string | undefined {
    // The question's own <details>, not one of an answer's (its answer not yet in its slot, upgrading in pieces).
    const details = [...this.children].find((c): c is HTMLDetailsElement => c.localName === 'details' && c.contains(el));
    const slot = (details ? this.wrappers.get(details) : el.closest('[slot]'))?.slot;
    for (const [id, s] of this.slots) if (slot && s === slot) return id;
    // Content from elsewhere (a `src` pack, loaded while the page markup stood): the question with the same id.
    const own = details ? details.getAttribute('data-immuno-id') || details.id : '';
    return own && this.ids.includes(own) ? own : undefined;
  }

  /** A question's `<summary>` or a node of its answer in the page markup: the widget's button for that question. @internal */
  protected override focusTargetFor(from: Element): HTMLElement | undefined {
    const id = this.questionOf(from);
    // A node of an answer, upgrading in pieces: focused again once its answer is in its slot (`updated`).
    if (id && this.moves.length && from.parentElement?.parentElement !== this) this.refocus = from as HTMLElement;
    return (id && reach(this.renderRoot.querySelector(`#q-${CSS.escape(id)}`))) || super.focusTargetFor(from);
  }

  /** A node of an answer that had focus in the page markup, and the question the reader opened last in it (upgrading in pieces). */
  private refocus?: HTMLElement;
  private lastOpened?: Node;
  private noteOpened = (records: MutationRecord[]): void => {
    for (const r of records) if ((r.target as HTMLDetailsElement).open) this.lastOpened = r.target;
  };
  /** Watches `open` in the page markup while upgrading in pieces (the records keep the reader's order; `toggle` events come late). */
  private toggles?: MutationObserver;

  /** Answers to move into their slots once the widget is shown (upgrading in pieces: the markup stays as pasted till then). */
  private moves: (() => void)[] = [];

  /** Upgrading in pieces (the custom state `upgrading`, ImmunoElement): its page markup is drawn as pasted. */
  private waits = (): boolean | undefined => this.internals.states?.has('upgrading');

  /** Content source 4: the author's `<details>` children (see the docs). */
  private readLightDom(): unknown {
    const waits = this.waits();
    if (waits) {
      this.pasted = new Map([...this.querySelectorAll<HTMLDetailsElement>(':scope > details')].map((d) => [d, d.open]));
      (this.toggles ??= new MutationObserver(this.noteOpened)).observe(this, { subtree: true, attributeFilter: ['open'] });
    }
    const items = readDetails(this, this.wrappers, this.slots, waits ? (this.moves = []) : undefined);
    return items.length ? lightDomPack(this, 'faq', { items }, faqSection.builtIn.meta) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Shown (in the task of the last piece, so no frame shows the markup without its answers): answers into slots.
    if (this.waits() || !this.moves.length) return;
    // A question the reader opened or closed in the page markup while it was drawn stays so in the widget (`single`:
    // the one opened last, which the markup's <details> did not close the others for).
    if (this.toggles) this.noteOpened(this.toggles.takeRecords());
    this.toggles?.disconnect();
    const last = this.lastOpened;
    for (const [d, open] of [...this.pasted].sort(([a], [b]) => +(a === last) - +(b === last))) {
      const id = this.questionOf(d);
      if (id && d.open !== open && d.open !== this.open.has(id)) this.setMany([id], d.open);
    }
    this.pasted.clear();
    this.lastOpened = undefined;
    this.moves.forEach((move) => move());
    this.moves = [];
    const back = this.refocus;
    this.refocus = undefined;
    if (back && this.shadowRoot?.activeElement && reach(back) === back) back.focus({ preventScroll: true });
    // The FAQ's own change to its light DOM, not the author's: no new read.
    this.contentController.observer?.takeRecords();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const section = this.contentController.section;
    if (section === this.seen) return;
    this.seen = section;
    const before = new Set(this.hasUpdated ? this.ids : []);
    this.ids = uniqueIds(section.items.map((q) => idFrom(q.id, q.question)));
    this.folded = undefined;
    const flagged = this.ids.filter((_, i) => section.items[i].open);
    // Content read again (the author's markup changed): what the patient opened stays open; new questions start as written.
    const kept = this.remember ? this.recall() : this.hasUpdated ? this.ids.filter((id) => this.open.has(id)) : undefined;
    this.open = new Set(kept ? [...kept, ...flagged.filter((id) => !before.has(id))] : flagged);
    // Content that arrives later (src, a new property) may hold the linked question.
    if (this.hasUpdated) void this.updateComplete.then(() => this.hash.read());
  }

  /** @internal */
  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    const words = terms(this.query);
    const shown = words.length ? this.ids.filter((_, i) => matchesAll(this.haystacks[i], words)) : this.ids;
    const visible = new Set(shown);
    const allOpen = shown.length > 0 && shown.every((id) => this.open.has(id));
    const naming = this.naming();
    return html`${richText(section.intro)}
      <div class="toolbar" part="toolbar">
        ${this.searchable
          ? html`<div class="search">
              <label for="search">${this.t('faqSearchLabel')}</label>
              <input id="search" type="search" part="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
            </div>`
          : nothing}
        <button class="show-all" part="show-all" aria-expanded=${allOpen} ?disabled=${!shown.length} @click=${() => this.setMany(shown, !allOpen)}>
          ${this.t(allOpen ? 'faqHideAll' : 'faqShowAll')}
        </button>
      </div>
      <p class="status" part="status" role="status">${this.status()}</p>
      ${shown.length
        ? nothing
        : html`<p class="no-results" part="no-results">
            ${this.t('faqNoResults')} <button @click=${() => this.search('', true)}>${this.t('faqSearchClear')}</button>
          </p>`}
      <div class="list" part="list">
        ${this.piece(() => section.items.map((q, i) => this.renderItem(q, this.ids[i], this.headingLevel, words, visible.has(this.ids[i]), naming)))}
      </div>${naming.phrases
        ? html`<div hidden><span id="say-show">${naming.phrases[0]}</span><span id="say-hide">${naming.phrases[1]}</span></div>`
        : nothing}`;
  }

  /**
   * How each question button is named: "Who pays? , Show this answer", the question, then `faqThisAnswer`
   * ("{action} this answer") around the visible "Show" / "Hide" in the language's word order (a string without
   * `{action}` is read after the word). Decided from the phrase itself, so a pack's or a hospital's own strings
   * are named the same way:
   *
   * - the phrase starts with the visible word (English, Spanish, the Arabic sample): the button is named by
   *   `aria-labelledby`, its own question text and one of two hidden phrases written once per FAQ
   *   (", Show this answer"), so no question holds a visually hidden copy of words (500 questions, 1,000
   *   out-of-flow boxes fewer to lay out). The visible text, question then "Show", is one piece of that name;
   * - words come before the visible one (Hindi "यह जवाब दिखाएँ"): named by its content, the visible word with
   *   visually hidden spans around it, as `aria-labelledby` would put hidden words between the visible question
   *   and the visible verb (WCAG 2.5.3, axe's `label-content-name-mismatch`).
   *
   * Returns what each toggle shows, closed and open, and the two phrases when `aria-labelledby` names the buttons.
   */
  private naming(): { toggle: readonly [ToggleWords, ToggleWords]; phrases?: readonly [string, string] } {
    const verbs = [this.t('faqShow'), this.t('faqHide')] as const;
    const phrase = this.t('faqThisAnswer', { action: VERB });
    const [before, after] = phrase.includes(VERB) ? phrase.split(VERB) : ['', ` ${phrase}`];
    if (!before.trim()) return { toggle: [{ verb: verbs[0] }, { verb: verbs[1] }], phrases: [`, ${verbs[0]}${after}`, `, ${verbs[1]}${after}`] };
    return { toggle: [{ before, verb: verbs[0], after }, { before, verb: verbs[1], after }] };
  }

  private renderItem(q: FaqSection['items'][number], id: string, level: number, words: string[], visible: boolean, naming: ReturnType<ImmunoFaq['naming']>) {
    const open = this.open.has(id);
    // Marks only where they can be seen (docs/performance.md, "FAQ search: marks only where they are seen"): a
    // question the search hides keeps the marks it had (it is not drawn; it is marked again when a search shows it),
    // and only an open answer of a question shown is marked (a closed one is marked when it opens). Before, each key
    // marked all 500 answers, open or not.
    const slot = this.contentController.source === 'light-dom' ? this.slots.get(id) : undefined;
    // The heading and its button are plain nodes `question()` keeps (faq-question.ts): one clone each for 500 questions.
    return html`<div class="item" part="item" ?hidden=${!visible} ?data-open=${open}>
      ${question({
        level,
        id,
        question: q.question,
        words: visible ? words : undefined,
        open,
        labelledBy: naming.phrases ? `t-${id} ${open ? 'say-hide' : 'say-show'}` : undefined,
        toggle: naming.toggle[open ? 1 : 0],
        onToggle: (next) => this.toggle(id, next),
      })}
      <div id="a-${id}" class="answer" part="answer"
        hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.toggle(id, true)}>
        ${slot ? html`<slot name=${slot}></slot>` : richTextPart(q.answer, { highlight: visible && open ? words : undefined })}
        ${open // Only an open answer offers it (and 500 closed ones cost no buttons).
          ? html`<button class="copy" part="copy-link" aria-label=${this.t('faqCopyLinkTo', { question: q.question })} @click=${() => this.copyLink(id)}>
              ${this.t('faqCopyLink')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private onSearch(e: Event) {
    this.search((e.target as HTMLInputElement).value);
  }

  /** The polite status line: the outcome of "Copy link", else the search count. */
  private status(): string {
    const { status, text } = this.copier;
    if (status === 'copied') return this.t('faqLinkCopied');
    return status === 'failed' ? this.t('faqCopyFailed', { url: text }) : this.message;
  }

  /**
   * Filters at once, and says the count once typing pauses (every keystroke's count would be
   * chatter); "Clear search" and deep links say it at once. A cleared search says so.
   */
  private search(query: string, now = false) {
    this.copier.reset();
    this.query = query;
    clearTimeout(this.pending);
    const words = terms(query);
    const count = this.ids.length;
    const say = () => {
      const shown = this.haystacks.filter((h) => matchesAll(h, words)).length;
      this.message = words.length ? this.t('faqMatches', { shown, count }) : this.t('faqShowingAll', { count });
    };
    if (now) say();
    else this.pending = setTimeout(say, TYPING_PAUSE);
    if (now) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pending);
  }

  /** Opens or closes questions because a person asked to; fires `immuno-faq-toggle`. */
  private setMany(ids: readonly string[], open: boolean) {
    const next = new Set(open && this.single ? [] : this.open);
    for (const id of ids) {
      if (open) next.add(id);
      else next.delete(id);
    }
    const changed = new Set([...this.ids.filter((id) => next.has(id) !== this.open.has(id))]);
    if (!changed.size) return;
    this.open = next;
    if (this.remember) this.kept.save([...next]);
    for (const id of changed) this.emit('immuno-faq-toggle', { id, open: next.has(id) });
  }

  private toggle(id: string, open: boolean) {
    this.setMany([id], open);
    if (this.linkHash && open) this.hash.write(id);
  }

  /** Opens, scrolls to and focuses the question with this id (deep links). */
  private goTo(id: string): boolean {
    if (!this.ids.includes(id)) return false;
    if (!this.open.has(id)) this.open = new Set(this.single ? [id] : [...this.open, id]);
    if (this.query && !matchesAll(this.haystacks[this.ids.indexOf(id)], terms(this.query))) this.search('');
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(id)}`);
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    });
    return true;
  }

  private copyLink(id: string) {
    this.message = '';
    void this.copier.copy(new URL(`#${encodeURIComponent(id)}`, location.href).href);
  }

  private recall(): string[] | undefined {
    return this.kept.load()?.filter((id) => this.ids.includes(id));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-faq': ImmunoFaq;
  }
  interface GlobalEventHandlersEventMap {
    'immuno-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
