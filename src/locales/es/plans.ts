import type { DayUnit } from '../../policy/policy.js';
import type { AdjustmentReason } from '../../rules/codes.js';
import type { AdjustmentTexts, ExplanationTexts, Locale, WarningTexts } from '../types.js';
import { at, longDate } from './dates.js';

// What a Spanish plan says: step titles, explanations, adjustments and warnings. Titles are
// infinitives, as a Spanish to-do list is written; sentences address the candidate as usted.

const days = (count: number, unit: DayUnit): string =>
  `${count} ${unit === 'days' ? (count === 1 ? 'día' : 'días') : (count === 1 ? 'día laborable' : 'días laborables')}`;
const label = (round: string | undefined): string => (round === undefined ? '' : ` (${round})`);
const count = (attempt: number | undefined, attempts: number | undefined): string =>
  (attempt !== undefined && attempts !== undefined ? ` (${attempt} de ${attempts})` : '');

const ORDINALS = ['primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo'] as const;
/** "el primer mensaje de seguimiento", "el mensaje de seguimiento n.º 12". */
const message = (n: number): string => {
  const ordinal = ORDINALS[n - 1];
  return ordinal === undefined ? `el mensaje de seguimiento n.º ${n}` : `el ${ordinal} mensaje de seguimiento`;
};

/** Who a thank-you goes to, after "a": a person, or the team ("al equipo", never "a el equipo"). */
const thanked = (person: string | undefined, company: string, why: boolean): string =>
  (person === undefined ? `al equipo de selección de ${company}${why ? ' (no consta ningún entrevistador)' : ''}` : `a ${person}`);
const sendThanks = (letter: boolean): string => (letter ? 'Envíe por correo postal una carta de agradecimiento' : 'Envíe un correo de agradecimiento');
/** "las 24 horas siguientes", or "la hora siguiente" for a one-hour window. */
const nextHours = (to: number): string => (to === 1 ? 'la hora siguiente' : `las ${to} horas siguientes`);
const hours = (from: number, to: number): string => (from === 0 ? `en ${nextHours(to)} al final de la entrevista` : `entre ${from} y ${to} horas después del final de la entrevista`);

/** Step titles: what to do, at a glance. */
export const titles: Locale['titles'] = {
  'before-leaving': ({ company, round }) => `Antes de salir de la entrevista en ${company}${label(round)}: preguntar por los próximos pasos`,
  'thank-you-email': ({ company, person, round }) => (person === undefined
    ? `Dar las gracias al equipo de selección de ${company} por la entrevista${label(round)}`
    : `Dar las gracias a ${person} por la entrevista en ${company}${label(round)}`),
  'thank-you-letter': ({ company, person, round }) => `Enviar por correo postal una carta de agradecimiento a ${person ?? 'quien le entrevistó'} (${company}${round === undefined ? '' : `, ${round}`})`,
  'check-in': ({ company, position, attempt, attempts }) => `Preguntar a ${company} cómo va el proceso para el puesto de ${position}${count(attempt, attempts)}`,
  'keep-searching': ({ company, active, attempt, attempts }) => (active === undefined
    ? `Seguir buscando empleo mientras ${company} decide${count(attempt, attempts)}`
    : `Seguir buscando empleo: ${active === 0 ? 'ninguna candidatura activa' : active === 1 ? 'una candidatura activa' : `${active} candidaturas activas`}${count(attempt, attempts)}`),
  'rejection-reply': ({ company }) => `Responder a la decisión de ${company}: dar las gracias y pedir una valoración`,
  'offer-response': ({ company, position }) => `Responder a la oferta de ${company} para el puesto de ${position}`,
  'expedite-request': ({ company }) => `Avisar a ${company} de que tiene otra oferta y preguntar por sus plazos`,
  'withdrawal-note': ({ company }) => `Retirar la candidatura del proceso de ${company} dando las gracias`,
  'application-follow-up': ({ company, position, attempt, attempts }) => `Interesarse por la candidatura al puesto de ${position} en ${company}${count(attempt, attempts)}`,
};

