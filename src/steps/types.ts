import type { ChecklistItem } from '../checklists/checklists.js';
import type { FollowUpPermission } from '../input/types.js';
import type { Policy } from '../policy/policy.js';
import type { RuleId } from '../rules/rules.js';

/**
 * Why a step's time was moved: `outside-hours`, `non-working-day` and `holiday` (out of
 * non-working time), `window-without-working-time` (past a thank-you window that holds none),
 * `rebased-on-actual` (counted from a check-in's logged send), `before-decision-date` (kept after
 * the decision date) and `before-thanks` (a check-in kept after the thank-you window opens).
 */
export type AdjustmentReason =
  | 'outside-hours'
  | 'non-working-day'
  | 'holiday'
  | 'window-without-working-time'
  | 'rebased-on-actual'
  | 'before-decision-date'
  | 'before-thanks';

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
 * - `withdrawal-note`: after accepting an offer elsewhere, a courteous withdrawal.
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
  | 'withdrawal-note';

/** Every {@link StepKind}. @internal */
export const STEP_KINDS: readonly StepKind[] = [
  'before-leaving', 'thank-you-email', 'thank-you-letter', 'check-in', 'keep-searching',
  'rejection-reply', 'offer-response', 'expedite-request', 'withdrawal-note',
];

/** The kinds of step that send a message. @internal */
export const MESSAGE_KINDS: ReadonlySet<StepKind> = new Set<StepKind>([
  'thank-you-email', 'thank-you-letter', 'check-in', 'rejection-reply', 'offer-response', 'expedite-request', 'withdrawal-note',
]);

/**
 * Where a step stands at `now`: `upcoming` before `opensAt` (and always when no `now` was given),
 * `open` from `opensAt` to `dueAt`, `overdue` after `dueAt`, `done` when an activity matched it,
 * `cancelled` when a reply ended the cadence.
 */
export type StepStatus = 'upcoming' | 'open' | 'overdue' | 'done' | 'cancelled';

/** Every {@link StepStatus}. @internal */
export const STEP_STATUSES: readonly StepStatus[] = ['upcoming', 'open', 'overdue', 'done', 'cancelled'];

/** The person a step is for. */
export interface Recipient {
  /** Their name. */
  readonly name: string;
  /** Their email address, when known. */
  readonly email?: string;
  /** Their job title, when known. */
  readonly title?: string;
}

/**
 * A move made to a step's time, and why: out of the night or a weekend (`working-hours`), past a
 * holiday (`holidays`), beyond a thank-you window without working time (`thank-you-window`),
 * re-based on when the previous check-in was really sent (`cadence-from-actual`), or kept after
 * the decision date when an early check-in would pull the next one before it (`check-in-after-date`).
 */
export interface Adjustment {
  /** The rule that made the move. */
  readonly rule: RuleId;
  /** The reason, as a code. */
  readonly reason: AdjustmentReason;
  /** The time before the move (ISO 8601 with offset, candidate's zone). */
  readonly from: string;
  /** The time after the move. */
  readonly to: string;
  /** One sentence for people, with local times in the employer's zone. */
  readonly note: string;
}

/** One thing to do after the interview, when, for whom, and why. */
export interface FollowUpStep {
  /** Stable id, unique within the plan: `thank-you-email-ana-ruiz`, `check-in-2`, … */
  readonly id: string;
  /** What to do. */
  readonly kind: StepKind;
  /** The rule that timed the step. */
  readonly rule: RuleId;
  /** When the step becomes timely (ISO 8601 with offset, in the candidate's zone). */
  readonly opensAt: string;
  /** When it becomes overdue. */
  readonly dueAt: string;
  /** The best time to do it: for messages, a working instant in the employer's zone. */
  readonly suggestedAt: string;
  /** Who the step is for (thank-you steps). */
  readonly recipient?: Recipient;
  /** For check-ins and reminders: which one this is, from 1. */
  readonly attempt?: number;
  /** For check-ins and reminders: how many are planned in all. */
  readonly attempts?: number;
  /** Where the step stands at `now`. */
  readonly status: StepStatus;
  /** Whether the advice calls the step optional (letters). */
  readonly optional: boolean;
  /** When the matching activity happened, for `done` steps. */
  readonly doneAt?: string;
  /** For `offer-response` and `expedite-request` steps: the offer's deadline (`YYYY-MM-DD`), when one was given. */
  readonly deadline?: string;
  /** For a pipeline's keep-searching reminders: how many applications are active at the reminder's time. */
  readonly activeApplications?: number;
  /** The moves made to `suggestedAt`, in order. */
  readonly adjustments: readonly Adjustment[];
  /** What to do or check for this step. */
  readonly checklist: readonly ChecklistItem[];
  /** Why the step is there and timed as it is, in one sentence. */
  readonly explanation: string;
}

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
 * - `unknown-step`: a `step-done` names a step the plan does not have (it is ignored).
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
  | 'unknown-step';

/** Something the candidate should know about the plan. */
export interface PlanWarning {
  /** What it is about, as a stable code. */
  readonly code: WarningCode;
  /** The rule behind it. */
  readonly rule: RuleId;
  /** One sentence for people. */
  readonly message: string;
  /** The input field it concerns, when there is one (`interviewers[1].email`). */
  readonly path?: string;
  /** The step it concerns, when there is one. */
  readonly stepId?: string;
  /** The round it concerns, in an application plan. */
  readonly round?: string;
  /** The application it concerns, in a pipeline plan. */
  readonly application?: string;
}

/** The interview as the plan understood it, with times resolved. */
export interface PlannedInterview {
  /** The app's id. */
  readonly id: string;
  /** The employer. */
  readonly company: string;
  /** The role. */
  readonly position: string;
  /** Start, ISO 8601 with offset in the candidate's zone. */
  readonly start: string;
  /** End (start + 1 hour when none was given). */
  readonly end: string;
  /** The candidate's zone. */
  readonly timeZone: string;
  /** The employer's zone (the candidate's when none was given). */
  readonly employerTimeZone: string;
  /** The interviewers, in input order. */
  readonly interviewers: readonly Recipient[];
  /** The decision date, when given. */
  readonly decisionDate?: string;
  /** Whether following up is welcome. */
  readonly followUpPermission: FollowUpPermission;
  /** The next steps the employer described, when given. */
  readonly nextSteps?: string;
}

/** A step of an application plan: a {@link FollowUpStep}, with the round it belongs to when it belongs to one. */
export interface ApplicationStep extends FollowUpStep {
  /** The round's id, for the steps of a round (before-leaving, thank-yous, check-ins). */
  readonly round?: string;
  /** The application's id, for steps of a pipeline plan. */
  readonly application?: string;
}
