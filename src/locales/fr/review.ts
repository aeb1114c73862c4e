import type { ReviewTexts } from '../types.js';

// How French drafts are reviewed: counted in words, an elided article ("l'", "d'") and each part
// of a hyphenated word counting as one, compared three words at a time; the words each check
// looks for, in the forms the drafts and candidates use; the findings worded with "vous".

/**
 * Word limits per kind of message: French runs about a fifth longer than English for the same
 * content (elided articles counted as words included), so each English limit is raised by
 * about that much.
 */
export const wordLimits = {
  'thank-you-email': 240,
  'thank-you-letter': 300,
  'check-in': 190,
  'rejection-reply': 180,
  'offer-response': 180,
  'expedite-request': 180,
  'withdrawal-note': 145,
  'application-follow-up': 145,
} as const;

/** The French review. */
export const review: ReviewTexts = {
  units: (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
  sequence: 3,
  limits: wordLimits,
  thanks: [
    'merci', 'remercie', 'remercier', 'remerciant', 'remercions', 'remercié', 'remerciement', 'remerciements',
    'reconnaissant', 'reconnaissante', 'reconnaissance', 'gratitude',
  ],
  interest: [
    'intérêt', 'intéresse', 'intéresser', 'intéressé', 'intéressée', 'motivation', 'motive', 'motivé', 'motivée',
    'enthousiasme', 'enthousiaste', 'envie', 'souhaite', 'souhaiterais', 'souhait', 'premier choix', 'rejoindre', 'intégrer',
    'attire', 'attiré', 'attirée', 'tient à cœur', 'tient à coeur',
  ],
  pushy: [
    'urgent', 'urgente', 'urgence', 'urgemment', 'immédiatement', 'sans délai', 'au plus vite', 'au plus tôt', 'dès que possible',
    'dans les plus brefs délais', 'asap', 'exige', 'exiger', 'impérativement', 'sans faute', 'dernier délai', 'dernier rappel',
    'dernière relance', 'mise en demeure', 'je vous rappelle que',
  ],
  feedback: [
    'retour', 'retours', 'remarques', 'commentaires', 'suggestions', 'conseil', 'conseils', 'avis', 'améliorer', 'renforcer', 'progresser',
    'axes d\'amélioration', 'points d\'amélioration', 'pistes d\'amélioration',
  ],
  findings: {
    'too-long': ({ count, limit }) => `Le message compte ${count}\u202fmots\u202f; restez sous les ${limit}\u202fmots pour qu'il soit lu.`,
    'placeholder-left': ({ text }) => `«\u202f${text}\u202f» ressemble à un reste de modèle\u202f; remplacez-le avant l'envoi.`,
    'missing-recipient-name': ({ name }) => `Le message ne nomme jamais ${name}\u202f; adressez-vous à cette personne par son nom.`,
    'not-personalised': () => 'Ce texte reprend presque mot pour mot le message écrit pour une autre personne\u202f; ajoutez un détail propre à cet échange.',
    'no-thanks': () => 'Remerciez votre interlocuteur pour son temps\u202f: c\'est tout l\'objet de ce message.',
    'no-feedback-request': () => 'Demandez, une seule fois et avec tact, un retour sur ce qui aurait pu renforcer votre candidature.',
    'company-not-named': ({ company }) => `Nommez l'entreprise (${company}) pour que le message se rattache clairement à cette candidature.`,
    'role-not-named': ({ position }) => `Nommez le poste (${position}).`,
    'no-interest': () => 'Redites que le poste vous intéresse toujours\u202f: une relance est l\'occasion de le rappeler.',
    'pushy-tone': () => 'Supprimez les mots qui mettent la pression et les points d\'exclamation en trop\u202f: de la persévérance, jamais d\'insistance.',
    'missing-subject': () => 'Donnez à ce courriel un objet qui mentionne le poste.',
    'subject-line-break': () => 'L\'objet doit tenir sur une seule ligne.',
  },
};
