/**
 * Built-in English UI strings: every word the widgets show that is not content.
 *
 * Values are text or plural forms (keys are `Intl.PluralRules` categories).
 * `{name}` placeholders are filled in as text, never as HTML. A content pack's
 * `strings` object, or `registerLocale()`, can replace any of them.
 */
export const en = {
  // shared
  loading: 'Loading…',
  disclaimerLabel: 'Important',
  sourcesLabel: 'Sources',
  lastReviewed: 'Last reviewed {date}',
  reviewedBy: 'Reviewed by {reviewer}',
  renderError: 'This section could not be shown. Please ask your care team for this information.',
  moreDetail: 'More detail',
  // faq
  faqShowAll: 'Show all answers',
  faqHideAll: 'Hide all answers',
  faqCopyLink: 'Copy link',
  faqLinkCopied: 'Link copied',
  faqSearchLabel: 'Search the questions',
  faqSearchClear: 'Clear search',
  faqResults: { one: '{count} of {total} question', other: '{count} of {total} questions' },
  faqNoResults: 'No matching questions.',
  // how it works
  stepsLabel: 'How immunotherapy works',
  stepOf: 'Step {step} of {total}',
  stepPrevious: 'Previous',
  stepNext: 'Next',
  stepRestart: 'Start again',
  stepFirstNote: 'This is the first step',
  stepGoTo: 'Go to step {step}: {title}',
  // checklist
  checklistLegend: 'What do you feel?',
  checklistNone: 'None of these',
  checklistSeverity: 'How bad is it?',
  severityMild: 'Mild',
  severityModerate: 'Moderate',
  severitySevere: 'Severe',
  urgencyEmergency: 'Get emergency help now',
  urgencyCall: 'Call your care team now',
  urgencyVisit: 'Tell your care team at your next visit',
  planTitle: 'What to do',
  planEmpty: 'Tick anything you feel to see what to do.',
  planNothing: 'You ticked none of these. Keep watching for changes and tell your care team at your next visit.',
  careTeam: 'your care team',
  careTeamAt: 'your care team at {phone}',
  careTeamHours: 'Out of hours: {phone}',
  emergencyNumber: 'your local emergency number',
  emergencyCall: 'Call {number}',
  checklistDisclaimer: 'This checklist is not a diagnosis. If you are unsure, call your care team.',
  printPlan: 'Print for my appointment',
  copySummary: 'Copy summary',
  copied: 'Summary copied',
  copyFailed: 'Could not copy. Select the text and copy it instead.',
  remember: 'Remember my answers on this device',
  clearAnswers: 'Clear my answers',
  notSaved: 'Your answers could not be saved on this device.',
  symptomsTicked: { zero: 'No symptoms ticked', one: '{count} symptom ticked', other: '{count} symptoms ticked' },
  notes: 'Notes',
  dateLabel: 'Date',
  // explorer
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
} as const;

/** Keys of the UI strings. */
export type StringKey = keyof typeof en;
