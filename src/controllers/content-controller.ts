import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Meta, SectionName, Sections } from '../content/schema.js';
import { builtInIn, builtInLanguage, loadContentLanguage } from '../content/languages.js';
import type { SectionDefinition } from '../content/sections.js';
import { validateContent, validateSection, type ContentIssue } from '../content/validate.js';
import { hasLocale, loadLocale, type Strings } from '../i18n/i18n.js';
import { nearestLang } from './locale-controller.js';

/** Where a widget's content came from. */
export type ContentSource = 'property' | 'script' | 'src' | 'light-dom' | 'built-in';

/** What a widget needs from its host element. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  content?: unknown;
  src?: string;
  /** Milliseconds before a `src` fetch is given up. */
  srcTimeout?: number;
}

/** Reads the page author's own light-DOM markup as a content pack, or returns undefined. */
export type LightDomReader = () => unknown;

/**
 * Finds, loads and validates a widget's content. Sources, first present wins:
 * the `content` property → a `<script type="application/json">` child → the
 * `src` URL → the widget's light-DOM markup → the built-in pack.
 *
 * Problems never throw: they are reported once with `console.warn` (tag name
 * and field path first) and an `immuno-content-error` event, and the widget
 * keeps what is valid and falls back to the built-in content for the rest.
 */
export class ContentController<S extends SectionName> implements ReactiveController {
  meta: Meta;
  section: Sections[S];
  strings: Strings = {};
  source: ContentSource = 'built-in';
  /** True while a `src` fetch, or the built-in content of the widget's language, is under way. */
  loading = false;
  /** The built-in language shown (or being fetched) when `source` is `built-in`. */
  private builtInLang = 'en';
  private request = 0;
  private abort?: AbortController;
  /** The pack the widget's own section came from (undefined for built-in content). */
  private pack?: unknown;
  /** Other sections read from that pack, validated once per pack. */
  private others = new Map<SectionName, unknown>();

  /**
   * @param host The widget.
   * @param definition The section the widget shows, from `src/content/sections.ts`.
   * @param readLightDom Reads the author's markup (content source 4), when the widget has such markup.
   * @param locale The language the page asks for (the nearest `lang` by default); picks the built-in content.
   */
  constructor(
    private host: ContentHost,
    private definition: SectionDefinition<S>,
    private readLightDom?: LightDomReader,
    private locale: () => string = () => nearestLang(host),
  ) {
    host.addController(this);
    this.meta = definition.builtIn.meta;
    this.section = definition.builtIn.section;
  }

  /**
   * The language of the content shown, or about to be shown while the
   * built-in translation loads. The UI strings follow it (never a mix).
   */
  get language(): string {
    return this.source === 'built-in' ? this.builtInLang : this.meta.language;
  }

  /**
   * Another section of the same pack (the explorer reads symptom names from the
   * pack it was given). Returns the built-in section when the pack has none or
   * nothing in it is usable; problems are reported like the widget's own.
   */
  other<O extends SectionName>(definition: SectionDefinition<O>): Sections[O] {
    const cached = this.others.get(definition.name) as Sections[O] | undefined;
    if (cached) return cached;
    const raw = this.pack && typeof this.pack === 'object' ? (this.pack as Record<string, unknown>)[definition.name] : undefined;
    let section = (builtInIn(definition, this.builtInLang) ?? definition.builtIn).section;
    if (raw !== undefined) {
      const issues: ContentIssue[] = [];
      section = validateSection(raw, definition, issues) ?? section;
      if (issues.length) this.report(issues, this.source);
    }
    this.others.set(definition.name, section);
    return section;
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Follows a change of `lang` on the element or an ancestor: built-in content
   * switches to that language. The host calls it first thing in `willUpdate`,
   * so the UI strings, resolved after it, follow the same language.
   */
  followLanguage(): void {
    if (this.source === 'built-in' && builtInLanguage(this.locale()) !== this.builtInLang) this.useBuiltIn();
  }

  /** Re-reads every source; call when `content` or `src` changes. */
  resolve(): void {
    const request = ++this.request;
    this.abort?.abort();
    this.loading = false;
    const host = this.host;
    if (host.content !== undefined && host.content !== null) return this.apply(host.content, 'property');

    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(script.textContent ?? '');
      } catch (e) {
        return this.fail('script', [{ path: '', message: `the JSON script is not valid JSON (${(e as Error).message})` }]);
      }
      return this.apply(parsed, 'script');
    }

