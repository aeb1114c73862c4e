import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftApplicationFollowUp, draftCheckIn, draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftThankYouEmail, draftThankYouLetter,
  draftWithdrawal, reviewDraft, type DraftDetails, type DraftInterview, type DraftToReview, type Interviewer, type ReviewedKind,
} from '../../src/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { deepFreeze } from '../helpers/interviews.js';

const locale = { locale: fr } as const;
const interview: DraftInterview = deepFreeze({
  company: 'Acme', position: 'Ingénieur logiciel', decisionDate: '2026-12-01',
  interviewers: [{ name: 'Ana Ruiz', salutation: 'Madame Ruiz' }, { name: 'Bo Chen', title: 'Directeur technique' }, { name: 'Cy Park' }],
});
const people = interview.interviewers ?? [];
const minimal: DraftDetails = deepFreeze({ senderName: 'Sam Lee' });
const full: DraftDetails = deepFreeze({
  senderName: 'Sam Lee',
  highlight: 'la présentation détaillée de la migration du système de facturation',
  interest: 'la possibilité de concevoir des outils sur lesquels les équipes comptent au quotidien',
  strength: 'huit années passées à faire tourner des systèmes de paiement.',
});
/** Who the messages after the thank-you go to: someone with a salutation, someone by name, or nobody named (the team; a check-in's first interviewer). */
const contacts: Readonly<Record<'salutation' | 'name' | 'unnamed', Interviewer | undefined>> = {
  salutation: { name: 'Rita Diaz', salutation: 'Madame Diaz' }, name: { name: 'Rita Diaz' }, unnamed: undefined,
};

/** Every French draft, by kind, for one set of details: each message once per kind of recipient. */
function allDrafts(details: DraftDetails) {
  const to = (who: Interviewer | undefined) => (who === undefined ? {} : { recipient: who });
  const each = <T>(write: (who: Interviewer | undefined) => T): Record<keyof typeof contacts, T> =>
    ({ salutation: write(contacts.salutation), name: write(contacts.name), unnamed: write(contacts.unnamed) });
  return {
    emails: people.map((person) => draftThankYouEmail(interview, person, details, locale)),
    letters: people.map((person) => draftThankYouLetter(interview, person, details, locale).body),
    checkIns: each((who) => [1, 2, 3].map((attempt) => draftCheckIn(interview, { ...details, ...to(who), attempt }, locale))),
    checkInWithoutDate: draftCheckIn({ company: 'Globex', position: 'Product Manager' }, { ...details, attempt: 1, recipient: 'Cy Park' }, locale),
    applicationFollowUps: each((who) => [1, 2].map((attempt) => draftApplicationFollowUp(interview, { ...details, ...to(who), attempt, appliedAt: '2026-11-02' }, locale))),
    applicationFollowUpsUndated: [1, 2].map((attempt) => draftApplicationFollowUp(interview, { ...details, attempt }, locale)),
    rejectionReplies: each((who) => draftRejectionReply(interview, { ...details, ...to(who) }, locale)),
    offerResponses: each((who) => ({
      askDeadline: draftOfferResponse(interview, { ...details, ...to(who) }, locale),
      askExtension: draftOfferResponse(interview, { ...details, ...to(who), reply: 'ask-extension', deadline: '2026-12-09', extraDays: 2 }, locale),
      askOneDayWithoutDeadline: draftOfferResponse(interview, { ...details, ...to(who), reply: 'ask-extension', extraDays: 1 }, locale),
      accept: draftOfferResponse(interview, { ...details, ...to(who), reply: 'accept', deadline: '2026-12-09' }, locale),
    })),
    expediteRequests: each((who) => draftExpediteRequest(interview, { ...details, ...to(who), offerDeadline: '2026-12-09' }, locale)),
    expediteWithoutDeadline: draftExpediteRequest(interview, details, locale),
    withdrawals: each((who) => draftWithdrawal(interview, { ...details, ...to(who) }, locale)),
  };
}

