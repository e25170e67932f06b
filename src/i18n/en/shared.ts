import type { StringValue } from '../types.js';

/** English UI strings: Shared by every widget. */
export const shared = {
  loading: 'Loading…',
  sourcesLabel: 'Sources',
  lastReviewed: 'Last reviewed {date}',
  reviewedBy: 'Reviewed by {reviewer}',
  renderError: 'This section could not be shown. Please ask your care team for this information.',
  moreDetail: 'More detail',
} as const satisfies Record<string, StringValue>;
