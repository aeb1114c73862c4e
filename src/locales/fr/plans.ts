import type { AdjustmentReason } from '../../rules/codes.js';
import type { AdjustmentTexts, ExplanationTexts, Locale, WarningTexts } from '../types.js';
import { day } from './dates.js';
import { count, days, de, team } from './words.js';

// What a French plan says: step titles (infinitives, as a to-do list reads), explanations,
// adjustments and warnings, addressed to the candidate with "vous".

const label = (round: string | undefined): string => (round === undefined ? '' : ` (${round})`);
const nth = (attempt: number | undefined, attempts: number | undefined): string =>
  (attempt !== undefined && attempts !== undefined ? ` (${attempt} sur ${attempts})` : '');
const who = (person: string | undefined, company: string): string => person ?? `${team(company)} (aucun nom n'est indiqué)`;
/** A thank-you's window: "dans les 24 heures qui suivent…" from the end itself, else "entre 24 et 48 heures après…". */
const window = (from: number, to: number): string => (from === 0
  ? `dans les ${to}\u202fheures qui suivent la fin de l'entretien`
  : `entre ${from} et ${to}\u202fheures après la fin de l'entretien`);
const SEARCH = 'Continuez à postuler, à passer des entretiens et à entretenir votre réseau';

/** Step titles: what to do, at a glance. */
export const titles: Locale['titles'] = {
  'before-leaving': ({ company, round }) => `Avant de quitter l'entretien chez ${company}${label(round)}, s'informer de la suite du recrutement`,
  'thank-you-email': ({ company, person, round }) => (person === undefined
    ? `Remercier ${team(company)} pour l'entretien${label(round)}`
    : `Remercier ${person} pour l'entretien chez ${company}${label(round)}`),
  'thank-you-letter': ({ company, person, round }) => `Envoyer une lettre de remerciement${person === undefined ? '' : ` à ${person}`} (${company}${round === undefined ? '' : `, ${round}`})`,
  'check-in': ({ company, position, attempt, attempts }) => `Relancer ${company} au sujet du poste ${de(position)}${nth(attempt, attempts)}`,
  'keep-searching': ({ company, active, attempt, attempts }) => (active === undefined
    ? `Poursuivre vos recherches en attendant la décision ${de(company)}${nth(attempt, attempts)}`
    : `Poursuivre vos recherches\u202f: ${active === 0 ? 'aucune candidature' : active === 1 ? 'une candidature' : count(active, 'candidature')} en cours${nth(attempt, attempts)}`),
  'rejection-reply': ({ company }) => `Répondre au refus ${de(company)}\u202f: remercier et demander un retour`,
  'offer-response': ({ company, position }) => `Répondre à l'offre ${de(company)} pour le poste ${de(position)}`,
  'expedite-request': ({ company }) => `Prévenir ${company} de l'offre reçue et demander son calendrier`,
  'withdrawal-note': ({ company }) => `Retirer votre candidature auprès ${de(company)}, avec vos remerciements`,
  'application-follow-up': ({ company, position, attempt, attempts }) =>
    `Relancer ${company} au sujet de votre candidature au poste ${de(position)}${nth(attempt, attempts)}`,
};

