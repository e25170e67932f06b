import type { LocaleCatalog } from '../en.js';
import { checklist } from './checklist.js';
import { explorer } from './explorer.js';
import { faq } from './faq.js';
import { shared } from './shared.js';
import { steps } from './steps.js';

/**
 * Hindi UI strings (Devanagari, everyday words, "आप"), loaded only when a page
 * asks for `hi`. They go with the built-in Hindi content (`src/content/hi/`).
 */
export const strings = { shared, faq, steps, checklist, explorer } as const satisfies LocaleCatalog;
