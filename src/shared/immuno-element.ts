import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController } from '../controllers/content-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { plainText } from '../content/rich-text.js';
import type { SectionName } from '../content/schema.js';
import type { English, KeyOf, Namespace } from '../i18n/en.js';
import { formatDate, languageName } from './dates.js';
import { IN_PIECES, IN_TURN, markupHeight, nextTask } from './define.js';
import { dispatch, type EventDetail } from './events.js';
import { SharedFooterController, type FooterParts } from '../controllers/shared-footer-controller.js';

/**
 * The one rule of an element upgrading in pieces: it keeps the height its page markup had before the upgrade
 * (`--_reserved`), which WebKit would otherwise lose on pages pasted with a snippet written before 2026-12-02, whose
 * rule reserved room with the host's `::after` (WebKit draws no `::after` box on a shadow host; snippets now reserve
 * it with a margin in the markup).
 */
let holdSheet: CSSStyleSheet | undefined;
function holdHeight(): CSSStyleSheet {
  if (!holdSheet) {
    holdSheet = new CSSStyleSheet();
    holdSheet.replaceSync(':host{box-sizing:border-box;min-block-size:var(--_reserved,0px)}');
  }
  return holdSheet;
}

/** What `focusTargetFor` may move focus to: controls that do not open a phone's keyboard. */
const CONTROLS = 'a[href],button,summary,select,input[type=checkbox],input[type=radio]';
/** Whether an element has a box drawn (forces style and layout: only asked while focus is carried over). */
const drawn = (el: Element): boolean => el.getClientRects().length > 0;
const words = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * `control` where it is drawn, else the `<summary>` of the closed `<details>` it sits in, where that is drawn.
 * @internal
 */
export function reach(control: Element | null | undefined): HTMLElement | undefined {
  if (!control) return undefined;
  if (drawn(control)) return control as HTMLElement;
  const summary = control.closest('details')?.querySelector(':scope > summary');
  return summary && drawn(summary) ? (summary as HTMLElement) : undefined;
}

/** Trusted Types failures are the page's, not one element's: the first element to hit one warns for all. */
let warnedTrustedTypes = false;

/** True when rendering failed because the page's Trusted Types rules refused our policy (see vite.config.ts). */
function isTrustedTypesError(error: unknown): boolean {
  const g = globalThis as { trustedTypes?: unknown; __immunoWidgetsNoPolicy?: unknown };
  return error instanceof TypeError && !!g.trustedTypes && (!!g.__immunoWidgetsNoPolicy || /trusted/i.test(error.message));
}

