import { FollowUpError, guarded, issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { parseIsoDate } from '../time/civil.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { checkDraftInput, type CheckedDraftInput, type DraftDetails, type DraftInterview, type DraftRecipient } from './details.js';
import type { EmailDraft } from './drafts.js';
import { either, longDate, paragraphs, sentences, signature } from './wording.js';

/** Details of a message about an outcome: the usual details plus, optionally, to whom. */
export interface OutcomeDetails extends DraftDetails {
  /** Who to write to; the company's team when absent. */
  readonly recipient?: DraftRecipient;
}

/**
 * What an answer to an offer says:
 * - `ask-deadline`: thanks, and by when they need an answer;
 * - `ask-extension`: thanks, and a few more working days past the deadline;
 * - `accept`: a warm acceptance that asks for the next steps.
 */
export type OfferReply = 'ask-deadline' | 'ask-extension' | 'accept';

/** Details of an answer to an offer. */
export interface OfferResponseDetails extends OutcomeDetails {
  /** Which answer; `ask-deadline` without a `deadline`, `accept` with one, when absent. */
  readonly reply?: OfferReply;
  /** The offer's deadline (`YYYY-MM-DD`), when one was given. */
  readonly deadline?: string;
  /** For `ask-extension`: how many more working days to ask for (1 to 10, 3 by default). */
  readonly extraDays?: number;
}

/** Details of a note to another employer about an offer. */
export interface ExpediteDetails extends OutcomeDetails {
  /** The offer's deadline (`YYYY-MM-DD`), when one was given. */
  readonly offerDeadline?: string;
}

function greeting(input: CheckedDraftInput): string {
  return input.recipient === undefined ? `Dear ${input.company} team,` : `Dear ${input.recipient.name},`;
}

/** Reads the keys beyond the usual details; throws every problem at once. */
function extras(details: unknown, read: (raw: Readonly<Record<string, unknown>>, issues: ValidationIssue[]) => void): void {
  if (!isPlainObject(details)) return;
  const issues: ValidationIssue[] = [];
  read(details, issues);
  const [first, ...rest] = issues;
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
}

function dateDetail(raw: Readonly<Record<string, unknown>>, key: string, issues: ValidationIssue[]): string | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length === 10 && parseIsoDate(value) !== undefined) return value;
  issues.push(issue('invalid-date', `details.${key}`, `expected a real "YYYY-MM-DD" date, got ${describeType(value)}`));
  return undefined;
}

/** @internal The reply to a rejection, for checked input. */
export function rejectionReplyFor(input: CheckedDraftInput): EmailDraft {
  return {
    subject: `Thank you: ${input.position} at ${input.company}`,
    body: paragraphs(
      greeting(input),
      sentences(
        `Thank you for letting me know your decision about the ${input.position} role, and for the time you and your colleagues gave me.`,
        either(input.highlight, (text) => `I am sorry it did not work out, but I valued the process, especially ${text}.`, `I am sorry it did not work out, but I valued learning about ${input.company}.`),
      ),
      'If you are able to, I would welcome any feedback on what would have made my application stronger.',
      `I would be glad to hear about future openings at ${input.company}, and I hope our paths cross again.`,
      signature('Kind regards', input),
    ),
  };
}

/** @internal The answer to an offer, for checked input. */
export function offerResponseFor(input: CheckedDraftInput, reply: OfferReply, deadline: string | undefined, extraDays: number): EmailDraft {
  const thanks = `Thank you very much for the offer for the ${input.position} role at ${input.company}.`;
  if (reply === 'accept') {
    return {
      subject: `Accepting the ${input.position} offer`,
      body: paragraphs(
        greeting(input),
        sentences(thanks, `I am delighted to accept it, and I am looking forward to joining ${input.company}.`),
        'Please let me know the next steps and anything you need from me before my start date.',
        signature('With best wishes', input),
      ),
    };
  }
  if (reply === 'ask-extension') {
    const by = deadline === undefined ? 'the date you gave' : longDate(deadline);
    return {
      subject: `Your offer for the ${input.position} role`,
      body: paragraphs(
        greeting(input),
        sentences(thanks, 'I am very interested and want to give it the careful thought it deserves.'),
        `Would it be possible to have ${extraDays} more working days beyond ${by} before I give you my answer? I will reply by then at the latest.`,
        signature('Many thanks', input),
      ),
    };
  }
  return {
    subject: `Your offer for the ${input.position} role`,
    body: paragraphs(
      greeting(input),
      sentences(thanks, 'I am glad to have it and am reading through the details now.'),
      'Could you let me know by when you would like my answer?',
      signature('Best regards', input),
    ),
  };
}

/** @internal The note to another employer about an offer, for checked input. */
export function expediteRequestFor(input: CheckedDraftInput, offerDeadline: string | undefined): EmailDraft {
  const by = offerDeadline === undefined ? 'soon' : `by ${longDate(offerDeadline)}`;
  return {
    subject: `Timeline for the ${input.position} role at ${input.company}`,
    body: paragraphs(
      greeting(input),
      sentences(
        `I wanted to let you know that I have received another job offer, which I need to answer ${by}.`,
        either(input.interest, (text) => `The ${input.position} role at ${input.company} is still the one I am most keen on, because of ${text}.`, `The ${input.position} role at ${input.company} is still one I am very keen on.`),
      ),
      'Could you share where you are in your process and when you expect to decide? I understand if it cannot move faster.',
      signature('Thank you', input),
    ),
  };
}

