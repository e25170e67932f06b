import type { English, KeyOf, NamespaceName, NamespacedStrings, StringKey } from './en.js';
import { shared } from './en/shared.js';
import type { Catalog, StringValue } from './types.js';

/**
 * UI strings by key, as a content pack's `strings` gives them and as
 * `registerLocale()` accepts them: a key applies to every namespace that has it.
 */
export type Strings = Partial<Record<StringKey, StringValue>>;

/**
 * The namespaces' names. Their English strings are not gathered here: each widget brings its own
 * (`src/i18n/en/<namespace>.ts`), so a page that shows one widget carries only that widget's words.
 */
const namespaceNames = { shared: 1, faq: 1, steps: 1, checklist: 1, explorer: 1 } as const satisfies Record<NamespaceName, 1>;

/**
 * Registered strings per locale, in the order they were registered (by key or by namespace, as given);
 * `stringsFor` sorts them into a widget's namespace. English is built in and only extended here.
 */
const locales = new Map<string, (Strings | NamespacedStrings)[]>([['en', []]]);
const warned = new Set<string>();

/**
 * The built-in locales other than English, namespace by namespace. Their strings are loaded only when a page asks
 * for them, so they never add to the English bundle, and only the namespaces a widget on the page uses: each is a
 * separate file next to the bundle (`dist/locales/<lang>-strings-<namespace>-<hash>.js`), so a page that shows
 * the FAQ in Spanish fetches the shared and the FAQ's strings, not the checklist's. To add a locale, see docs/i18n.md.
 */
const builtIn = new Map<string, LocaleParts>([
  [
    'es',
    {
      shared: () => import('./es/shared.js'),
      faq: () => import('./es/faq.js'),
      steps: () => import('./es/steps.js'),
      checklist: () => import('./es/checklist.js'),
      explorer: () => import('./es/explorer.js'),
    },
  ],
  [
    'hi',
    {
      shared: () => import('./hi/shared.js'),
      faq: () => import('./hi/faq.js'),
      steps: () => import('./hi/steps.js'),
      checklist: () => import('./hi/checklist.js'),
      explorer: () => import('./hi/explorer.js'),
    },
  ],
]);

/** One loader per namespace, each a module exporting that namespace's strings under its name. */
type LocaleParts = { readonly [N in NamespaceName]: () => Promise<{ readonly [K in N]: Catalog<English[K]> }> };

/** Locales a page registered a loader for (`registerLocaleLoader`), loaded whole; they replace a built-in one. */
const loaders = new Map<string, () => Promise<{ strings: Strings | NamespacedStrings }>>();
/** What is loading or loaded: a registered locale by its name, a built-in one's namespace as `es:faq`. */
const loading = new Map<string, Promise<boolean>>();
/** The built-in namespaces loaded so far, by locale: beneath what the page registers for that locale. */
const builtInStrings = new Map<string, NamespacedStrings>();
/** URLs of registered loaders, for the warning when one fails. */
const loaderUrls = new Map<string, string>();
/** Locales whose loading failed: warned about once, not again as unknown. */
const failed = new Set<string>();

/**
 * Registers a loader for a locale's strings, fetched the first time a widget
 * needs them. `url`, if given, is named in the warning when loading fails.
 */
export function registerLocaleLoader(lang: string, loader: () => Promise<{ strings: Strings | NamespacedStrings }>, url?: string): void {
  const key = lang.toLowerCase();
  loaders.set(key, loader);
  builtIn.delete(key);
  if (url) loaderUrls.set(key, url);
  else loaderUrls.delete(key);
}

/**
 * The URL a built-in loader fetches: the file of its `import("…")`, resolved
 * against `base` (the `import.meta.url` of the module the loader is written
 * in), as the browser resolves it. In the bundle that is
 * `<folder of immuno-widgets.js>/locales/es-…-<hash>.js`; the hash exists only
 * after the build, so it is read from the built loader's own source text.
 */
export function loaderUrl(loader: (() => unknown) | undefined, base: string): string | undefined {
  const m = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/.exec(String(loader));
  try {
    return m ? new URL(m[1], base).href : undefined;
  } catch {
    return undefined;
  }
}

