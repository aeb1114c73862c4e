import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts, ThankYouEmailWording, ThankYouLetterWording } from '../types.js';
import { greeting, hiringTeam, signed } from './letter.js';
import { outcomeDrafts } from './outcomeDrafts.js';

// What German drafts say: the thank-you notes, the check-ins and the follow-ups on an application.
// The candidate's own phrases are noun phrases used verbatim; each stands after a colon, so it
// keeps its own case and number whatever the sentence ("Was mich an der Aufgabe reizt: die …").

// Three wordings, so notes to different interviewers of one interview never read the same.
const EMAILS: readonly [ThankYouEmailWording, ...ThankYouEmailWording[]] = [
  (p) => ({
    subject: `Vielen Dank für das Gespräch: ${p.position} bei ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `vielen Dank, dass Sie sich die Zeit genommen haben, mit mir über die Stelle als ${p.position} bei ${p.company} zu sprechen.`,
        either(p.highlight, (text) => `Was mir besonders gefallen hat: ${text}.`, 'Besonders spannend fand ich, wie Ihr Team arbeitet und wohin es sich entwickeln möchte.'),
        either(p.interest, (text) => `Was mich an der Aufgabe reizt: ${text}.`, `Das Gespräch hat mein Interesse an ${p.company} noch verstärkt.`),
        either(p.strength, (text) => `Was ich mitbringe, um schon in den ersten Wochen etwas beizutragen: ${text}.`, 'Ich bin überzeugt, dass ich schon in den ersten Wochen etwas beitragen kann.'),
      ),
      'Wenn ich Ihnen noch Unterlagen oder Informationen nachreichen kann, lassen Sie es mich gern wissen.',
      signed(p.sender),
    ),
  }),
  (p) => ({
    subject: `Danke für den Austausch zur Stelle als ${p.position} bei ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `herzlichen Dank für das angenehme Gespräch über die Position als ${p.position} bei ${p.company}.`,
        either(p.highlight, (text) => `In Erinnerung bleibt mir vor allem eines: ${text}.`, 'Ich habe ein klares Bild von der Aufgabe gewonnen und unseren Austausch sehr geschätzt.'),
        either(p.interest, (text) => `Was mich an der Position besonders anzieht: ${text}.`, 'Nach unserem Gespräch ist mein Interesse an der Position noch größer geworden.'),
        either(p.strength, (text) => `Was ich Ihrem Team bieten kann: ${text}.`, 'Ich bin sicher, dass ich mit meinem Hintergrund in Ihrem Team viel bewegen kann.'),
      ),
      'Ich freue mich darauf, von Ihnen zu den nächsten Schritten zu hören.',
      signed(p.sender),
    ),
  }),
  (p) => ({
    subject: `Dank für Ihre Zeit – ${p.position} bei ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `ich möchte mich herzlich für die Zeit bedanken, die Sie sich für unser Gespräch über die offene Stelle als ${p.position} bei ${p.company} genommen haben.`,
        either(p.highlight, (text) => `Noch immer beschäftigt mich ein Thema unseres Gesprächs: ${text}.`, 'Die Herausforderungen, die Sie geschildert haben, beschäftigen mich noch immer.'),
        either(p.interest, (text) => `Was diese Stelle für mich besonders macht: ${text}.`, 'Unter den Stellen, die ich in Betracht ziehe, sticht diese für mich heraus.'),
        either(p.strength, (text) => `Dazu passt, was ich mitbringe: ${text}.`, 'Meine Erfahrung passt aus meiner Sicht sehr gut zu dieser Aufgabe.'),
      ),
      'Nochmals vielen Dank – ich würde mich freuen, unser Gespräch bald fortzusetzen.',
      signed(p.sender),
    ),
  }),
];

// Letters have sentences of their own: a note on paper should not repeat the email.
const LETTERS: readonly [ThankYouLetterWording, ...ThankYouLetterWording[]] = [
  (p) => paragraphs(
    p.greeting,
    sentences(
      `ergänzend zu meiner E-Mail möchte ich mich auch auf diesem Weg für unser Gespräch über die Stelle als ${p.position} bei ${p.company} bedanken.`,
      either(p.highlight, (text) => `Im Rückblick hat mir eines besonders viel bedeutet: ${text}.`, 'Im Rückblick habe ich vor allem geschätzt, wie offen Sie die Arbeit beschrieben haben.'),
      either(p.interest, (text) => `Das Gespräch hat bestätigt, was mich von Anfang an angezogen hat: ${text}.`, `Das Gespräch hat meinen Wunsch bestätigt, Teil von ${p.company} zu werden.`),
      either(p.strength, (text) => `Gern würde ich Ihr Team mit dem unterstützen, was ich mitbringe: ${text}.`, 'Gern würde ich meine Fähigkeiten in Ihr Team einbringen.'),
    ),
    signed(p.sender),
  ),
  (p) => paragraphs(
    p.greeting,
    sentences(
      `mit diesen Zeilen danke ich Ihnen für unser Treffen zur Position als ${p.position} bei ${p.company}.`,
      either(p.highlight, (text) => `Ein Teil unseres Gesprächs klingt bei mir besonders nach: ${text}.`, 'Gern denke ich an unser Gespräch zurück.'),
      either(p.interest, (text) => `Mehr denn je möchte ich diese Aufgabe übernehmen, und den Ausschlag gibt für mich: ${text}.`, 'Mehr denn je möchte ich diese Aufgabe übernehmen.'),
      either(p.strength, (text) => `Was ich für ${p.company} einsetzen möchte: ${text}.`, `Meine Erfahrung würde ich sehr gern für ${p.company} einsetzen.`),
    ),
    signed(p.sender),
  ),
  (p) => paragraphs(
    p.greeting,
    sentences(
      `diesmal auf Papier möchte ich Ihnen danken, dass Sie die Stelle als ${p.position} bei ${p.company} mit mir besprochen haben.`,
      either(p.highlight, (text) => `Von allem, worüber wir gesprochen haben, hat mir dies am meisten Freude gemacht: ${text}.`, 'Von allem, worüber wir gesprochen haben, fand ich Ihre Pläne am spannendsten.'),
      either(p.interest, (text) => `Zu der Aufgabe zieht mich vor allem eines hin: ${text}.`, 'Die Aufgabe reizt mich nach wie vor sehr.'),
      either(p.strength, (text) => `Ich bin zuversichtlich, Ihr Team gut zu ergänzen; dafür spricht: ${text}.`, 'Ich bin zuversichtlich, dass ich Ihr Team gut ergänzen würde.'),
    ),
    signed(p.sender),
  ),
];

/** Every German draft. */
export const drafts: DraftTexts = {
  greeting,
  hiringTeam,
  thankYouEmails: EMAILS,
  thankYouLetters: LETTERS,
  checkIn: (p) => {
    const role = `der Stelle als ${p.position} bei ${p.company}`;
    if (p.attempt === 1) {
      return {
        subject: `Nachfrage zur Stelle als ${p.position} bei ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            p.decisionDate === undefined
              ? `ich hoffe, es geht Ihnen gut. Gern möchte ich mich nach dem Stand der Entscheidung über die Besetzung ${role} erkundigen.`
              : `ich hoffe, es geht Ihnen gut. Sie hatten eine Entscheidung über die Besetzung ${role} bis zum ${p.decisionDate} in Aussicht gestellt; daher möchte ich mich nach dem aktuellen Stand erkundigen.`,
            either(p.interest, (text) => `Mein Interesse an der Position ist unverändert groß, und ein Punkt reizt mich dabei besonders: ${text}.`, 'Mein Interesse an der Position ist unverändert groß.'),
          ),
          'Falls Sie für Ihre Entscheidung noch etwas von mir benötigen, reiche ich es gern nach.',
          signed(p.sender),
        ),
      };
    }
    if (p.attempt === 2) {
      return {
        subject: `Erneute Nachfrage: ${p.position} bei ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `ich melde mich noch einmal im Anschluss an meine letzte Nachricht zur Besetzung ${role}.`,
            'Mir ist bewusst, dass solche Entscheidungen Zeit brauchen, und ich wäre Ihnen für einen kurzen Zwischenstand dankbar.',
            either(p.interest, (text) => `Die Stelle ist nach wie vor meine erste Wahl, nicht zuletzt aus diesem Grund: ${text}.`, 'Ich würde die Aufgabe nach wie vor sehr gern übernehmen.'),
          ),
          signed(p.sender),
        ),
      };
    }
    return {
      subject: `Eine weitere Nachricht zur Stelle als ${p.position} bei ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `ich schreibe Ihnen ein weiteres Mal wegen ${role}.`,
          'Sollte die Position bereits besetzt sein, wäre ich für eine kurze Nachricht dankbar; ist sie noch offen, bleibt mein Interesse bestehen.',
          either(p.interest, (text) => `Am meisten reizt mich an der Aufgabe weiterhin: ${text}.`, 'Ich würde mich nach wie vor freuen, Ihr Team zu verstärken.'),
        ),
        signed(p.sender),
      ),
    };
  },
  applicationFollowUp: (p) => {
    if (p.attempt === 1) {
      return {
        subject: `Nachfrage zu meiner Bewerbung als ${p.position} bei ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `ich habe mich${p.appliedOn === undefined ? '' : ` am ${p.appliedOn}`} auf die Stelle als ${p.position} bei ${p.company} beworben und möchte mich vergewissern, dass meine Unterlagen bei Ihnen angekommen sind.`,
            either(p.interest, (text) => `Die Stelle interessiert mich nach wie vor sehr, vor allem aus einem Grund: ${text}.`, 'Die Stelle interessiert mich nach wie vor sehr.'),
          ),
          'Könnten Sie mir sagen, wie der Stand meiner Bewerbung ist oder wann Sie über Einladungen zu Gesprächen entscheiden?',
          signed(p.sender),
        ),
      };
    }
    return {
      subject: `Erneute Nachfrage zu meiner Bewerbung als ${p.position} bei ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `ich melde mich noch einmal zu meiner Bewerbung als ${p.position} bei ${p.company}${p.appliedOn === undefined ? '' : `, die ich Ihnen am ${p.appliedOn} geschickt habe`}.`,
          either(p.interest, (text) => `Die Aufgabe reizt mich weiterhin sehr, besonders aus diesem Grund: ${text}.`, 'Ich habe weiterhin großes Interesse an der Stelle.'),
        ),
        'Sollte die Stelle bereits vergeben sein, hilft mir eine kurze Antwort bei der weiteren Planung; andernfalls freue ich mich zu erfahren, wie es weitergeht.',
        signed(p.sender),
      ),
    };
  },
  ...outcomeDrafts,
};
