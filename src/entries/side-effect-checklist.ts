/**
 * Side-effect-free entry for bundler users: import the class, then call
 * `define()` (or register it under a tag of your own).
 */
import { ImmunoSideEffectChecklist } from '../components/side-effect-checklist/side-effect-checklist.js';
import { defineElements } from '../shared/define.js';

export { ImmunoSideEffectChecklist };
export { registerLocale } from '../i18n/i18n.js';

/** Registers `<immuno-side-effect-checklist>`; safe to call more than once. */
export function define(): void {
  defineElements({ 'immuno-side-effect-checklist': ImmunoSideEffectChecklist });
}
