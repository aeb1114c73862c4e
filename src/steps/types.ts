import type { AdjustmentReason, StepKind, StepStatus, WarningCode } from '../rules/codes.js';
import type { ChecklistItem } from '../checklists/checklists.js';
import type { FollowUpPermission } from '../input/types.js';
import type { Policy } from '../policy/policy.js';
import type { RuleId } from '../rules/rules.js';

/** The person a step is for. */
export interface Recipient {
  /** Their name. */
  readonly name: string;
  /** Their email address, when known. */
  readonly email?: string;
  /** Their job title, when known. */
  readonly title?: string;
  /** How to address them, when given ("Mr. Chen"); drafts greet them with it. */
  readonly salutation?: string;
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
  /**
   * When to remind the candidate: `suggestedAt` when that is inside their own hours (policy
   * `candidateHours`, in their zone); else the first moment of their hours after it, when that is
   * before `dueAt`; else the last moment of their hours before it (schedule the send). The
   * calendar's event starts here.
   */
  readonly remindAt: string;
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
  /** For a round of an application: its name ("Phone screen"), when given. */
  readonly label?: string;
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

/** A round not scheduled yet, as the plan understood it: an invitation with its people, no time. */
export interface PlannedInvitation {
  /** The round's id. */
  readonly id: string;
  /** Its name ("Onsite"), when given. */
  readonly label?: string;
  /** Who will interview, when known. */
  readonly interviewers: readonly Recipient[];
}

/** A step of an application plan: a {@link FollowUpStep}, with the round it belongs to when it belongs to one. */
export interface ApplicationStep extends FollowUpStep {
  /** The round's id, for the steps of a round (before-leaving, thank-yous, check-ins). */
  readonly round?: string;
  /** The round's name ("Phone screen"), for the steps of a round that has one. */
  readonly roundLabel?: string;
  /** The application's id, for steps of a pipeline plan. */
  readonly application?: string;
}
