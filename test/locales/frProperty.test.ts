import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftApplicationFollowUp, draftCheckIn, draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftThankYouEmail, draftThankYouLetter,
  draftWithdrawal, reviewDraft, type DraftDetails, type DraftToReview, type Interviewer, type ReviewContext,
} from '../../src/index.js';
import { fr } from '../../src/locales/fr/index.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);
const locale = { locale: fr } as const;

// Words of the candidate's own that a review rightly objects to (any word of a French pressure
// phrase, template leftovers) are kept out: the property is about the library's wording.
const objected = new Set([...(fr.review.pushy ?? []).flatMap((phrase) => fr.review.units(phrase)), 'todo', 'tbd', 'xxx', 'undefined', 'null', 'nan']);
const word = fc.stringMatching(/^[a-zàâçéèêëîïôûùœ]{1,9}$/).filter((text) => !objected.has(text));
const capitalised = word.map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}`);
/** "Acme", "Écrins Conseil [EU]", "Ingénieur logiciel (Lyon) [CDI]": brackets of the name's own. */
const proper = fc.tuple(fc.array(capitalised, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' [Remote]', ' [CDI]', ' (Lyon)', ' [H/F] [Paris]', ' & Fils'))
  .map(([parts, suffix]) => `${parts.join(' ')}${suffix}`);
const phrase = fc.tuple(fc.constantFrom('la', 'le', 'les', 'l\'', 'mon', 'vos'), fc.array(word, { minLength: 1, maxLength: 12 }))
  .map(([article, words]) => `${article}${article.endsWith('\'') ? '' : ' '}${words.join(' ')}`);
const salutation = fc.option(fc.tuple(fc.constantFrom('Madame', 'Monsieur', 'Maître', 'Docteur', 'Frau Dr.', 'Mr.'), capitalised).map(([title, name]) => `${title} ${name}`), { nil: undefined });
const person = fc.record({ first: capitalised, last: capitalised, salutation, title: fc.option(proper, { nil: undefined }) })
  .map(({ first, last, salutation: said, title }): Interviewer => ({
    name: `${first} ${last}`, ...(said === undefined ? {} : { salutation: said }), ...(title === undefined ? {} : { title }),
  }));
const details: fc.Arbitrary<DraftDetails> = fc.record({
  senderName: fc.tuple(capitalised, capitalised).map(([first, last]) => `${first} ${last}`),
  highlight: phrase, interest: phrase, strength: phrase,
}, { requiredKeys: ['senderName'] });
const interview = fc.record({
  company: proper,
  position: proper,
  decisionDate: fc.option(fc.constantFrom('2026-12-01', '2027-02-28', '2028-02-29'), { nil: undefined }),
  // Up to three people: the locale has three wordings, so a fourth would rightly read like the first.
  interviewers: fc.uniqueArray(person, { minLength: 1, maxLength: 3, selector: (one) => one.name.toLowerCase() }),
}).map(({ decisionDate, ...rest }) => ({ ...rest, ...(decisionDate === undefined ? {} : { decisionDate }) }));

describe('every French draft', () => {
  it('passes the French review without findings, whatever the company, role, names, salutations and phrases', () => {
    fc.assert(fc.property(interview, details, fc.option(person, { nil: undefined }), (meeting, own, contact) => {
      const reviewed: [DraftToReview, ReviewContext][] = [];
      const emails = meeting.interviewers.map((one) => draftThankYouEmail(meeting, one, own, locale));
      meeting.interviewers.forEach((one, index) => {
        const email = emails[index]!;
        reviewed.push([{ kind: 'thank-you-email', ...email, recipient: one }, { interview: meeting, others: emails.filter((other) => other !== email).map((other) => other.body) }]);
        reviewed.push([{ kind: 'thank-you-letter', body: draftThankYouLetter(meeting, one, own, locale).body, recipient: one }, { interview: meeting, others: [email.body] }]);
      });
      const to = contact === undefined ? {} : { recipient: contact };
      const recipient = contact ?? meeting.interviewers[0];
      for (const attempt of [1, 2, 3]) reviewed.push([{ kind: 'check-in', ...draftCheckIn(meeting, { ...own, attempt, ...to }, locale), recipient }, { interview: meeting }]);
      const outcomes: DraftToReview[] = [
        ...[1, 2].map((attempt): DraftToReview => ({ kind: 'application-follow-up', ...draftApplicationFollowUp(meeting, { ...own, ...to, attempt, appliedAt: '2026-11-02' }, locale) })),
        { kind: 'rejection-reply', ...draftRejectionReply(meeting, { ...own, ...to }, locale) },
        { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to }, locale) },
        { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to, reply: 'ask-extension', deadline: '2026-12-09', extraDays: 10 }, locale) },
        { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to, reply: 'accept' }, locale) },
        { kind: 'expedite-request', ...draftExpediteRequest(meeting, { ...own, ...to, offerDeadline: '2027-01-31' }, locale) },
        { kind: 'withdrawal-note', ...draftWithdrawal(meeting, { ...own, ...to }, locale) },
      ];
      reviewed.push(...outcomes.map((draft): [DraftToReview, ReviewContext] => [{ ...draft, ...(contact === undefined ? {} : { recipient: contact }) }, { interview: meeting }]));
      for (const [draft, context] of reviewed) expect(reviewDraft(draft, context, locale), `${draft.kind}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }), { numRuns });
  });
});
