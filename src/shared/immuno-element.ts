import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController } from '../controllers/content-controller.js';
import { plainText, richText } from '../content/rich-text.js';
import type { SectionName } from '../content/schema.js';
import { format, loadLocale, stringsFor, warnUnknownLocale, type Strings } from '../i18n/i18n.js';
import type { StringKey } from '../i18n/en.js';

/**
 * What every immuno-widgets element shares: content sources, locale, UI
 * strings, the footer (disclaimer, sources, review date) and fail-soft
 * rendering. Each widget adds its own `renderContent()`.
 */
export abstract class ImmunoElement<S extends SectionName> extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Content as an object (a content pack; see `content.schema.json`). Wins over
   * every other source.
   */
  @property({ attribute: false }) content?: unknown;

  /** URL of a JSON content pack, used when there is no `content` property or JSON script child. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before falling back to the built-in content. */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout = 8000;

  /** Custom states for styling (`:state(far)`). */
  protected readonly internals = this.attachInternals();

  /** One observer for every widget, made when the first one connects (no work at import). */
  private static viewport?: IntersectionObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    ImmunoElement.viewport ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const states = (e.target as ImmunoElement<SectionName>).internals.states;
          if (e.isIntersecting) states.delete('far');
          else states.add('far');
        }
      },
      { rootMargin: '100% 0px' },
    );
    ImmunoElement.viewport.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    ImmunoElement.viewport?.unobserve(this);
  }

  /** The content controller; each widget creates its own. */
  protected abstract readonly contentController: ContentController<S>;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The locale: `lang` on the element, else the nearest ancestor, else `<html>`, else English. */
  get locale(): string {
    return (this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en').trim() || 'en';
  }

  /** True when the element is laid out right to left. */
  protected get isRtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private strings: Strings = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('content') || changed.has('src'))) this.contentController.resolve();
    const lang = this.locale;
    const { strings, found } = stringsFor(lang);
    const own = this.contentController.strings;
    if (!found && Object.keys(own).length === 0)
      // A locale with a loader is fetched once and the widget re-renders in it; any other falls back to English.
      void loadLocale(lang).then((ok) => (ok ? this.requestUpdate() : warnUnknownLocale(this.localName, lang)));
    this.strings = { ...strings, ...own };
  }

  /** A UI string as plain text, with plurals and `{placeholders}` filled in. */
  protected t(key: StringKey, vars?: Record<string, string | number>): string {
    return format(this.strings[key], this.locale, vars);
  }

  /** The widget's own markup. */
  protected abstract renderContent(): TemplateResult;

  protected override render(): unknown {
    try {
      if (this.contentController.loading)
        return html`<p class="loading" role="status" part="loading">${this.t('loading')}</p>`;
      return html`<div part="base" class="base" lang=${this.contentController.meta.language}>
        ${this.renderContent()} ${this.renderFooter()}
      </div>`;
    } catch (e) {
      // Fail soft: show the page author's own markup and a short note, never throw on the host page.
      console.error(`${this.localName}: could not render (${(e as Error).message}).`, e);
      return html`<slot></slot>
        <p role="note">${this.t('renderError')}</p>`;
    }
  }

  /** Disclaimer, last-reviewed date, reviewer and sources. */
  protected renderFooter(): TemplateResult {
    const { meta } = this.contentController;
    return html`<div class="footer" part="footer">
      <div class="disclaimer" part="disclaimer">${richText(meta.disclaimer)}</div>
      <p>
        ${meta.lastReviewed ? this.t('lastReviewed', { date: this.formatDate(meta.lastReviewed) }) : nothing}${meta.reviewer
          ? html`. ${this.t('reviewedBy', { reviewer: meta.reviewer })}`
          : nothing}
      </p>
      <details class="sources" part="sources">
        <summary>${this.t('sourcesLabel')}</summary>
        <ul>
          ${meta.sources.map((s) => html`<li><a href=${s.url}>${s.title}</a>${s.publisher ? `, ${s.publisher}` : ''}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  /** A `YYYY-MM-DD` date in the reader's locale. */
  protected formatDate(iso: string): string {
    try {
      return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
    } catch {
      return iso;
    }
  }

  /** Dispatches a bubbling, composed event. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  /** Plain text of rich text. */
  protected plain = plainText;
}
