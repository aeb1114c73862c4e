// The vocabulary of a plan: what steps are, where they stand, what warnings and findings say.
// Codes never change with the language; every text a person reads is keyed by them.

/**
 * Why a step's time was moved: `outside-hours`, `non-working-day` and `holiday` (out of
 * non-working time), `window-without-working-time` (past a thank-you window that holds none),
 * `rebased-on-actual` (counted from a check-in's logged send), `before-decision-date` (kept after
 * the decision date), `before-thanks` (a check-in kept after the thank-you window opens) and
 * `rescheduled` (pinned or snoozed by the candidate).
 */
export type AdjustmentReason =
  | 'outside-hours'
  | 'non-working-day'
  | 'holiday'
  | 'window-without-working-time'
  | 'rebased-on-actual'
  | 'before-decision-date'
  | 'before-thanks'
  | 'rescheduled';

/**
 * What a step asks the candidate to do:
 * - `before-leaving`: the four asks before the interview ends;
 * - `thank-you-email`: a thank-you email to one interviewer;
 * - `thank-you-letter`: a posted thank-you note to one interviewer (policy `letters`);
 * - `check-in`: a check-in with the employer after the decision date, or the fallback;
 * - `keep-searching`: a reminder to keep the job search going;
 * - `rejection-reply`: a gracious reply to a rejection that asks for feedback;
 * - `offer-response`: an answer to an offer by its deadline, or a request for one;
 * - `expedite-request`: with an offer elsewhere, a note asking this employer about its timeline;
 * - `withdrawal-note`: after accepting an offer elsewhere, a courteous withdrawal;
 * - `application-follow-up`: no answer to an application yet: a short, polite follow-up.
 */
export type StepKind =
  | 'before-leaving'
  | 'thank-you-email'
  | 'thank-you-letter'
  | 'check-in'
  | 'keep-searching'
  | 'rejection-reply'
  | 'offer-response'
  | 'expedite-request'
  | 'withdrawal-note'
  | 'application-follow-up';

/** Every {@link StepKind}. @internal */
export const STEP_KINDS: readonly StepKind[] = [
  'before-leaving', 'thank-you-email', 'thank-you-letter', 'check-in', 'keep-searching',
  'rejection-reply', 'offer-response', 'expedite-request', 'withdrawal-note', 'application-follow-up',
];

/** The kinds of step that send a message. @internal */
export const MESSAGE_KINDS: ReadonlySet<StepKind> = new Set<StepKind>([
  'thank-you-email', 'thank-you-letter', 'check-in', 'rejection-reply', 'offer-response', 'expedite-request', 'withdrawal-note',
  'application-follow-up',
]);

/**
 * Where a step stands at `now`: `upcoming` before `opensAt` (and always when no `now` was given),
 * `open` from `opensAt` to `dueAt`, `overdue` after `dueAt`, `done` when an activity matched it,
 * `cancelled` when a reply or an outcome ended it, `missed` when it can no longer help (the
 * before-leaving asks once the interview is over; a thank-you once its round's first check-in
 * opens or a later round starts; an attempt once the next one opens).
 */
export type StepStatus = 'upcoming' | 'open' | 'overdue' | 'done' | 'cancelled' | 'missed';

/** Every {@link StepStatus}. @internal */
export const STEP_STATUSES: readonly StepStatus[] = ['upcoming', 'open', 'overdue', 'done', 'cancelled', 'missed'];

