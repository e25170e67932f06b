/**
 * `immuno-widgets/faq`, the side-effect-free entry for bundler users: import
 * the class, then call `define()` (or register it under a tag of your own).
 */
import { defineElements } from '../../shared/define.js';
import { widget } from '../../widgets.js';
import { ImmunoFaq } from './faq.js';

export { ImmunoFaq };
export { registerLocale } from '../../i18n/i18n.js';

/** Registers `<immuno-faq>`; safe to call more than once. */
export function define(): void {
  defineElements({ [widget('faq').tag]: ImmunoFaq });
}
