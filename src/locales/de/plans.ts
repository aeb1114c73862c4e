import type { DayUnit } from '../../policy/policy.js';
import type { AdjustmentReason } from '../../rules/codes.js';
import type { AdjustmentTexts, ExplanationTexts, Locale, WarningTexts } from '../types.js';
import { longDate } from './dates.js';

// What a German plan says: step titles (to-do items in the infinitive, as German task lists and
// calendars write them), explanations and warnings (addressed as "Sie"), adjustments.

/** "14 Tage", "1 Arbeitstag". */
const span = (count: number, unit: DayUnit): string =>
  `${count} ${unit === 'days' ? (count === 1 ? 'Tag' : 'Tage') : (count === 1 ? 'Arbeitstag' : 'Arbeitstage')}`;
const label = (round: string | undefined): string => (round === undefined ? '' : ` (${round})`);
const count = (attempt: number | undefined, attempts: number | undefined): string =>
  (attempt !== undefined && attempts !== undefined ? ` (${attempt} von ${attempts})` : '');
/** "eine Bewerbung läuft noch", "3 Bewerbungen laufen noch", "keine Bewerbung läuft mehr". */
const running = (active: number): string =>
  (active === 0 ? 'keine Bewerbung läuft mehr' : active === 1 ? 'eine Bewerbung läuft noch' : `${active} Bewerbungen laufen noch`);
/** The same as a clause of its own: "es läuft noch eine Bewerbung". */
const stillRunning = (active: number): string =>
  (active === 0 ? 'es läuft keine Bewerbung mehr' : active === 1 ? 'es läuft noch eine Bewerbung' : `es laufen noch ${active} Bewerbungen`);
const team = (company: string): string => `das Team von ${company}`;
// Ordinals up to twelve are written as words in running text ("die zweite Nachfrage").
const ORDINALS = ['erste', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'elfte', 'zwölfte'];
/** "erste", "zweite", …, "13.". */
const ordinal = (n: number): string => ORDINALS[n - 1] ?? `${n}.`;
/** "von 24 bis 48 Stunden", or "der ersten 24 Stunden" for a window that opens when the interview ends. */
const within = (fromHours: number, toHours: number): string => (fromHours === 0 ? `der ersten ${toHours} Stunden` : `von ${fromHours} bis ${toHours} Stunden`);
const message = (letter: boolean): string => (letter ? 'einen Dankesbrief per Post' : 'eine Dankes-E-Mail');
const addressee = (person: string | undefined, company: string): string => person ?? `${team(company)} (es ist niemand namentlich genannt)`;

/** Step titles: what to do, at a glance. */
export const titles: Locale['titles'] = {
  'before-leaving': ({ company, round }) => `Vor dem Ende des Gesprächs bei ${company}${label(round)} nach den nächsten Schritten fragen`,
  'thank-you-email': ({ company, person, round }) => (person === undefined
    ? `Dem Team von ${company} für das Gespräch${label(round)} danken`
    : `${person} für das Gespräch bei ${company}${label(round)} danken`),
  'thank-you-letter': ({ company, person, round }) => `Dankesbrief per Post an ${person ?? 'das Team'} schicken (${company}${round === undefined ? '' : `, ${round}`})`,
  'check-in': ({ company, position, attempt, attempts }) => `Bei ${company} nach der Entscheidung zur Stelle als ${position} fragen${count(attempt, attempts)}`,
  'keep-searching': ({ company, active, attempt, attempts }) => (active === undefined
    ? `Weiter bewerben, während ${company} entscheidet${count(attempt, attempts)}`
    : `Weiter bewerben: ${running(active)}${count(attempt, attempts)}`),
  'rejection-reply': ({ company }) => `Auf die Absage von ${company} antworten: danken und um Rückmeldung bitten`,
  'offer-response': ({ company, position }) => `Auf das Angebot von ${company} für die Stelle als ${position} antworten`,
  'expedite-request': ({ company }) => `${company} über Ihr anderes Angebot informieren und nach dem Zeitplan fragen`,
  'withdrawal-note': ({ company }) => `Bewerbung bei ${company} mit Dank zurückziehen`,
  'application-follow-up': ({ company, position, attempt, attempts }) => `Bei ${company} nach dem Stand Ihrer Bewerbung als ${position} fragen${count(attempt, attempts)}`,
};

