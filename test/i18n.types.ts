/**
 * Compile-time tests: `npm test`'s type check fails if any `@ts-expect-error`
 * below stops being an error. Nothing here runs.
 */
import { faq as enFaq } from '../src/i18n/en/faq.js';
import { steps as enSteps } from '../src/i18n/en/steps.js';
import type { KeyOf, LocaleCatalog } from '../src/i18n/en.js';
import { registerLocale } from '../src/i18n/i18n.js';
import type { Catalog } from '../src/i18n/types.js';
import { faq as esFaq } from '../src/i18n/es/faq.js';
import { strings as es } from '../src/i18n/es/index.js';
import { ImmunoElement } from '../src/shared/immuno-element.js';

const omit = <T extends object, K extends keyof T>(o: T, k: K) => {
  const copy = { ...o };
  delete copy[k];
  return copy as Omit<T, K>;
};
const withoutOneKey = omit(esFaq, 'faqNoResults');

// @ts-expect-error -- a locale missing one key of a namespace does not compile
export const missingKey = withoutOneKey satisfies Catalog<typeof enFaq>;

// @ts-expect-error -- nor does a key English does not have (a misspelling)
export const extraKey = { ...esFaq, faqShowAl: 'Mostrar' } as const satisfies Catalog<typeof enFaq>;

const withoutOneNamespace = omit(es, 'steps');
// @ts-expect-error -- nor a locale missing a whole namespace
export const missingNamespace = withoutOneNamespace satisfies LocaleCatalog;

/** A widget can only ask for its own strings and the shared ones. */
export abstract class FaqLike extends ImmunoElement<'faq', 'faq'> {
  protected readonly namespace = { name: 'faq', english: enFaq } as const;
  protected ownAndShared(): string[] {
    return [this.t('faqShowAll'), this.t('sourcesLabel')];
  }
  protected another(): string {
    // @ts-expect-error -- another widget's key
    return this.t('stepNext');
  }
}

export abstract class Mismatched extends ImmunoElement<'faq', 'faq'> {
  // @ts-expect-error -- the namespace field must match the declared namespace
  protected readonly namespace = { name: 'steps', english: enSteps } as const;
}

export abstract class WrongEnglish extends ImmunoElement<'faq', 'faq'> {
  // @ts-expect-error -- and bring that namespace's English strings, not another's
  protected readonly namespace = { name: 'faq', english: enSteps } as const;
}

export const checklistKey: KeyOf<'checklist'> = 'notes';
// @ts-expect-error -- KeyOf<'faq'> has no checklist key
export const notAFaqKey: KeyOf<'faq'> = 'notes';

// Overrides: by key, or by namespace with that widget's (and the shared) keys.
registerLocale('xx', { faqShowAll: 'x', notes: 'x' });
registerLocale('xx', { faq: { faqShowAll: 'x', sourcesLabel: 'x' } });
// @ts-expect-error -- a namespaced override with another widget's key
registerLocale('xx', { faq: { notes: 'x' } });
