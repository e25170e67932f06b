import type { ContentText } from '../translation.js';

/**
 * The built-in content in Hindi: what the translation says about itself (language, audience, date) and its
 * disclaimer, which every widget shows. Fetched on its own (see `../languages.ts`); `./index.ts` says who it is
 * written for.
 */
export const meta: ContentText['meta'] = {
  language: 'hi',
  audience: 'भारत और दूसरे देशों में हिंदी पढ़ने वाले मरीज़ और उनके परिवार',
  written: '2026-12-01',
  disclaimer: [
    'यह आम जानकारी है, ताकि आप समझ सकें। यह बीमारी की पहचान (डायग्नोसिस) या डॉक्टरी सलाह नहीं है, और यह आपकी मेडिकल टीम की जगह नहीं ले सकती।',
    'हर व्यक्ति और हर कैंसर अलग होता है। अगर आपको पक्का पता न हो कि क्या करें, तो अपनी मेडिकल टीम को फ़ोन करें।',
    'स्रोत अंग्रेज़ी में हैं।',
  ],
};
