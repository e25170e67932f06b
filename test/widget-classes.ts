import { ImmunoFaq } from '../src/components/faq/faq.js';
import { ImmunoHowItWorks } from '../src/components/how-it-works/how-it-works.js';
import { ImmunoSideEffectChecklist } from '../src/components/side-effect-checklist/side-effect-checklist.js';
import { ImmunoTherapyExplorer } from '../src/components/therapy-explorer/therapy-explorer.js';
import type { WidgetName } from '../src/widgets.js';

/**
 * Each widget's class by its registry name, to define a pasted snippet's element under a fresh tag (a tag is defined
 * once per page). Typed as the FAQ's so a test may subclass any of them and reach its `updated`.
 */
export const WIDGET_CLASSES: Record<WidgetName, typeof ImmunoFaq> = {
  faq: ImmunoFaq,
  'how-it-works': ImmunoHowItWorks as unknown as typeof ImmunoFaq,
  'side-effect-checklist': ImmunoSideEffectChecklist as unknown as typeof ImmunoFaq,
  'therapy-explorer': ImmunoTherapyExplorer as unknown as typeof ImmunoFaq,
};
