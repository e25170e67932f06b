import type { Strings } from '../i18n/i18n.js';
import { format } from '../i18n/i18n.js';
import { en, type StringKey } from '../i18n/en.js';
import { strings as esCatalog } from '../i18n/es/index.js';
import { strings as hiCatalog } from '../i18n/hi/index.js';

/**
 * UI words the light-DOM forms write for people who see the markup before (or
 * without) the script: `<dt>` labels, urgency words, "Sources". The readers
 * never rely on them. They come from the same strings the widgets use, in the
 * content's language when the bundle has them, with the pack's own overrides.
 */
/** One locale's namespaces as one flat map (the forms write every widget's words). */
const flat = (catalog: Record<string, object>): Strings => Object.assign({}, ...Object.values(catalog)) as Strings;
const builtIn: Record<string, Strings> = { en: flat(en), es: flat(esCatalog), hi: flat(hiCatalog) };

/** A function that returns one UI string as plain text, placeholders filled. */
export type Label = (key: StringKey, vars?: Record<string, string | number>) => string;

/** Whether the bundle has UI strings for `lang` (or its base language). */
export const hasLabels = (lang: string): boolean => lang.toLowerCase().split('-')[0] in builtIn;

export function labels(lang: string, overrides: Strings = {}): Label {
  const merged: Strings = { ...builtIn.en, ...builtIn[lang.toLowerCase().split('-')[0]], ...overrides };
  return (key, vars) => format(merged[key], lang, vars);
}
