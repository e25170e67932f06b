import type { ContentText } from '../translation.js';
import { faq } from './faq.js';
import { meta } from './meta.js';
import { steps } from './steps.js';
import { symptoms } from './symptoms.js';
import { therapies } from './therapies.js';

/**
 * The built-in content in Spanish, for patients and families in Latin America
 * and the United States ("usted" throughout). Written from the English pack,
 * not word for word; text only, keyed by the English ids (levels and rules
 * come from English; see `src/content/translation.ts`). No clinician and no
 * native speaker has reviewed it yet, and the footer says so.
 *
 * One file per section (and `meta.ts`), each fetched on its own, so a page that shows one widget in this language
 * downloads only that widget's words (`../languages.ts`). This index gathers them for tools and tests.
 */
export const text: ContentText = { meta, therapies, steps, symptoms, faq };