/** Languages whose files in `locales/` could not be fetched, already warned about. */
const missingWarned = new Set<string>();

/** Whether a file of `lang`'s built-in language (or its base language) failed to load, and was warned about. */
export const localeFileMissing = (lang: string): boolean => missingWarned.has(lang.toLowerCase()) || missingWarned.has(lang.toLowerCase().split('-')[0]);

/**
 * Warns, once per page and language, that a file of a built-in language could
 * not be fetched (its UI strings or its content: both live in `locales/` next
 * to the bundle, so one warning says what to fix for both), naming the
 * element and the URL tried. The widget shows English.
 */
export function warnMissingLocaleFile(by: string, lang: string, what: string, url: string | undefined, error: unknown): void {
  if (missingWarned.has(lang)) return;
  missingWarned.add(lang);
  console.warn(
    `${by}: could not load the "${lang}" ${what}${url ? ` from ${url}` : ''} (${(error as Error)?.message ?? error}); showing English. ` +
      'Serve the locales/ folder next to immuno-widgets.js (see docs/embed/distribution.md).',
  );
}

/** The locale with a loader that serves `lang`: itself, else its base language. */
function loaderName(lang: string): string | undefined {
  const key = lang.toLowerCase();
  const has = (k: string) => loaders.has(k) || builtIn.has(k);
  return has(key) ? key : has(key.split('-')[0]) ? key.split('-')[0] : undefined;
}

/**
 * Starts loading the strings for `lang` (or its base language) if a loader
 * exists: of a built-in locale, the shared namespace and `ns` (every namespace
 * without `ns`), each file once per page. Resolves true once they are registered, false when there is no
 * loader or loading failed (the widget then stays in English). A failure is
 * warned about once per page, naming `by` (the element asking) and the URL
 * that was tried.
 */
export function loadLocale(lang: string, by = 'immuno-widgets', ns?: NamespaceName): Promise<boolean> {
  const name = loaderName(lang);
  if (!name) return Promise.resolve(false);
  const parts = builtIn.get(name);
  if (!parts) {
    const loader = loaders.get(name)!;
    return once(name, name, by, loader, loaderUrls.get(name), () => loader().then((m) => registerLocale(name, m.strings)));
  }
  return Promise.all(
    (ns ? ['shared', ns] : Object.keys(parts)).map((n) =>
      once(`${name}:${n}`, name, by, parts[n as NamespaceName], undefined, () =>
        parts[n as NamespaceName]().then((m) => void builtInStrings.set(name, { ...builtInStrings.get(name), ...m })),
      ),
    ),
  ).then((ok) => ok.every(Boolean));
}

/** Loads (and registers) one file of a locale once; a failure is warned about once per locale. */
function once(key: string, name: string, by: string, loader: () => unknown, url: string | undefined, load: () => Promise<void>): Promise<boolean> {
  let p = loading.get(key);
  if (!p) {
    p = load()
      .then(() => true)
      .catch((e: unknown) => {
        failed.add(name);
        warnMissingLocaleFile(by, name, 'UI strings', url ?? (loaders.has(name) ? undefined : loaderUrl(loader, import.meta.url)), e);
        return false;
      });
    loading.set(key, p);
  }
  return p;
}

const isNamespace = (k: string): k is NamespaceName => Object.hasOwn(namespaceNames, k);

/**
 * Adds or extends the UI strings for a locale. Either by key, each applying to
 * every namespace that has it — `registerLocale('es', { faqShowAll: '…' })` —
 * or by namespace, for one widget only — `registerLocale('es', { faq: { sourcesLabel: '…' } })`.
 * Widgets already on the page pick them up on their next render.
 */
export function registerLocale(lang: string, strings: Strings | NamespacedStrings): void {
  const key = lang.toLowerCase();
  // A copy, one level deep: a page that changes its object afterwards does not change what was registered.
  const copy = Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, isNamespace(k) ? { ...(v as object) } : v]));
  locales.set(key, [...(locales.get(key) ?? []), copy]);
}