/**
 * A warning's code:
 * - `missing-email`: an interviewer has no address; collect it before the thank-you is due;
 * - `no-decision-date`: no decision date, so the first check-in uses the two-week fallback;
 * - `permission-not-asked`: nobody asked whether following up is welcome;
 * - `follow-up-declined`: the employer asked for no follow-ups, so no check-ins are planned;
 * - `no-interviewers`: no interviewer is listed, so no thank-you steps are planned;
 * - `thank-you-late`: a thank-you is past its window; send it anyway;
 * - `reply-received`: the employer replied; pending check-ins are cancelled;
 * - `check-ins-complete`: every planned check-in was sent without a reply: time to stop;
 * - `extra-check-in`: more check-ins were logged than the plan allows;
 * - `no-offer-deadline`: an offer came without a deadline; ask for one;
 * - `unknown-step`: a `step-done` or `step-rescheduled` names a step the plan does not have (it is ignored);
 * - `unmatched-activity`: a `message-sent` matches no message step open at its time (it is ignored);
 * - `duplicate-interviewer`: an interviewer listed twice in a round was merged into the first listing;
 * - `no-interview-time`: a round's start is a date without a time; it is planned at the start of working hours;
 * - `fixed-offset-zone`: a zone such as `EST` keeps one offset all year; the place meant probably does not;
 * - `employer-overdue`: the employer has not decided `employerResponseDays` after the last interview;
 * - `offer-deadline-passed`: an offer arrived after its deadline's working day: answer at once;
 * - `skipped-application`: a pipeline planned with `invalid: 'skip'` left an application out.
 */
export type WarningCode =
  | 'missing-email'
  | 'no-decision-date'
  | 'permission-not-asked'
  | 'follow-up-declined'
  | 'no-interviewers'
  | 'thank-you-late'
  | 'reply-received'
  | 'check-ins-complete'
  | 'extra-check-in'
  | 'no-offer-deadline'
  | 'unknown-step'
  | 'unmatched-activity'
  | 'duplicate-interviewer'
  | 'no-interview-time'
  | 'fixed-offset-zone'
  | 'employer-overdue'
  | 'offer-deadline-passed'
  | 'skipped-application';

/**
 * Where an application stands:
 * - `applied`: no interview yet, and the follow-ups after applying go on;
 * - `scheduled`: a round is still to come (an invitation without a date included) or in progress;
 * - `waiting`: after the latest round, before its first check-in opens (or after a reply);
 * - `following-up`: a check-in of the latest round is open, overdue or done, and the cadence goes on;
 * - `no-response`: every check-in (or follow-up after applying) went out or is past due, the repeat
 *   interval passed since the last, no reply: move on;
 * - `offer`: an offer is open;
 * - `closed`: rejected, accepted, declined, withdrawn or given up as ghosted (`outcome` says which).
 */
export type ApplicationState = 'applied' | 'scheduled' | 'waiting' | 'following-up' | 'no-response' | 'offer' | 'closed';

/** Every {@link ApplicationState}, in the order an application usually goes through them. @internal */
export const APPLICATION_STATES: readonly ApplicationState[] = ['applied', 'scheduled', 'waiting', 'following-up', 'no-response', 'offer', 'closed'];

/** The kinds of message {@link reviewDraft} reviews: every step kind that sends one. */
export type ReviewedKind = 'thank-you-email' | 'thank-you-letter' | 'check-in' | 'rejection-reply' | 'offer-response' | 'expedite-request' | 'withdrawal-note' | 'application-follow-up';

/**
 * A finding's code:
 * - `too-long`: over the word limit (thank-you email 200, letter 250, check-in 160);
 * - `placeholder-left`: template text such as `[Name]`, `{{company}}`, `<role>`, `TODO` or `undefined`;
 * - `missing-recipient-name`: the recipient is not named;
 * - `not-personalised`: the same, or nearly the same, as a note for another interviewer;
 * - `no-thanks`: a thank-you that never thanks;
 * - `company-not-named` / `role-not-named`: the company or the role is not mentioned;
 * - `no-interest`: a check-in that never says the candidate still wants the job;
 * - `pushy-tone`: pressure words ("urgent", "ASAP", "immediately") or repeated exclamation marks;
 * - `missing-subject`: an email without a subject;
 * - `subject-line-break`: a subject with a line break (it would break the email headers);
 * - `no-feedback-request`: a reply to a rejection that does not ask for feedback.
 */
export type FindingCode =
  | 'too-long'
  | 'placeholder-left'
  | 'missing-recipient-name'
  | 'not-personalised'
  | 'no-thanks'
  | 'company-not-named'
  | 'role-not-named'
  | 'no-interest'
  | 'pushy-tone'
  | 'missing-subject'
  | 'no-feedback-request'
  | 'subject-line-break';
