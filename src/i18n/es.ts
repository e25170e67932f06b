import type { Strings } from './i18n.js';

/**
 * Spanish UI strings, loaded only when a page asks for `es`. Content (the
 * medical text) is not translated here: a Spanish page gives its own content
 * pack, reviewed by its clinicians, and these labels around it.
 */
export const strings: Strings = {
  loading: 'Cargando…',
  disclaimerLabel: 'Importante',
  sourcesLabel: 'Fuentes',
  lastReviewed: 'Última revisión: {date}',
  reviewedBy: 'Revisado por {reviewer}',
  renderError: 'No se pudo mostrar esta sección. Pida esta información a su equipo de atención.',
  moreDetail: 'Más detalles',
};
