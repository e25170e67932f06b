import type { ContentPack } from '../schema.js';
import { meta } from './meta.js';
import { therapies } from './therapies.js';
import { steps } from './steps.js';
import { symptoms } from './symptoms.js';
import { faq } from './faq.js';

/** The built-in English content pack. */
export const en: ContentPack = { meta, therapies, steps, symptoms, faq };