    if (host.src) {
      this.loading = true;
      void this.load(host.src, request);
      return;
    }

    let light: unknown;
    try {
      light = this.readLightDom?.();
    } catch (e) {
      this.report([{ path: '', message: `could not read the page's markup (${(e as Error).message})` }], 'light-dom');
    }
    if (light !== undefined) return this.apply(light, 'light-dom');
    this.useBuiltIn();
  }

  private async load(url: string, request: number): Promise<void> {
    const abort = (this.abort = new AbortController());
    const timeout = this.host.srcTimeout ?? 8000;
    const timer = setTimeout(() => abort.abort(new DOMException('timed out', 'TimeoutError')), timeout);
    let data: unknown;
    let problem: string | undefined;
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) problem = `could not load ${url} (HTTP ${response.status})`;
      else {
        const text = await response.text();
        try {
          data = JSON.parse(text);
        } catch {
          problem = `${url} is not valid JSON`;
        }
      }
    } catch (e) {
      const err = e as Error;
      problem =
        abort.signal.reason instanceof DOMException && abort.signal.reason.name === 'TimeoutError'
          ? `loading ${url} took longer than ${timeout} ms`
          : `could not load ${url} (${err.message || err.name})`;
    } finally {
      clearTimeout(timer);
    }
    if (request !== this.request) return; // a newer source won
    this.loading = false;
    if (problem) this.fail('src', [{ path: '', message: problem }]);
    else this.apply(data, 'src');
  }

  private apply(input: unknown, source: ContentSource): void {
    const r = validateContent(input, this.definition);
    this.pack = input;
    this.others.clear();
    this.meta = r.meta;
    this.section = r.section;
    this.strings = r.strings;
    this.source = source;
    if (r.issues.length) this.report(r.issues, source);
    this.host.requestUpdate();
  }

  private fail(source: ContentSource, issues: ContentIssue[]): void {
    this.useBuiltIn();
    this.report(issues, source);
  }

  private useBuiltIn(): void {
    const lang = builtInLanguage(this.locale());
    // Content and UI strings arrive together: never Spanish advice under English headings, even for a moment.
    const ready = hasLocale(lang) ? builtInIn(this.definition, lang) : undefined;
    this.pack = undefined;
    this.others.clear();
    this.strings = {};
    this.source = 'built-in';
    this.builtInLang = lang;
    if (ready) {
      this.loading = false;
      this.meta = ready.meta;
      this.section = ready.section;
    } else {
      // The translation is fetched once per page; until then the loading state, not English.
      this.loading = true;
      const request = this.request;
      void Promise.all([loadContentLanguage(lang), loadLocale(lang)]).then(([text]) => {
        if (request !== this.request || this.builtInLang !== lang) return; // a newer source or language won
        if (!text) this.builtInLang = 'en'; // could not load: English content and English UI, warned once
        const value = builtInIn(this.definition, this.builtInLang) ?? this.definition.builtIn;
        this.loading = false;
        this.others.clear();
        this.meta = value.meta;
        this.section = value.section;
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }

  private report(issues: ContentIssue[], source: ContentSource): void {
    const tag = this.host.localName;
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    console.warn(
      `${tag}: content problem in ${source}${first.path ? ` at ${first.path}` : ''}: ${first.message}${more}. ` +
        'Showing what is valid and built-in content for the rest.',
      issues,
    );
    this.host.dispatchEvent(
      new CustomEvent('immuno-content-error', { bubbles: true, composed: true, detail: { issues, source } }),
    );
  }
}
