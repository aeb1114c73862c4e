import { FollowUpError, guarded, issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { parseIsoDate } from '../time/civil.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import type { EmailDraft, OfferReply } from '../locales/types.js';
import type { TextOptions } from '../steps/labels.js';
import { checkDraftInput, plainArg, type CheckedDraftInput, type DraftDetails, type DraftInterview, type DraftRecipient } from './details.js';
import { dateIn, draftParams, email } from './wording.js';

export type { OfferReply };

/** Details of a message about an outcome: the usual details plus, optionally, to whom and in which language. */
export interface OutcomeDetails extends DraftDetails, TextOptions {
  /** Who to write to; the company's team when absent. */
  readonly recipient?: DraftRecipient | null;
}

/** Details of an answer to an offer. */
export interface OfferResponseDetails extends OutcomeDetails {
  /** Which answer; `ask-deadline` without a `deadline`, `accept` with one, when absent. */
  readonly reply?: OfferReply | null;
  /** The offer's deadline (`YYYY-MM-DD`), when one was given. */
  readonly deadline?: string | null;
  /** For `ask-extension`: how many more working days to ask for (1 to 10, 3 by default). */
  readonly extraDays?: number | null;
}

/** Details of a note to another employer about an offer. */
export interface ExpediteDetails extends OutcomeDetails {
  /** The offer's deadline (`YYYY-MM-DD`), when one was given. */
  readonly offerDeadline?: string | null;
}

/** Reads the keys beyond the usual details; throws every problem at once. @internal */
export function extras(details: unknown, read: (raw: Readonly<Record<string, unknown>>, issues: ValidationIssue[]) => void): void {
  if (!isPlainObject(details)) return;
  const issues: ValidationIssue[] = [];
  read(details, issues);
  const [first, ...rest] = issues;
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
}

/** A `YYYY-MM-DD` detail, checked. @internal */
export function dateDetail(raw: Readonly<Record<string, unknown>>, key: string, issues: ValidationIssue[]): string | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length === 10 && parseIsoDate(value) !== undefined) return value;
  issues.push(issue('invalid-date', `details.${key}`, `expected a real "YYYY-MM-DD" date, got ${describeType(value)}`));
  return undefined;
}

/** @internal The reply to a rejection, for checked input. */
export function rejectionReplyFor(input: CheckedDraftInput): EmailDraft {
  return email(input.locale.drafts.rejectionReply(draftParams(input)));
}

/** @internal The answer to an offer, for checked input. */
export function offerResponseFor(input: CheckedDraftInput, reply: OfferReply, deadline: string | undefined, extraDays: number): EmailDraft {
  return email(input.locale.drafts.offerResponse({
    ...draftParams(input), reply, extraDays, ...(deadline === undefined ? {} : { deadline: dateIn(input, deadline) }),
  }));
}

/** @internal The note to another employer about an offer, for checked input. */
export function expediteRequestFor(input: CheckedDraftInput, offerDeadline: string | undefined): EmailDraft {
  return email(input.locale.drafts.expediteRequest({ ...draftParams(input), ...(offerDeadline === undefined ? {} : { deadline: dateIn(input, offerDeadline) }) }));
}

/** @internal The withdrawal after accepting an offer elsewhere, for checked input. */
export function withdrawalNoteFor(input: CheckedDraftInput): EmailDraft {
  return email(input.locale.drafts.withdrawalNote(draftParams(input)));
}

/**
 * Drafts a gracious reply to a rejection: thanks, a request for feedback, and an open door.
 *
 * @param interview - The interview or application (`company`, `position`).
 * @param details - `senderName`, optional `recipient`, `highlight` and `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text or a bad locale.
 *
 * @example
 * ```ts
 * import { draftRejectionReply } from 'interview-followup';
 *
 * draftRejectionReply({ company: 'Acme', position: 'Staff Engineer' }, { senderName: 'Sam Lee', recipient: 'Rita Diaz' }).subject;
 * //=> 'Thank you: Staff Engineer at Acme'
 * ```
 */
