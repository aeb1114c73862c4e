import type { StepDoneActivity, DateTimeInput } from '../input/types.js';
import type { Policy, PolicyOverrides } from '../policy/policy.js';
import type { ApplicationStep, PlanWarning } from '../steps/types.js';
import type { ApplicationPlan, PlanInput } from '../application/planTypes.js';
import type { Locale } from '../locales/types.js';
import type { ApplicationState } from '../rules/codes.js';
import type { SkippedApplication } from './checkPipeline.js';

/** How many applications of a pipeline are in each state. */
export interface PipelineSummary {
  /** Applications that are `scheduled`, `waiting`, `following-up` or `offer`. */
  readonly active: number;
  /** Applications per state. */
  readonly byState: Readonly<Record<ApplicationState, number>>;
}

/** The result of {@link planPipeline}: the whole search, plain JSON-serialisable data. */
export interface PipelinePlan {
  /** The pipeline's id (keys its reminders' calendar UIDs). */
  readonly id: string;
  /** The zone the pipeline's reminders keep their wall time in. */
  readonly timeZone: string;
  /** Each application's plan, in input order, without reminders of its own. */
  readonly applications: readonly ApplicationPlan[];
  /** Every step of every application plus the pipeline's reminders, sorted by `suggestedAt`; each application's with its `application`. */
  readonly steps: readonly ApplicationStep[];
  /** Every application's warnings (each with its `application`) and the pipeline's. */
  readonly warnings: readonly PlanWarning[];
  /** How many applications are active, and in each state. */
  readonly summary: PipelineSummary;
  /** With `invalid: 'skip'`: the applications left out, each with its index in the input, its id and its problems. */
  readonly skipped?: readonly SkippedApplication[];
  /** The policy in force. */
  readonly policy: Policy;
  /** The `now` statuses were computed at, when one was given. */
  readonly now?: string;
  /** The language the plan's texts are in, as a tag (`de`); absent for English. */
  readonly locale?: string;
  /** What the plan was made from, so {@link statusesAt} can plan it again at another moment. */
  readonly input?: PlanInput;
}

/** The options of {@link planPipeline}. */
export interface PipelineOptions {
  /** The current time; gives each step a status and each application its state. */
  readonly now?: DateTimeInput | null;
  /** Changes to {@link defaultPolicy}, for every application. */
  readonly policy?: PolicyOverrides | null;
  /** The zone the search's reminders keep their wall time in; the first application's by default. */
  readonly timeZone?: string | null;
  /** The pipeline's id, which keys its reminders' calendar UIDs; `pipeline` by default. */
  readonly id?: string | null;
  /** `step-done` activities for the pipeline's own reminders (`keep-searching-3`). */
  readonly activities?: readonly StepDoneActivity[] | null;
  /** The language of every text (`de` from `interview-followup/locales/de`, …); English by default. */
  readonly locale?: Locale | null;
  /**
   * What to do with an application that fails validation: `'throw'` (the default) refuses the
   * whole search; `'skip'` leaves it out, lists it in the plan's `skipped` and warns
   * `skipped-application`, and plans the rest.
   */
  readonly invalid?: 'throw' | 'skip' | null;
}
