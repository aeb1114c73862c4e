import { FollowUpError, guarded } from '../errors/FollowUpError.js';
import type { EmailDraft } from '../locales/types.js';
import type { TextOptions } from '../steps/labels.js';
import type { CheckedDraftInput, DraftInterview } from './details.js';
import { checkDraftInput, plainArg } from './details.js';
import { dateDetail, extras, recipientOf, type OutcomeDetails } from './outcomeDrafts.js';
import { dateIn, draftParams, email } from './wording.js';

/** Details of a follow-up on an application: the usual details, which follow-up this is, and when the candidate applied. */
export interface FollowUpDetails extends OutcomeDetails {
  /** 1 for the first follow-up, 2 for the next. */
  readonly attempt: number;
  /** The day the candidate applied (`YYYY-MM-DD`), mentioned when given. */
  readonly appliedAt?: string | null;
}

/**
 * Drafts a short follow-up on an application that has had no answer: the role, when you applied,
 * that you are still interested, and a question about their timeline. The second is worded
 * differently from the first.
 *
 * @param application - The application (`company`, `position`).
 * @param details - `senderName`, `attempt` (1, 2), optional `appliedAt`, `recipient`, `interest` and `locale`.
 * @param options - `locale`: the language (English by default); it wins over `details.locale`.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text, an attempt below 1, an impossible date or a bad locale.
 *
 * @example
 * ```ts
 * import { draftApplicationFollowUp } from 'interview-followup';
 *
 * draftApplicationFollowUp({ company: 'Acme', position: 'Staff Engineer' }, { senderName: 'Sam Lee', attempt: 1, appliedAt: '2026-11-02' }).subject;
 * //=> 'Following up on my application: Staff Engineer at Acme'
 * ```
 */
export function draftApplicationFollowUp(application: DraftInterview, details: FollowUpDetails, options?: TextOptions): EmailDraft {
  return guarded('', () => {
    const given = plainArg(details, 'details');
    const raw = given as unknown as Readonly<Record<string, unknown>> | undefined;
    const attempt = raw?.['attempt'];
    if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 1 || attempt > 100) {
      throw new FollowUpError([{ code: attempt === undefined ? 'missing-field' : 'out-of-range', path: 'details.attempt', message: 'details.attempt: expected a whole number from 1 (the first follow-up) to 100' }]);
    }
    let appliedAt: string | undefined;
    extras(given, (fields, issues) => {
      appliedAt = dateDetail(fields, 'appliedAt', issues);
    });
    const input = checkDraftInput(application, recipientOf(given), given, { extraKeys: ['attempt', 'recipient', 'appliedAt'], options });
    return followUpFor(input, attempt, appliedAt);
  });
}

/** @internal The k-th follow-up on an application, for checked input. */
export function followUpFor(input: CheckedDraftInput, attempt: number, appliedAt: string | undefined): EmailDraft {
  return email(input.locale.drafts.applicationFollowUp({ ...draftParams(input), attempt, ...(appliedAt === undefined ? {} : { appliedOn: dateIn(input, appliedAt) }) }));
}
