import type { StringValue } from '../types.js';

/** English UI strings: <immuno-therapy-explorer>. */
export const explorer = {
  explorerListLabel: 'Types of immunotherapy',
  explorerFilterLabel: 'Cancer type',
  explorerFilterAll: 'All cancers',
  explorerSearchLabel: 'Find a medicine or treatment name',
  explorerResults: { zero: 'No treatment types found', one: '{count} treatment type', other: '{count} treatment types' },
  explorerNoResults: 'No treatment type matches.',
  explorerReset: 'Show all types',
  explorerMatched: 'Matched: {match}',
  explorerHowItWorks: 'How it works',
  explorerCancers: 'Used for',
  explorerMedicines: 'Example medicines',
  explorerGivenBy: 'How it is given',
  explorerSchedule: 'How often',
  explorerSideEffects: 'Side effects to watch for',
  explorerQuestions: 'Questions to ask your care team',
  explorerCheckSymptoms: 'Check my symptoms',
  explorerOtherNames: 'Also called',
  /** The status line while filtering: "3 treatment types. Showing CAR T-cell therapy." */
  explorerFoundShowing: '{found}. Showing {name}.',
  /** Said when the search and filter are cleared. */
  explorerShowingAll: { one: 'Showing {count} treatment type', other: 'Showing all {count} treatment types' },
} as const satisfies Record<string, StringValue>;
