import { ImmunoFaq } from './components/faq/faq.js';
import { ImmunoHowItWorks } from './components/how-it-works/how-it-works.js';
import { ImmunoSideEffectChecklist } from './components/side-effect-checklist/side-effect-checklist.js';
import { ImmunoTherapyExplorer } from './components/therapy-explorer/therapy-explorer.js';
import { defineElements } from './shared/define.js';

/** Registers all four elements; safe to call more than once. */
export function defineAll(): void {
  defineElements({
    'immuno-therapy-explorer': ImmunoTherapyExplorer,
    'immuno-how-it-works': ImmunoHowItWorks,
    'immuno-side-effect-checklist': ImmunoSideEffectChecklist,
    'immuno-faq': ImmunoFaq,
  });
}