/** Why each step is there. */
export const explanations: ExplanationTexts = {
  beforeLeaving: () => 'Antes de que termine la entrevista, pregunte por las siguientes fases, la fecha prevista para la decisión y si puede ponerse en contacto más adelante, y pida los datos de contacto de cada persona que le entreviste.',
  thankYou: ({ letter, person, company, fromHours, toHours, moved }) =>
    `${sendThanks(letter)} ${thanked(person, company, true)} ${hours(fromHours, toHours)}${
      moved ? ', en cuanto empiece el horario laboral dentro de ese plazo' : fromHours === 0 ? '' : ', en cuanto se abra ese plazo'}.`,
  thankYouAfterWindow: ({ letter, person, company, fromHours, toHours }) =>
    `${sendThanks(letter)} ${thanked(person, company, true)} al comienzo de la siguiente jornada laboral: ${fromHours === 0 ? `${nextHours(toHours)} a la entrevista ${toHours === 1 ? 'cae entera' : 'caen enteras'}` : `el plazo de ${fromHours} a ${toHours} horas después de la entrevista cae entero`} fuera del horario laboral, y más vale tarde que nunca.`,
  checkInAfterDate: ({ company, decisionDate, graceDays }) => (graceDays === 0
    ? `${company} preveía decidir a más tardar el ${longDate(decisionDate)}; si para entonces no tiene noticias, escriba al comienzo del siguiente día laborable.`
    : `${company} preveía decidir a más tardar el ${longDate(decisionDate)}; si ${days(graceDays, 'working-days')} después sigue sin noticias, escriba al comienzo del siguiente día laborable.`),
  checkInFallback: ({ days: n, unit }) => `No se conoce la fecha de la decisión, así que pregunte cómo va el proceso ${days(n, unit)} después de la entrevista.`,
  checkInRepeat: ({ previous, days: n, unit, sent }) =>
    `Si ${message(previous)} queda sin respuesta, escriba una vez más ${days(n, unit)} después ${sent ? 'de haberlo enviado' : 'de la fecha prevista para él'}.`,
  keepSearching: ({ company }) => `Siga enviando candidaturas, haciendo entrevistas y cuidando su red de contactos mientras ${company} decide.`,
  keepSearchingAll: ({ active }) => `Siga enviando candidaturas, haciendo entrevistas y cuidando su red de contactos: ${
    active === 0 ? 'no le queda ninguna candidatura activa' : active === 1 ? 'solo le queda una candidatura activa' : `tiene ${active} candidaturas activas`}.`,
  rejectionReply: ({ company, fromHours, toHours }) =>
    `${company} ha descartado su candidatura. Responda ${fromHours === 0 ? `en ${nextHours(toHours)} a la noticia` : `entre ${fromHours} y ${toHours} horas después de recibir la noticia`}: dé las gracias, pregunte en qué podría mejorar y deje la puerta abierta.`,
  offerWithoutDeadline: ({ company }) => `${company} le ha hecho una oferta sin plazo de respuesta: dé las gracias y pregunte para cuándo necesitan su respuesta.`,
  offerByDeadline: ({ company, deadline, dueDay }) =>
    `Responda a la oferta de ${company} a más tardar el ${longDate(deadline)}${dueDay === undefined ? '' : ` (el último día laborable antes de esa fecha es el ${longDate(dueDay)})`}; si necesita más tiempo, pida ahora unos días laborables más.`,
  expediteRequest: ({ company, holder, deadline }) =>
    `${holder} le ha hecho una oferta${deadline === undefined ? '' : ` a la que debe responder a más tardar el ${longDate(deadline)}`}: comuníqueselo a ${company} y pregunte por sus plazos.`,
  withdrawalNote: ({ company, holder }) => `Ha aceptado la oferta de ${holder}: retírese del proceso de ${company} sin demora y con un agradecimiento, para que puedan seguir adelante.`,
  applicationFollowUp: ({ company, days: n, unit }) => `${company} no ha dado noticias ${days(n, unit)} después de que enviara su candidatura: escriba una vez, con un mensaje breve y cortés.`,
  applicationRepeat: ({ previous, days: n, unit, sent, last }) =>
    `Si ${message(previous)} queda sin respuesta, escriba una vez más ${days(n, unit)} después ${sent ? 'de haberlo enviado' : 'de la fecha prevista para él'}${last ? '; si tampoco entonces contestan, ese silencio es la respuesta' : ''}.`,
};

const REASONS: Readonly<Record<AdjustmentReason, string>> = {
  'outside-hours': 'caía fuera del horario laboral',
  'non-working-day': 'no era un día laborable',
  holiday: 'era festivo',
  'window-without-working-time': 'el plazo no incluye horario laboral',
  'rebased-on-actual': 'se cuenta desde el envío real del mensaje de seguimiento anterior',
  'before-decision-date': 'aún no había pasado la fecha de la decisión',
  'before-thanks': 'el agradecimiento va antes que el seguimiento',
  rescheduled: 'usted lo ha cambiado de fecha',
};

