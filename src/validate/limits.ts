/**
 * The limits every input must respect. Each is enforced with a typed {@link FollowUpError}
 * (`too-long`, `too-many`, `out-of-range`), and together they bound the work one call can cause:
 * planning and exporting stay linear in the input up to these sizes.
 *
 * @example
 * ```ts
 * import { limits } from 'interview-followup';
 *
 * limits.maxInterviewers;
 * //=> 50
 * ```
 */
export const limits = {
  /** Most interviewers per interview. */
  maxInterviewers: 50,
  /** Most activities per plan (per application in a pipeline). */
  maxActivities: 500,
  /** Most interview rounds per application. */
  maxRounds: 20,
  /** Most applications per pipeline. */
  maxApplications: 500,
  /** Most `offer-received` activities in a pipeline, so expedite requests (offers × applications) stay bounded. */
  maxOffers: 20,
  /**
   * Most steps one plan may hold. A search that would plan more is refused (`too-many`); every
   * reader (statuses, drafts, calendars, the command) accepts any plan up to it.
   */
  maxSteps: 25_000,
  /** Longest interview id, in UTF-16 code units. */
  maxIdLength: 200,
  /** Longest company, position, interviewer name or title. */
  maxNameLength: 200,
  /** Longest email address. */
  maxEmailLength: 254,
  /** Longest free text: `nextSteps` and activity notes. */
  maxNoteLength: 2000,
  /** Longest date-time string accepted before parsing. */
  maxDateTimeLength: 64,
  /** Longest interview, in hours from start to end. */
  maxInterviewHours: 24,
  /** Earliest accepted date (interview, decision date, activities, `now`). */
  earliestDate: '1970-01-01',
  /** Latest accepted date. */
  latestDate: '2100-12-31',
} as const;

/** Epoch ms bounds derived from {@link limits}: [start of earliestDate UTC, end of latestDate UTC). */
export const EARLIEST_MS: number = Date.UTC(1970, 0, 1);
export const LATEST_MS: number = Date.UTC(2101, 0, 1);
