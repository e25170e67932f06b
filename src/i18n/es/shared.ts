import type { shared as en } from '../en/shared.js';
import type { Catalog } from '../types.js';

/** Spanish UI strings: Shared by every widget. */
export const shared = {
  loading: 'Cargando…',
  sourcesLabel: 'Fuentes',
  lastReviewed: 'Última revisión: {date}',
  reviewedBy: 'Revisado por {reviewer}',
  renderError: 'No se pudo mostrar esta sección. Pida esta información a su equipo de atención.',
  moreDetail: 'Más detalles',
} as const satisfies Catalog<typeof en>;
