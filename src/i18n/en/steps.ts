/** English UI strings: <immuno-how-it-works>. */
export const steps = {
  stepsLabel: 'How immunotherapy works',
  stepOf: 'Step {step} of {total}',
  stepPrevious: 'Previous',
  stepNext: 'Next',
  stepRestart: 'Start again',
  stepFirstNote: 'This is the first step',
  stepGoTo: 'Go to step {step}: {title}',
} as const;
