import fc from 'fast-check';
import {
  draftApplicationFollowUp, draftCheckIn, draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftThankYouEmail, draftThankYouLetter,
  draftWithdrawal, type DraftDetails, type DraftToReview, type Interviewer, type Locale, type ReviewContext,
} from '../../src/index.js';

/** The interview a draft property generates: a company, a role, up to three people, perhaps a decision date. */
export interface ReviewedInterview {
  readonly company: string;
  readonly position: string;
  readonly decisionDate?: string;
  readonly interviewers: readonly Interviewer[];
}

/**
 * Every draft the library writes for `meeting`, each with the context its review needs: a
 * thank-you email and letter per interviewer (compared with the others' emails, and the letter
 * with its own email and the other letters), four check-ins, two follow-ups on the application
 * (with and without the day applied), the rejection reply, every offer answer (with and without a
 * deadline, one and ten extra days), the expedite request (with and without the offer's deadline)
 * and the withdrawal. `contact`, when given, receives every message but the thank-yous. Each
 * language's property test asks its own review to find nothing in any of them.
 */
export function everyDraftToReview(
  meeting: ReviewedInterview, own: DraftDetails, contact: Interviewer | undefined, locale: Locale, deadline = '2026-12-09',
): [DraftToReview, ReviewContext][] {
  const options = { locale };
  const reviewed: [DraftToReview, ReviewContext][] = [];
  const emails = meeting.interviewers.map((one) => draftThankYouEmail(meeting, one, own, options));
  const letters = meeting.interviewers.map((one) => draftThankYouLetter(meeting, one, own, options));
  meeting.interviewers.forEach((one, index) => {
    const email = emails[index]!;
    reviewed.push([{ kind: 'thank-you-email', ...email, recipient: one }, { interview: meeting, others: emails.filter((other) => other !== email).map((other) => other.body) }]);
    const others = [email.body, ...letters.filter((_, other) => other !== index).map((other) => other.body)];
    reviewed.push([{ kind: 'thank-you-letter', body: letters[index]!.body, recipient: one }, { interview: meeting, others }]);
  });
  const to = contact === undefined ? {} : { recipient: contact };
  const recipient = contact ?? meeting.interviewers[0];
  for (const attempt of [1, 2, 3, 4]) reviewed.push([{ kind: 'check-in', ...draftCheckIn(meeting, { ...own, attempt, ...to }, options), ...(recipient === undefined ? {} : { recipient }) }, { interview: meeting }]);
  const outcomes: DraftToReview[] = [
    ...[1, 2].flatMap((attempt) => [undefined, '2026-11-02'].map((appliedAt): DraftToReview => ({
      kind: 'application-follow-up', ...draftApplicationFollowUp(meeting, { ...own, ...to, attempt, ...(appliedAt === undefined ? {} : { appliedAt }) }, options),
    }))),
    { kind: 'rejection-reply', ...draftRejectionReply(meeting, { ...own, ...to }, options) },
    { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to }, options) },
    { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to, deadline }, options) },
    { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to, deadline, reply: 'ask-deadline' }, options) },
    { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to, deadline, reply: 'ask-extension', extraDays: 10 }, options) },
    { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to, reply: 'ask-extension', extraDays: 1 }, options) },
    { kind: 'offer-response', ...draftOfferResponse(meeting, { ...own, ...to, reply: 'accept' }, options) },
    { kind: 'expedite-request', ...draftExpediteRequest(meeting, { ...own, ...to, offerDeadline: deadline }, options) },
    { kind: 'expedite-request', ...draftExpediteRequest(meeting, { ...own, ...to }, options) },
    { kind: 'withdrawal-note', ...draftWithdrawal(meeting, { ...own, ...to }, options) },
  ];
  reviewed.push(...outcomes.map((draft): [DraftToReview, ReviewContext] => [{ ...draft, ...to }, { interview: meeting }]));
  return reviewed;
}

/** The parts of one language's random draft input: how its names, companies, roles, phrases and salutations look. */
export interface DraftInputParts {
  /** A person's full name. */
  readonly name: fc.Arbitrary<string>;
  readonly company: fc.Arbitrary<string>;
  readonly position: fc.Arbitrary<string>;
  /** A phrase of the candidate's own, as that language's drafts take it (a noun phrase). */
  readonly phrase: fc.Arbitrary<string>;
  readonly salutation: fc.Arbitrary<string>;
  /** A person's job title, when the language's property gives people one. */
  readonly title?: fc.Arbitrary<string>;
}

/**
 * Random people, details and interviews for a draft property: a person with or without a
 * salutation (and a title), the sender's name with every phrase or some, and an interview with up
 * to three distinct people (each language has three wordings, so a fourth would rightly read like
 * the first) and perhaps a decision date.
 */
export function draftInputs(parts: DraftInputParts): {
  readonly person: fc.Arbitrary<Interviewer>;
  readonly details: fc.Arbitrary<DraftDetails>;
  readonly interview: fc.Arbitrary<ReviewedInterview>;
} {
  const person = fc.record({
    name: parts.name,
    salutation: fc.option(parts.salutation, { nil: undefined }),
    title: parts.title === undefined ? fc.constant(undefined) : fc.option(parts.title, { nil: undefined }),
  }).map(({ name, salutation, title }): Interviewer => ({
    name, ...(salutation === undefined ? {} : { salutation }), ...(title === undefined ? {} : { title }),
  }));
  const details: fc.Arbitrary<DraftDetails> = fc.record({
    senderName: parts.name, highlight: parts.phrase, interest: parts.phrase, strength: parts.phrase,
  }, { requiredKeys: ['senderName'] });
  const interview = fc.record({
    company: parts.company,
    position: parts.position,
    decisionDate: fc.option(fc.constantFrom('2026-12-01', '2027-02-28', '2028-02-29'), { nil: undefined }),
    interviewers: fc.uniqueArray(person, { minLength: 1, maxLength: 3, selector: (one) => one.name.toLowerCase() }),
  }).map(({ decisionDate, ...rest }): ReviewedInterview => ({ ...rest, ...(decisionDate === undefined ? {} : { decisionDate }) }));
  return { person, details, interview };
}
