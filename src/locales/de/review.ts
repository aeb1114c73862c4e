import { wordLimits } from '../en/review.js';
import type { ReviewTexts } from '../types.js';

// How German drafts are reviewed: counted in words (a compound counts as one word, so the limits
// are the English ones), compared three words at a time, and the words each check looks for.

/** The German review. */
export const review: ReviewTexts = {
  units: (text) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [],
  sequence: 3,
  limits: wordLimits,
  // Swiss writers thank with "merci" as often as with "danke".
  thanks: ['dank', 'danke', 'danken', 'dankbar', 'dankbarkeit', 'bedanke', 'bedanken', 'dankeschön', 'merci'],
  interest: [
    'interesse', 'interessiert', 'interessiere', 'interessant', 'reizt', 'reizen', 'reizvoll', 'begeistert', 'begeisterung', 'motiviert',
    'motivation', 'erste wahl', 'favorit', 'wunschstelle', 'wunschposition', 'wunscharbeitgeber', 'sehr gern', 'sehr gerne', 'angezogen',
    'anzieht', 'zieht mich', 'spricht mich',
  ],
  // Deadlines set for the employer and reproaches for waiting; not "zeitnah", which German
  // business mail uses as a plain "soon".
  pushy: [
    'dringend', 'umgehend', 'sofort', 'unverzüglich', 'schnellstmöglich', 'schnellstens', 'so schnell wie möglich', 'möglichst schnell', 'asap',
    'verlange', 'fordere', 'bestehe darauf', 'bis spätestens', 'erwarte ihre antwort', 'erwarte eine antwort', 'erwarte ihre rückmeldung',
    'erwarte eine rückmeldung', 'erwarte ihre entscheidung', 'erwarte eine entscheidung', 'warte immer noch', 'warte noch immer', 'letztmalig',
    'letzte erinnerung', 'mahnung', 'letzte chance', 'ultimatum',
  ],
  feedback: [
    'feedback', 'rückmeldung', 'rückmeldungen', 'einschätzung', 'hinweise', 'verbessern', 'verbesserungsvorschläge', 'besser machen', 'stärker',
    'überzeugender', 'anregungen', 'tipps', 'gründe', 'woran es gelegen',
  ],
  findings: {
    'too-long': ({ count, limit }) => `${count} Wörter: Kürzen Sie auf höchstens ${limit}, damit die Nachricht auch gelesen wird.`,
    'placeholder-left': ({ text }) => `„${text}“ sieht nach einem stehen gebliebenen Platzhalter aus; ersetzen Sie ihn vor dem Versand.`,
    'missing-recipient-name': ({ name }) => `Die Nachricht nennt ${name} nirgends; sprechen Sie die Person mit Namen an.`,
    'not-personalised': () => 'Diese Nachricht gleicht der an eine andere Person aus dem Gespräch; greifen Sie etwas auf, das Sie nur mit dieser Person besprochen haben.',
    'no-thanks': () => 'Bedanken Sie sich für die Zeit, die man sich für Sie genommen hat; darum geht es in dieser Nachricht.',
    'no-feedback-request': () => 'Bitten Sie einmal und zurückhaltend um eine Rückmeldung, was Ihre Bewerbung überzeugender gemacht hätte.',
    'company-not-named': ({ company }) => `Nennen Sie das Unternehmen (${company}), damit klar ist, um welche Bewerbung es geht.`,
    'role-not-named': ({ position }) => `Nennen Sie die Stelle (${position}).`,
    'no-interest': () => 'Sagen Sie, dass Sie weiterhin an der Stelle interessiert sind; jede Nachfrage ist eine Gelegenheit, das zu bekräftigen.',
    'pushy-tone': () => 'Verzichten Sie auf drängende Wörter und gehäufte Ausrufezeichen: beharrlich, aber nie aufdringlich.',
    'missing-subject': () => 'Geben Sie der E-Mail einen Betreff, der die Stelle nennt.',
    'subject-line-break': () => 'Ein Betreff darf keinen Zeilenumbruch enthalten.',
  },
};
