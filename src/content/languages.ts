/**
 * The built-in content languages: English, in every bundle, and the
 * translations, a file per section (and one for the meta) fetched only when a widget on the page is
 * in that language and shows that section (`dist/locales/` next to the bundle). The one place the set
 * of built-in content languages is written; to add one, see docs/i18n.md.
 */
import type { Meta, SectionName, Sections } from './schema.js';
import type { SectionDefinition } from './sections.js';
import type { ContentText, MissingText } from './translation.js';
import { loaderUrl, warnMissingLocaleFile } from '../i18n/i18n.js';

/** A part of a translation: what it says about itself (`meta`), or one section's words. */
type Part = keyof ContentText;
/** One loader per part, each a module exporting that part under its name (`./es/faq.ts` exports `faq`). */
type Parts = { readonly [P in Part]: () => Promise<Pick<ContentText, P>> };

/**
 * The built-in translations, part by part: a widget in one of these languages fetches the meta and the sections
 * it shows (`dist/locales/<lang>-content-<part>-<hash>.js`), so a page that shows the FAQ in Spanish never
 * downloads the checklist's advice, and each file is fetched once however many widgets need it.
 */
const builtIn = new Map<string, Parts>([
  [
    'es',
    {
      meta: () => import('./es/meta.js'),
      therapies: () => import('./es/therapies.js'),
      steps: () => import('./es/steps.js'),
      symptoms: () => import('./es/symptoms.js'),
      faq: () => import('./es/faq.js'),
    },
  ],
  [
    'hi',
    {
      meta: () => import('./hi/meta.js'),
      therapies: () => import('./hi/therapies.js'),
      steps: () => import('./hi/steps.js'),
      symptoms: () => import('./hi/symptoms.js'),
      faq: () => import('./hi/faq.js'),
    },
  ],
]);
/** Languages registered whole (`registerContentLanguage`); they replace a built-in one. */
const loaders = new Map<string, () => Promise<{ text: ContentText }>>();

/**
 * The functions that put a translation's words on the English structure (`./translation.ts`): fetched with the
 * first translation, in parallel with its words, since a page in English never needs them.
 */
let translation: typeof import('./translation.js') | undefined;
const loadTranslation = () => import('./translation.js');

/** The parts of each language loaded so far. */
const texts = new Map<string, Partial<ContentText>>();
/** What is loading or loaded: a registered language by its name, a built-in one's part as `es:faq`. */
const loading = new Map<string, Promise<boolean>>();
const cache = new WeakMap<object, Map<string, { meta: Meta; section: unknown }>>();
const warned = new Set<string>();
/** Languages whose file could not be loaded: English is shown instead, without trying again on every render. */
const failed = new Set<string>();

/** Whether the built-in content of `lang` (its base language) was asked for and could not be loaded. */
export const contentFailed = (lang: string): boolean => failed.has(lang.toLowerCase().split('-')[0]);

/** Every built-in content language, English first (for tests, docs and tools). */
export const contentLanguages: readonly string[] = ['en', ...builtIn.keys()];

/**
 * Adds a content language: its words keyed by the English ids (`ContentText`),
 * fetched the first time a widget is in that language. Register its UI strings
 * too (`registerLocale()` / `registerLocaleLoader()`), or the widget stays English.
 */
export function registerContentLanguage(lang: string, loader: () => Promise<{ text: ContentText }>): void {
  loaders.set(lang.toLowerCase(), loader);
  builtIn.delete(lang.toLowerCase());
}

/**
 * The built-in content language that serves a page in `lang`: its base
 * language when there is a pack for it (`es-MX` → `es`), else English.
 */
export function builtInLanguage(lang: string): string {
  const base = lang.toLowerCase().split('-')[0];
  return (loaders.has(base) || builtIn.has(base)) && !failed.has(base) ? base : 'en';
}

/** Whether the words of `sections` (and the meta) in the built-in language `lang` are loaded. */
export function contentLoaded(lang: string, sections: readonly SectionName[]): boolean {
  const text = texts.get(lang);
  return lang === 'en' || (!!translation && !!text?.meta && sections.every((s) => text[s]));
}

/**
 * Fetches the words of a built-in language that `sections` need, and its meta, each file once per page.
 * Resolves false when a file cannot be loaded (a page that copied only the single bundle file): the
 * widget then shows English content with English UI, and says so once (here,
 * or in the UI strings' own warning when their file is missing too).
 */
export function loadContentLanguage(lang: string, sections: readonly SectionName[], by = 'immuno-widgets'): Promise<boolean> {
  const parts = builtIn.get(lang);
  const loader = loaders.get(lang);
  if (!parts && !loader) return Promise.resolve(false);
  const files = parts
    ? (['meta', ...new Set(sections)] as Part[]).map((part) => once(`${lang}:${part}`, lang, by, parts[part], parts[part]))
    : [once(lang, lang, by, loader!, () => loader!().then((m) => m.text))];
  const code = once('translation', lang, by, loadTranslation, () => loadTranslation().then((m) => ((translation = m), {})));
  return Promise.all([code, ...files]).then((ok) => {
    // Whichever file failed (and for whichever language first), this language is shown in English from now on.
    if (!ok.every(Boolean)) failed.add(lang);
    return !failed.has(lang);
  });
}

/** Loads one file of a language once and keeps its words; a failure is warned about once per language. */
function once(key: string, lang: string, by: string, loader: () => unknown, load: () => Promise<Partial<ContentText>>): Promise<boolean> {
  let p = loading.get(key);
  if (!p) {
    p = load()
      .then((words) => (texts.set(lang, { ...texts.get(lang), ...words }), true))
      .catch((e: unknown) => {
        failed.add(lang);
        // One warning per language for these files and the UI strings' files, which sit side by side in locales/.
        warnMissingLocaleFile(by, lang, 'built-in content', loaderUrl(loader, import.meta.url), e);
        return false;
      });
    loading.set(key, p);
  }
  return p;
}

/**
 * A widget's built-in section and meta in `lang` (a built-in language), once
 * its words are loaded; undefined before. English is the definition's own.
 */
export function builtInIn<S extends SectionName, B = Sections[S]>(
  definition: SectionDefinition<S, B>,
  lang: string,
): { meta: Meta; section: B } | undefined {
  if (lang === 'en') return definition.builtIn;
  // Per definition: the explorer's symptom names and the checklist's whole symptoms section share a name.
  let byLang = cache.get(definition);
  if (!byLang) cache.set(definition, (byLang = new Map()));
  const key = `${lang}:${definition.name}`;
  const hit = byLang.get(lang) as { meta: Meta; section: B } | undefined;
  if (hit) return hit;
  const text = texts.get(lang);
  if (!translation || !text?.meta || !text[definition.name]) return undefined;
  const { localizeMeta, localizeSection } = translation;
  const missing: MissingText[] = [];
  const value = {
    meta: localizeMeta(definition.builtIn.meta, text.meta),
    // The localizers keep what the section holds and replace its words, so a part (`SymptomNames`) stays that part.
    section: localizeSection(definition.name, definition.builtIn.section as Sections[S], text as ContentText, missing) as B,
  };
  if (missing.length && !warned.has(key)) {
    warned.add(key);
    console.warn(`immuno-widgets: the built-in "${lang}" ${definition.name} lack ${missing.length} texts, shown in English:`, missing);
  }
  byLang.set(lang, value);
  return value;
}
