import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts, ThankYouEmailWording, ThankYouLetterWording } from '../types.js';
import { messages } from './messages.js';
import { greeting, letterClosing, letterOpening } from './letter.js';
import { de, emailClosing, team } from './words.js';

// What French drafts say: the greeting and the thank-you notes. Every sentence is written so that
// nothing agrees with the candidate's gender ("je me réjouis", never "je suis ravi") and the
// candidate's phrases are used only where any noun phrase fits ("pour …", "avec …", "… :").

// Three wordings, so notes to different interviewers of one interview never read the same.
const EMAILS: readonly [ThankYouEmailWording, ...ThankYouEmailWording[]] = [
  (p) => ({
    subject: `Remerciements – entretien pour le poste ${de(p.position)} chez ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Je vous remercie du temps que vous m'avez consacré pour échanger sur le poste ${de(p.position)} chez ${p.company}.`,
        either(p.highlight, (text) => `J'ai particulièrement apprécié ${text}.`, 'J\'ai apprécié de mieux comprendre le fonctionnement de l\'équipe et ses projets à venir.'),
        either(p.interest, (text) => `Ce qui m'attire dans ce poste\u202f: ${text}.`, `Notre échange a renforcé mon envie de rejoindre ${p.company}.`),
        either(p.strength, (text) => `Avec ${text}, je pense pouvoir contribuer rapidement à vos projets.`, 'Je pense pouvoir contribuer rapidement à vos projets.'),
      ),
      'N\'hésitez pas à me faire savoir si je peux vous transmettre d\'autres éléments.',
      emailClosing(p.sender),
    ),
  }),
  (p) => ({
    subject: `Merci pour notre rencontre – ${p.position}, ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Merci encore pour notre rencontre au sujet du poste ${de(p.position)} chez ${p.company}.`,
        either(p.highlight, (text) => `J'en retiens en particulier ${text}.`, 'J\'en repars avec une idée précise des missions et j\'ai beaucoup apprécié la qualité de nos échanges.'),
        either(p.interest, (text) => `Ce qui me motive le plus dans ce poste, c'est ${text}.`, 'Cette rencontre a encore renforcé mon intérêt pour le poste.'),
        either(p.strength, (text) => `Avec ${text}, je suis en mesure d'apporter une réelle valeur ajoutée à l'équipe.`, 'Mon parcours me permettrait d\'apporter une réelle valeur ajoutée à l\'équipe.'),
      ),
      'Je reste à votre disposition pour la suite du processus.',
      emailClosing(p.sender),
    ),
  }),
  (p) => ({
    subject: `Merci pour votre accueil\u202f: ${p.position} chez ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Je tenais à vous remercier pour le temps que vous m'avez accordé afin de discuter du poste ${de(p.position)} chez ${p.company}.`,
        either(p.highlight, (text) => `Nos échanges me restent en mémoire, en particulier ${text}.`, 'Je repense encore aux enjeux que vous m\'avez présentés.'),
        either(p.interest, (text) => `Ce poste se distingue à mes yeux par ${text}.`, 'Ce poste se distingue nettement parmi ceux que j\'envisage.'),
        either(p.strength, (text) => `Je crois que mon profil, avec ${text}, correspond bien à vos attentes.`, 'Je crois que mon expérience correspond bien à vos attentes.'),
      ),
      'Encore merci, et au plaisir de poursuivre cet échange prochainement.',
      emailClosing(p.sender),
    ),
  }),
];

// Letters use their own wording, open with the address alone and close with the formula that
// repeats it, and never repeat the email.
const LETTERS: readonly [ThankYouLetterWording, ...ThankYouLetterWording[]] = [
  (p) => paragraphs(
    letterOpening(p.greeting),
    sentences(
      `En complément de mon courriel, je souhaitais vous adresser ces quelques lignes afin de vous remercier à nouveau de notre entretien pour le poste ${de(p.position)} chez ${p.company}.`,
      either(p.highlight, (text) => `Avec le recul, je retiens surtout ${text}.`, 'Avec le recul, je retiens surtout la franchise avec laquelle vous m\'avez présenté le poste.'),
      either(p.interest, (text) => `Cet entretien a confirmé mon intérêt pour ${text}.`, `Cet entretien a confirmé mon souhait de rejoindre ${p.company}.`),
      either(p.strength, (text) => `J'espère pouvoir mettre au service de votre équipe ${text}.`, 'J\'espère pouvoir mettre mes compétences au service de votre équipe.'),
    ),
    letterClosing(p.greeting, p.sender),
  ),
  (p) => paragraphs(
    letterOpening(p.greeting),
    sentences(
      `Je tiens à vous remercier de m'avoir accordé un entretien pour le poste ${de(p.position)} chez ${p.company}.`,
      either(p.highlight, (text) => `Notre échange m'a laissé un excellent souvenir, en particulier ${text}.`, 'Notre échange m\'a laissé un excellent souvenir.'),
      either(p.interest, (text) => `Plus que jamais, ce poste m'attire, notamment par ${text}.`, 'Plus que jamais, ce poste correspond à ce que je recherche.'),
      either(p.strength, (text) => `Ce serait un plaisir de mettre à profit, chez ${p.company}, ${text}.`, `Ce serait un plaisir de mettre mon expérience à profit chez ${p.company}.`),
    ),
    letterClosing(p.greeting, p.sender),
  ),
  (p) => paragraphs(
    letterOpening(p.greeting),
    sentences(
      `Je me permets de vous écrire, sur papier cette fois, pour vous remercier de notre échange au sujet du poste ${de(p.position)} chez ${p.company}.`,
      either(p.highlight, (text) => `Parmi les sujets abordés, j'ai surtout apprécié ${text}.`, 'Parmi les sujets abordés, j\'ai surtout apprécié la présentation de vos projets.'),
      either(p.interest, (text) => `Ce poste suscite toujours mon vif intérêt, notamment pour ${text}.`, 'Ce poste suscite toujours mon vif intérêt.'),
      either(p.strength, (text) => `J'ai la conviction que mon profil, avec ${text}, serait un atout pour votre équipe.`, 'J\'ai la conviction que mon profil serait un atout pour votre équipe.'),
    ),
    letterClosing(p.greeting, p.sender),
  ),
];

/** Every French draft. */
export const drafts: DraftTexts = {
  greeting,
  hiringTeam: ({ company }) => team(company),
  thankYouEmails: EMAILS,
  thankYouLetters: LETTERS,
  ...messages,
};
