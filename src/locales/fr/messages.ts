import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts } from '../types.js';
import { count, de, emailClosing } from './words.js';

// What French drafts say after the thank-you: check-ins, follow-ups on an application, and the
// messages about an outcome. Emails close with "Cordialement,".

type Messages = Pick<DraftTexts, 'checkIn' | 'applicationFollowUp' | 'rejectionReply' | 'offerResponse' | 'expediteRequest' | 'withdrawalNote'>;

/** The French messages after the thank-you notes. */
export const messages: Messages = {
  checkIn: (p) => {
    const post = `poste ${de(p.position)} chez ${p.company}`;
    if (p.attempt === 1) {
      return {
        subject: `Suivi de ma candidature au poste ${de(p.position)} – ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            p.decisionDate === undefined
              ? `J'espère que vous allez bien. Je me permets de revenir vers vous pour savoir où en est le recrutement pour le ${post}.`
              : `J'espère que vous allez bien. Vous m'aviez indiqué qu'une décision serait prise d'ici le ${p.decisionDate}\u202f; je me permets donc de revenir vers vous pour savoir où en est le recrutement pour le ${post}.`,
            either(p.interest, (text) => `Ce poste m'intéresse toujours vivement, notamment pour ${text}.`, 'Ce poste m\'intéresse toujours vivement.'),
          ),
          'Si des éléments complémentaires peuvent vous être utiles, je vous les transmettrai volontiers. Je vous remercie de l\'attention portée à ma candidature.',
          emailClosing(p.sender),
        ),
      };
    }
    if (p.attempt === 2) {
      return {
        subject: `Point sur le recrutement – ${p.position} chez ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `Je reviens vers vous à la suite de mon précédent message concernant le ${post}.`,
            'Je comprends que ce type de décision demande du temps, et toute information, même brève, me serait précieuse.',
            either(p.interest, (text) => `Ce poste reste mon premier choix, en particulier pour ${text}.`, 'Je souhaite toujours vivement rejoindre votre équipe.'),
          ),
          emailClosing(p.sender),
        ),
      };
    }
    return {
      subject: `Poste ${de(p.position)} chez ${p.company}\u202f: nouvelle prise de contact`,
      body: paragraphs(
        p.greeting,
        sentences(
          `Je me permets de vous écrire une nouvelle fois au sujet du ${post}.`,
          'Si le poste a été pourvu, un bref message de votre part me serait très utile\u202f; s\'il est toujours à pourvoir, ma motivation est intacte.',
          either(p.interest, (text) => `Ce qui m'attire le plus reste ${text}.`, 'Rejoindre votre équipe reste une perspective qui me tient à cœur.'),
        ),
        emailClosing(p.sender),
      ),
    };
  },
  applicationFollowUp: (p) => {
    const post = `au poste ${de(p.position)} chez ${p.company}`;
    if (p.attempt === 1) {
      return {
        subject: `Candidature au poste ${de(p.position)} – ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `J'ai postulé ${post}${p.appliedOn === undefined ? '' : ` le ${p.appliedOn}`} et je souhaitais m'assurer que ma candidature vous était bien parvenue.`,
            either(p.interest, (text) => `Ce poste m'intéresse toujours vivement, avant tout pour ${text}.`, 'Ce poste m\'intéresse toujours vivement.'),
          ),
          'Pourriez-vous m\'indiquer où en est l\'examen de ma candidature, ou à quelle date vous prévoyez d\'organiser les entretiens\u202f?',
          emailClosing(p.sender),
        ),
      };
    }
    return {
      subject: `Nouveau point sur ma candidature – ${p.position} chez ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `Je me permets de revenir vers vous au sujet de ma candidature ${post}${p.appliedOn === undefined ? '' : `, envoyée le ${p.appliedOn}`}.`,
          either(p.interest, (text) => `Ce poste m'intéresse toujours beaucoup, en particulier pour ${text}.`, 'Ce poste m\'intéresse toujours.'),
        ),
        'Si le poste a déjà été pourvu, une courte réponse m\'aiderait à m\'organiser\u202f; dans le cas contraire, je reste à votre disposition pour la suite. Je vous remercie de votre attention.',
        emailClosing(p.sender),
      ),
    };
  },
  rejectionReply: (p) => ({
    subject: `Merci pour votre réponse – ${p.position} chez ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Je vous remercie pour votre réponse concernant le poste ${de(p.position)}, ainsi que pour le temps que vos collègues et vous-même m'avez consacré.`,
        either(p.highlight, (text) => `Je regrette que ma candidature n'ait pas été retenue, mais j'ai beaucoup apprécié nos échanges, en particulier ${text}.`, `Je regrette que ma candidature n'ait pas été retenue, mais j'ai beaucoup apprécié de découvrir ${p.company}.`),
      ),
      'Si cela vous est possible, vos remarques sur les points à renforcer dans ma candidature me seraient très utiles.',
      `N'hésitez pas à penser à moi si un autre poste est à pourvoir chez ${p.company}\u202f; j'espère que nos chemins se croiseront à nouveau.`,
      emailClosing(p.sender),
    ),
  }),
  offerResponse: (p) => {
    const thanks = `Je vous remercie sincèrement pour votre proposition concernant le poste ${de(p.position)} chez ${p.company}.`;
    if (p.reply === 'accept') {
      return {
        subject: `Acceptation de votre offre – ${p.position}`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, `C'est avec un grand plaisir que je l'accepte, et je me réjouis de rejoindre ${p.company}.`),
          'Pourriez-vous m\'indiquer les prochaines étapes ainsi que les éléments dont vous auriez besoin avant ma prise de poste\u202f?',
          emailClosing(p.sender),
        ),
      };
    }
    if (p.reply === 'ask-extension') {
      return {
        subject: `Votre offre pour le poste ${de(p.position)}`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, 'Cette offre m\'intéresse vivement et je souhaite lui accorder toute la réflexion qu\'elle mérite.'),
          `Serait-il possible de disposer ${p.extraDays === 1 ? 'd\'un jour ouvré supplémentaire' : `de ${count(p.extraDays, 'jour ouvré', 'jours ouvrés')} supplémentaires`} au-delà ${p.deadline === undefined ? 'de la date que vous m\'avez indiquée' : `du ${p.deadline}`} avant de vous donner ma réponse\u202f? Je m'engage à vous répondre au plus tard à cette nouvelle échéance.`,
          emailClosing(p.sender),
        ),
      };
    }
    return {
      subject: `Votre offre pour le poste ${de(p.position)}`,
      body: paragraphs(
        p.greeting,
        sentences(thanks, 'Elle me fait très plaisir et j\'en étudie actuellement les détails.'),
        'Pourriez-vous me préciser la date à laquelle vous souhaitez recevoir ma réponse\u202f?',
        emailClosing(p.sender),
      ),
    };
  },
  expediteRequest: (p) => ({
    subject: `Calendrier de recrutement – ${p.position} chez ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Je souhaitais vous informer que j'ai reçu une autre proposition d'embauche, à laquelle je dois répondre ${p.deadline === undefined ? 'prochainement' : `d'ici le ${p.deadline}`}.`,
        either(p.interest, (text) => `Le poste ${de(p.position)} chez ${p.company} reste celui qui m'intéresse le plus, notamment pour ${text}.`, `Le poste ${de(p.position)} chez ${p.company} m'intéresse toujours vivement.`),
      ),
      'Pourriez-vous me dire où en est votre recrutement et quand vous pensez prendre votre décision\u202f? Je comprendrai tout à fait si le calendrier ne peut pas être avancé.',
      emailClosing(p.sender),
    ),
  }),
  withdrawalNote: (p) => ({
    subject: `Retrait de ma candidature – ${p.position}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Je vous remercie de l'intérêt que vous avez porté à ma candidature pour le poste ${de(p.position)} chez ${p.company}.`,
        'Ayant accepté une autre offre, je retire ma candidature afin que vous puissiez poursuivre votre recrutement avec d\'autres candidats.',
      ),
      'J\'ai beaucoup apprécié nos échanges et j\'espère que nos chemins se recroiseront.',
      emailClosing(p.sender),
    ),
  }),
};
