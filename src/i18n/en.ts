import { checklist } from './en/checklist.js';
import { explorer } from './en/explorer.js';
import { faq } from './en/faq.js';
import { shared } from './en/shared.js';
import { steps } from './en/steps.js';
import type { Catalog, StringValue } from './types.js';

/**
 * Built-in English UI strings: every word the widgets show that is not
 * content, one namespace per widget plus `shared` (the footer, loading, …).
 * English defines the keys; every other built-in locale must give them all.
 *
 * Values are text or plural forms (keys are `Intl.PluralRules` categories).
 * `{name}` placeholders are filled in as text, never as HTML. A content pack's
 * `strings` object, or `registerLocale()`, can replace any of them.
 *
 * This object gathers them for tools, tests and the snippet renderer; the widgets import their own namespace
 * (`namespace = { name, english }` on the class), so a per-widget entry carries only its widget's words.
 */
export const en = { shared, faq, steps, checklist, explorer } as const;

/** The English strings of every namespace, by name. */
export type English = typeof en;

/** A namespace of UI strings: `shared` or one widget's. */
export type NamespaceName = keyof English;

/** A widget's own namespace (`src/i18n/en/<name>.ts`). */
export type Namespace = Exclude<NamespaceName, 'shared'>;

/** The keys a widget in namespace `N` can show: its own and the shared ones. */
export type KeyOf<N extends NamespaceName> = keyof English[N] | keyof English['shared'];

/** Any UI string key, in any namespace. */
export type StringKey = { [N in NamespaceName]: keyof English[N] }[NamespaceName];

/** A complete set of UI strings for one locale: every namespace, every key. */
export type LocaleCatalog = { readonly [N in NamespaceName]: Catalog<English[N]> };

/** Some UI strings for one locale, grouped by namespace: `{ faq: { faqShowAll: '…' } }`. */
export type NamespacedStrings = { readonly [N in NamespaceName]?: Partial<Record<KeyOf<N>, StringValue>> };