/** Why each step is there. */
export const explanations: ExplanationTexts = {
  beforeLeaving: () => 'Avant la fin de l\'entretien, renseignez-vous sur les prochaines étapes, la date de décision et la possibilité de relancer, et récupérez les coordonnées de chaque personne rencontrée.',
  thankYou: ({ letter, person, company, fromHours, toHours, moved }) =>
    `${letter ? 'Envoyez une lettre de remerciement' : 'Envoyez un courriel de remerciement'} à ${who(person, company)} ${window(fromHours, toHours)}, ${moved ? 'dès la première heure ouvrée de cette période' : 'dès le début de cette période'}.`,
  thankYouAfterWindow: ({ letter, person, company, fromHours, toHours }) =>
    `${letter ? 'Envoyez une lettre de remerciement' : 'Envoyez un courriel de remerciement'} à ${who(person, company)} dès la première heure ouvrée ${fromHours === 0 ? `passé le délai de ${toHours}\u202fheures` : `après la plage de ${fromHours} à ${toHours}\u202fheures`}, qui n'en compte aucune\u202f: mieux vaut remercier tard que jamais.`,
  checkInAfterDate: ({ company, decisionDate, graceDays }) => (graceDays === 0
    ? `${company} prévoyait de décider d'ici le ${day(decisionDate)}\u202f; sans nouvelles à cette date, relancez dès le début du jour ouvré suivant.`
    : `${company} prévoyait de décider d'ici le ${day(decisionDate)}\u202f; sans nouvelles ${days(graceDays, 'working-days')} plus tard, relancez dès le début du jour ouvré suivant.`),
  checkInFallback: ({ days: n, unit }) => `Faute de date de décision connue, relancez ${days(n, unit)} après l'entretien.`,
  checkInRepeat: ({ previous, days: n, unit, sent }) => `Si la relance ${previous} reste sans réponse, écrivez une nouvelle fois ${days(n, unit)} après ${sent ? 'son envoi' : 'celle-ci'}.`,
  keepSearching: ({ company }) => `${SEARCH} en attendant la décision ${de(company)}.`,
  keepSearchingAll: ({ active }) => `${SEARCH}\u202f: ${active === 0 ? 'aucune candidature n\'est encore en cours' : active === 1 ? 'une candidature est encore en cours' : `${active} candidatures sont encore en cours`}.`,
  rejectionReply: ({ company, fromHours, toHours }) => `${company} a répondu par la négative. Répondez ${fromHours === 0 ? `dans les ${toHours}\u202fheures` : `dans un délai de ${fromHours} à ${toHours}\u202fheures`}\u202f: remerciez, demandez ce qui aurait pu renforcer votre candidature et laissez la porte ouverte.`,
  offerWithoutDeadline: ({ company }) => `${company} vous a fait une offre sans date limite\u202f: remerciez et demandez quand votre réponse est attendue.`,
  offerByDeadline: ({ company, deadline, dueDay }) => `Répondez à l'offre ${de(company)} d'ici le ${day(deadline)}${dueDay === undefined ? '' : ` (dernier jour ouvré avant cette date\u202f: le ${day(dueDay)})`}\u202f; s'il vous faut plus de temps, demandez dès maintenant quelques jours ouvrés supplémentaires.`,
  expediteRequest: ({ company, holder, deadline }) => `${holder} vous a fait une offre${deadline === undefined ? '' : `, avec une réponse attendue d'ici le ${day(deadline)}`}\u202f: prévenez ${company} et demandez son calendrier.`,
  withdrawalNote: ({ company, holder }) => `Vous avez accepté l'offre ${de(holder)}\u202f: retirez rapidement votre candidature auprès ${de(company)}, avec vos remerciements, pour que l'entreprise puisse poursuivre son recrutement.`,
  applicationFollowUp: ({ company, days: n, unit }) => `Sans nouvelles ${de(company)} ${days(n, unit)} après votre candidature\u202f: relancez une fois, brièvement et poliment.`,
  applicationRepeat: ({ previous, days: n, unit, sent, last }) => `Si la relance ${previous} reste sans réponse, écrivez une nouvelle fois ${days(n, unit)} après ${sent ? 'son envoi' : 'celle-ci'}${last ? '\u202f; au-delà, le silence vaut réponse' : ''}.`,
};

const REASONS: Readonly<Record<AdjustmentReason, string>> = {
  'outside-hours': 'en dehors des heures de bureau',
  'non-working-day': 'jour non ouvré',
  holiday: 'jour férié',
  'window-without-working-time': 'la plage prévue ne compte aucune heure ouvrée',
  'rebased-on-actual': 'compté à partir de l\'envoi réel de la relance précédente',
  'before-decision-date': 'la date de décision n\'était pas encore passée',
  'before-thanks': 'les remerciements passent avant toute relance',
  rescheduled: 'reprogrammé à votre demande',
};

/** Where a step was moved, and why. */
export const adjustments: AdjustmentTexts = {
  moved: ({ from, to, zone, reason }) => `Horaire déplacé du ${from} au ${to} (${zone})\u202f: ${REASONS[reason]}.`,
  windowClosed: ({ from, to, zone }) => `La plage s'est refermée le ${from} (${zone}) sans heure ouvrée\u202f; l'étape est donc à faire avant la fin du jour ouvré suivant, le ${to}.`,
};

