import type { steps as en } from '../en/steps.js';
import type { Catalog } from '../types.js';

/** Hindi UI strings: <immuno-how-it-works>. */
export const steps = {
  stepsLabel: 'क़दम',
  stepOf: '{total} में से क़दम {step}',
  stepPrevious: 'पिछला',
  stepNext: 'अगला',
  stepRestart: 'फिर से शुरू करें',
  stepFirstNote: 'यह पहला क़दम है',
  stepGoTo: 'क़दम {step} पर जाएँ: {title}',
  stepAnnounce: '{total} में से क़दम {step}: {title}',
} as const satisfies Catalog<typeof en>;
