import type { ApplicationState } from '../../rules/codes.js';
import type { AgendaTexts, CalendarTexts, InsightsTexts } from '../types.js';
import { longDate, number, shortDate } from './dates.js';

// What German calendars, agendas and the search's summary say around the steps.

/** The calendar's words. */
export const calendar: CalendarTexts = {
  settled: ({ status, title }) => `${status === 'done' ? 'Erledigt' : status === 'cancelled' ? 'Entfallen' : 'Verpasst'}: ${title}`,
  sendAt: ({ time, zone }) => `Planen Sie den Versand für ${time} (${zone}) ein, damit die Nachricht in der Arbeitszeit des Unternehmens ankommt.`,
  checklist: 'Checkliste:',
  nextSteps: ({ text }) => `Nächste Schritte laut Unternehmen: ${text}`,
  dueBy: ({ time, zone, employerTime, employerZone }) => `Fällig bis ${time} (${zone}${employerTime === undefined || employerZone === undefined ? '' : `; ${employerTime} in ${employerZone}`}).`,
  rule: ({ id, summary }) => `Regel ${id}${summary === undefined ? '' : `: ${summary}`}`,
  draft: ({ to }) => `Entwurf${to === undefined ? '' : ` an ${to}`}:`,
  subject: ({ subject }) => `Betreff: ${subject}`,
  openInMail: 'Im E-Mail-Programm öffnen:',
  name: ({ company }) => (company === undefined ? 'Jobsuche: nächste Schritte' : `Bewerbung bei ${company}: nächste Schritte`),
  category: 'Bewerbung',
};

const STATES: Readonly<Record<ApplicationState, string>> = {
  applied: 'beworben',
  scheduled: 'Gespräch vereinbart',
  waiting: 'Entscheidung ausstehend',
  'following-up': 'nachgefragt',
  'no-response': 'ohne Antwort',
  offer: 'Angebot liegt vor',
  closed: 'abgeschlossen',
};

const OUTCOMES: Readonly<Record<string, string>> = {
  offer: 'Angebot', rejected: 'Absage', accepted: 'angenommen', declined: 'abgelehnt', withdrawn: 'zurückgezogen', ghosted: 'keine Rückmeldung',
};

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The command's agenda: short dates ("09.12.2026") so lines stay compact. */
export const agenda: AgendaTexts = {
  interview: ({ company, position, when, zone }) => `${company} · ${position} · Gespräch ${when} (${zone})`,
  application: ({ company, position, rounds, status, applied }) => (applied === undefined
    ? `${company} · ${position} · ${plural(rounds, 'Runde', 'Runden')} · ${status}`
    : `${company} · ${position} · beworben am ${shortDate(applied)}${status === STATES.applied ? '' : ` · ${status}`}`),
  status: ({ state, outcome, deadline }) => {
    if (outcome === 'offer') return `Angebot${deadline === undefined ? ', noch ohne Frist' : `, Antwort bis ${shortDate(deadline)}`}`;
    return outcome === undefined ? STATES[state] : `abgeschlossen (${OUTCOMES[outcome] ?? outcome})`;
  },
  search: ({ applications, active, zone }) => `Jobsuche · ${plural(applications, 'Bewerbung', 'Bewerbungen')} · ${active} aktiv (${zone})`,
  advice: ({ preset, summary }) => `Empfehlungen: ${preset} (${summary})`,
  moved: ' (verschoben)',
  statuses: { upcoming: 'anstehend', open: 'offen', overdue: 'überfällig', done: 'erledigt', cancelled: 'entfallen', missed: 'verpasst' },
  warnings: 'Hinweise:',
  searchName: 'Jobsuche',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The command's summary of the search. */
export const insights: InsightsTexts = {
  title: ({ applications, zone }) => `Auswertung der Jobsuche · ${plural(applications, 'Bewerbung', 'Bewerbungen')} (${zone})`,
  // DIN 5008: a space between the number and the percent sign.
  percent: ({ rate }) => `${Math.round(rate * 100)} %`,
  rates: { responses: 'Mit Antwort', interviews: 'Mit Gespräch', offers: 'Mit Angebot' },
  share: ({ count, total }) => `${count} von ${total}`,
  firstResponse: ({ days, count }) => (days === undefined
    ? 'Erste Antwort: Bisher hat keine Bewerbung mit bekanntem Bewerbungsdatum eine Antwort erhalten'
    : `Erste Antwort: im Median ${number(days)} ${days === 1 ? 'Tag' : 'Tage'} nach der Bewerbung (${plural(count, 'Bewerbung', 'Bewerbungen')})`),
  funnel: 'Bewerbungstrichter',
  stages: { applied: 'beworben', interviewed: 'zum Gespräch eingeladen', offered: 'Angebot erhalten', accepted: 'angenommen' },
  followUps: 'Nachfragen, die vor der nächsten fälligen beantwortet wurden',
  attempt: ({ attempt }) => `${attempt}. Nachfrage`,
  silent: 'Unternehmen ohne Rückmeldung',
  silence: ({ days, since, overdue }) => {
    const from = ISO_DAY.test(since) ? `dem ${longDate(since.slice(0, 10))}` : since;
    return `${days === undefined ? 'ohne Nachricht' : `${number(days)} ${days === 1 ? 'Tag' : 'Tage'} ohne Nachricht,`} seit ${from}${overdue ? ' – länger als die von Ihnen gesetzte Grenze' : ''}`;
  },
  none: 'keine',
};
