import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KeyOf, Namespace } from '../i18n/en.js';
import { format, loadLocale, stringsFor, warnUnknownLocale, type Strings } from '../i18n/i18n.js';
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

/**
 * Locale and UI strings for one widget: the locale from the nearest `lang`,
 * the strings of the widget's namespace in that locale (built in, loaded on
 * demand, or registered with `registerLocale()`), with the content pack's
 * `strings` on top; `t()` fills plurals and placeholders. Re-renders the host
 * when `lang` changes on it or an ancestor, and when a locale finishes loading.
 */
export class LocaleController<N extends Namespace> implements ReactiveController {
  private strings?: Record<string, StringValue>;
  private lang = 'en';
  private shown = 'en';
  private readonly onLangChange = () => {
    if (nearestLang(this.host) !== this.lang) this.host.requestUpdate();
  };

  /**
   * @param namespace The widget's namespace (a function: a subclass sets it after the base constructor runs).
   * @param overrides The content pack's `strings`, which win over every locale.
   */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private namespace: () => N,
    private overrides: () => Strings = () => ({}),
  ) {
    host.addController(this);
  }

  /** The locale asked for: `lang` on the element, else the nearest ancestor, else English. */
  get locale(): string {
    return nearestLang(this.host);
  }

  /**
   * The locale of the strings actually shown: `locale` when it has strings,
   * else English. Dates and numbers inside UI strings use it, so a Hindi page
   * without Hindi strings does not get a Hindi date in an English sentence.
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
    const lang = this.lang;
    if (lang === this.shown) return;
    // A locale with a loader is fetched once and the widget re-renders in it; any
    // other falls back to English, with one warning unless the pack brings its own strings.
    void loadLocale(lang, this.host.localName).then((ok) => {
      if (ok) this.host.requestUpdate();
      else if (!Object.keys(this.overrides()).length) warnUnknownLocale(this.host.localName, lang);
    });
  }

  /** A UI string as plain text, with plurals and `{placeholders}` filled in. */
  t(key: KeyOf<N>, vars?: Record<string, string | number>): string {
    const strings = this.strings ?? this.resolve();
    const own = this.overrides()[key as keyof Strings];
    // The pack's strings are in the page's language; the rest in the locale shown (plural rules differ).
    if (own !== undefined) return format(own, this.lang, vars);
    return format(strings[key as string], this.shown, vars);
  }

  private resolve(): Record<string, StringValue> {
    const lang = (this.lang = this.locale);
    const { strings, found } = stringsFor(lang, this.namespace());
    this.shown = found ? lang : 'en';
    return (this.strings = strings);
  }
}
