import type { StringValue } from '../types.js';

/** English UI strings: <immuno-faq>. */
export const faq = {
  faqShowAll: 'Show all answers',
  faqHideAll: 'Hide all answers',
  faqCopyLink: 'Copy link',
  faqLinkCopied: 'Link copied',
  faqCopyFailed: 'Could not copy the link. Here it is: {url}',
  faqSearchLabel: 'Search the questions',
  faqSearchClear: 'Clear search',
  /** Plural by the total: "1 of 12 questions". */
  faqMatches: { one: '{shown} of {count} question', other: '{shown} of {count} questions' },
  faqNoResults: 'No matching questions.',
} as const satisfies Record<string, StringValue>;
