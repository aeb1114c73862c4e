import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts } from '../types.js';
import { signed } from './letter.js';

// What German drafts say about an outcome: a rejection, an offer, another employer's offer, a
// withdrawal.

// Numbers up to twelve are written as words in a letter's running text.
const WORDS = ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** "einen weiteren Arbeitstag", "drei weitere Arbeitstage", "15 weitere Arbeitstage". */
const moreDays = (count: number): string => (count === 1 ? 'einen weiteren Arbeitstag' : `${WORDS[count - 2] ?? count} weitere Arbeitstage`);

/** The German outcome messages. */
export const outcomeDrafts: Pick<DraftTexts, 'rejectionReply' | 'offerResponse' | 'expediteRequest' | 'withdrawalNote'> = {
  rejectionReply: (p) => ({
    subject: `Danke für Ihre Nachricht – ${p.position} bei ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `vielen Dank, dass Sie mich über Ihre Entscheidung zur Stelle als ${p.position} informiert haben, und für die Zeit, die Sie und Ihre Kolleginnen und Kollegen sich für mich genommen haben.`,
        either(p.highlight, (text) => `Auch wenn ich die Aufgabe gern übernommen hätte, habe ich das Auswahlverfahren sehr geschätzt; in guter Erinnerung bleibt mir vor allem eines, nämlich ${text}.`, `Auch wenn ich die Aufgabe gern übernommen hätte, habe ich mich gefreut, ${p.company} näher kennenzulernen.`),
      ),
      'Wenn es Ihnen möglich ist, wäre ich für eine kurze Rückmeldung dankbar, was meine Bewerbung überzeugender gemacht hätte.',
      `Gern würde ich bei künftigen Stellenausschreibungen von ${p.company} wieder berücksichtigt werden, und ich hoffe, dass sich unsere Wege erneut kreuzen.`,
      signed(p.sender),
    ),
  }),
  offerResponse: (p) => {
    const thanks = `vielen Dank für Ihr Angebot, die Stelle als ${p.position} bei ${p.company} zu übernehmen.`;
    if (p.reply === 'accept') {
      return {
        subject: `Zusage: ${p.position} bei ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, `Ich nehme es sehr gern an und freue mich darauf, bei ${p.company} anzufangen.`),
          'Bitte teilen Sie mir mit, wie es weitergeht und was Sie vor meinem ersten Arbeitstag noch von mir benötigen.',
          signed(p.sender),
        ),
      };
    }
    if (p.reply === 'ask-extension') {
      return {
        subject: `Ihr Angebot für die Stelle als ${p.position}`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, 'Ich bin sehr interessiert und möchte meine Entscheidung mit der Sorgfalt treffen, die sie verdient.'),
          `Wäre es möglich, mir über ${p.deadline === undefined ? 'die genannte Frist' : `den ${p.deadline}`} hinaus ${moreDays(p.extraDays)} Bedenkzeit einzuräumen? Spätestens dann erhalten Sie meine Antwort.`,
          signed(p.sender),
        ),
      };
    }
    return {
      subject: `Ihr Angebot für die Stelle als ${p.position}`,
      body: paragraphs(
        p.greeting,
        sentences(thanks, 'Ich freue mich sehr darüber und sehe mir die Einzelheiten gerade in Ruhe an.'),
        'Könnten Sie mir mitteilen, bis wann Sie meine Antwort benötigen?',
        signed(p.sender),
      ),
    };
  },
  expediteRequest: (p) => ({
    subject: `Frage zum Zeitplan: ${p.position} bei ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `ich möchte Sie darüber informieren, dass mir ein anderes Stellenangebot vorliegt, auf das ich ${p.deadline === undefined ? 'in Kürze' : `bis zum ${p.deadline}`} antworten muss.`,
        either(p.interest, (text) => `Mein Interesse gilt jedoch weiterhin vor allem der Stelle als ${p.position} bei ${p.company}, und eines überzeugt mich daran besonders, nämlich ${text}.`, `Die Stelle als ${p.position} bei ${p.company} interessiert mich jedoch nach wie vor sehr.`),
      ),
      'Könnten Sie mir sagen, wie weit Ihr Auswahlverfahren fortgeschritten ist und wann Sie mit einer Entscheidung rechnen? Ich habe Verständnis dafür, wenn sich der Ablauf nicht beschleunigen lässt.',
      signed(p.sender),
    ),
  }),
  withdrawalNote: (p) => ({
    subject: `Rücknahme meiner Bewerbung als ${p.position}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `vielen Dank, dass Sie mich für die Stelle als ${p.position} bei ${p.company} in Betracht gezogen haben.`,
        'Ich habe inzwischen eine andere Stelle angenommen und ziehe meine Bewerbung daher zurück, damit Sie das Verfahren mit anderen Kandidatinnen und Kandidaten fortsetzen können.',
      ),
      'Die Zeit, die sich Ihr Team für mich genommen hat, habe ich sehr geschätzt, und ich würde mich freuen, Ihnen wieder zu begegnen.',
      signed(p.sender),
    ),
  }),
};