describe('French drafts (golden)', () => {
  it('match the reviewed texts exactly, for every kind, with full and minimal details, with and without a salutation', () => {
    // Without a sender (as `draftForStep` and the calendar allow), a draft ends on its closing line.
    const unsigned = { company: 'Acme', position: 'Ingénieur logiciel', greeting: 'Bonjour Madame Ruiz,' };
    const actual = {
      minimal: allDrafts(minimal), full: allDrafts(full),
      unsigned: { email: fr.drafts.thankYouEmails[0](unsigned).body, letter: fr.drafts.thankYouLetters[0](unsigned), checkIn: fr.drafts.checkIn({ ...unsigned, attempt: 3 }).body },
    };
    const path = join(import.meta.dirname, '../fixtures/drafts-fr.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('write the first thank-you exactly as reviewed', () => {
    expect(draftThankYouEmail(interview, people[0]!, minimal, locale)).toEqual({
      subject: 'Remerciements – entretien pour le poste d\'Ingénieur logiciel chez Acme',
      body: [
        'Bonjour Madame Ruiz,',
        '',
        'Je vous remercie du temps que vous m\'avez consacré pour échanger sur le poste d\'Ingénieur logiciel chez Acme. J\'ai apprécié de mieux comprendre le fonctionnement de l\'équipe et ses projets à venir. Notre échange a renforcé mon envie de rejoindre Acme. Je pense pouvoir contribuer rapidement à vos projets.',
        '',
        'N\'hésitez pas à me faire savoir si je peux vous transmettre d\'autres éléments.',
        '',
        'Cordialement,',
        'Sam Lee',
      ].join('\n'),
    });
  });
});

describe('French greetings and closings', () => {
  it.each([
    ['a salutation, as given, after "Bonjour"', { name: 'Ana Ruiz', salutation: 'Madame Ruiz', company: 'Acme' }, 'Bonjour Madame Ruiz,'],
    ['a salutation in another language, as given', { name: 'Bo Chen', salutation: 'Mr. Chen', company: 'Acme' }, 'Bonjour Mr. Chen,'],
    ['a name alone, without guessing a gender', { name: 'Ana Ruiz', company: 'Acme' }, 'Bonjour Ana Ruiz,'],
    ['nobody named', { company: 'Acme' }, 'Madame, Monsieur,'],
    ['the hiring team', { name: 'l\'équipe de recrutement d\'Acme', company: 'Acme' }, 'Madame, Monsieur,'],
  ])('greet %s', (_case, params, expected) => {
    expect(fr.drafts.greeting(params)).toBe(expected);
  });

  it.each([
    ['Madame Ruiz', 'Madame', 'À l\'attention de Madame Ruiz\n\nMadame,'],
    ['Cy Park', 'Madame, Monsieur', 'À l\'attention de Cy Park\n\nMadame, Monsieur,'],
  ])('open and close a letter to %s with the title alone, never the surname: %s', (person, address, opening) => {
    const recipient = people.find((one) => one.name === person || one.salutation === person)!;
    const letter = draftThankYouLetter(interview, recipient, minimal, locale).body;
    expect(letter.startsWith(`${opening}\n\n`)).toBe(true);
    expect(letter.endsWith(`\n\nJe vous prie d'agréer, ${address}, l'expression de mes salutations distinguées.\n\nSam Lee`)).toBe(true);
  });

  it.each([
    ['Mme Ruiz', 'À l\'attention de Mme Ruiz\n\nMadame,', 'Madame'],
    ['M. Chen', 'À l\'attention de M. Chen\n\nMonsieur,', 'Monsieur'],
    ['Mr. Chen', 'À l\'attention de Mr. Chen\n\nMonsieur,', 'Monsieur'],
    ['Frau Dr. Ruiz', 'À l\'attention de Frau Dr. Ruiz\n\nMadame,', 'Madame'],
    ['Maître Roy', 'À l\'attention de Maître Roy\n\nMaître,', 'Maître'],
    ['Madame la Directrice', 'Madame la Directrice,', 'Madame la Directrice'],
    ['Monsieur le Directeur', 'Monsieur le Directeur,', 'Monsieur le Directeur'],
  ])('address a letter to "%s" by its title, a title with a function as given', (salutation, opening, address) => {
    const letter = draftThankYouLetter(interview, { name: 'Dee Ng', salutation }, minimal, locale).body;
    expect(letter.startsWith(`${opening}\n\n`)).toBe(true);
    expect(letter).toContain(`Je vous prie d'agréer, ${address}, l'expression`);
  });

  it.each([
    ['Ana Ruiz', 'À l\'attention d\'Ana Ruiz'], ['Hélène Roy', 'À l\'attention d\'Hélène Roy'], ['Yves Roy', 'À l\'attention d\'Yves Roy'],
    ['Bo Chen', 'À l\'attention de Bo Chen'], ['Yan Li', 'À l\'attention de Yan Li'],
  ])('name %s above a letter with "de" elided before a vowel sound', (name, line) => {
    expect(draftThankYouLetter(interview, { name }, minimal, locale).body.split('\n')[0]).toBe(line);
  });

  it('close a letter to a team with "Madame, Monsieur"', () => {
    const letter = fr.drafts.thankYouLetters[0]({ company: 'Acme', position: 'Ingénieur', greeting: 'Madame, Monsieur,' });
    expect(letter.endsWith('Je vous prie d\'agréer, Madame, Monsieur, l\'expression de mes salutations distinguées.')).toBe(true);
  });

  it('close every email with "Cordialement,", then the name', () => {
    const emails = [
      draftCheckIn(interview, { ...minimal, attempt: 2 }, locale), draftRejectionReply(interview, minimal, locale), draftWithdrawal(interview, minimal, locale),
      draftApplicationFollowUp(interview, { ...minimal, attempt: 1 }, locale),
    ];
    for (const email of emails) expect(email.body.endsWith('\n\nCordialement,\nSam Lee')).toBe(true);
  });

  it.each([
    ['Architecte', 'd\'Architecte'], ['Ingénieur', 'd\'Ingénieur'], ['Œnologue', 'd\'Œnologue'], ['Hôtesse d\'accueil', 'd\'Hôtesse d\'accueil'],
    ['Huissier de justice', 'd\'Huissier de justice'], ['Hydrogéologue', 'd\'Hydrogéologue'], ['UX Designer', 'd\'UX Designer'],
    ['Chef de projet', 'de Chef de projet'], ['Head of Data', 'de Head of Data'], ['Hardware Engineer', 'de Hardware Engineer'], ['Yield Analyst', 'de Yield Analyst'],
  ])('elide "de" before a vowel or a silent h, never before a consonant or an aspirated h: %s', (position, written) => {
    expect(draftWithdrawal({ company: 'Acme', position }, minimal, locale).body).toContain(`pour le poste ${written} chez Acme.`);
  });
});

describe('the French review', () => {
  const email = draftThankYouEmail(interview, people[0]!, full, locale);
  const review = (draft: DraftToReview, others: readonly string[] = []) =>
    reviewDraft(draft, { interview, others }, locale).findings.map((finding) => [finding.code, finding.message]);
  const thanks = (body: string): DraftToReview => ({ kind: 'thank-you-email', subject: email.subject, body, recipient: people[0] });

  it('passes every golden draft without findings', () => {
    const drafts = allDrafts(full);
    const kinds: [ReviewedKind, { subject?: string; body: string }][] = [
      ...drafts.checkIns.salutation.map((one) => ['check-in', one] as [ReviewedKind, typeof one]),
      ...drafts.applicationFollowUps.unnamed.map((one) => ['application-follow-up', one] as [ReviewedKind, typeof one]),
      ['rejection-reply', drafts.rejectionReplies.name], ['offer-response', drafts.offerResponses.unnamed.askExtension],
      ['expedite-request', drafts.expediteRequests.salutation], ['withdrawal-note', drafts.withdrawals.unnamed],
    ];
    for (const [kind, draft] of kinds) expect(review({ kind, ...draft })).toEqual([]);
    expect(review(thanks(email.body), drafts.emails.slice(1).map((one) => one.body))).toEqual([]);
  });

  it('counts words, an elided article counting as one, and catches a draft that is too long', () => {
    expect(fr.review.units('l\'équipe d\'Acme, vous-même\u202f: 22\u202f%')).toEqual(['l', 'équipe', 'd', 'acme', 'vous', 'même', '22']);
    const long = `${email.body}\n\n${'Je reste à votre disposition pour tout complément. '.repeat(20)}`;
    expect(review(thanks(long))).toEqual([['too-long', `Le message compte ${fr.review.units(long).length}\u202fmots\u202f; restez sous les 240\u202fmots pour qu'il soit lu.`]]);
  });

  it('catches a copy of the note written for another interviewer, names aside', () => {
    const copy = email.body.replace('Madame Ruiz', 'Bo Chen');
    expect(review({ ...thanks(copy), recipient: people[1] }, [email.body])).toEqual([
      ['not-personalised', 'Ce texte reprend presque mot pour mot le message écrit pour une autre personne\u202f; ajoutez un détail propre à cet échange.'],
    ]);
  });

  it('catches template text left in', () => {
    expect(review(thanks(email.body.replace('Acme.', '[Entreprise].')))).toEqual([
      ['placeholder-left', '«\u202f[Entreprise]\u202f» ressemble à un reste de modèle\u202f; remplacez-le avant l\'envoi.'],
    ]);
  });

  it('catches a thank-you that never thanks, and accepts any French word of thanks', () => {
    const bare = 'Bonjour Madame Ruiz,\n\nNotre échange sur le poste d\'Ingénieur logiciel chez Acme m\'a beaucoup plu.\n\nCordialement,\nSam Lee';
    expect(review(thanks(bare))).toEqual([['no-thanks', 'Remerciez votre interlocuteur pour son temps\u202f: c\'est tout l\'objet de ce message.']]);
    for (const word of ['Merci', 'Je vous remercie', 'Avec mes remerciements', 'Je vous suis reconnaissante', 'Toute ma reconnaissance']) expect(review(thanks(`${bare} ${word}.`))).toEqual([]);
  });

  it('catches pressure, a check-in without interest and a reply to a rejection without a request for feedback', () => {
    const checkIn = draftCheckIn(interview, { ...minimal, attempt: 1 }, locale);
    expect(review({ kind: 'check-in', ...checkIn, body: `${checkIn.body} Merci de me répondre au plus vite.` }).map(([code]) => code)).toEqual(['pushy-tone']);
    expect(review({ kind: 'check-in', ...checkIn, body: checkIn.body.replace('Ce poste m\'intéresse toujours vivement.', '') })).toEqual([
      ['no-interest', 'Redites que le poste vous intéresse toujours\u202f: une relance est l\'occasion de le rappeler.'],
    ]);
    const rejection = draftRejectionReply(interview, minimal, locale);
    const withoutFeedback = rejection.body.replace(/Si cela vous est possible[^\n]*\n\n/, '');
    expect(review({ kind: 'rejection-reply', ...rejection, body: withoutFeedback })).toEqual([
      ['no-feedback-request', 'Demandez, une seule fois et avec tact, un retour sur ce qui aurait pu renforcer votre candidature.'],
    ]);
  });

  it.each([
    'Merci de me répondre dès que possible.', 'Je vous rappelle que j\'attends votre réponse.', 'J\'ai besoin d\'une réponse urgemment.',
    'Merci de me répondre dans les plus brefs délais.', 'Je dois répondre à une autre offre, dernier délai vendredi.',
  ])('reads pressure in a check-in that adds "%s"', (sentence) => {
    const checkIn = draftCheckIn(interview, { ...minimal, attempt: 1 }, locale);
    expect(review({ kind: 'check-in', ...checkIn, body: `${checkIn.body} ${sentence}` }).map(([code]) => code)).toEqual(['pushy-tone']);
  });

  it.each([
    'Je serais ravie d\'intégrer votre équipe.', 'Ce poste me motive toujours autant.', 'Je reste très enthousiaste à l\'idée de vous rejoindre.',
    'Je suis toujours attiré par ce poste.',
  ])('hears interest in a check-in that says "%s"', (sentence) => {
    const checkIn = draftCheckIn(interview, { ...minimal, attempt: 1 }, locale);
    expect(review({ kind: 'check-in', ...checkIn, body: checkIn.body.replace('Ce poste m\'intéresse toujours vivement.', sentence) })).toEqual([]);
  });

  it.each([
    'Auriez-vous quelques pistes d\'amélioration à me suggérer ?', 'Vos commentaires sur mon entretien me seraient précieux.',
    'Je serais heureuse de connaître les points d\'amélioration que vous avez relevés.', 'Vos suggestions m\'aideraient à progresser.',
  ])('hears a request for feedback in a reply to a rejection that says "%s"', (sentence) => {
    const rejection = draftRejectionReply(interview, minimal, locale);
    const body = rejection.body.replace(/Si cela vous est possible[^\n]*/, sentence);
    expect(review({ kind: 'rejection-reply', ...rejection, body })).toEqual([]);
  });
});
