import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contentFailed } from '../content/languages.js';
import type { English, KeyOf, Namespace } from '../i18n/en.js';
import { format, loadLocale, localeFileMissing, stringsFor, warnUnknownLocale, type Strings } from '../i18n/i18n.js';
import type { StringValue } from '../i18n/types.js';

/**
 * The `lang` of `el` or its nearest ancestor, across shadow roots (a widget
 * inside another component's shadow DOM inherits the page's language too).
 * An empty `lang` is skipped.
 */
export function nearestLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    const lang = found?.getAttribute('lang')?.trim();
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

/*
 * One MutationObserver for every widget on the page, on `<html>` and its whole
 * subtree but only for `lang`: a page that switches language, on `<html>` or on
 * any ancestor, re-renders the widgets it affects. Widgets join when they
 * connect and leave when they disconnect; the observer stops with the last.
 */
const listeners = new Set<() => void>();
let observedDocs = new WeakSet<Document>();
let observer: MutationObserver | undefined;

function listen(doc: Document, onChange: () => void): void {
  observer ??= new MutationObserver(() => listeners.forEach((l) => l()));
  if (!observedDocs.has(doc)) {
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    observedDocs.add(doc);
  }
  listeners.add(onChange);
}

function unlisten(onChange: () => void): void {
  listeners.delete(onChange);
  if (listeners.size || !observer) return;
  observer.disconnect();
  observer = undefined;
  observedDocs = new WeakSet();
}

/** How many widgets listen for `lang` changes, and whether the shared observer runs (for tests). */
export function langListeners(): { widgets: number; observing: boolean } {
  return { widgets: listeners.size, observing: !!observer };
}

const base = (lang: string) => lang.toLowerCase().split('-')[0];
const warnedMix = new Set<string>();

/**
 * Locale and UI strings for one widget: the locale from the nearest `lang`,
 * the strings of the widget's namespace in that locale (built in, loaded on
 * demand, or registered with `registerLocale()`), with the content pack's
 * `strings` on top; `t()` fills plurals and placeholders. Re-renders the host
 * when `lang` changes on it or an ancestor, and when a locale finishes loading.
 *
 * Never a mix: when the content is in another language than the page (no
 * content exists in the page's language), the UI strings follow the content,
 * the widget marks its content with that `lang`, and the page author gets one
 * warning.
 */
export class LocaleController<N extends Namespace> implements ReactiveController {
  private strings?: Record<string, StringValue>;
  private lang = 'en';
  /** The language the UI should be in: the page's, or the content's when they differ. */
  private wanted = 'en';
  private shown = 'en';
  private readonly onLangChange = () => {
    if (nearestLang(this.host) !== this.lang) this.host.requestUpdate();
  };

  /**
   * @param namespace The widget's namespace and its English strings (a function: a subclass sets them after the
   *   base constructor runs). The widget brings its own English, so a page that shows one widget carries no other's.
   * @param overrides The content pack's `strings`, which win over every locale.
   * @param contentLanguage The language of the content shown (`ContentController.language`).
   */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private namespace: () => { readonly name: N; readonly english: English[N] },
    private overrides: () => Strings = () => ({}),
    private contentLanguage: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** The locale asked for: `lang` on the element, else the nearest ancestor, else English. */
  get locale(): string {
    return nearestLang(this.host);
  }

  /**
   * The locale of the strings actually shown: the page's locale, or the
   * content's when the content is in another language, when it has strings;
   * else English. Dates and numbers inside UI strings use it, so a Hindi page
   * never gets a Hindi date in an English sentence.
   */
  get uiLocale(): string {
    if (!this.strings) this.resolve();
    return this.shown;
  }

  hostConnected(): void {
    listen(this.host.ownerDocument, this.onLangChange);
  }

  hostDisconnected(): void {
    unlisten(this.onLangChange);
  }

  hostUpdate(): void {
    this.resolve();
    const { lang, wanted } = this;
    if (wanted !== lang) this.warnMix(lang, wanted);
    if (wanted === this.shown) return;
    // A locale with a loader is fetched once and the widget re-renders in it; any
    // other falls back to English, with one warning unless the pack brings its own strings.
    void loadLocale(wanted, this.host.localName, this.namespace().name).then((ok) => {
      if (ok) this.host.requestUpdate();
      else if (!Object.keys(this.overrides()).length) warnUnknownLocale(this.host.localName, wanted);
    });
  }

  /** A UI string as plain text, with plurals and `{placeholders}` filled in. */
  t(key: KeyOf<N>, vars?: Record<string, string | number>): string {
    const strings = this.strings ?? this.resolve();
    const own = this.overrides()[key as keyof Strings];
    // The pack's strings are in the content's language; the rest in the locale shown (plural rules differ).
    if (own !== undefined) return format(own, this.wanted, vars);
    return format(strings[key as string], this.shown, vars);
  }

  private resolve(): Record<string, StringValue> {
    const lang = (this.lang = this.locale);
    const content = this.contentLanguage();
    this.wanted = content && base(content) !== base(lang) ? content : lang;
    const { name, english } = this.namespace();
    const { strings, found } = stringsFor(this.wanted, name, english);
    this.shown = found ? this.wanted : 'en';
    return (this.strings = strings);
  }

  /** One warning per element, page language and content language. */
  private warnMix(page: string, content: string): void {
    // The page's language is built in but its file is missing: that was the one warning (it says what to fix).
    if (localeFileMissing(page)) return;
    const tag = this.host.localName;
    const key = `${tag}|${page}|${content}`;
    // A built-in translation that could not be loaded has said so already, in its own warning.
    if (warnedMix.has(key) || contentFailed(page)) return;
    warnedMix.add(key);
    console.warn(
      `${tag}: the page is in "${page}" but the content is in "${content}" (there is no content in "${page}"), ` +
        `so the whole widget is shown in "${content}" and marked lang="${content}". ` +
        `For "${page}", give the widget a content pack written in "${page}".`,
    );
  }
}
