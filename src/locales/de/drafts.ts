import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts, ThankYouEmailWording, ThankYouLetterWording } from '../types.js';
import { greeting, hiringTeam, signed } from './letter.js';
import { outcomeDrafts } from './outcomeDrafts.js';

// What German drafts say: the thank-you notes, the check-ins and the follow-ups on an application.
// The candidate's own phrases are noun phrases used verbatim, so each stands where a nominative of
// either number fits without a verb agreeing with it: in apposition to a subject such as "eines"
// or "ein Punkt" ("…, nämlich die Chance, …", "…, und zwar …", "… – …"), or after a colon; a note
// uses each of these once, so its sentences do not all run the same way.

// Three wordings, so notes to different interviewers of one interview never read the same.
const EMAILS: readonly [ThankYouEmailWording, ...ThankYouEmailWording[]] = [
  (p) => ({
    subject: `Vielen Dank für das Gespräch: ${p.position} bei ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `vielen Dank, dass Sie sich die Zeit genommen haben, mit mir über die Stelle als ${p.position} bei ${p.company} zu sprechen.`,
        either(p.highlight, (text) => `Was mir besonders gefallen hat: ${text}.`, 'Besonders spannend fand ich, wie Ihr Team arbeitet und wohin es sich entwickeln möchte.'),
        either(p.interest, (text) => `An der Aufgabe reizt mich eines ganz besonders, und zwar ${text}.`, `Das Gespräch hat mein Interesse an ${p.company} noch verstärkt.`),
        either(p.strength, (text) => `Schon in den ersten Wochen möchte ich etwas beitragen, und dabei kommt mir eines zugute, nämlich ${text}.`, 'Ich bin überzeugt, dass ich schon in den ersten Wochen etwas beitragen kann.'),
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
        either(p.highlight, (text) => `Besonders in Erinnerung geblieben ist mir ein Punkt, nämlich ${text}.`, 'Ich habe ein klares Bild von der Aufgabe gewonnen und unseren Austausch sehr geschätzt.'),
        either(p.interest, (text) => `Für die Position spricht aus meiner Sicht vor allem eines, und zwar ${text}.`, 'Nach unserem Gespräch ist mein Interesse an der Position noch größer geworden.'),
        either(p.strength, (text) => `Was ich Ihrem Team bieten kann: ${text}.`, 'Ich bin sicher, dass ich mit meinem Hintergrund in Ihrem Team viel bewegen kann.'),
      ),
      'Ich freue mich auf Ihre Rückmeldung zu den nächsten Schritten.',
      signed(p.sender),
    ),
  }),
  (p) => ({
    subject: `Dank für Ihre Zeit – ${p.position} bei ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `ich möchte mich herzlich für die Zeit bedanken, die Sie sich für unser Gespräch über die offene Stelle als ${p.position} bei ${p.company} genommen haben.`,
        either(p.highlight, (text) => `Ein Thema unseres Gesprächs beschäftigt mich noch immer, nämlich ${text}.`, 'Die Herausforderungen, die Sie geschildert haben, beschäftigen mich noch immer.'),
        either(p.interest, (text) => `Was diese Stelle für mich so besonders macht: ${text}.`, 'Unter den Stellen, die ich in Betracht ziehe, sticht diese für mich heraus.'),
        either(p.strength, (text) => `Dazu passt, was ich mitbringe – ${text}.`, 'Meine Erfahrung passt aus meiner Sicht sehr gut zu dieser Aufgabe.'),
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
      either(p.highlight, (text) => `Im Rückblick war mir eines besonders wertvoll, nämlich ${text}.`, 'Im Rückblick habe ich vor allem geschätzt, wie offen Sie die Arbeit beschrieben haben.'),
      either(p.interest, (text) => `Das Gespräch hat bestätigt, was mich von Anfang an angezogen hat: ${text}.`, `Das Gespräch hat mich in meinem Wunsch bestärkt, für ${p.company} zu arbeiten.`),
      either(p.strength, (text) => `Gern würde ich Ihr Team unterstützen, und dabei käme mir meine größte Stärke zugute – ${text}.`, 'Gern würde ich meine Fähigkeiten in Ihr Team einbringen.'),
    ),
    signed(p.sender),
  ),
  (p) => paragraphs(
    p.greeting,
    sentences(
      `mit diesen Zeilen danke ich Ihnen für unser Treffen zur Position als ${p.position} bei ${p.company}.`,
      either(p.highlight, (text) => `Lange nachgewirkt hat bei mir vor allem ein Teil unseres Gesprächs, nämlich ${text}.`, 'Gern denke ich an unser Gespräch zurück.'),
      either(p.interest, (text) => `Mehr denn je möchte ich diese Aufgabe übernehmen; den Ausschlag gibt für mich vor allem eines – ${text}.`, 'Mehr denn je möchte ich diese Aufgabe übernehmen.'),
      either(p.strength, (text) => `Was ich für ${p.company} einsetzen möchte: ${text}.`, `Meine Erfahrung würde ich sehr gern für ${p.company} einsetzen.`),
    ),
    signed(p.sender),
  ),
  (p) => paragraphs(
    p.greeting,
    sentences(
      `diesmal auf Papier möchte ich Ihnen danken, dass Sie die Stelle als ${p.position} bei ${p.company} mit mir besprochen haben.`,
      either(p.highlight, (text) => `Von allem, worüber wir gesprochen haben, hat mir eines am meisten Freude gemacht, nämlich ${text}.`, 'Von allem, worüber wir gesprochen haben, fand ich Ihre Pläne am spannendsten.'),
      either(p.interest, (text) => `Besonders begeistert mich an der Aufgabe eines: ${text}.`, 'Die Aufgabe reizt mich nach wie vor sehr.'),
      either(p.strength, (text) => `Ich bin zuversichtlich, dass ich Ihr Team gut ergänzen würde; dafür spricht vor allem eines, und zwar ${text}.`, 'Ich bin zuversichtlich, dass ich Ihr Team gut ergänzen würde.'),
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
              ? `gern möchte ich mich nach dem Stand Ihrer Entscheidung über die Besetzung ${role} erkundigen.`
              : `Sie hatten in Aussicht gestellt, bis zum ${p.decisionDate} über die Besetzung ${role} zu entscheiden; gern möchte ich mich nach dem aktuellen Stand erkundigen.`,
            either(p.interest, (text) => `Mein Interesse an der Position ist unverändert groß, und eines reizt mich dabei besonders, nämlich ${text}.`, 'Mein Interesse an der Position ist unverändert groß.'),
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
            `ich komme noch einmal auf meine letzte Nachricht zur Besetzung ${role} zurück.`,
            'Mir ist bewusst, dass solche Entscheidungen Zeit brauchen, und ich wäre Ihnen für einen kurzen Zwischenstand dankbar.',
            either(p.interest, (text) => `Die Stelle ist nach wie vor meine erste Wahl; ausschlaggebend ist für mich vor allem eines: ${text}.`, 'Ich würde die Aufgabe nach wie vor sehr gern übernehmen.'),
          ),
          signed(p.sender),
        ),
      };
    }
    return {
      subject: `Weitere Nachfrage zur Stelle als ${p.position} bei ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `ich schreibe Ihnen ein weiteres Mal wegen ${role}.`,
          'Sollte die Position bereits besetzt sein, wäre ich für eine kurze Nachricht dankbar; ist sie noch offen, bleibt mein Interesse bestehen.',
          either(p.interest, (text) => `An der Aufgabe reizt mich weiterhin vor allem eines, und zwar ${text}.`, 'Ich würde mich nach wie vor freuen, Ihr Team zu verstärken.'),
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
            either(p.interest, (text) => `Die Stelle interessiert mich nach wie vor sehr, und eines reizt mich daran besonders, nämlich ${text}.`, 'Die Stelle interessiert mich nach wie vor sehr.'),
          ),
          'Könnten Sie mir sagen, wie es um meine Bewerbung steht oder wann Sie über Einladungen zu Vorstellungsgesprächen entscheiden?',
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
          either(p.interest, (text) => `Die Aufgabe reizt mich weiterhin sehr; besonders überzeugt mich daran eines: ${text}.`, 'Ich habe weiterhin großes Interesse an der Stelle.'),
        ),
        'Sollte die Stelle bereits vergeben sein, hilft mir eine kurze Antwort bei der weiteren Planung; andernfalls freue ich mich zu erfahren, wie es weitergeht.',
        signed(p.sender),
      ),
    };
  },
  ...outcomeDrafts,
};
