/**
 * `immuno-widgets/therapy-explorer`, the side-effect-free entry for bundler users: import
 * the class, then call `define()` (or register it under a tag of your own).
 */
import { defineElements } from '../../shared/define.js';
import { widget } from '../../widgets.js';
import { ImmunoTherapyExplorer } from './therapy-explorer.js';

export { ImmunoTherapyExplorer };
export { registerLocale } from '../../i18n/i18n.js';

/** Registers `<immuno-therapy-explorer>`; safe to call more than once. */
export function define(): void {
  defineElements({ [widget('therapy-explorer').tag]: ImmunoTherapyExplorer });
}
