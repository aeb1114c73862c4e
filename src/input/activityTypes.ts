import type { DateTimeInput } from './types.js';

/**
 * How a message went out: `email` (the default), a posted `letter`, a `linkedin` message, a
 * `phone` call, or `other`. Only a letter marks a thank-you letter done; every other channel marks
 * the other message steps (a thank-you by phone marks the thank-you email).
 */
export type MessageChannel = 'email' | 'letter' | 'linkedin' | 'phone' | 'other';

/** The channel a thank-you went out on: any {@link MessageChannel}. */
export type ThankYouChannel = MessageChannel;

/** A thank-you note was sent to one interviewer. */
export interface ThankYouSentActivity {
  /** The kind of activity. */
  readonly type: 'thank-you-sent';
  /** When it was sent. */
  readonly at: DateTimeInput;
  /** Who it went to: the interviewer's name or email, compared without regard to case. */
  readonly interviewer: string;
  /** How it went out: `'email'` (default), `'letter'` (marks the letter step), `'linkedin'`, `'phone'` or `'other'`. */
  readonly channel?: MessageChannel | null;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** A check-in was sent; the k-th one logged marks the k-th check-in done. */
export interface CheckInSentActivity {
  /** The kind of activity. */
  readonly type: 'check-in-sent';
  /** When it was sent; the next check-in counts from here. */
  readonly at: DateTimeInput;
  /** How it went out; `'email'` by default. */
  readonly channel?: MessageChannel | null;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** The employer replied; check-ins and reminders not yet done are cancelled. */
export interface ReplyReceivedActivity {
  /** The kind of activity. */
  readonly type: 'reply-received';
  /** When the reply arrived. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** An offer arrived; its `deadline` is when the answer is due, if they gave one. */
export interface OfferReceivedActivity {
  /** The kind of activity. */
  readonly type: 'offer-received';
  /** When the offer arrived. */
  readonly at: DateTimeInput;
  /** The answer's deadline, `YYYY-MM-DD` in the employer's calendar; without one, ask for it. */
  readonly deadline?: string | null;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** The employer turned the candidate down. */
export interface RejectionReceivedActivity {
  /** The kind of activity. */
  readonly type: 'rejection-received';
  /** When the rejection arrived. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** The candidate accepted the offer; the application is closed. */
export interface OfferAcceptedActivity {
  /** The kind of activity. */
  readonly type: 'offer-accepted';
  /** When they accepted. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** The candidate declined the offer; the application is closed. */
export interface OfferDeclinedActivity {
  /** The kind of activity. */
  readonly type: 'offer-declined';
  /** When they declined. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** The candidate withdrew from the process; the application is closed. */
export interface WithdrewActivity {
  /** The kind of activity. */
  readonly type: 'withdrew';
  /** When they withdrew. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** Any step, reminders included, was done: marks the step with id `step` done. */
export interface StepDoneActivity {
  /** The kind of activity. */
  readonly type: 'step-done';
  /** When it was done. */
  readonly at: DateTimeInput;
  /** The step's id, such as `keep-searching-2`. */
  readonly step: string;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** A follow-up on an application was sent; the k-th one logged marks the k-th follow-up done. */
export interface FollowUpSentActivity {
  /** The kind of activity. */
  readonly type: 'follow-up-sent';
  /** When it was sent; the next follow-up counts from here. */
  readonly at: DateTimeInput;
  /** How it went out; `'email'` by default. */
  readonly channel?: MessageChannel | null;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/**
 * A message went out, as a tracker logs it ("emailed ana@acme.example", "LinkedIn message"): it
 * marks done the earliest message step not yet done or cancelled that is already open at `at`
 * (a thank-you from its round's end) and whose recipient matches `to`. No match: a warning
 * `unmatched-activity`, and nothing else changes.
 */
export interface MessageSentActivity {
  /** The kind of activity. */
  readonly type: 'message-sent';
  /** When it was sent. */
  readonly at: DateTimeInput;
  /** Who it went to: a name or an email, compared without regard to case; any recipient when absent. */
  readonly to?: string | null;
  /** How it went out; `'email'` by default. Only `'letter'` marks a thank-you letter. */
  readonly channel?: MessageChannel | null;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/**
 * The candidate pinned or snoozed one step to a time of their own: its `suggestedAt` and
 * `opensAt` become the first working instant at or after `to` (a date means that day's
 * working-hours start), and later attempts of the same cadence count from there. The latest
 * `step-rescheduled` of a step wins.
 */
export interface StepRescheduledActivity {
  /** The kind of activity. */
  readonly type: 'step-rescheduled';
  /** When the candidate made the change. */
  readonly at: DateTimeInput;
  /** The step's id, such as `check-in-1`. */
  readonly step: string;
  /** The new time: an instant, or a `YYYY-MM-DD` date. */
  readonly to: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** The candidate gave up on a silent application: it closes, and every step not done is cancelled. */
export interface GhostedActivity {
  /** The kind of activity. */
  readonly type: 'ghosted';
  /** When they gave up. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string | null;
}

/** Something the candidate did, or that happened, after the interview. */
export type Activity =
  | ThankYouSentActivity
  | CheckInSentActivity
  | ReplyReceivedActivity
  | OfferReceivedActivity
  | RejectionReceivedActivity
  | OfferAcceptedActivity
  | OfferDeclinedActivity
  | WithdrewActivity
  | StepDoneActivity
  | FollowUpSentActivity
  | MessageSentActivity
  | StepRescheduledActivity
  | GhostedActivity;

/** The type of an {@link Activity}. */
export type ActivityType = Activity['type'];

/**
 * An activity in an application's log: any {@link Activity}, optionally naming the `round` it
 * belongs to (a round id). Without `round` it belongs to the latest round that started at or
 * before `at`; a `step-done` for a step of the application itself (`offer-response`, say) needs none.
 */
export type ApplicationActivity = Activity & {
  /** The id of the round it belongs to. */
  readonly round?: string | null;
};
