import type { StringValue } from '../types.js';

/** English UI strings: <immuno-how-it-works>. */
export const steps = {
  stepsLabel: 'Steps',
  stepOf: 'Step {step} of {total}',
  stepPrevious: 'Previous',
  stepNext: 'Next',
  stepRestart: 'Start again',
  stepFirstNote: 'This is the first step',
  stepGoTo: 'Go to step {step}: {title}',
  stepAnnounce: 'Step {step} of {total}: {title}',
} as const satisfies Record<string, StringValue>;
