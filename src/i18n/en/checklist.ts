import type { StringValue } from '../types.js';

/**
 * English UI strings: <immuno-side-effect-checklist>.
 *
 * `{careTeam}`, `{number}` and `{phone}` are filled with the hospital's numbers
 * (as links) or with the words in `checklistCareTeam` / `checklistEmergencyNumber`.
 */
export const checklist = {
  checklistLegend: 'What do you feel?',
  checklistNone: 'None of the symptoms above',
  checklistNoneKept: 'Your ticks are kept. Untick this to bring them back.',
  checklistShowing: 'Showing side effects of {therapy}.',
  checklistShowAll: 'Show all side effects',
  checklistSeePlan: 'See what to do ({count})',
  checklistTherapyCheckpoint: 'checkpoint inhibitors',
  checklistTherapyCarT: 'CAR T-cell therapy',
  checklistTherapyBispecific: 'bispecific antibodies',
  checklistSeverity: 'How bad is it?',
  severityMild: 'Mild',
  severityModerate: 'Moderate',
  severitySevere: 'Severe',
  checklistSeverityShown: 'How bad: {severity}',
  urgencyEmergency: 'Get emergency help now',
  urgencyCall: 'Call your care team now',
  urgencyVisit: 'Tell your care team within a few days',
  planTitle: 'What to do',
  adviceIf: 'If you had {therapies}:',
  adviceTherapyCheckpoint: 'a checkpoint inhibitor',
  adviceTherapyCarT: 'CAR T-cell therapy',
  adviceTherapyBispecific: 'a bispecific antibody',
  checklistCallButton: 'Call {phone}',
  checklistMostUrgent: 'Most urgent: {level}',
  planEmpty: 'Tick anything you feel to see what to do.',
  planNothing:
    'You ticked none of these. Keep watching for changes. If you notice anything new, even if it is not on this list, call {careTeam}.',
  planEmergencyDo:
    'Call {number} now, or go to the nearest emergency room. Say which immunotherapy you are having or have had.',
  planCallDo: 'Call {careTeam} now, day or night.',
  planCallHours: 'Out of hours, call {hoursPhone}.',
  planVisitDo:
    'Tell your care team about these within a few days, or at your next visit if that is sooner. If they get worse before then, call {careTeam}.',
  checklistAlert: 'Get emergency help now. Call {number}.',
  checklistCareTeam: 'your care team',
  checklistCareTeamAt: 'your care team at {phone}',
  checklistEmergencyNumber: 'your local emergency number',
  checklistDisclaimer: 'This checklist is not a diagnosis. If you are unsure, call your care team.',
  printPlan: 'Print for my appointment',
  printTitle: 'My side effects',
  copySummary: 'Copy summary',
  copied: 'Summary copied. You can paste it into a message or a note.',
  copyFailed: 'Could not copy. Print the summary or write it down instead.',
  remember: 'Remember my answers on this device',
  rememberHint: 'Only on this device, for 30 days. Leave this unticked on a shared device.',
  clearAnswers: 'Clear my answers',
  notSaved: 'Your answers could not be saved on this device. The checklist still works.',
  symptomsTicked: { zero: 'No symptoms ticked', one: '{count} symptom ticked', other: '{count} symptoms ticked' },
  notes: 'Notes',
  dateLabel: 'Date: {date}',
} as const satisfies Record<string, StringValue>;