/**
 * The thin base of every immuno-widgets element: the content properties, the
 * locale and its strings, fail-soft rendering and a typed `emit`. The concerns
 * themselves live in controllers (`src/controllers/`) and shared templates
 * (`src/shared/`). Each widget adds its own `renderContent()`, and names its
 * content section `S` and its UI-string namespace `N` (`src/i18n/en/<N>.ts`).
 *
 * @attr {string} lang - BCP 47 language tag (`es`, `hi`, `ar`) of the widget's UI strings, dates and built-in content. Optional: without it the widget follows the nearest ancestor's `lang`, then `<html lang>`, then English, and updates when that changes. Built in: English, Spanish, Hindi; another language needs `registerLocale()` or a content pack with its own strings, else the widget shows English and warns once.
 * @attr {string} content - `#id` of a `<script type="application/json" id="id">` anywhere in the page whose text is the content pack (content by reference; survives CKEditor 5, which empties a script nested in a custom element).
 * @fires {CustomEvent<ContentErrorDetail>} immuno-content-error - Content was invalid, could not be loaded, or the page's markup was not all used; `detail: { issues: { path, message }[], source }`.
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart loading - The "Loading…" line shown while a `src` pack or a language loads.
 * @csspart fallback - The note shown under the page's own markup when the widget could not render.
 * @csspart footer - Disclaimer, review date and sources (with `footer="shared"`, only on the last sharing widget).
 * @csspart disclaimer - One disclaimer in the footer.
 * @csspart sources - The sources list in the footer (a `<details>`).
 * @csspart mark - A word matched by a search, in the widgets that have one (FAQ, therapy explorer).
 * @cssprop [--immuno-color-text=#1b2330] - Body text.
 * @cssprop [--immuno-color-muted=#4a5566] - Hints and the footer.
 * @cssprop [--immuno-color-accent=#0a58a8] - Links, buttons and the current state.
 * @cssprop [--immuno-color-on-accent=#ffffff] - Text on the accent colour and on urgency colours.
 * @cssprop [--immuno-color-surface=#ffffff] - Background the widget paints behind itself, its fields and buttons.
 * @cssprop [--immuno-color-surface-alt=#f2f5f9] - Background of panels inside the widget.
 * @cssprop [--immuno-color-border=#5f6b7c] - Borders (keep at least 3:1 against the surface).
 * @cssprop [--immuno-color-focus=#0a58a8] - Focus ring.
 * @cssprop [--immuno-color-emergency=#a1161b] - Urgency level "Get emergency help now".
 * @cssprop [--immuno-color-call=#8a4600] - Urgency level "Call your care team now".
 * @cssprop [--immuno-color-visit=#1d5e37] - Urgency level "Tell your care team within a few days".
 * @cssprop [--immuno-color-mark=#fff1a8] - Background of words matched by a search.
 * @cssprop [--immuno-color-on-mark=#1b2330] - Text of words matched by a search.
 * @cssprop [--immuno-color-scheme=light] - `color-scheme` inside the widget (`dark` in a dark theme): the browser's own checkboxes, scrollbars and select lists.
 * @cssprop [--immuno-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--immuno-font-size=1em] - Base text size; never below 16 px.
 * @cssprop [--immuno-radius=0.5em] - Corner radius.
 * @cssprop [--immuno-space=1em] - Spacing unit.
 * @cssprop [--immuno-duration=200ms] - Transition length (none with reduced motion).
 */
