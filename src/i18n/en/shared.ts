import type { StringValue } from '../types.js';

/** English UI strings: Shared by every widget. */
export const shared = {
  loading: 'Loading…',
  sourcesLabel: 'Sources',
  written: 'Written {date}.',
  notReviewed: 'Not yet reviewed by a clinician.',
  reviewedOn: 'Reviewed {date} by {reviewer}.',
  reviewedBy: 'Reviewed by {reviewer}.',
  /** A built-in or hospital translation without `meta.languageReviewer`; `{language}` is the name of the original language. */
  translatedNotChecked: 'Translated from {language}. Not yet checked by a native speaker.',
  translationCheckedBy: 'Translation checked by {reviewer}.',
  renderError: 'This section could not be shown. Please ask your care team for this information.',
  moreDetail: 'More detail',
} as const satisfies Record<string, StringValue>;
