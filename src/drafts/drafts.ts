import { FollowUpError, guarded } from '../errors/FollowUpError.js';
import { isPlainObject } from '../validate/guards.js';
import type { EmailDraft } from '../locales/types.js';
import type { TextOptions } from '../steps/labels.js';
import { checkDraftInput, plainArg, type CheckedDraftInput, type DraftDetails, type DraftInterview, type DraftRecipient } from './details.js';
import { dateIn, draftParams, email } from './wording.js';

export type { EmailDraft };

/** A thank-you letter to post. */
export interface LetterDraft {
  /** The letter from greeting to signature. */
  readonly body: string;
  /** The envelope's first lines: the person, their title when known, the company. */
  readonly addressee: readonly string[];
}

/** The details of a thank-you: the usual details, and optionally the language to write in. */
export interface ThankYouDetails extends DraftDetails, TextOptions {}

/** Details of a check-in: the usual details plus which check-in this is and, optionally, to whom and in which language. */
export interface CheckInDetails extends DraftDetails, TextOptions {
  /** 1 for the first check-in, 2 for the next, and so on. */
  readonly attempt: number;
  /** Who to write to; the interview's first interviewer when absent, else the company's team. */
  readonly recipient?: DraftRecipient | null;
}

function recipientOf(input: CheckedDraftInput): NonNullable<CheckedDraftInput['recipient']> {
  if (input.recipient === undefined) {
    throw new FollowUpError([{ code: 'missing-field', path: 'interviewer', message: 'interviewer: a thank-you needs the person it is for' }]);
  }
  return input.recipient;
}

/**
 * Drafts a short, personal thank-you email to one interviewer (well under 200 words). Notes to
 * different interviewers of the same interview use different wording; `highlight`, `interest`
 * and `strength` appear verbatim when given, and the text reads naturally without them.
 *
 * @param interview - The interview (an `InterviewInput` or a plan's `interview`).
 * @param interviewer - The interviewer, or their name.
 * @param details - `senderName`, the optional personal phrases, and optionally `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text (line breaks in a name, over-long phrases) or a bad locale.
 *
 * @example
 * ```ts
 * import { draftThankYouEmail } from 'interview-followup';
 *
 * const draft = draftThankYouEmail({ company: 'Acme', position: 'Staff Engineer' }, 'Ana Ruiz', { senderName: 'Sam Lee' });
 * draft.subject;
 * //=> 'Thank you for the Staff Engineer interview at Acme'
 * ```
 */
export function draftThankYouEmail(interview: DraftInterview, interviewer: DraftRecipient, details: ThankYouDetails, options?: TextOptions): EmailDraft {
  return guarded('', () => emailFor(checkDraftInput(interview, interviewer, details, { options })));
}

/** The wording the n-th person gets: round robin over the language's list. */
function pick<T>(list: readonly [T, ...T[]], index: number): T {
  return list[index % list.length] ?? list[0];
}

/** @internal The thank-you email for checked input. */
export function emailFor(input: CheckedDraftInput): EmailDraft {
  const person = recipientOf(input);
  return email(pick(input.locale.drafts.thankYouEmails, person.index)(draftParams(input)));
}

/**
 * Drafts a thank-you letter to post after the email, worded differently from it.
 *
 * @param interview - The interview (an `InterviewInput` or a plan's `interview`).
 * @param interviewer - The interviewer, or their name.
 * @param details - `senderName`, the optional personal phrases, and optionally `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ body, addressee }`: the letter, and the envelope's first lines.
 * @throws {@link FollowUpError} for missing or hostile text or a bad locale.
 *
 * @example
 * ```ts
 * import { draftThankYouLetter } from 'interview-followup';
 *
 * const letter = draftThankYouLetter({ company: 'Acme', position: 'Staff Engineer' },
 *   { name: 'Ana Ruiz', title: 'VP Engineering' }, { senderName: 'Sam Lee' });
 * letter.addressee;
 * //=> ['Ana Ruiz', 'VP Engineering', 'Acme']
 * ```
 */
export function draftThankYouLetter(interview: DraftInterview, interviewer: DraftRecipient, details: ThankYouDetails, options?: TextOptions): LetterDraft {
  return guarded('', () => letterFor(checkDraftInput(interview, interviewer, details, { options })));
}

/** @internal The thank-you letter for checked input. */
export function letterFor(input: CheckedDraftInput): LetterDraft {
  const person = recipientOf(input);
  return {
    body: pick(input.locale.drafts.thankYouLetters, person.index)(draftParams(input)),
    addressee: [person.name, ...(person.title === undefined ? [] : [person.title]), input.company],
  };
}

/**
 * Drafts a brief, polite check-in (under 160 words) that asks where the decision stands and
 * restates interest. The second check-in is worded differently from the first, and later ones
 * differently again.
 *
 * @param interview - The interview; its decision date is mentioned when known.
 * @param details - `senderName`, `attempt` (1, 2, …), optional `recipient`, personal phrases and `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text, an attempt below 1, or a bad locale.
 *
 * @example
 * ```ts
 * import { draftCheckIn } from 'interview-followup';
 *
 * draftCheckIn({ company: 'Acme', position: 'Staff Engineer' }, { senderName: 'Sam Lee', attempt: 2, recipient: 'Ana Ruiz' }).subject;
 * //=> 'Following up again: Staff Engineer at Acme'
 * ```
 */
export function draftCheckIn(interview: DraftInterview, details: CheckInDetails, options?: TextOptions): EmailDraft {
  return guarded('', () => {
    const given = plainArg(details, 'details');
    const raw = given as unknown as Readonly<Record<string, unknown>> | undefined;
    const attempt = raw?.['attempt'];
    if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 1 || attempt > 100) {
      throw new FollowUpError([{ code: attempt === undefined ? 'missing-field' : 'out-of-range', path: 'details.attempt', message: 'details.attempt: expected a whole number from 1 (the first check-in) to 100' }]);
    }
    // The first interviewer as given, so their salutation greets them too.
    const first: unknown = (interview as { interviewers?: readonly unknown[] } | undefined)?.interviewers?.[0];
    const fallback = isPlainObject(first) && typeof first['name'] === 'string'
      ? { name: first['name'], ...(first['salutation'] === undefined ? {} : { salutation: first['salutation'] }) }
      : undefined;
    const input = checkDraftInput(interview, raw?.['recipient'] ?? fallback, given, { extraKeys: ['attempt', 'recipient'], options });
    return checkInFor(input, attempt);
  });
}

/** @internal The k-th check-in for checked input. */
export function checkInFor(input: CheckedDraftInput, attempt: number): EmailDraft {
  return email(input.locale.drafts.checkIn({
    ...draftParams(input), attempt,
    ...(input.decisionDate === undefined ? {} : { decisionDate: dateIn(input, input.decisionDate) }),
  }));
}
