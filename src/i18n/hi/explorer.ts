import type { explorer as en } from '../en/explorer.js';
import type { Catalog } from '../types.js';

/** Hindi UI strings: <immuno-therapy-explorer>. */
export const explorer = {
  explorerListLabel: 'इम्यूनोथेरेपी की क़िस्में',
  explorerFilterLabel: 'कैंसर का प्रकार',
  explorerFilterAll: 'सभी कैंसर',
  explorerSearchLabel: 'दवा या इलाज का नाम ढूँढें',
  explorerResults: { zero: 'इलाज की कोई क़िस्म नहीं मिली', one: 'इलाज की {count} क़िस्म', other: 'इलाज की {count} क़िस्में' },
  explorerNoResults: 'इलाज की कोई क़िस्म मेल नहीं खाती।',
  explorerReset: 'सारी क़िस्में दिखाएँ',
  explorerMatched: 'मेल खाया: {match}',
  explorerHowItWorks: 'यह कैसे काम करती है',
  explorerCancers: 'किन कैंसर में',
  explorerMedicines: 'दवाओं के उदाहरण',
  explorerGivenBy: 'कैसे दी जाती है',
  explorerSchedule: 'कितनी बार',
  explorerSideEffects: 'इन साइड इफ़ेक्ट पर नज़र रखें',
  explorerQuestions: 'अपनी मेडिकल टीम से पूछने के सवाल',
  explorerCheckSymptoms: 'मेरे लक्षण जाँचें',
  explorerOtherNames: 'दूसरे नाम',
  explorerFoundShowing: '{found}। दिखाया जा रहा है: {name}।',
  explorerShowingAll: { one: '{count} तरह का इलाज दिखाया जा रहा है', other: 'सभी {count} तरह के इलाज दिखाए जा रहे हैं' },
} as const satisfies Catalog<typeof en>;
