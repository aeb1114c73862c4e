import type { ApplicationState } from '../rules/codes.js';
import type { Policy } from '../policy/policy.js';
import type { ApplicationStep, PlannedInterview, PlannedInvitation, PlanWarning } from '../steps/types.js';

// The plans of an application and of a whole search.

/** How an application ended, or the offer it holds. */
export interface Outcome {
  /** What happened. */
  readonly type: 'offer' | 'rejected' | 'accepted' | 'declined' | 'withdrawn' | 'ghosted';
  /** When (ISO 8601, the candidate's zone). */
  readonly at: string;
  /** The offer's deadline (`YYYY-MM-DD`), when one was given. */
  readonly deadline?: string;
}

/** A contact as the plan understood it. */
export interface PlannedContact {
  /** Their name. */
  readonly name: string;
  /** Their email address, when known. */
  readonly email?: string;
  /** Their role, when given. */
  readonly role?: string;
  /** How to address them, when given. */
  readonly salutation?: string;
}

/** The application as the plan understood it: rounds sorted by start, each as a planned interview. */
export interface PlannedApplication {
  /** The app's id. */
  readonly id: string;
  /** The employer. */
  readonly company: string;
  /** The role. */
  readonly position: string;
  /** The candidate's zone. */
  readonly timeZone: string;
  /** The employer's zone. */
  readonly employerTimeZone: string;
  /** The main contact, when given. */
  readonly contact?: PlannedContact;
  /** When the candidate applied (ISO 8601, the candidate's zone), when given. */
  readonly appliedAt?: string;
  /** The dated rounds in order of start; each round's `id` is the round id, `label` its name. */
  readonly rounds: readonly PlannedInterview[];
  /** Rounds invited to but not scheduled yet, in input order; absent when there are none. */
  readonly invitations?: readonly PlannedInvitation[];
}

/** When the employer was last heard from or met, and how long ago. */
export interface Silence {
  /** The latest of applying, each interview's end, and each reply, offer or rejection, by `now` (ISO 8601, the candidate's zone). */
  readonly since: string;
  /** Whole calendar days from `since` to `now` in the candidate's zone; only with a `now`. */
  readonly days?: number;
}

/** Something the employer said: a reply, an offer or a rejection, and when (ISO 8601, the candidate's zone). */
export interface Answer {
  /** What it was. */
  readonly type: 'reply' | 'offer' | 'rejection';
  /** When it came. */
  readonly at: string;
}

/**
 * What a plan was made from: the records as given (each `null` left out, dates as ISO text),
 * so {@link statusesAt} can plan them again at another moment. Only plans made by this version
 * carry it.
 */
export interface PlanInput {
  /** The interview (`planFollowUps`). */
  readonly interview?: unknown;
  /** The application (`planApplication`). */
  readonly application?: unknown;
  /** The applications planned (`planPipeline`), without any left out. */
  readonly applications?: readonly unknown[];
  /** For a search that left applications out: each planned one's index in the original list. */
  readonly indexes?: readonly number[];
  /** The log passed beside the record (an interview's, or the search's own). */
  readonly activities?: unknown;
}

/** The result of {@link planApplication}: plain, JSON-serialisable data. */
export interface ApplicationPlan {
  /** The application the plan is for. */
  readonly application: PlannedApplication;
  /** Where it stands at `now` (without `now`, at its latest round start or activity). */
  readonly state: ApplicationState;
  /** The offer it holds or how it ended, when `state` is `offer` or `closed`. */
  readonly outcome?: Outcome;
  /** When the employer was last heard from (absent when nothing is dated yet). */
  readonly silence?: Silence;
  /** What the employer said by `now`, in time order: replies, offers, rejections; absent when nothing yet. */
  readonly answers?: readonly Answer[];
  /** The earliest message step neither done nor cancelled. */
  readonly nextStepId?: string;
  /** The round of that step, when it belongs to one (step ids are unique within a round). */
  readonly nextStepRound?: string;
  /** Every step, sorted by `suggestedAt`. */
  readonly steps: readonly ApplicationStep[];
  /** What the candidate should know. */
  readonly warnings: readonly PlanWarning[];
  /** The policy in force. */
  readonly policy: Policy;
  /** The `now` statuses were computed at, when one was given. */
  readonly now?: string;
  /** The language the plan's texts are in, as a tag (`de`); absent for English. */
  readonly locale?: string;
  /** What the plan was made from; absent inside a pipeline (the pipeline holds it). */
  readonly input?: PlanInput;
}
