/**
 * Side-effect-free entry for bundler users: import the class, then call
 * `define()` (or register it under a tag of your own).
 */
import { ImmunoFaq } from '../components/faq/faq.js';
import { defineElements } from '../shared/define.js';

export { ImmunoFaq };
export { registerLocale } from '../i18n/i18n.js';

/** Registers `<immuno-faq>`; safe to call more than once. */
export function define(): void {
  defineElements({ 'immuno-faq': ImmunoFaq });
}
