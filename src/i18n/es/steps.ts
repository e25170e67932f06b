import type { steps as en } from '../en/steps.js';
import type { Catalog } from '../types.js';

/** Spanish UI strings: <immuno-how-it-works>. */
export const steps = {
  stepsLabel: 'Pasos',
  stepOf: 'Paso {step} de {total}',
  stepPrevious: 'Anterior',
  stepNext: 'Siguiente',
  stepRestart: 'Volver a empezar',
  stepFirstNote: 'Este es el primer paso',
  stepGoTo: 'Ir al paso {step}: {title}',
  stepAnnounce: 'Paso {step} de {total}: {title}',
} as const satisfies Catalog<typeof en>;
