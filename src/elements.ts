/**
 * The widget classes, one re-export per line of the registry (src/widgets.ts),
 * each from the widget's own entry. The package root re-exports this module;
 * `defineAll()` looks each class up by the registry's `className`, so a
 * registry line without its class here does not compile, and
 * test/registry.test.ts fails on a class here without a registry line.
 */
export { ImmunoTherapyExplorer } from './components/therapy-explorer/define.js';
export { ImmunoHowItWorks } from './components/how-it-works/define.js';
export { ImmunoSideEffectChecklist } from './components/side-effect-checklist/define.js';
export { ImmunoFaq } from './components/faq/define.js';