export function draftRejectionReply(interview: DraftInterview, details: OutcomeDetails, options?: TextOptions): EmailDraft {
  return guarded('', () => {
    const given = plainArg(details, 'details');
    return rejectionReplyFor(checkDraftInput(interview, recipientOf(given), given, { extraKeys: ['recipient'], options }));
  });
}

/**
 * Drafts an answer to an offer: ask for the deadline, ask for a few more working days, or accept.
 *
 * @param interview - The interview or application (`company`, `position`).
 * @param details - `senderName`, `reply`, `deadline`, `extraDays`, optional `recipient` and `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text, an unknown reply, an impossible date or a bad locale.
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
export function draftOfferResponse(interview: DraftInterview, details: OfferResponseDetails, options?: TextOptions): EmailDraft {
  return guarded('', () => {
    const given = plainArg(details, 'details');
    let deadline: string | undefined;
    let reply: OfferReply | undefined;
    let extraDays = 3;
    extras(given, (raw, issues) => {
      deadline = dateDetail(raw, 'deadline', issues);
      const value = raw['reply'];
      if (value === 'ask-deadline' || value === 'ask-extension' || value === 'accept') reply = value;
      else if (value !== undefined) issues.push(issue('invalid-choice', 'details.reply', `expected "ask-deadline", "ask-extension" or "accept", got ${describeType(value)}`));
      const days = raw['extraDays'];
      if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 10) extraDays = days;
      else if (days !== undefined) issues.push(issue('out-of-range', 'details.extraDays', `expected a whole number from 1 to 10, got ${describeType(days)}`));
    });
    const input = checkDraftInput(interview, recipientOf(given), given, { extraKeys: ['recipient', 'reply', 'deadline', 'extraDays'], options });
    return offerResponseFor(input, reply ?? (deadline === undefined ? 'ask-deadline' : 'accept'), deadline, extraDays);
  });
}

/**
 * Drafts a note to another employer about an offer: its deadline, continued interest, and a
 * polite question about their timeline.
 *
 * @param interview - The other interview or application (`company`, `position`).
 * @param details - `senderName`, optional `offerDeadline`, `recipient`, `interest` and `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text, an impossible date or a bad locale.
 *
 * @example
 * ```ts
 * import { draftExpediteRequest } from 'interview-followup';
 *
 * draftExpediteRequest({ company: 'Globex', position: 'Engineer' }, { senderName: 'Sam Lee', offerDeadline: '2026-12-09' }).subject;
 * //=> 'Timeline for the Engineer role at Globex'
 * ```
 */
export function draftExpediteRequest(interview: DraftInterview, details: ExpediteDetails, options?: TextOptions): EmailDraft {
  return guarded('', () => {
    const given = plainArg(details, 'details');
    let offerDeadline: string | undefined;
    extras(given, (raw, issues) => {
      offerDeadline = dateDetail(raw, 'offerDeadline', issues);
    });
    return expediteRequestFor(checkDraftInput(interview, recipientOf(given), given, { extraKeys: ['recipient', 'offerDeadline'], options }), offerDeadline);
  });
}

/**
 * Drafts a courteous withdrawal after accepting an offer elsewhere.
 *
 * @param interview - The interview or application (`company`, `position`).
 * @param details - `senderName`, optional `recipient` and `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text or a bad locale.
 *
 * @example
 * ```ts
 * import { draftWithdrawal } from 'interview-followup';
 *
 * draftWithdrawal({ company: 'Globex', position: 'Engineer' }, { senderName: 'Sam Lee' }).subject;
 * //=> 'Withdrawing from the Engineer process'
 * ```
 */
export function draftWithdrawal(interview: DraftInterview, details: OutcomeDetails, options?: TextOptions): EmailDraft {
  return guarded('', () => {
    const given = plainArg(details, 'details');
    return withdrawalNoteFor(checkDraftInput(interview, recipientOf(given), given, { extraKeys: ['recipient'], options }));
  });
}

/** The `recipient` a details object names. @internal */
export function recipientOf(details: unknown): unknown {
  return isPlainObject(details) ? details['recipient'] : undefined;
}
