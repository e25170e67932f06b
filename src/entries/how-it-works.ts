/**
 * Side-effect-free entry for bundler users: import the class, then call
 * `define()` (or register it under a tag of your own).
 */
import { ImmunoHowItWorks } from '../components/how-it-works/how-it-works.js';
import { defineElements } from '../shared/define.js';

export { ImmunoHowItWorks };
export { registerLocale } from '../i18n/i18n.js';

/** Registers `<immuno-how-it-works>`; safe to call more than once. */
export function define(): void {
  defineElements({ 'immuno-how-it-works': ImmunoHowItWorks });
}
