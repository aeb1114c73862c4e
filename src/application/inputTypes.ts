import type { Locale } from '../locales/types.js';
import type { PolicyOverrides } from '../policy/policy.js';
import type { ApplicationActivity, DateTimeInput, FollowUpPermission, Interviewer } from '../input/types.js';

// The input of an application: its rounds, contact and log.

/** The application's main contact, usually a recruiter: check-ins and answers go to them. */
export interface Contact {
  /** Their name. */
  readonly name: string;
  /** Their email address, when known. */
  readonly email?: string | null;
  /** Their role in the process, in free text ("recruiter", "hiring manager"). */
  readonly role?: string | null;
  /** How to address them, if they said ("Ms. Diaz"); drafts greet them with it, and never guess one. */
  readonly salutation?: string | null;
}

/**
 * One interview round of an application: an interview without `company` and `position`, which
 * come from the application, and with an `id` of its own. `timeZone` and `employerTimeZone` are
 * the application's unless the round overrides them.
 */
export interface RoundInput {
  /** A stable key for the round ("acme-onsite"), unique across a pipeline; step ids and calendar UIDs use it. */
  readonly id: string;
  /** The round's name, shown in titles, drafts and the agenda ("Phone screen", "Onsite"). */
  readonly label?: string | null;
  /**
   * When the round started: an instant, or a `YYYY-MM-DD` date when the time is not known (then it
   * is planned at the start of working hours that day, one hour long, with a `no-interview-time`
   * warning). Absent for an invitation not scheduled yet: such a round plans no steps of its own,
   * keeps the application `scheduled`, and comes after every dated round in the list.
   */
  readonly start?: DateTimeInput | null;
  /** When it ended; one hour after `start` when absent. */
  readonly end?: DateTimeInput | null;
  /** The candidate's zone for this round; the application's when absent. */
  readonly timeZone?: string | null;
  /** The employer's zone for this round; the application's when absent. */
  readonly employerTimeZone?: string | null;
  /** Everyone who interviewed the candidate in this round. */
  readonly interviewers?: readonly Interviewer[] | null;
  /** The decision date given at this round (`YYYY-MM-DD`, employer's calendar). */
  readonly decisionDate?: string | null;
  /** Whether the candidate may follow up after this round; `'not-asked'` when absent. */
  readonly followUpPermission?: FollowUpPermission | null;
  /** The next steps described at this round. */
  readonly nextSteps?: string | null;
}

/** One job application: its rounds, its contact and its log, the input of {@link planApplication}. */
export interface ApplicationInput {
  /** A stable key from the app ("acme-staff-eng"), unique in a pipeline. */
  readonly id: string;
  /** The employer's name. */
  readonly company: string;
  /** The role applied for. */
  readonly position: string;
  /** The candidate's IANA time zone. */
  readonly timeZone: string;
  /** The employer's IANA time zone; `timeZone` when absent. */
  readonly employerTimeZone?: string | null;
  /** The main contact; check-ins, offer answers and rejection replies go to them. */
  readonly contact?: Contact | null;
  /**
   * When the candidate applied: an instant, or a `YYYY-MM-DD` date (read as 12:00 in `timeZone`).
   * Before any interview, follow-ups after applying are planned from it.
   */
  readonly appliedAt?: DateTimeInput | null;
  /** The interview rounds, in any order; planned in order of `start`. Absent or empty: no interview yet (then `appliedAt` is needed). */
  readonly rounds?: readonly RoundInput[] | null;
  /** What has happened, in any order. */
  readonly activities?: readonly ApplicationActivity[] | null;
}

/** The second argument of {@link planApplication}. */
export interface ApplicationOptions {
  /** The current time; gives each step a status and the application its state. */
  readonly now?: DateTimeInput | null;
  /** Changes to {@link defaultPolicy}. */
  readonly policy?: PolicyOverrides | null;
  /** The language of every text (`de` from `interview-followup/locales/de`, …); English by default. */
  readonly locale?: Locale | null;
}