/** Why each step is there. */
export const explanations: ExplanationTexts = {
  beforeLeaving: () => 'Fragen Sie vor dem Ende des Gesprächs nach den nächsten Schritten und dem Entscheidungstermin, klären Sie, ob Sie sich melden dürfen, und lassen Sie sich die Kontaktdaten aller Beteiligten geben.',
  thankYou: ({ letter, person, company, fromHours, toHours, moved }) =>
    `Schicken Sie ${message(letter)} an ${addressee(person, company)} im Zeitfenster ${within(fromHours, toHours)} nach Ende des Gesprächs, und zwar ${moved ? 'sobald darin die Arbeitszeit beginnt' : 'gleich zu Beginn dieses Zeitfensters'}.`,
  thankYouAfterWindow: ({ letter, person, company, fromHours, toHours }) =>
    `Das Zeitfenster ${within(fromHours, toHours)} nach Ende des Gesprächs liegt ganz außerhalb der Arbeitszeit; schicken Sie ${message(letter)} an ${addressee(person, company)} daher zu Beginn der nächsten Arbeitszeit. Ein später Dank ist besser als keiner.`,
  checkInAfterDate: ({ company, decisionDate, graceDays }) => (graceDays === 0
    ? `${company} wollte bis zum ${longDate(decisionDate)} entscheiden; liegt bis dahin keine Nachricht vor, fragen Sie zu Beginn des nächsten Arbeitstags nach.`
    : `${company} wollte bis zum ${longDate(decisionDate)} entscheiden; liegt ${span(graceDays, 'working-days')} danach noch keine Nachricht vor, fragen Sie zu Beginn des folgenden Arbeitstags nach.`),
  checkInFallback: ({ days, unit }) => `Ein Entscheidungstermin ist nicht bekannt; fragen Sie daher ${span(days, unit)} nach dem Gespräch nach.`,
  checkInRepeat: ({ previous, days, unit, sent }) => `Bleibt die ${ordinal(previous)} Nachfrage unbeantwortet, schreiben Sie ${span(days, unit)} ${sent ? 'nach ihrem Versand' : 'danach'} ein weiteres Mal.`,
  keepSearching: ({ company }) => `Bewerben Sie sich weiter, führen Sie Gespräche und pflegen Sie Ihr Netzwerk, während ${company} entscheidet.`,
  keepSearchingAll: ({ active }) => `Bewerben Sie sich weiter, führen Sie Gespräche und pflegen Sie Ihr Netzwerk; ${stillRunning(active)}.`,
  rejectionReply: ({ company, fromHours, toHours }) => `${company} hat abgesagt. Antworten Sie ${fromHours} bis ${toHours} Stunden später: Bedanken Sie sich, fragen Sie, was Ihre Bewerbung überzeugender gemacht hätte, und halten Sie sich die Tür offen.`,
  offerWithoutDeadline: ({ company }) => `${company} hat Ihnen ein Angebot ohne Frist gemacht: Bedanken Sie sich und fragen Sie, bis wann Ihre Antwort benötigt wird.`,
  offerByDeadline: ({ company, deadline, dueDay }) => `Beantworten Sie das Angebot von ${company} bis zum ${longDate(deadline)}${dueDay === undefined ? '' : ` (der letzte Arbeitstag davor ist der ${longDate(dueDay)})`}; brauchen Sie länger, bitten Sie jetzt um einige weitere Arbeitstage.`,
  expediteRequest: ({ company, holder, deadline }) => `${holder} hat Ihnen ein Angebot gemacht${deadline === undefined ? '' : `, das Sie bis zum ${longDate(deadline)} beantworten sollen`}: Informieren Sie ${company} und fragen Sie nach dem weiteren Zeitplan.`,
  withdrawalNote: ({ company, holder }) => `Sie haben das Angebot von ${holder} angenommen: Ziehen Sie Ihre Bewerbung bei ${company} zügig und mit Dank zurück, damit man dort weiterplanen kann.`,
  applicationFollowUp: ({ company, days, unit }) => `${company} hat sich ${span(days, unit)} nach Ihrer Bewerbung noch nicht gemeldet: Fragen Sie einmal kurz und höflich nach.`,
  applicationRepeat: ({ previous, days, unit, sent, last }) => `Bleibt die ${ordinal(previous)} Nachfrage zur Bewerbung unbeantwortet, schreiben Sie ${span(days, unit)} ${sent ? 'nach ihrem Versand' : 'danach'} noch einmal${last ? '; bleibt auch diese unbeantwortet, ist das Schweigen die Antwort' : ''}.`,
};

const REASONS: Readonly<Record<AdjustmentReason, string>> = {
  'outside-hours': 'außerhalb der Arbeitszeit',
  'non-working-day': 'kein Arbeitstag',
  holiday: 'ein Feiertag',
  'window-without-working-time': 'das Zeitfenster enthält keine Arbeitszeit',
  'rebased-on-actual': 'gerechnet ab dem tatsächlichen Versand der vorigen Nachfrage',
  'before-decision-date': 'der Entscheidungstermin war noch nicht verstrichen',
  'before-thanks': 'der Dank kommt vor der Nachfrage',
  rescheduled: 'von Ihnen neu terminiert',
};

