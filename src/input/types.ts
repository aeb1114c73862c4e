import type { Policy, PolicyOverrides } from '../policy/policy.js';
import type { WorkingTime } from '../time/workingTime.js';
import type { Zone } from '../time/zone.js';
import type { DateTimeInput } from '../validate/instants.js';

export type { DateTimeInput };

/** Whether the candidate asked if they may follow up, and the answer. */
export type FollowUpPermission = 'granted' | 'declined' | 'not-asked';

/** A person who interviewed the candidate. */
export interface Interviewer {
  /** Their name as the candidate would write it ("Ana Ruiz"); unique within the interview. */
  readonly name: string;
  /** Their email address; without it the plan warns `missing-email`. */
  readonly email?: string;
  /** Their job title, if known ("VP Engineering"). */
  readonly title?: string;
}

/** What the candidate knows about one interview: the input of {@link planFollowUps}. */
export interface InterviewInput {
  /** A stable key from the app ("acme-staff-eng"), used in step ids and calendar UIDs. */
  readonly id: string;
  /** The employer's name. */
  readonly company: string;
  /** The role interviewed for. */
  readonly position: string;
  /** When the interview started. */
  readonly start: DateTimeInput;
  /** When it ended; one hour after `start` when absent. */
  readonly end?: DateTimeInput;
  /** The candidate's IANA time zone ("America/New_York"); wall times without an offset are read in it. */
  readonly timeZone: string;
  /** The employer's IANA time zone, where working hours apply; `timeZone` when absent. */
  readonly employerTimeZone?: string;
  /** Everyone who interviewed the candidate; each gets a thank-you step. */
  readonly interviewers?: readonly Interviewer[];
  /** The decision date the employer gave (`YYYY-MM-DD`, employer's calendar), if any. */
  readonly decisionDate?: string;
  /** Whether the candidate may follow up; `'not-asked'` when absent. */
  readonly followUpPermission?: FollowUpPermission;
  /** What the employer said the next steps are, in free text. */
  readonly nextSteps?: string;
}

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

/** The second argument of {@link planFollowUps}. */
export interface PlanOptions {
  /** The current time; gives each step a status. Without it no step is open or overdue. */
  readonly now?: DateTimeInput;
  /** What has happened since the interview. */
  readonly activities?: readonly Activity[];
  /** Changes to {@link defaultPolicy}. */
  readonly policy?: PolicyOverrides;
}

/** @internal An interviewer after validation; `slug` keys its step ids. */
export interface CheckedInterviewer {
  readonly name: string;
  readonly email?: string;
  readonly title?: string;
  readonly slug: string;
  readonly index: number;
}

/** @internal An activity after validation, in epoch ms. */
export interface CheckedActivity {
  readonly type: Activity['type'];
  readonly at: number;
  /** The index of the interviewer a thank-you went to (resolved in its round). */
  readonly interviewer?: number;
  /** The name or address a thank-you names, before it is resolved. */
  readonly interviewerKey?: string;
  readonly channel: ThankYouChannel;
  /** The round it names, for application activities. */
  readonly round?: string;
  /** The offer's deadline as a day number, and as given. */
  readonly deadlineDay?: number;
  readonly deadline?: string;
  /** The step a `step-done` names. */
  readonly step?: string;
  /** Where it was in the input, for messages. */
  readonly path: string;
}

/** @internal Everything the rules need, validated and in numbers. */
export interface CheckedInput {
  readonly id: string;
  readonly company: string;
  readonly position: string;
  readonly nextSteps?: string;
  readonly zone: Zone;
  readonly employerZone: Zone;
  readonly start: number;
  readonly end: number;
  readonly interviewers: readonly CheckedInterviewer[];
  readonly decisionDate?: string;
  readonly decisionDay?: number;
  readonly permission: FollowUpPermission;
  readonly now?: number;
  readonly activities: readonly CheckedActivity[];
  readonly policy: Policy;
  readonly working: WorkingTime;
}
