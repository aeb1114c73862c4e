import type { Locale } from '../locales/types.js';
import type { Activity, DateTimeInput, FollowUpPermission, Interviewer } from '../input/types.js';
import type { PolicyOverrides, Policy } from '../policy/policy.js';
import type { FollowUpStep, PlannedInterview, PlanWarning } from '../steps/types.js';
import type { PlanInput } from '../application/planTypes.js';

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
  readonly end?: DateTimeInput | null;
  /** The candidate's IANA time zone ("America/New_York"); wall times without an offset are read in it. */
  readonly timeZone: string;
  /** The employer's IANA time zone, where working hours apply; `timeZone` when absent. */
  readonly employerTimeZone?: string | null;
  /** Everyone who interviewed the candidate; each gets a thank-you step. */
  readonly interviewers?: readonly Interviewer[] | null;
  /** The decision date the employer gave (`YYYY-MM-DD`, employer's calendar), if any. */
  readonly decisionDate?: string | null;
  /** Whether the candidate may follow up; `'not-asked'` when absent. */
  readonly followUpPermission?: FollowUpPermission | null;
  /** What the employer said the next steps are, in free text. */
  readonly nextSteps?: string | null;
}

/** The second argument of {@link planFollowUps}. */
export interface PlanOptions {
  /** The current time; gives each step a status. Without it no step is open or overdue. */
  readonly now?: DateTimeInput | null;
  /** What has happened since the interview. */
  readonly activities?: readonly Activity[] | null;
  /** Changes to {@link defaultPolicy}. */
  readonly policy?: PolicyOverrides | null;
  /** The language of every text (`de` from `interview-followup/locales/de`, …); English by default. */
  readonly locale?: Locale | null;
}

/** The result of {@link planFollowUps}: plain, JSON-serialisable data. */
export interface FollowUpPlan {
  /** The interview the plan is for. */
  readonly interview: PlannedInterview;
  /** The `now` statuses were computed at, when one was given. */
  readonly now?: string;
  /** The policy in force, defaults merged with the overrides. */
  readonly policy: Policy;
  /** Every step, sorted by `suggestedAt`. */
  readonly steps: readonly FollowUpStep[];
  /** What the candidate should know. */
  readonly warnings: readonly PlanWarning[];
  /** The language the plan's texts are in, as a tag (`de`); absent for English. */
  readonly locale?: string;
  /** What the plan was made from, so {@link statusesAt} can plan it again at another moment. */
  readonly input?: PlanInput;
}