/** What the candidate should know. */
export const warnings: WarningTexts = {
  'missing-email': ({ person }) => `Pas d'adresse électronique pour ${person}\u202f: demandez-la au responsable du recrutement avant l'échéance des remerciements.`,
  'no-decision-date': ({ days: n, unit }) => `Aucune date de décision n'est connue\u202f: la première relance est donc prévue ${days(n, unit)} après l'entretien.`,
  'permission-not-asked': () => 'Vous n\'avez pas demandé si une relance serait la bienvenue\u202f; les relances prévues partent du principe qu\'elle l\'est.',
  'follow-up-declined': ({ company }) => `${company} ne souhaite pas de relance\u202f: aucune n'est prévue, mais les remerciements restent de mise.`,
  'no-interviewers': () => 'Aucun interlocuteur n\'est indiqué\u202f: un seul remerciement est prévu, adressé à l\'équipe de recrutement. Ajoutez chaque personne rencontrée pour que chacune reçoive le sien.',
  'thank-you-late': ({ company, person }) => `Le délai pour remercier ${person ?? team(company)} est dépassé\u202f; envoyez tout de même votre message, mieux vaut tard que jamais.`,
  'reply-received': ({ company, date }) => `${company} a répondu le ${day(date)}\u202f: les relances et rappels encore prévus sont annulés.`,
  'check-ins-complete': ({ count: sent }) => `${sent === 1 ? 'Votre relance est restée' : `Vos ${sent} relances sont restées`} sans réponse\u202f: cessez d'écrire et consacrez ce temps à d'autres candidatures.`,
  'extra-check-in': ({ logged, allowed }) => `Vous avez enregistré ${count(logged, 'relance')} alors que le plan ${allowed === 0 ? 'n\'en prévoit aucune' : `en prévoit ${allowed}`}\u202f; au-delà, le suivi risque de paraître insistant.`,
  'no-offer-deadline': ({ company }) => `L'offre ${de(company)} ne précise pas encore de date limite\u202f: demandez à quelle date votre réponse est attendue.`,
  'unknown-step': ({ step, round, reminder }) => (reminder === true
    ? `Aucun rappel «\u202f${step}\u202f» ne figure dans le plan\u202f; l'activité est ignorée.`
    : `Aucune étape «\u202f${step}\u202f»${round === undefined ? '' : ` dans le tour d'entretien ${round}`} ne figure dans le plan\u202f; l'activité est ignorée.`),
  'unmatched-activity': ({ date, to }) => `Un message envoyé le ${day(date)}${to === undefined ? '' : ` à ${to}`} ne correspond à aucune étape ouverte à cette date\u202f; il est ignoré.`,
  'duplicate-interviewer': ({ person }) => `${person} figure deux fois dans le même tour d'entretien\u202f; les deux mentions ont été fusionnées.`,
  'no-interview-time': ({ date, time, zone }) => `L'entretien du ${day(date)} n'a pas d'heure\u202f: il est placé à ${time} (${zone}), au début des heures de bureau. Indiquez l'heure pour un calendrier précis.`,
  'fixed-offset-zone': ({ zone, offset, instead, seasonal }) => (seasonal
    ? `${zone} reste à ${offset} toute l'année, sans heure d'été\u202f; pour désigner le lieu, utilisez ${instead}.`
    : `${zone} reste à ${offset} toute l'année, tout comme ${instead}\u202f; préférez ${instead}, qui désigne le lieu.`),
  'employer-overdue': ({ company, days: n, date }) => `${company} n'a toujours pas rendu sa décision ${count(n, 'jour')} après votre entretien du ${day(date)}\u202f: demandez une réponse, ou consacrez votre temps à d'autres pistes.`,
  'offer-deadline-passed': ({ company, deadline }) => `L'offre ${de(company)} est arrivée après sa date limite du ${day(deadline)}\u202f: répondez sans attendre.`,
  'skipped-application': ({ id, index, count: problems, problem }) =>
    `La candidature ${id === undefined ? `n°\u00a0${index + 1}` : `«\u202f${id}\u202f»`} a été écartée\u202f: ${problem}${problems > 1 ? ` (et ${count(problems - 1, 'autre problème', 'autres problèmes')})` : ''}`,
};
