/**
 * Side-effect-free entry for bundler users: import the class, then call
 * `define()` (or register it under a tag of your own).
 */
import { ImmunoTherapyExplorer } from '../components/therapy-explorer/therapy-explorer.js';
import { defineElements } from '../shared/define.js';

export { ImmunoTherapyExplorer };
export { registerLocale } from '../i18n/i18n.js';

/** Registers `<immuno-therapy-explorer>`; safe to call more than once. */
export function define(): void {
  defineElements({ 'immuno-therapy-explorer': ImmunoTherapyExplorer });
}
