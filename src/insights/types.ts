// What the log of a whole search says: the numbers of `searchInsights`, each defined here once.

/** The options of {@link searchInsights}. Unknown keys are errors. */
export interface InsightsOptions {
  /**
   * The line for {@link SilentEmployer.employerOverdue} when the plan's policy has none of its
   * own: days after the latest dated round's end, at the same wall time in that round's
   * employer's zone, without an offer or a rejection since (1–365, as the policy's
   * `employerResponseDays`). Ignored when the plan's policy sets `employerResponseDays`: its
   * `employer-overdue` warnings decide.
   */
  readonly employerResponseDays?: number;
}

/** How far the applications of a search went. */
export interface SearchFunnel {
  /** Every application in the plan. */
  readonly applied: number;
  /** Applications with at least one dated round, held or not ({@link SearchInsights.withInterview}). */
  readonly interviewed: number;
  /**
   * Applications that received an offer by `now`: an `offer` among their answers, or an outcome
   * that only an offer leads to (`offer`, `accepted`, `declined`).
   */
  readonly offered: number;
  /** Applications whose offer was accepted (`outcome.type` is `accepted`). */
  readonly accepted: number;
}

/** How the follow-ups of one attempt number fared: check-ins and follow-ups after applying together. */
export interface FollowUpAnswers {
  /** The attempt number, from 1 (`check-in-2` and `application-follow-up-2` are attempt 2). */
  readonly attempt: number;
  /**
   * Sends of that attempt: steps of kind `check-in` or `application-follow-up` that a logged
   * activity marked done, each counted once at its `doneAt`.
   */
  readonly sent: number;
  /**
   * Sends followed, in (send, send + the cadence's repeat interval], by a reply, an offer or a
   * rejection, or by a dated round's start (a round starting after `now` counts at `now`). The
   * interval is `policy.repeatDays` (unit `repeatUnit`) for check-ins and
   * `policy.applicationRepeatDays` (unit `applicationFollowUpUnit`) for follow-ups after
   * applying: calendar days at the same wall time, or working days, in the employer's zone (the
   * round's for a check-in, the application's for a follow-up after applying). A send whose
   * interval is not over by `now` counts as answered only if the answer came already.
   */
  readonly answered: number;
}

/** An application not closed, and how long its employer has been silent. */
export interface SilentEmployer {
  /** The application's id. */
  readonly application: string;
  /** The employer. */
  readonly company: string;
  /** The application's `silence.since`: when the employer was last heard from or met; absent when nothing is dated yet. */
  readonly since?: string;
  /** The application's `silence.days`: whole calendar days from `since` to `now`; absent without a `now` or a `since`. */
  readonly days?: number;
  /**
   * Whether the employer is past the line: the plan's policy sets `employerResponseDays` and the
   * application has an `employer-overdue` warning; or the policy sets none, the options do, and
   * the same rule passes (see {@link InsightsOptions.employerResponseDays}). `false` otherwise.
   */
  readonly employerOverdue: boolean;
}

/**
 * What the log of a search says, from a {@link PipelinePlan}. Every count is of applications
 * in the plan (those left out with `invalid: 'skip'` are not in it); "by `now`" means at or
 * before the plan's `now`, or at any time when the plan has none.
 */
export interface SearchInsights {
  /** The applications in the plan. */
  readonly applications: number;
  /** Applications with at least one dated round, held or not. */
  readonly withInterview: number;
  /**
   * Applications the employer responded to: any reply, offer or rejection by `now`, any outcome
   * that only an offer leads to (`offer`, `accepted`, `declined`), or any round, dated or not
   * (an invitation is a response).
   */
  readonly responded: number;
  /** `responded / applications`; 0 when there are no applications. */
  readonly responseRate: number;
  /** `withInterview / applications`; 0 when there are no applications. */
  readonly interviewRate: number;
  /** `funnel.offered / applications`; 0 when there are no applications. */
  readonly offerRate: number;
  /**
   * The median of the days from applying to the first response, over the applications with an
   * `appliedAt` and a dated first response. The first response is the earliest of the
   * application's answers by `now` (each at its `at`) and its dated rounds (each at its start, or
   * at `now` when it starts later); a round without a date counts as a response but not here.
   * Days are calendar-date differences in the candidate's zone (the application's `timeZone`),
   * 0 when the employer was in touch before the application date. An even count takes the mean
   * of the two middle values (it may end in .5). Absent when no application counts.
   */
  readonly medianDaysToFirstResponse?: number;
  /** How many applications the median counts (0 when it is absent). */
  readonly firstResponses: number;
  /** How far the applications went. */
  readonly funnel: SearchFunnel;
  /** One row per attempt number with at least one send, by attempt. */
  readonly followUps: readonly FollowUpAnswers[];
  /** Every application not closed (any state but `closed`), longest silence first (absent `days` last), ties in plan order. */
  readonly silentEmployers: readonly SilentEmployer[];
}
