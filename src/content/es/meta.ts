import type { ContentText } from '../translation.js';

/**
 * The built-in content in Spanish: what the translation says about itself (language, audience, date) and its
 * disclaimer, which every widget shows. Fetched on its own (see `../languages.ts`); `./index.ts` says who it is
 * written for.
 */
export const meta: ContentText['meta'] = {
  language: 'es',
  audience: 'Pacientes y familias en América Latina y en los Estados Unidos',
  written: '2026-12-01',
  disclaimer: [
    'Esta información es general y sirve para aprender. No es un diagnóstico ni un consejo médico, y no reemplaza a su equipo médico.',
    'Cada persona y cada cáncer son diferentes. Si no está seguro de qué hacer, llame a su equipo médico.',
    'Las fuentes están en inglés.',
  ],
};
