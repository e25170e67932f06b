import type { LocaleCatalog } from '../en.js';
import { checklist } from './checklist.js';
import { explorer } from './explorer.js';
import { faq } from './faq.js';
import { shared } from './shared.js';
import { steps } from './steps.js';

/**
 * Spanish UI strings (neutral Latin American Spanish, "usted"), loaded only
 * when a page asks for `es`. They go with the built-in Spanish content
 * (`src/content/es/`).
 */
export const strings = { shared, faq, steps, checklist, explorer } as const satisfies LocaleCatalog;
