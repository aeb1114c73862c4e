import type { DateTimeInput } from './types.js';

/** The channel a thank-you went out on. */
export type ThankYouChannel = 'email' | 'letter';

/** A thank-you note was sent to one interviewer. */
export interface ThankYouSentActivity {
  /** The kind of activity. */
  readonly type: 'thank-you-sent';
  /** When it was sent. */
  readonly at: DateTimeInput;
  /** Who it went to: the interviewer's name or email, compared without regard to case. */
  readonly interviewer: string;
  /** `'email'` (default) or `'letter'`. */
  readonly channel?: ThankYouChannel;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** A check-in was sent; the k-th one logged marks the k-th check-in done. */
export interface CheckInSentActivity {
  /** The kind of activity. */
  readonly type: 'check-in-sent';
  /** When it was sent; the next check-in counts from here. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** The employer replied; check-ins and reminders not yet done are cancelled. */
export interface ReplyReceivedActivity {
  /** The kind of activity. */
  readonly type: 'reply-received';
  /** When the reply arrived. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** An offer arrived; its `deadline` is when the answer is due, if they gave one. */
export interface OfferReceivedActivity {
  /** The kind of activity. */
  readonly type: 'offer-received';
  /** When the offer arrived. */
  readonly at: DateTimeInput;
  /** The answer's deadline, `YYYY-MM-DD` in the employer's calendar; without one, ask for it. */
  readonly deadline?: string;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** The employer turned the candidate down. */
export interface RejectionReceivedActivity {
  /** The kind of activity. */
  readonly type: 'rejection-received';
  /** When the rejection arrived. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** The candidate accepted the offer; the application is closed. */
export interface OfferAcceptedActivity {
  /** The kind of activity. */
  readonly type: 'offer-accepted';
  /** When they accepted. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** The candidate declined the offer; the application is closed. */
export interface OfferDeclinedActivity {
  /** The kind of activity. */
  readonly type: 'offer-declined';
  /** When they declined. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** The candidate withdrew from the process; the application is closed. */
export interface WithdrewActivity {
  /** The kind of activity. */
  readonly type: 'withdrew';
  /** When they withdrew. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
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
  readonly note?: string;
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
  | StepDoneActivity;

/** The type of an {@link Activity}. */
export type ActivityType = Activity['type'];

/**
 * An activity in an application's log: any {@link Activity}, optionally naming the `round` it
 * belongs to (a round id). Without `round` it belongs to the latest round that started at or
 * before `at`; a `step-done` for a step of the application itself (`offer-response`, say) needs none.
 */
export type ApplicationActivity = Activity & {
  /** The id of the round it belongs to. */
  readonly round?: string;
};