/**
 * Whether UI strings for `lang` (or its base language) are registered or loaded, for a widget in namespace `ns`:
 * of a built-in locale, the shared strings and those of `ns` (another widget's alone do not count).
 */
export const hasLocale = (lang: string, ns?: NamespaceName): boolean => layers(lang, ns) !== undefined;

/**
 * What serves `lang` for namespace `ns`, weakest first: the built-in strings of its built-in locale once those of
 * `ns` are loaded, then what the page registered for `lang` (an exact match, else its base language).
 * Undefined when there is neither.
 */
function layers(lang: string, ns?: NamespaceName): (Strings | NamespacedStrings)[] | undefined {
  const key = lang.toLowerCase();
  const base = key.split('-')[0];
  const page = locales.get(key) ?? locales.get(base);
  const own = builtInStrings.get(key) ?? builtInStrings.get(base);
  const builtIn = own?.shared && (!ns || own[ns]) ? [own] : [];
  return page || builtIn.length ? [...builtIn, ...(page ?? [])] : undefined;
}

/**
 * The strings a widget in namespace `ns` shows in `lang`: its own namespace over
 * the shared one, that locale (an exact match, then its base language) over
 * English. `english` is the namespace's English strings (`src/i18n/en/<ns>.ts`),
 * which the widget brings. A key registered on its own applies to every namespace
 * that has it in English; a later registration wins. `found` says whether the
 * locale has strings at all, so the caller can load them or warn once.
 */
export function stringsFor<N extends NamespaceName>(
  lang: string,
  ns: N,
  english: English[N],
): { strings: Record<KeyOf<N>, StringValue>; found: boolean } {
  const list = layers(lang, ns);
  const own: Record<string, StringValue> = {};
  const common: Record<string, StringValue> = {};
  for (const strings of list ?? [])
    for (const [k, value] of Object.entries(strings)) {
      // No key is named like a namespace (a test checks), so an object under a namespace's name is a namespace.
      if (!isNamespace(k)) {
        if (Object.hasOwn(shared, k)) common[k] = value as StringValue;
        if (Object.hasOwn(english, k)) own[k] = value as StringValue;
      } else if (k === 'shared') Object.assign(common, value);
      else if (k === ns) Object.assign(own, value);
    }
  const strings = { ...shared, ...english, ...common, ...own } as Record<KeyOf<N>, StringValue>;
  return { strings, found: !!list };
}

/** Warns once per page and locale that English is used instead. */
export function warnUnknownLocale(tag: string, lang: string): void {
  const key = lang.toLowerCase();
  if (warned.has(lang) || failed.has(key) || failed.has(key.split('-')[0])) return;
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

const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * Languages whose numbers are written in ASCII digits by default (CLDR's default numbering system `latn`), checked
 * against `Intl.NumberFormat` for 0–999 in every engine by test/dates.test.ts ("formatNumber").
 */
const LATIN_DIGITS = /^(en|es|hi|fr|de|it|pt|nl)(-(?!u-)[a-z\d]{1,8})*$/i;

/** A number in the digits and grouping of `lang` (Arabic-Indic digits in `ar`, `1,234` or `1.234`). */
export function formatNumber(n: number, lang: string): string {
  // "Step 1 of 5" needs no formatter where the digits are ASCII and there is nothing to group: a page's first
  // `Intl` formatter costs 25–40 ms of main thread (ICU's data), and the first render of a widget should not pay it.
  if (Number.isInteger(n) && n >= 0 && n < 1000 && LATIN_DIGITS.test(lang)) return String(n);
  let f = numberFormats.get(lang);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang);
    } catch {
      f = new Intl.NumberFormat('en');
    }
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/**
 * Formats a UI string: picks the plural form for `vars.count` (with
 * `Intl.PluralRules` of `lang`) and fills `{name}` placeholders, numbers
 * written with `Intl.NumberFormat` of `lang`. The result is plain text.
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
  return text.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!(k in vars)) return m;
    const v = vars[k];
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}
