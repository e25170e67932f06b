/** English UI strings: <immuno-faq>. */
export const faq = {
  faqShowAll: 'Show all answers',
  faqHideAll: 'Hide all answers',
  faqCopyLink: 'Copy link',
  faqLinkCopied: 'Link copied',
  faqSearchLabel: 'Search the questions',
  faqSearchClear: 'Clear search',
  faqResults: { one: '{count} of {total} question', other: '{count} of {total} questions' },
  faqNoResults: 'No matching questions.',
} as const;
