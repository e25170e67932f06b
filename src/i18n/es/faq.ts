import type { faq as en } from '../en/faq.js';
import type { Catalog } from '../types.js';

/** Spanish UI strings: <immuno-faq>. */
export const faq = {
  faqShowAll: 'Mostrar todas las respuestas',
  faqHideAll: 'Ocultar todas las respuestas',
  faqCopyLink: 'Copiar enlace',
  faqLinkCopied: 'Enlace copiado',
  faqCopyFailed: 'No se pudo copiar el enlace. Aquí está: {url}',
  faqSearchLabel: 'Buscar en las preguntas',
  faqSearchClear: 'Borrar la búsqueda',
  faqMatches: { one: '{shown} de {count} pregunta', other: '{shown} de {count} preguntas' },
  faqNoResults: 'Ninguna pregunta coincide.',
  faqCopyLinkTo: 'Copiar enlace a «{question}»',
  faqShow: 'Mostrar',
  faqHide: 'Ocultar',
  faqThisAnswer: '{action} esta respuesta',
  faqShowingAll: { one: 'Se muestra {count} pregunta', other: 'Se muestran las {count} preguntas' },
} as const satisfies Catalog<typeof en>;
