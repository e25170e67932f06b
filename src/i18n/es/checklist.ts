import type { checklist as en } from '../en/checklist.js';
import type { Catalog } from '../types.js';

/** Spanish UI strings: <immuno-side-effect-checklist>. */
export const checklist = {
  checklistLegend: '¿Qué siente?',
  checklistNone: 'Ninguno de estos',
  checklistSeverity: '¿Qué tan fuerte es?',
  severityMild: 'Leve',
  severityModerate: 'Moderado',
  severitySevere: 'Fuerte',
  checklistSeverityShown: 'Intensidad: {severity}',
  urgencyEmergency: 'Pida ayuda de emergencia ahora',
  urgencyCall: 'Llame a su equipo de atención ahora',
  urgencyVisit: 'Dígaselo a su equipo médico en unos pocos días',
  checklistCallButton: 'Llamar al {phone}',
  checklistMostUrgent: 'Lo más urgente: {level}',
  planTitle: 'Qué hacer',
  planEmpty: 'Marque lo que siente para ver qué hacer.',
  planNothing:
    'No marcó ninguno de estos. Siga pendiente de cualquier cambio. Si nota algo nuevo, aunque no esté en esta lista, llame a {careTeam}.',
  planEmergencyDo:
    'Llame al {number} ahora o vaya a la sala de emergencias más cercana. Diga qué inmunoterapia recibe o recibió.',
  planCallDo: 'Llame a {careTeam} ahora, de día o de noche.',
  planCallHours: 'Fuera del horario de atención, llame al {hoursPhone}.',
  planVisitDo:
    'Cuénteselos a su equipo médico en unos pocos días, o en su próxima cita si es antes. Si empeoran antes, llame a {careTeam}.',
  checklistAlert: 'Pida ayuda de emergencia ahora. Llame al {number}.',
  checklistCareTeam: 'su equipo de atención',
  checklistCareTeamAt: 'su equipo de atención al {phone}',
  checklistEmergencyNumber: 'número local de emergencias',
  checklistDisclaimer: 'Esta lista no es un diagnóstico. Si tiene dudas, llame a su equipo de atención.',
  printPlan: 'Imprimir para mi cita',
  printTitle: 'Mis efectos secundarios',
  copySummary: 'Copiar el resumen',
  copied: 'Resumen copiado. Puede pegarlo en un mensaje o una nota.',
  copyFailed: 'No se pudo copiar. Imprima el resumen o anótelo.',
  remember: 'Recordar mis respuestas en este dispositivo',
  rememberHint: 'Solo en este dispositivo, por 30 días. No lo marque en un dispositivo compartido.',
  clearAnswers: 'Borrar mis respuestas',
  notSaved: 'No se pudieron guardar sus respuestas en este dispositivo. La lista sigue funcionando.',
  symptomsTicked: { zero: 'Ningún síntoma marcado', one: '{count} síntoma marcado', other: '{count} síntomas marcados' },
  notes: 'Notas',
  dateLabel: 'Fecha: {date}',
} as const satisfies Catalog<typeof en>;
