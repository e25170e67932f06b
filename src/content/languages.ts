/**
 * The built-in content languages: English, in every bundle, and the
 * translations, each a separate file fetched only when a widget on the page is
 * in that language (`dist/locales/` next to the bundle). The one place the set
 * of built-in content languages is written; to add one, see docs/i18n.md.
 */
import type { Meta, SectionName, Sections } from './schema.js';
import type { SectionDefinition } from './sections.js';
import { localizeMeta, localizeSection, type ContentText, type MissingText } from './translation.js';
import { loaderUrl, warnMissingLocaleFile } from '../i18n/i18n.js';

const loaders = new Map<string, () => Promise<{ text: ContentText }>>([
  ['es', () => import('./es/index.js')],
  ['hi', () => import('./hi/index.js')],
]);

const texts = new Map<string, ContentText>();
const loading = new Map<string, Promise<ContentText | undefined>>();
const cache = new WeakMap<object, Map<string, { meta: Meta; section: unknown }>>();
const warned = new Set<string>();
/** Languages whose file could not be loaded: English is shown instead, without trying again on every render. */
const failed = new Set<string>();

/** Whether the built-in content of `lang` (its base language) was asked for and could not be loaded. */
export const contentFailed = (lang: string): boolean => failed.has(lang.toLowerCase().split('-')[0]);

/** Every built-in content language, English first (for tests, docs and tools). */
export const contentLanguages: readonly string[] = ['en', ...loaders.keys()];

/**
 * Adds a content language: its words keyed by the English ids (`ContentText`),
 * fetched the first time a widget is in that language. Register its UI strings
 * too (`registerLocale()` / `registerLocaleLoader()`), or the widget stays English.
 */
export function registerContentLanguage(lang: string, loader: () => Promise<{ text: ContentText }>): void {
  loaders.set(lang.toLowerCase(), loader);
}

/**
 * The built-in content language that serves a page in `lang`: its base
 * language when there is a pack for it (`es-MX` → `es`), else English.
 */
export function builtInLanguage(lang: string): string {
  const base = lang.toLowerCase().split('-')[0];
  return loaders.has(base) && !failed.has(base) ? base : 'en';
}

/**
 * Fetches the words of a built-in language once. Resolves undefined when the
 * file cannot be loaded (a page that copied only the single bundle file): the
 * widget then shows English content with English UI, and says so once (here,
 * or in the UI strings' own warning when their file is missing too).
 */
export function loadContentLanguage(lang: string, by = 'immuno-widgets'): Promise<ContentText | undefined> {
  const have = texts.get(lang);
  if (have) return Promise.resolve(have);
  let p = loading.get(lang);
  if (!p) {
    const loader = loaders.get(lang);
    p = loader
      ? loader()
          .then((m) => (texts.set(lang, m.text), m.text))
          .catch((e: unknown) => {
            failed.add(lang);
            // One warning per language for this file and the UI strings' file, which sit side by side in locales/.
            warnMissingLocaleFile(by, lang, 'built-in content', loaderUrl(loader, import.meta.url), e);
            return undefined;
          })
      : Promise.resolve(undefined);
    loading.set(lang, p);
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
  if (!text) return undefined;
  const missing: MissingText[] = [];
  const value = {
    meta: localizeMeta(definition.builtIn.meta, text.meta),
    // The localizers keep what the section holds and replace its words, so a part (`SymptomNames`) stays that part.
    section: localizeSection(definition.name, definition.builtIn.section as Sections[S], text, missing) as B,
  };
  if (missing.length && !warned.has(key)) {
    warned.add(key);
    console.warn(`immuno-widgets: the built-in "${lang}" ${definition.name} lack ${missing.length} texts, shown in English:`, missing);
  }
  byLang.set(lang, value);
  return value;
}
