/**
 * `immuno-widgets/side-effect-checklist`, the side-effect-free entry for bundler users: import
 * the class, then call `define()` (or register it under a tag of your own).
 */
import { defineElements } from '../../shared/define.js';
import { widget } from '../../widgets.js';
import { ImmunoSideEffectChecklist } from './side-effect-checklist.js';

export { ImmunoSideEffectChecklist };
export { registerLocale } from '../../i18n/i18n.js';

/** Registers `<immuno-side-effect-checklist>`; safe to call more than once. */
export function define(): void {
  defineElements({ [widget('side-effect-checklist').tag]: ImmunoSideEffectChecklist });
}
