import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController } from '../controllers/content-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { plainText, richText } from '../content/rich-text.js';
import type { SectionName } from '../content/schema.js';
import type { KeyOf, Namespace } from '../i18n/en.js';

/**
 * What every immuno-widgets element shares: content sources, locale, UI
 * strings, the footer (disclaimer, sources, review date) and fail-soft
 * rendering. Each widget adds its own `renderContent()`, and names its content
 * section `S` and its UI-string namespace `N` (`src/i18n/en/<N>.ts`).
 */
export abstract class ImmunoElement<S extends SectionName, N extends Namespace> extends LitElement {
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
          const states = (e.target as ImmunoElement<SectionName, Namespace>).internals.states;
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

  /** The widget's UI-string namespace: its keys, plus the shared ones, are what `t()` accepts. */
  protected abstract readonly namespace: N;

  private readonly localeController = new LocaleController<N>(
    this,
    () => this.namespace,
    () => this.contentController.strings,
  );

  /** The locale: `lang` on the element, else the nearest ancestor, else `<html>`, else English. */
  get locale(): string {
    return this.localeController.locale;
  }

  /** The locale of the UI strings shown (`locale` if it has strings, else English); dates follow it. */
  get uiLocale(): string {
    return this.localeController.uiLocale;
  }

  /** True when the element is laid out right to left. */
  protected get isRtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('content') || changed.has('src'))) this.contentController.resolve();
  }

  /** A UI string as plain text, with plurals and `{placeholders}` filled in. */
  protected t(key: KeyOf<N>, vars?: Record<string, string | number>): string {
    return this.localeController.t(key, vars);
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
        ${this.t('lastReviewed', { date: this.formatDate(meta.lastReviewed) })}${meta.reviewer
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

  /** A `YYYY-MM-DD` date in the language of the UI strings around it. */
  protected formatDate(iso: string): string {
    try {
      return new Intl.DateTimeFormat(this.uiLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
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
