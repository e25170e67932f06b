import type { shared as en } from '../en/shared.js';
import type { Catalog } from '../types.js';

/** Hindi UI strings: Shared by every widget. */
export const shared = {
  loading: 'लोड हो रहा है…',
  sourcesLabel: 'स्रोत',
  written: '{date} को लिखा गया।',
  notReviewed: 'अभी किसी डॉक्टर ने इसकी जाँच नहीं की है।',
  reviewedOn: '{date} को {reviewer} ने जाँच की।',
  reviewedBy: '{reviewer} ने जाँच की।',
  translatedNotChecked: '{language} से अनुवाद किया गया। अभी किसी मूल हिंदी भाषी ने इसकी जाँच नहीं की है।',
  translationCheckedBy: 'अनुवाद की जाँच {reviewer} ने की।',
  renderError: 'यह हिस्सा नहीं दिखाया जा सका। यह जानकारी अपनी मेडिकल टीम से माँगें।',
  moreDetail: 'और जानकारी',
} as const satisfies Catalog<typeof en>;