/** Where a step was moved, and why. */
export const adjustments: AdjustmentTexts = {
  moved: ({ from, to, zone, reason }) => `Se ha trasladado del ${from} al ${to} (${zone}): ${REASONS[reason]}.`,
  windowClosed: ({ from, to, zone }) => `El plazo terminó el ${from} (${zone}) sin incluir horario laboral, así que el paso vence al final del siguiente día laborable, el ${to}.`,
};

/** What the candidate should know. */
export const warnings: WarningTexts = {
  'missing-email': ({ person }) => `Falta la dirección de correo de ${person}: pídasela a la persona responsable de la selección antes de que venza el plazo del agradecimiento.`,
  'no-decision-date': ({ days: n, unit }) => `No se conoce la fecha de la decisión, así que el primer seguimiento se hará ${days(n, unit)} después de la entrevista.`,
  'permission-not-asked': () => 'No consta que preguntara si podía ponerse en contacto más adelante; el plan da por hecho que sí.',
  'follow-up-declined': ({ company }) => `${company} pidió que no se le hiciera seguimiento, así que no se prevé ninguno; los agradecimientos, en cambio, se mantienen.`,
  'no-interviewers': () => 'No figura ningún entrevistador, así que se prevé un único agradecimiento al equipo de selección; añada a cada persona con la que habló para que cada una reciba su propia nota.',
  'thank-you-late': ({ company, person }) => `Ha pasado el plazo del agradecimiento ${thanked(person, company, false)}; envíelo igualmente: más vale tarde que nunca.`,
  'reply-received': ({ company, date }) => `${company} respondió el ${longDate(date)}, así que se cancelan los seguimientos y recordatorios pendientes.`,
  'check-ins-complete': ({ count: sent }) => `${sent === 1 ? 'El mensaje de seguimiento previsto se envió' : `Los ${sent} mensajes de seguimiento previstos se enviaron`} sin obtener respuesta; deje de escribir y dedique ese tiempo a otras candidaturas.`,
  'extra-check-in': ({ logged, allowed }) =>
    `${logged === 1 ? 'Consta 1 mensaje' : `Constan ${logged} mensajes`} de seguimiento, pero el plan ${allowed === 0 ? 'no prevé ninguno' : `prevé ${allowed}`}; insistir más puede resultar excesivo.`,
  'no-offer-deadline': ({ company }) => `La oferta de ${company} aún no tiene plazo: pregunte para cuándo necesitan su respuesta.`,
  'unknown-step': ({ step, round, reminder }) => (reminder === true
    ? `El plan no tiene ningún recordatorio «${step}»; la actividad no se tiene en cuenta.`
    : `El plan no tiene ningún paso «${step}»${round === undefined ? '' : ` en la ronda ${round}`}; la actividad no se tiene en cuenta.`),
  'unmatched-activity': ({ date, to }) => `El mensaje enviado el ${longDate(date)}${to === undefined ? '' : ` a ${to}`} no corresponde a ningún paso abierto en ese momento; no se tiene en cuenta.`,
  'duplicate-interviewer': ({ person }) => `${person} figura dos veces en la misma ronda; se han unido ambas entradas.`,
  'no-interview-time': ({ date, time, zone }) => `La entrevista del ${longDate(date)} no tiene hora, así que se planifica ${at(time)} (${zone}), al inicio de la jornada laboral; indique la hora para afinar los plazos.`,
  'fixed-offset-zone': ({ zone, offset, instead, seasonal }) => (seasonal
    ? `${zone} mantiene ${offset} todo el año, sin horario de verano; si se refiere al lugar, use ${instead}.`
    : `${zone} mantiene ${offset} todo el año, igual que ${instead}; use ${instead}, que es el nombre del lugar.`),
  'employer-overdue': ({ company, days: n, date }) => `${company} sigue sin decidir ${days(n, 'days')} después de su entrevista del ${longDate(date)}: pida una respuesta o dedique su tiempo a otras opciones.`,
  'offer-deadline-passed': ({ company, deadline }) => `La oferta de ${company} llegó después de su plazo, el ${longDate(deadline)}: responda de inmediato.`,
  'skipped-application': ({ id, index, count: problems, problem }) =>
    `Se ha omitido ${id === undefined ? `la candidatura ${index + 1}` : `«${id}»`}: ${problem}${problems > 1 ? ` (y ${problems - 1} ${problems === 2 ? 'problema' : 'problemas'} más)` : ''}`,
};
