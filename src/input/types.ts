import type { Locale } from '../locales/types.js';
import type { Policy } from '../policy/policy.js';
import type { WorkingTime } from '../time/workingTime.js';
import type { Zone } from '../time/zone.js';
import type { DateTimeInput } from '../validate/instants.js';
import type { Activity, ThankYouChannel } from './activityTypes.js';

export type { DateTimeInput };
export type * from './activityTypes.js';

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
  /** How to address them, if they said ("Mr. Chen", "Frau Dr. Ruiz", "田中様"); drafts greet them with it, and never guess one. */
  readonly salutation?: string;
}

/** @internal An interviewer after validation; `slug` keys its step ids. */
export interface CheckedInterviewer {
  readonly name: string;
  readonly email?: string;
  readonly title?: string;
  readonly salutation?: string;
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
  /** The language every text is written in. */
  readonly locale: Locale;
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
  /** Sorted by start; each holds the activities that belong to it. */
  readonly rounds: readonly CheckedInput[];
  /** Where each round stood in the input (`rounds[i]`), by round id. */
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
}