/** Where a step was moved, and why. */
export const adjustments: AdjustmentTexts = {
  moved: ({ from, to, zone, reason }) => `Verschoben von ${from} auf ${to} (${zone}): ${REASONS[reason]}.`,
  windowClosed: ({ from, to, zone }) => `Das Zeitfenster endete am ${from} (${zone}) ohne Arbeitszeit; der Schritt ist daher bis zum Ende des nächsten Arbeitstags fällig: ${to}.`,
};

const checkIns = (count: number): string => `${count} ${count === 1 ? 'Nachfrage' : 'Nachfragen'}`;

/** What the candidate should know. */
export const warnings: WarningTexts = {
  'missing-email': ({ person }) => `Für ${person} fehlt die E-Mail-Adresse: Erfragen Sie sie bei Ihrer Ansprechperson im Unternehmen, bevor der Dank fällig ist.`,
  'no-decision-date': ({ days, unit }) => `Ein Entscheidungstermin ist nicht bekannt; die erste Nachfrage ist daher ${span(days, unit)} nach dem Gespräch geplant.`,
  'permission-not-asked': () => 'Es wurde nicht gefragt, ob Nachfragen erwünscht sind; die geplanten Nachfragen setzen das voraus.',
  'follow-up-declined': ({ company }) => `${company} hat gebeten, von Nachfragen abzusehen; es sind daher keine geplant, die Dankesschreiben aber schon.`,
  'no-interviewers': () => 'Es ist niemand aus dem Gespräch eingetragen, daher ist ein Dank an das Team des Unternehmens geplant; tragen Sie alle ein, mit denen Sie gesprochen haben, damit jede Person einen eigenen Dank erhält.',
  'thank-you-late': ({ company, person }) => `Der Dank an ${person ?? team(company)} ist überfällig; schicken Sie ihn trotzdem, denn ein später Dank ist besser als keiner.`,
  'reply-received': ({ company, date }) => `${company} hat am ${longDate(date)} geantwortet; noch ausstehende Nachfragen und Erinnerungen entfallen.`,
  'check-ins-complete': ({ count }) => `${count === 1 ? 'Die einzige Nachfrage ist' : count === 2 ? 'Beide Nachfragen sind' : `Alle ${count} Nachfragen sind`} ohne Antwort geblieben; schreiben Sie nicht weiter und stecken Sie die Zeit in andere Bewerbungen.`,
  'extra-check-in': ({ logged, allowed }) => `Erfasst sind ${checkIns(logged)}, der Plan sieht ${allowed} vor; weitere wirken schnell aufdringlich.`,
  'no-offer-deadline': ({ company }) => `Das Angebot von ${company} hat noch keine Frist: Fragen Sie, bis wann Ihre Antwort benötigt wird.`,
  'unknown-step': ({ step, round, reminder }) => (reminder === true
    ? `Eine Erinnerung „${step}“ gibt es im Plan nicht; der Eintrag wird ignoriert.`
    : `Einen Schritt „${step}“${round === undefined ? '' : ` in Runde ${round}`} gibt es im Plan nicht; der Eintrag wird ignoriert.`),
  'unmatched-activity': ({ date, to }) => `Eine am ${longDate(date)}${to === undefined ? '' : ` an ${to}`} gesendete Nachricht passt zu keinem damals offenen Schritt; sie wird ignoriert.`,
  'duplicate-interviewer': ({ person }) => `${person} ist in einer Runde doppelt eingetragen; die beiden Einträge wurden zusammengeführt.`,
  'no-interview-time': ({ date, time, zone }) => `Für das Gespräch am ${longDate(date)} fehlt die Uhrzeit; es ist daher zu Beginn der Arbeitszeit um ${time} Uhr (${zone}) geplant. Tragen Sie die Uhrzeit nach, damit die Zeiten genau stimmen.`,
  'fixed-offset-zone': ({ zone, offset, instead, seasonal }) => (seasonal
    ? `${zone} steht ganzjährig für ${offset}, ohne Sommerzeit; meinen Sie den Ort, verwenden Sie ${instead}.`
    : `${zone} steht ganzjährig für ${offset}, ebenso wie ${instead}; ${instead} benennt den Ort.`),
  'employer-overdue': ({ company, days, date }) => `${company} hat ${days} Tage nach Ihrem Gespräch am ${longDate(date)} noch nicht entschieden: Bitten Sie um eine Antwort oder investieren Sie Ihre Zeit anderweitig.`,
  'offer-deadline-passed': ({ company, deadline }) => `Das Angebot von ${company} kam erst nach Ablauf der Antwortfrist (${longDate(deadline)}): Antworten Sie so bald wie möglich.`,
  'skipped-application': ({ id, index, count, problem }) => `${id === undefined ? `Bewerbung ${index + 1}` : `„${id}“`} wurde ausgelassen: ${problem}${count > 1 ? ` (und ${count - 1} ${count === 2 ? 'weiteres Problem' : 'weitere Probleme'})` : ''}`,
};
