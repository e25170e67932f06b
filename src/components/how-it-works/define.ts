/**
 * `immuno-widgets/how-it-works`, the side-effect-free entry for bundler users: import
 * the class, then call `define()` (or register it under a tag of your own).
 */
import { defineElements } from '../../shared/define.js';
import { widget } from '../../widgets.js';
import { ImmunoHowItWorks } from './how-it-works.js';

export { ImmunoHowItWorks };
export { registerLocale } from '../../i18n/i18n.js';

/** Registers `<immuno-how-it-works>`; safe to call more than once. */
export function define(): void {
  defineElements({ [widget('how-it-works').tag]: ImmunoHowItWorks });
}
