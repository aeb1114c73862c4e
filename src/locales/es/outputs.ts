import type { ApplicationState } from '../../rules/codes.js';
import type { AgendaTexts, CalendarTexts, InsightsTexts } from '../types.js';
import { longDate, shortDate } from './dates.js';

// What Spanish calendars, agendas and the search's summary say around the steps. An agenda
// line's words agree with the noun they stand for: a step ("paso") is masculine, an application
// ("candidatura") feminine.

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The calendar's words. */
export const calendar: CalendarTexts = {
  settled: ({ status, title }) => `${status === 'done' ? 'Hecho' : status === 'cancelled' ? 'Cancelado' : 'No realizado'}: ${title}`,
  sendAt: ({ time, zone }) => `Programe el envío para el ${time} (${zone}), dentro del horario laboral de la empresa.`,
  checklist: 'Lista de comprobación:',
  nextSteps: ({ text }) => `Próximos pasos que le indicaron: ${text}`,
  dueBy: ({ time, zone, employerTime, employerZone }) =>
    `Plazo: hasta el ${time} (${zone}${employerTime === undefined || employerZone === undefined ? '' : `; el ${employerTime} en ${employerZone}`}).`,
  rule: ({ id, summary }) => `Regla ${id}${summary === undefined ? '' : `: ${summary}`}`,
  draft: ({ to }) => `Borrador${to === undefined ? '' : ` para ${to}`}:`,
  subject: ({ subject }) => `Asunto: ${subject}`,
  openInMail: 'Ábralo en su programa de correo:',
  name: ({ company }) => (company === undefined ? 'Seguimiento de la búsqueda de empleo' : `${company}: seguimiento de la candidatura`),
  category: 'Seguimiento de entrevistas',
};

/** Where an application stands; each word agrees with "candidatura". */
const STATES: Readonly<Record<ApplicationState, string>> = {
  applied: 'candidatura enviada',
  scheduled: 'entrevista programada',
  waiting: 'a la espera',
  'following-up': 'en seguimiento',
  'no-response': 'sin respuesta',
  offer: 'oferta',
  closed: 'cerrada',
};

/** How a closed application ended. */
const OUTCOMES: Readonly<Record<string, string>> = {
  offer: 'oferta', rejected: 'rechazada', accepted: 'oferta aceptada', declined: 'oferta declinada', withdrawn: 'retirada', ghosted: 'sin respuesta',
};

/** The command's agenda. */
export const agenda: AgendaTexts = {
  interview: ({ company, position, when, zone }) => `${company} · ${position} · entrevista ${when} (${zone})`,
  application: ({ company, position, rounds, status, applied }) => (applied === undefined
    ? `${company} · ${position} · ${plural(rounds, 'ronda', 'rondas')} · ${status}`
    : `${company} · ${position} · candidatura enviada el ${shortDate(applied)}${status === STATES.applied ? '' : ` · ${status}`}`),
  status: ({ state, outcome, deadline }) => {
    if (outcome === 'offer') return `oferta${deadline === undefined ? ', aún sin plazo' : `, responder a más tardar el ${shortDate(deadline)}`}`;
    return outcome === undefined ? STATES[state] : `cerrada (${OUTCOMES[outcome] ?? outcome})`;
  },
  search: ({ applications, active, zone }) => `Búsqueda de empleo · ${plural(applications, 'candidatura', 'candidaturas')} · ${plural(active, 'activa', 'activas')} (${zone})`,
  advice: ({ preset, summary }) => `Recomendaciones: ${preset} (${summary})`,
  moved: ' (trasladado)',
  statuses: { upcoming: 'próximo', open: 'abierto', overdue: 'vencido', done: 'hecho', cancelled: 'cancelado', missed: 'no realizado' },
  warnings: 'Avisos:',
  searchName: 'Búsqueda',
};

/** The command's summary of the search. */
export const insights: InsightsTexts = {
  title: ({ applications, zone }) => `Resumen de la búsqueda de empleo · ${plural(applications, 'candidatura', 'candidaturas')} (${zone})`,
  // Spanish writes a space between the number and the sign (RAE, Ortografía 2010).
  percent: ({ rate }) => `${Math.round(rate * 100)} %`,
  rates: { responses: 'Con respuesta', interviews: 'Con entrevista', offers: 'Con oferta' },
  share: ({ count, total }) => `${count} de ${total}`,
  firstResponse: ({ days, count }) => (days === undefined
    ? 'Primera respuesta: ninguna candidatura con fecha de envío conocida ha recibido respuesta todavía'
    : `Primera respuesta: una mediana de ${plural(days, 'día', 'días')} desde el envío (${plural(count, 'candidatura', 'candidaturas')})`),
  funnel: 'Embudo',
  stages: { applied: 'enviadas', interviewed: 'con entrevista', offered: 'con oferta', accepted: 'aceptadas' },
  followUps: 'Seguimientos respondidos dentro del intervalo de repetición',
  attempt: ({ attempt }) => `intento ${attempt}`,
  silent: 'Empresas que no han respondido',
  silence: ({ days, since, overdue }) => `${days === undefined ? '' : `${plural(days, 'día', 'días')} `}desde el ${longDate(since)}${overdue ? ', más allá del límite que fijó' : ''}`,
  none: 'sin datos',
};
