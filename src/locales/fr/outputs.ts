import type { ApplicationState } from '../../rules/codes.js';
import type { AgendaTexts, CalendarTexts, InsightsTexts } from '../types.js';
import { day } from './dates.js';
import { count } from './words.js';

// What French calendars, agendas and the search's summary say around the steps.

/** The calendar's words. */
export const calendar: CalendarTexts = {
  settled: ({ status, title }) => `${status === 'done' ? 'Fait' : status === 'cancelled' ? 'Annulé' : 'Manqué'} – ${title}`,
  sendAt: ({ time, zone }) => `Programmez l'envoi du message pour le ${time} (${zone}), pendant les heures de bureau du destinataire.`,
  checklist: 'À ne pas oublier\u202f:',
  nextSteps: ({ text }) => `Prochaines étapes annoncées\u202f: ${text}`,
  dueBy: ({ time, zone, employerTime, employerZone }) =>
    `À faire au plus tard le ${time} (${zone})${employerTime === undefined || employerZone === undefined ? '' : `, soit le ${employerTime} (${employerZone})`}.`,
  // After a colon French goes on in lower case; every summary begins with a common word.
  rule: ({ id, summary }) => `Règle ${id}${summary === undefined ? '' : `\u202f: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`}`,
  draft: ({ to }) => `Brouillon${to === undefined ? '' : ` pour ${to}`}\u202f:`,
  subject: ({ subject }) => `Objet\u202f: ${subject}`,
  openInMail: 'Ouvrir dans votre messagerie\u202f:',
  name: ({ company }) => (company === undefined ? 'Suivi de la recherche d\'emploi' : `Suivi de candidature – ${company}`),
  category: 'Suivi d\'entretien',
};

const STATES: Readonly<Record<ApplicationState, string>> = {
  applied: 'candidature envoyée',
  scheduled: 'entretien prévu',
  waiting: 'en attente',
  'following-up': 'relances en cours',
  'no-response': 'sans réponse',
  offer: 'offre',
  closed: 'clôturée',
};

const OUTCOMES: Readonly<Record<string, string>> = {
  rejected: 'refus', accepted: 'offre acceptée', declined: 'offre déclinée', withdrawn: 'candidature retirée', ghosted: 'sans nouvelles',
};

/** The command's agenda. */
export const agenda: AgendaTexts = {
  interview: ({ company, position, when, zone }) => `${company} · ${position} · entretien ${when} (${zone})`,
  application: ({ company, position, rounds, status, applied }) => (applied === undefined
    ? `${company} · ${position} · ${count(rounds, 'tour')} d'entretien · ${status}`
    : `${company} · ${position} · candidature du ${day(applied)}${status === STATES.applied ? '' : ` · ${status}`}`),
  status: ({ state, outcome, deadline }) => {
    if (outcome === 'offer') return `offre${deadline === undefined ? ', sans date limite pour l\'instant' : `, réponse avant le ${day(deadline)}`}`;
    return outcome === undefined ? STATES[state] : `${STATES.closed} (${OUTCOMES[outcome] ?? outcome})`;
  },
  search: ({ applications, active, zone }) => `Recherche d'emploi · ${count(applications, 'candidature')} · ${active} en cours (${zone})`,
  advice: ({ preset, summary }) => `Conseils\u202f: ${preset} (${summary})`,
  moved: ' (décalé)',
  statuses: { upcoming: 'à venir', open: 'en cours', overdue: 'en retard', done: 'fait', cancelled: 'annulé', missed: 'manqué' },
  warnings: 'Avertissements\u202f:',
  searchName: 'Recherche',
};

/** The command's summary of the search. */
export const insights: InsightsTexts = {
  title: ({ applications, zone }) => `Bilan de la recherche d'emploi · ${count(applications, 'candidature')} (${zone})`,
  percent: ({ rate }) => `${Math.round(rate * 100)}\u202f%`,
  rates: { responses: 'Réponses', interviews: 'Entretiens', offers: 'Offres' },
  share: ({ count: n, total }) => `${n} sur ${total}`,
  firstResponse: ({ days, count: n }) => (days === undefined
    ? 'Première réponse\u202f: aucune candidature à date connue n\'en a encore reçu'
    : `Première réponse\u202f: ${count(days, 'jour')} après l'envoi (médiane sur ${count(n, 'candidature')})`),
  funnel: 'Étapes atteintes',
  stages: { applied: 'candidature', interviewed: 'entretien', offered: 'offre', accepted: 'acceptation' },
  followUps: 'Relances suivies d\'une réponse dans l\'intervalle prévu',
  attempt: ({ attempt }) => `relance ${attempt}`,
  silent: 'Employeurs silencieux',
  silence: ({ days, since, overdue }) => `${days === undefined ? '' : `${count(days, 'jour')} `}depuis le ${day(since)}${overdue ? ', au-delà du seuil que vous avez fixé' : ''}`,
  none: 'néant',
};
