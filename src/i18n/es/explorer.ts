import type { explorer as en } from '../en/explorer.js';
import type { Catalog } from '../types.js';

/** Spanish UI strings: <immuno-therapy-explorer>. */
export const explorer = {
  explorerListLabel: 'Tipos de inmunoterapia',
  explorerFilterLabel: 'Tipo de cáncer',
  explorerFilterAll: 'Todos los cánceres',
  explorerSearchLabel: 'Buscar el nombre de un medicamento o tratamiento',
  explorerResults: {
    zero: 'No se encontró ningún tipo de tratamiento',
    one: '{count} tipo de tratamiento',
    other: '{count} tipos de tratamiento',
  },
  explorerNoResults: 'Ningún tipo de tratamiento coincide.',
  explorerReset: 'Mostrar todos los tipos',
  explorerMatched: 'Coincide: {match}',
  explorerHowItWorks: 'Cómo funciona',
  explorerCancers: 'Se usa para',
  explorerMedicines: 'Ejemplos de medicamentos',
  explorerGivenBy: 'Cómo se administra',
  explorerSchedule: 'Con qué frecuencia',
  explorerSideEffects: 'Efectos secundarios que debe vigilar',
  explorerQuestions: 'Preguntas para su equipo médico',
  explorerCheckSymptoms: 'Revisar mis síntomas',
  explorerOtherNames: 'También se llama',
  explorerFoundShowing: '{found}. Se muestra: {name}.',
  explorerShowingAll: { one: 'Se muestra {count} tipo de tratamiento', other: 'Se muestran los {count} tipos de tratamiento' },
} as const satisfies Catalog<typeof en>;
