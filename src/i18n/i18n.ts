import type { StringValue } from '../content/schema.js';
import { en, type StringKey } from './en.js';

/** A full or partial set of UI strings for one locale. */
export type Strings = Partial<Record<StringKey, StringValue>>;

const locales = new Map<string, Strings>([['en', en]]);
const warned = new Set<string>();

/**
 * Locales whose strings are loaded only when a page asks for them, so they
 * never add to the English bundle. Each is a separate file next to the bundle.
 */
const loaders = new Map<string, () => Promise<{ strings: Strings }>>([['es', () => import('./es.js')]]);
const loading = new Map<string, Promise<boolean>>();

/** Registers a loader for a locale's strings, fetched the first time a widget needs them. */
export function registerLocaleLoader(lang: string, loader: () => Promise<{ strings: Strings }>): void {
  loaders.set(lang.toLowerCase(), loader);
}

/**
 * Starts loading the strings for `lang` (or its base language) if a loader
 * exists. Resolves true once they are registered, false when there is no
 * loader or loading failed (the widget then stays in English).
 */
export function loadLocale(lang: string): Promise<boolean> {
  const key = lang.toLowerCase();
  const base = key.split('-')[0];
  const name = loaders.has(key) ? key : loaders.has(base) ? base : undefined;
  if (!name) return Promise.resolve(false);
  let p = loading.get(name);
  if (!p) {
    p = loaders
      .get(name)!()
      .then((m) => (registerLocale(name, m.strings), true))
      .catch((e: Error) => {
        console.warn(`immuno-widgets: could not load the "${name}" strings (${e.message}); showing English.`);
        return false;
      });
    loading.set(name, p);
  }
  return p;
}

/**
 * Adds or extends the UI strings for a locale (e.g. `registerLocale('es', {...})`).
 * Widgets already on the page pick them up on their next render.
 */
export function registerLocale(lang: string, strings: Strings): void {
  const key = lang.toLowerCase();
  locales.set(key, { ...locales.get(key), ...strings });
}

/**
 * The strings for `lang`: an exact match, then its base language, then English.
 * Returns whether the locale was found, so the caller can warn once.
 */
export function stringsFor(lang: string): { strings: Strings; found: boolean } {
  const key = lang.toLowerCase();
  const found = locales.get(key) ?? locales.get(key.split('-')[0]);
  return { strings: found ? { ...en, ...found } : en, found: !!found };
}

/** Warns once per page and locale that English is used instead. */
export function warnUnknownLocale(tag: string, lang: string): void {
  if (warned.has(lang)) return;
  warned.add(lang);
  console.warn(`${tag}: no UI strings for locale "${lang}"; showing English. Register them with registerLocale().`);
}

const rules = new Map<string, Intl.PluralRules>();
function plural(lang: string, count: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) {
    try {
      r = new Intl.PluralRules(lang);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rules.set(lang, r);
  }
  return r.select(count);
}

/**
 * Formats a UI string: picks the plural form for `vars.count` and fills
 * `{name}` placeholders. The result is plain text.
 */
export function format(
  value: StringValue | undefined,
  lang: string,
  vars: Record<string, string | number> = {},
): string {
  if (value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    const n = Number(vars.count ?? 0);
    // `zero` is also honoured where the language has no such category (English
    // "No symptoms ticked" reads better than "0 symptoms ticked").
    text = (n === 0 && value.zero) || value[plural(lang, n)] || value.other;
  }
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