/** @internal The withdrawal after accepting an offer elsewhere, for checked input. */
export function withdrawalNoteFor(input: CheckedDraftInput): EmailDraft {
  return {
    subject: `Withdrawing from the ${input.position} process`,
    body: paragraphs(
      greeting(input),
      sentences(
        `Thank you for considering me for the ${input.position} role at ${input.company}.`,
        'I have accepted another position, so I am withdrawing my application so that you can move ahead with other candidates.',
      ),
      `I appreciated the time your team spent with me and hope we cross paths again.`,
      signature('Kind regards', input),
    ),
  };
}

/**
 * Drafts a gracious reply to a rejection: thanks, a request for feedback, and an open door.
 *
 * @param interview - The interview or application (`company`, `position`).
 * @param details - `senderName`, optional `recipient` and `highlight`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text.
 *
 * @example
 * ```ts
 * import { draftRejectionReply } from 'interview-followup';
 *
 * draftRejectionReply({ company: 'Acme', position: 'Staff Engineer' }, { senderName: 'Sam Lee', recipient: 'Rita Diaz' }).subject;
 * //=> 'Thank you: Staff Engineer at Acme'
 * ```
 */
export function draftRejectionReply(interview: DraftInterview, details: OutcomeDetails): EmailDraft {
  return guarded('', () => rejectionReplyFor(checkDraftInput(interview, recipientOf(details), details, { extraKeys: ['recipient'] })));
}

/**
 * Drafts an answer to an offer: ask for the deadline, ask for a few more working days, or accept.
 *
 * @param interview - The interview or application (`company`, `position`).
 * @param details - `senderName`, `reply`, `deadline`, `extraDays`, optional `recipient`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text, an unknown reply or an impossible date.
 *
 * @example
 * ```ts
 * import { draftOfferResponse } from 'interview-followup';
 *
 * draftOfferResponse({ company: 'Acme', position: 'Staff Engineer' },
 *   { senderName: 'Sam Lee', reply: 'ask-extension', deadline: '2026-12-09', extraDays: 2 }).body.includes('2 more working days beyond 9 December 2026');
 * //=> true
 * ```
 */
export function draftOfferResponse(interview: DraftInterview, details: OfferResponseDetails): EmailDraft {
  return guarded('', () => {
    let deadline: string | undefined;
    let reply: OfferReply | undefined;
    let extraDays = 3;
    extras(details, (raw, issues) => {
      deadline = dateDetail(raw, 'deadline', issues);
      const value = raw['reply'];
      if (value === 'ask-deadline' || value === 'ask-extension' || value === 'accept') reply = value;
      else if (value !== undefined) issues.push(issue('invalid-choice', 'details.reply', `expected "ask-deadline", "ask-extension" or "accept", got ${describeType(value)}`));
      const days = raw['extraDays'];
      if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 10) extraDays = days;
      else if (days !== undefined) issues.push(issue('out-of-range', 'details.extraDays', `expected a whole number from 1 to 10, got ${describeType(days)}`));
    });
    const input = checkDraftInput(interview, recipientOf(details), details, { extraKeys: ['recipient', 'reply', 'deadline', 'extraDays'] });
    return offerResponseFor(input, reply ?? (deadline === undefined ? 'ask-deadline' : 'accept'), deadline, extraDays);
  });
}

/**
 * Drafts a note to another employer about an offer: its deadline, continued interest, and a
 * polite question about their timeline.
 *
 * @param interview - The other interview or application (`company`, `position`).
 * @param details - `senderName`, optional `offerDeadline`, `recipient` and `interest`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text or an impossible date.
 *
 * @example
 * ```ts
 * import { draftExpediteRequest } from 'interview-followup';
 *
 * draftExpediteRequest({ company: 'Globex', position: 'Engineer' }, { senderName: 'Sam Lee', offerDeadline: '2026-12-09' }).subject;
 * //=> 'Timeline for the Engineer role at Globex'
 * ```
 */
export function draftExpediteRequest(interview: DraftInterview, details: ExpediteDetails): EmailDraft {
  return guarded('', () => {
    let offerDeadline: string | undefined;
    extras(details, (raw, issues) => {
      offerDeadline = dateDetail(raw, 'offerDeadline', issues);
    });
    return expediteRequestFor(checkDraftInput(interview, recipientOf(details), details, { extraKeys: ['recipient', 'offerDeadline'] }), offerDeadline);
  });
}

/**
 * Drafts a courteous withdrawal after accepting an offer elsewhere.
 *
 * @param interview - The interview or application (`company`, `position`).
 * @param details - `senderName`, optional `recipient`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text.
 *
 * @example
 * ```ts
 * import { draftWithdrawal } from 'interview-followup';
 *
 * draftWithdrawal({ company: 'Globex', position: 'Engineer' }, { senderName: 'Sam Lee' }).subject;
 * //=> 'Withdrawing from the Engineer process'
 * ```
 */
export function draftWithdrawal(interview: DraftInterview, details: OutcomeDetails): EmailDraft {
  return guarded('', () => withdrawalNoteFor(checkDraftInput(interview, recipientOf(details), details, { extraKeys: ['recipient'] })));
}

function recipientOf(details: unknown): unknown {
  return isPlainObject(details) ? details['recipient'] : undefined;
}
