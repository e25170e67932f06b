import { checklist } from './en/checklist.js';
import { explorer } from './en/explorer.js';
import { faq } from './en/faq.js';
import { shared } from './en/shared.js';
import { steps } from './en/steps.js';

/**
 * Built-in English UI strings: every word the widgets show that is not content.
 *
 * Values are text or plural forms (keys are `Intl.PluralRules` categories).
 * `{name}` placeholders are filled in as text, never as HTML. A content pack's
 * `strings` object, or `registerLocale()`, can replace any of them.
 */
export const en = { ...shared, ...faq, ...steps, ...checklist, ...explorer } as const;

/** Keys of the UI strings. */
export type StringKey = keyof typeof en;