export abstract class ImmunoElement<S extends SectionName, N extends Namespace> extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The content. As a property: a content pack object (see `content.schema.json`).
   * As the `content` attribute: `#id` of a `<script type="application/json" id="id">`
   * anywhere in the page, whose text is the pack (content by reference: it survives
   * editors that empty a script inside a custom element, such as CKEditor 5).
   * Wins over every other source; a reference that is missing, not a JSON script,
   * empty or not JSON is reported and the built-in content is shown.
   * @type {object | string | undefined}
   */
  @property() content?: unknown;

  /** URL of a JSON content pack, used when there is no `content` property or JSON script child. */
  @property() src?: string;

  /**
   * `own` (default): the widget ends with its own disclaimer, review line and sources.
   * `shared`: the widgets on a page with `footer="shared"` show one footer, after the last of
   * them, with each of their disclaimers, review lines and sources once (a screen reader hears
   * it once, not once per widget). A widget that is the only one sharing shows its own in full.
   */
  @property({ reflect: true }) footer: 'own' | 'shared' = 'own';

  /** Milliseconds to wait for `src` before falling back to the built-in content. */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout = 8000;

  /**
   * Form-associated internals: custom states for styling.
   * @internal
   */
  protected readonly internals = this.attachInternals();

  /**
   * The content controller; each widget creates its own for its section.
   * @internal
   */
  protected abstract readonly contentController: ContentController<S>;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * The widget's UI-string namespace and its English strings (`src/i18n/en/<namespace>.ts`): its keys, plus the
   * shared ones, are what `t()` accepts.
   */
  protected abstract readonly namespace: { readonly name: N; readonly english: English[N] };

  /** @internal */
  private readonly localeController = new LocaleController<N>(
    this,
    () => this.namespace,
    () => this.contentController.strings,
    () => this.contentController.language,
  );

  /** The locale: `lang` on the element, else the nearest ancestor, else `<html>`, else English. */
  get locale(): string {
    return this.localeController.locale;
  }

  /** The locale of the UI strings shown (`locale` if it has strings, else English); dates follow it. */
  get uiLocale(): string {
    return this.localeController.uiLocale;
  }

  /**
   * Block size (px) of the author's markup when the element upgraded: the widget keeps at least that height until
   * the reader's first action, so the page below does not move up on upgrade (a snippet's pre-upgrade rules
   * reserve the room the widget may grow into; see src/embed/render.ts).
   * @internal
   */
  private reserved = 0;

  constructor() {
    super();
    // Read while upgrading, still :not(:defined), so the page's pre-upgrade rules (the snippet's) still apply.
    if (this.isConnected && [...this.children].some((c) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(c.tagName))) {
      this.reserved = markupHeight(this) ?? this.getBoundingClientRect().height;
      if (this.reserved) {
        this.style.setProperty('--_reserved', `${this.reserved}px`);
        for (const type of ['pointerdown', 'keydown']) this.addEventListener(type, this.releaseReserve, { capture: true });
      }
      if ((this.getAttribute(IN_TURN) ?? '').split(/\s+/).includes(IN_PIECES)) this.startPieces();
      this.markupDrawn = true;
      const active = document.activeElement;
      if (active && active !== this && this.contains(active)) this.focusedMarkup = active;
    }
  }

  /**
   * True from the upgrade of an element with page markup until the render that shows the widget in its place: what
   * the reader focused in that markup is carried over then (`carryFocus`).
   */
  private markupDrawn = false;
  /**
   * The element of the page markup that had focus at the upgrade (Firefox and Chromium blur it once the markup stops
   * being drawn; WebKit keeps it).
   */
  private focusedMarkup?: Element;

  /** The element of the page markup that has focus now, or had it at the upgrade and lost it to no other. */
  private markupFocus(): Element | undefined {
    const active = document.activeElement;
    if (active && active !== this && this.contains(active)) return active;
    // Lost in the first update only: later, a reader's click on the page's background also leaves <body> focused.
    // Or while the "Loading…" line stood in the markup's place, which Firefox and Chromium blur too.
    if ((!this.hasUpdated || this.carryLater) && (!active || active === document.body) && this.focusedMarkup?.isConnected) return this.focusedMarkup;
    return undefined;
  }

  /** True while the "Loading…" line (a `src` pack, a language) stands where the focused page markup was. */
  private carryLater = false;

  /**
   * A press of a pointer anywhere while the "Loading…" line stands: the reader chose where they are, so nothing is
   * carried when the widget shows (a click on the page's background leaves `<body>` focused, as the browser's own blur
   * of the undrawn markup does in Firefox and Chromium, so focus alone cannot tell the two apart).
   * Listened to (capture, on `document`) only while that line stands.
   */
  private readonly chose = (): void => void (this.focusedMarkup = undefined);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.chose, true);
  }

  protected override update(changed: PropertyValues<this>): void {
    // Read before this render commits: it may stop drawing the page markup, and with it the focused element.
    const from = this.markupDrawn ? this.markupFocus() : undefined;
    super.update(changed);
    if (!this.markupDrawn) return;
    // The loading line has no control to carry focus to: carry it when the widget shows.
    this.carryLater = !!from && this.contentController.loading;
    document[this.carryLater ? 'addEventListener' : 'removeEventListener']('pointerdown', this.chose, true);
    if (this.carryLater) {
      this.focusedMarkup = from;
      return;
    }
    const handed = !this.held;
    if (handed) {
      this.markupDrawn = false;
      this.focusedMarkup = undefined;
    }
    if (from && (handed || document.activeElement !== from)) this.carryFocus(from);
  }

  /**
   * A keyboard reader who focused a control of the page markup (a question's `<summary>`, a source link) keeps
   * their place when the widget takes over: focus moves to the widget's own control for it (`focusTargetFor`), not
   * to a node no longer drawn (Chromium and WebKit keep focus there, Firefox drops it to `<body>`). An open
   * `<details>` stays open when its control is a `<summary>` too. WCAG 2.4.3 Focus Order, 2.4.7 Focus Visible.
   */
  private carryFocus(from: Element): void {
    try {
      const to = drawn(from) ? (from as HTMLElement) : this.focusTargetFor(from);
      if (!to || to === document.activeElement) return;
      const was = from.closest('details');
      const into = to.localName === 'summary' ? (to.parentElement as HTMLDetailsElement | null) : null;
      if (was?.open && into?.localName === 'details' && !into.open && from.localName === 'summary') into.open = true;
      to.focus({ preventScroll: to === from });
    } catch {
      /* never a thrown error on the host page; focus stays where the browser left it */
    }
  }

  /**
   * The widget's control that stands for `from`, an element of the page markup that had focus when the widget took
   * its place. By default: a link to the same address, else a control of the same kind with the same text (the
   * `<summary>` of a closed `<details>` for one inside it that is not drawn), else the widget's first control that
   * is drawn and not a text field (focusing a text field opens a phone's keyboard). Widgets map their own items
   * (a question, a step) first.
   * @internal
   */
  protected focusTargetFor(from: Element): HTMLElement | undefined {
    return this.sameControl(from, this.renderRoot) ?? [...this.renderRoot.querySelectorAll(CONTROLS)].find(drawn) as HTMLElement | undefined;
  }

  /**
   * In `within`, the control that matches `from`: a link to the same address, else a control (or an element with
   * `tabindex`) of the same kind with the same text; `reach`ed (its closed `<details>`' summary when it is not drawn).
   * @internal
   */
  protected sameControl(from: Element, within: ParentNode): HTMLElement | undefined {
    const href = from.getAttribute('href');
    return reach(
      // Also what a script may focus (a heading with tabindex="-1", as the widgets' own step and type headings).
      [...within.querySelectorAll(`${CONTROLS},[tabindex]`)].find((c) => (href ? c.getAttribute('href') === href : c.localName === from.localName && words(c) === words(from))),
    );
  }

  /**
   * Upgrading in pieces (`data-upgrade="… in-pieces"`, written by the snippet renderer with its `:state(upgrading)`
   * rules): how many of the render's `piece()`s are shown so far (`Infinity`: all, the usual single render). While
   * some are held, the element has the custom state `upgrading`, its shadow root shows only a `<slot>`, so the page's
   * markup stays drawn under the snippet's pre-upgrade rules, and its own styles are set aside; each later task
   * renders one more piece into a hidden wrapper, and the render that holds none shows the widget in one frame.
   * So the first render's work is cut into tasks of a few milliseconds (Lighthouse's TBT; docs/performance.md,
   * "Upgrading in pieces") with no frame that shows half a widget.
   * @internal
   */
  private shown = Infinity;
  /** Pieces asked for by the render in progress, and whether it held one back. */
  private asked = 0;
  private held = false;
  /** The shadow root's own style sheets, set aside while upgrading in pieces. */
  private setAside?: CSSStyleSheet[];
  private upgraded?: { done: Promise<void>; resolve: () => void };

  /** Starts upgrading in pieces where the browser has custom states and `:state()` (else one render, as before). */
  private startPieces(): void {
    try {
      if (!CSS.supports('selector(:state(upgrading))')) return;
      this.internals.states.add('upgrading');
    } catch {
      return;
    }
    this.shown = 0;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    this.upgraded = { done, resolve };
  }

  /** Ends upgrading in pieces: the element's own styles back, the state gone, `updateComplete` free. */
  private endPieces(): void {
    if (this.shown === Infinity) return;
    this.shown = Infinity;
    if (this.setAside && this.shadowRoot) this.shadowRoot.adoptedStyleSheets = this.setAside;
    this.setAside = undefined;
    try {
      this.internals.states.delete('upgrading');
    } catch {
      /* started only where it worked */
    }
    this.upgraded?.resolve();
  }

  /**
   * A part of the first render that may come in a later task: `render()` itself, except while the element upgrades
   * in pieces, when the pieces after those shown so far are `nothing` (they come one per task, in the order the
   * render asks for them). Wrap what is costly and can wait: a list, the details, each step.
   * @internal
   */
  protected piece<T>(render: () => T): T | typeof nothing {
    if (this.asked++ < this.shown) return render();
    this.held = true;
    return nothing;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // While upgrading in pieces the host and the slotted page markup look as before the upgrade: no :host rules.
    if (this.shown !== Infinity && root instanceof ShadowRoot && root.adoptedStyleSheets.length && !root.querySelector('style')) {
      this.setAside = [...root.adoptedStyleSheets]; // a copy: in Chromium the property is a live array
      root.adoptedStyleSheets = [holdHeight()];
    } else this.endPieces();
    return root;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.shown === Infinity) return;
    if (!this.held) this.endPieces();
    else
      nextTask(() => {
        if (this.shown === Infinity) return;
        this.shown++;
        this.requestUpdate();
      });
  }

  /** Resolves once the element has rendered in full (after the last piece, when upgrading in pieces). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.shown === Infinity || !this.upgraded) return result;
    await this.upgraded.done;
    return super.getUpdateComplete();
  }

  /**
   * Lets the widget take its own height: on the reader's first action (pointer or key), or when a widget moves them.
   * Not while it upgrades in pieces: its page markup is drawn then, and in WebKit the reserve is all that holds the
   * room an older snippet's rule gives it with the host's `::after` (`holdHeight`); the page below would move up, then down.
   * @internal
   */
  protected releaseReserve = (): void => {
    if (!this.reserved || this.shown !== Infinity) return;
    this.reserved = -1;
    this.style.removeProperty('--_reserved');
    for (const type of ['pointerdown', 'keydown']) this.removeEventListener(type, this.releaseReserve, { capture: true });
  };

  /**
   * True once the element could not render: it shows the page's own markup (or a note) and stops updating.
   * @internal
   */
  private failed = false;

  /** Fail soft: no error from an update (render, Trusted Types, lifecycle) ever reaches the host page. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (e) {
      this.failSoft(e);
    }
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !this.failed && super.shouldUpdate(changed);
  }

  /**
   * Shows the author's own markup through a plain `<slot>` (or, when there is none, a short note), built with DOM
   * calls because Lit's templates may be what failed; warns once, naming the element and the problem.
   * @internal
   */
  private failSoft(error: unknown): void {
    this.failed = true;
    this.endPieces();
    if (isTrustedTypesError(error)) {
      if (!warnedTrustedTypes)
        console.warn(
          `${this.localName}: cannot render. The page's Content-Security-Policy requires Trusted Types, and its ` +
            `trusted-types directive does not name "immuno-widgets", the policy this bundle uses (add it: ` +
            `trusted-types … immuno-widgets). Every immuno-widgets element on this page shows the page's own markup ` +
            'instead. See docs/security.md.',
          error,
        );
      warnedTrustedTypes = true;
    } else console.warn(`${this.localName}: could not render (${(error as Error)?.message ?? error}); showing the page's own markup instead.`, error);
    const authored = [...this.childNodes].some(
      (n) => (n instanceof Element && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(n.tagName) && !n.hasAttribute('hidden')) || (n.nodeType === 3 && n.textContent?.trim()),
    );
    const nodes: Node[] = [document.createElement('slot')];
    if (!authored) {
      const note = document.createElement('p');
      note.setAttribute('role', 'note');
      note.className = 'fallback';
      note.setAttribute('part', 'fallback');
      let text = 'This section could not be shown. Please ask your care team for this information.';
      try {
        text = this.t('renderError');
      } catch {
        /* the English words above */
      }
      note.textContent = text;
      nodes.push(note);
    }
    try {
      this.renderRoot.replaceChildren(...nodes);
    } catch {
      /* nothing more can be done without throwing on the page */
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.contentController.followLanguage();
    // Also on the first update: `content` or `src` set before the element was defined arrive here.
    if (changed.has('content') || changed.has('src')) this.contentController.sync();
  }

  /**
   * A UI string as plain text, with plurals and `{placeholders}` filled in.
   * @internal
   */
  protected t(key: KeyOf<N>, vars?: Record<string, string | number>): string {
    return this.localeController.t(key, vars);
  }

  /**
   * The widget's own markup.
   * @internal
   */
  protected abstract renderContent(): TemplateResult;

  protected override render(): unknown {
    this.asked = 0;
    this.held = false;
    try {
      if (this.contentController.loading) {
        // A language still loading: its line, as without pieces (the page markup may be in another language).
        this.endPieces();
        return html`<p class="loading" role="status" part="loading" lang=${this.uiLocale}>${this.t('loading')}</p>`;
      }
      const content = this.renderContent();
      const footer = this.piece(() => this.renderFooter());
      // Upgrading in pieces, some still held: the page's markup shows, the pieces so far wait hidden and unnamed
      // (an empty part, so no ::part rule of the page can show them).
      const waiting = this.held;
      return html`${waiting ? html`<slot></slot>` : nothing}<div
          part=${waiting ? '' : 'base'}
          class="base"
          lang=${this.contentController.meta.language}
          ?hidden=${waiting}
        >
        ${content} ${footer}
      </div>`;
    } catch (e) {
      this.endPieces();
      // Fail soft: show the page author's own markup and a short note, never throw on the host page.
      console.warn(`${this.localName}: could not render (${(e as Error).message}); showing the page's own markup instead.`, e);
      return html`<slot></slot>
        <p role="note" class="fallback" part="fallback">${this.t('renderError')}</p>`;
    }
  }

  /** @internal */
  /** @internal */
  protected renderFooter(): unknown {
    return this.sharedFooter.render();
  }

  /** @internal */
  private readonly sharedFooter = new SharedFooterController(this, () => this.footerParts());

  /** What this widget's footer says (see `SharedFooterController`). */
  private footerParts(): FooterParts {
    const { meta } = this.contentController;
    const date = (iso?: string) => (iso ? this.formatDate(iso) : '');
    return { meta, text: {
      written: meta.written ? this.t('written', { date: date(meta.written) }) : undefined,
      // What is true about review: a reviewer only when the pack names one, never a date alone.
      review: meta.reviewer
        ? meta.lastReviewed
          ? this.t('reviewedOn', { date: date(meta.lastReviewed), reviewer: meta.reviewer })
          : this.t('reviewedBy', { reviewer: meta.reviewer })
        : this.t('notReviewed'),
      translation: meta.translatedFrom
        ? meta.languageReviewer
          ? this.t('translationCheckedBy', { reviewer: meta.languageReviewer })
          : this.t('translatedNotChecked', { language: languageName(meta.translatedFrom, this.uiLocale) })
        : undefined,
      sources: this.t('sourcesLabel'),
    } };
  }

  /**
   * A `YYYY-MM-DD` date in the language of the UI strings around it.
   * @internal
   */
  protected formatDate(iso: string): string {
    return formatDate(iso, this.uiLocale);
  }

  /**
   * Dispatches one of the widget's events (declared in `GlobalEventHandlersEventMap`), bubbling and composed.
   * @internal
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: EventDetail<K>): boolean {
    return dispatch(this, type, detail);
  }

  /**
   * Plain text of rich text.
   * @internal
   */
  protected plain = plainText;
}
