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
  faqCopyLinkTo: 'Copy link to “{question}”',
  faqShow: 'Show',
  faqHide: 'Hide',
  /** The toggle's name for screen readers; `{action}` is the visible "Show" / "Hide", placed where the language puts it. */
  faqThisAnswer: '{action} this answer',
  /** Said when the search is cleared. */
  faqShowingAll: { one: 'Showing {count} question', other: 'Showing all {count} questions' },
} as const satisfies Record<string, StringValue>;
