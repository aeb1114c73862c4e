import type { Locale } from '../locales/types.js';
import type { Policy } from '../policy/policy.js';
import type { WorkingTime } from '../time/workingTime.js';
import type { Zone } from '../time/zone.js';
import type { DateTimeInput } from '../validate/instants.js';
import type { Activity, MessageChannel } from './activityTypes.js';

export type { DateTimeInput };
export type * from './activityTypes.js';

/** Whether the candidate asked if they may follow up, and the answer. */
export type FollowUpPermission = 'granted' | 'declined' | 'not-asked';

/** A person who interviewed the candidate. */
export interface Interviewer {
  /** Their name as the candidate would write it ("Ana Ruiz"); unique within the interview. */
  readonly name: string;
  /** Their email address; without it the plan warns `missing-email`. */
  readonly email?: string | null;
  /** Their job title, if known ("VP Engineering"). */
  readonly title?: string | null;
  /** How to address them, if they said ("Mr. Chen", "Frau Dr. Ruiz", "田中様"); drafts greet them with it, and never guess one. */
  readonly salutation?: string | null;
}

/** @internal An interviewer after validation; `slug` keys its step ids. */
export interface CheckedInterviewer {
  readonly name: string;
  readonly email?: string;
  readonly title?: string;
  readonly salutation?: string;
  readonly slug: string;
  readonly index: number;
  /** Other names and addresses (lower case) the same person was listed under, merged into this one. */
  readonly aliases?: readonly string[];
}

/**
 * @internal Something the checkers noticed that is not an error, for the plan to warn about:
 * an interviewer listed twice (`name`: the one kept), a round with a date but no time, a zone
 * with a fixed offset (`name`: the zone).
 */
export interface InputNotice {
  readonly code: 'duplicate-interviewer' | 'no-interview-time' | 'fixed-offset-zone';
  /** The input field it concerns. */
  readonly path: string;
  /** The person or zone it names. */
  readonly name?: string;
}

/** @internal An activity after validation, in epoch ms. */
export interface CheckedActivity {
  readonly type: Activity['type'];
  readonly at: number;
  /** The local day (candidate's zone) of an `at` given as a date: it reads as 12:00 that day, never before a round that ends then. */
  readonly atDay?: number;
  /** The index of the interviewer a thank-you went to (resolved in its round). */
  readonly interviewer?: number;
  /** The name or address a thank-you names, before it is resolved. */
  readonly interviewerKey?: string;
  readonly channel: MessageChannel;
  /** Who a `message-sent` went to: a name or an address. */
  readonly to?: string;
  /** Where a `step-rescheduled` moves its step: an instant, or a date (a day number) read in the employer's working time. */
  readonly toAt?: number;
  readonly toDay?: number;
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
  /** The round's name in titles and drafts ("Phone screen"). */
  readonly label?: string;
  /** The start as given when it was a date alone (`YYYY-MM-DD`): the round was placed in working hours that day. */
  readonly startDate?: string;
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
  /** The language every text is written in. */
  readonly locale: Locale;
  /** What the checkers noticed about this interview that the plan warns about. */
  readonly notices: readonly InputNotice[];
  /** For an interview planned on its own: it and its log as given (read as plain data), kept in the plan. */
  readonly record?: { readonly interview: unknown; readonly activities?: unknown };
}

/** @internal A contact after validation. */
export interface CheckedContact {
  readonly name: string;
  readonly email?: string;
  readonly role?: string;
  readonly salutation?: string;
}

/** @internal An application after validation: rounds sorted by start, each checked as an interview. */
export interface CheckedApplication {
  readonly id: string;
  readonly company: string;
  readonly position: string;
  readonly zone: Zone;
  readonly employerZone: Zone;
  readonly contact?: CheckedContact;
  /** When the candidate applied, when given. */
  readonly appliedAt?: number;
  /** `appliedAt` as given when it was a date alone. */
  readonly appliedDate?: string;
  /** The dated rounds, sorted by start; each holds the activities that belong to it. */
  readonly rounds: readonly CheckedInput[];
  /** Rounds without a start yet (invitations), in input order, after every dated round. */
  readonly invitations: readonly UndatedRound[];
  /** Where each round, dated or not, stood in the input (`rounds[i].`), by round id. */
  readonly roundPaths: ReadonlyMap<string, string>;
  /** Every activity, sorted by time, each with the round it belongs to. */
  readonly activities: readonly CheckedActivity[];
  readonly now?: number;
  readonly policy: Policy;
  /** The employer's working time under the application's zones, for the application's own steps. */
  readonly working: WorkingTime;
  /** The prefix of every path in messages: `''`, or `applications[2].` in a pipeline. */
  readonly path: string;
  /** The language every text is written in. */
  readonly locale: Locale;
  /** What the checkers noticed about the application itself (its zones) that the plan warns about. */
  readonly notices: readonly InputNotice[];
  /** The application as given (read as plain data), kept in the plan so it can be planned again at another moment. */
  readonly record?: unknown;
}

/** @internal An invitation to a round not scheduled yet: an id, perhaps a label and people, no time. */
export interface UndatedRound {
  readonly id: string;
  readonly label?: string;
  readonly interviewers: readonly CheckedInterviewer[];
}
