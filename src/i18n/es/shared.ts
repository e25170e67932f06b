import type { shared as en } from '../en/shared.js';
import type { Catalog } from '../types.js';

/** Spanish UI strings: Shared by every widget. */
export const shared = {
  loading: 'Cargando…',
  sourcesLabel: 'Fuentes',
  written: 'Escrito el {date}.',
  notReviewed: 'Todavía no lo ha revisado un médico.',
  reviewedOn: 'Revisado el {date} por {reviewer}.',
  reviewedBy: 'Revisado por {reviewer}.',
  translatedNotChecked: 'Traducido del {language}. Todavía no lo ha revisado un hablante nativo.',
  translationCheckedBy: 'Traducción revisada por {reviewer}.',
  renderError: 'No se pudo mostrar esta sección. Pida esta información a su equipo médico.',
  moreDetail: 'Más detalles',
} as const satisfies Catalog<typeof en>;
