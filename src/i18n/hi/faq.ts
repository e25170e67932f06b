import type { faq as en } from '../en/faq.js';
import type { Catalog } from '../types.js';

/** Hindi UI strings: <immuno-faq>. */
export const faq = {
  faqShowAll: 'सारे जवाब दिखाएँ',
  faqHideAll: 'सारे जवाब छिपाएँ',
  faqCopyLink: 'लिंक कॉपी करें',
  faqLinkCopied: 'लिंक कॉपी हो गया',
  faqCopyFailed: 'लिंक कॉपी नहीं हो सका। लिंक यह है: {url}',
  faqSearchLabel: 'सवालों में ढूँढें',
  faqSearchClear: 'खोज मिटाएँ',
  faqMatches: { one: '{count} में से {shown} सवाल', other: '{count} में से {shown} सवाल' },
  faqNoResults: 'कोई सवाल मेल नहीं खाता।',
  faqCopyLinkTo: '“{question}” का लिंक कॉपी करें',
  faqShow: 'दिखाएँ',
  faqHide: 'छिपाएँ',
  faqThisAnswer: 'यह जवाब {action}',
  faqShowingAll: { one: '{count} सवाल दिखाया जा रहा है', other: 'सारे {count} सवाल दिखाए जा रहे हैं' },
} as const satisfies Catalog<typeof en>;
