import { parseClockTime, parseIsoDate } from '../time/civil.js';
import type { WorkingTime } from '../time/workingTime.js';
import type { Zone } from '../time/zone.js';

/** An ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Working hours as `HH:MM` wall-clock times in the employer's zone; `end` is exclusive. */
export interface WorkingHours {
  /** When the working day starts, `HH:MM`. */
  readonly start: string;
  /** When it ends, `HH:MM` (`24:00` allowed), after `start`; the end itself is not working time. */
  readonly end: string;
}

/** The thank-you window, in elapsed hours after the interview ends. */
export interface ThankYouWindow {
  /** Hours after the end when the window opens (the article: 24). */
  readonly fromHours: number;
  /** Hours after the end when it closes (the article: 48). */
  readonly toHours: number;
}

/**
 * Every number and switch the rules use. {@link defaultPolicy} is the article's advice plus the
 * library's defaults; pass a {@link PolicyOverrides} to change any part of it.
 */
export interface Policy {
  /** When thank-you notes are due, in elapsed hours after the interview (24–48). Rule `thank-you-window`. */
  readonly thankYouWindow: ThankYouWindow;
  /** Also plan a posted thank-you letter per interviewer (off by default). Rule `thank-you-letter`. */
  readonly letters: boolean;
  /** Days after the interview for the first check-in when no decision date is known (14). Rule `fallback-two-weeks`. */
  readonly fallbackDays: number;
  /** Days between one check-in and the next (14). Rule `repeat-two-weeks`. */
  readonly repeatDays: number;
  /** How many check-ins at most, the first included (2; 0 plans none). Rule `max-check-ins`. */
  readonly maxCheckIns: number;
  /** The employer's working days as ISO weekdays (`[1, 2, 3, 4, 5]`). Rule `working-hours`. */
  readonly workingDays: readonly IsoWeekday[];
  /** The employer's working hours (`09:00`–`17:00`). Rule `working-hours`. */
  readonly workingHours: WorkingHours;
  /** Days off as `YYYY-MM-DD` in the employer's zone (none; the library ships no holiday data). Rule `holidays`. */
  readonly holidays: readonly string[];
  /** Days between keep-searching reminders (7; 0 turns them off). Rule `keep-searching`. */
  readonly keepSearchingEveryDays: number;
  /** When a reply to a rejection is due, in elapsed hours after it arrived (24–48). Rule `rejection-reply`. */
  readonly rejectionReplyWindow: ThankYouWindow;
  /** How `fallbackDays` are counted: calendar `'days'` (the default) or `'working-days'`. Rule `fallback-two-weeks`. */
  readonly fallbackUnit: DayUnit;
  /** How `repeatDays` are counted: calendar `'days'` (the default) or `'working-days'`. Rule `repeat-two-weeks`. */
  readonly repeatUnit: DayUnit;
  /** Working days to wait after the decision date before checking in (0, the default: the next working day). Rule `check-in-after-date`. */
  readonly decisionGraceDays: number;
  /** Who gets a thank-you: `'each'` interviewer (the default) or only the `'first'`, the lead. Rule `thank-you-each`. */
  readonly thankYouTo: ThankYouTo;
  /** Days after applying for the first follow-up when no interview has come (7). Rule `follow-up-after-applying`. */
  readonly applicationFollowUpDays: number;
  /** Days between one follow-up after applying and the next (7). Rule `repeat-after-applying`. */
  readonly applicationRepeatDays: number;
  /** How many follow-ups after applying at most, the first included (2; 0 plans none). Rule `repeat-after-applying`. */
  readonly maxApplicationFollowUps: number;
  /** How `applicationFollowUpDays` and `applicationRepeatDays` are counted: calendar `'days'` (the default) or `'working-days'`. */
  readonly applicationFollowUpUnit: DayUnit;
  /**
   * Days after the latest interview without an offer or a rejection after which the plan warns
   * `employer-overdue` (1–365). Absent by default: no warning. Rule `employer-overdue`.
   */
  readonly employerResponseDays?: number;
  /** The candidate's own hours, `HH:MM` in their zone, both ends included (08:00–21:00): reminders ring inside them. Rule `candidate-hours`. */
  readonly candidateHours: WorkingHours;
}

/**
 * How a number of days is counted: `'days'` are calendar days at the same wall time;
 * `'working-days'` are the employer's working days (less holidays) at the same wall time, the
 * result moved into working hours when it falls outside them.
 */
export type DayUnit = 'days' | 'working-days';

/** Who gets a thank-you note: every interviewer, or only the first (the lead). */
export type ThankYouTo = 'each' | 'first';

/**
 * A partial {@link Policy}: give only what differs from {@link defaultPolicy}. `workingHours` and
 * `thankYouWindow` may be partial too. Unknown keys are errors, so a typo never goes unnoticed.
 */
export interface PolicyOverrides {
  /** See {@link Policy.thankYouWindow}. */
  readonly thankYouWindow?: Partial<ThankYouWindow> | null;
  /** See {@link Policy.letters}. */
  readonly letters?: boolean | null;
  /** See {@link Policy.fallbackDays}. */
  readonly fallbackDays?: number | null;
  /** See {@link Policy.repeatDays}. */
  readonly repeatDays?: number | null;
  /** See {@link Policy.maxCheckIns}. */
  readonly maxCheckIns?: number | null;
  /** See {@link Policy.workingDays}. */
  readonly workingDays?: readonly IsoWeekday[] | null;
  /** See {@link Policy.workingHours}. */
  readonly workingHours?: Partial<WorkingHours> | null;
  /** See {@link Policy.holidays}. */
  readonly holidays?: readonly string[] | null;
  /** See {@link Policy.keepSearchingEveryDays}. */
  readonly keepSearchingEveryDays?: number | null;
  /** See {@link Policy.rejectionReplyWindow}. */
  readonly rejectionReplyWindow?: Partial<ThankYouWindow> | null;
  /** See {@link Policy.fallbackUnit}. */
  readonly fallbackUnit?: DayUnit | null;
  /** See {@link Policy.repeatUnit}. */
  readonly repeatUnit?: DayUnit | null;
  /** See {@link Policy.decisionGraceDays}. */
  readonly decisionGraceDays?: number | null;
  /** See {@link Policy.thankYouTo}. */
  readonly thankYouTo?: ThankYouTo | null;
  /** See {@link Policy.applicationFollowUpDays}. */
  readonly applicationFollowUpDays?: number | null;
  /** See {@link Policy.applicationRepeatDays}. */
  readonly applicationRepeatDays?: number | null;
  /** See {@link Policy.maxApplicationFollowUps}. */
  readonly maxApplicationFollowUps?: number | null;
  /** See {@link Policy.applicationFollowUpUnit}. */
  readonly applicationFollowUpUnit?: DayUnit | null;
  /** See {@link Policy.employerResponseDays}. */
  readonly employerResponseDays?: number | null;
  /** See {@link Policy.candidateHours}. */
  readonly candidateHours?: Partial<WorkingHours> | null;
}

/**
 * The article's advice as a policy: thank-you notes 24–48 hours after the interview, the first
 * check-in after the decision date or 14 days after the interview, one repeat 14 days later
 * (two check-ins in all), Monday–Friday 09:00–17:00 in the employer's zone, no holidays, no
 * letters, weekly keep-searching reminders; before an interview, a follow-up a week after applying
 * and one more a week later; reminders to the candidate between 08:00 and 21:00. Frozen.
 *
 * @example
 * ```ts
 * import { defaultPolicy } from 'interview-followup';
 *
 * defaultPolicy.maxCheckIns;
 * //=> 2
 * ```
 */
export const defaultPolicy: Policy = /* @__PURE__ */ Object.freeze({
  thankYouWindow: Object.freeze({ fromHours: 24, toHours: 48 }),
  letters: false,
  fallbackDays: 14,
  repeatDays: 14,
  maxCheckIns: 2,
  workingDays: Object.freeze([1, 2, 3, 4, 5] as const),
  workingHours: Object.freeze({ start: '09:00', end: '17:00' }),
  holidays: Object.freeze([]) as readonly string[],
  keepSearchingEveryDays: 7,
  rejectionReplyWindow: Object.freeze({ fromHours: 24, toHours: 48 }),
  fallbackUnit: 'days',
  repeatUnit: 'days',
  decisionGraceDays: 0,
  thankYouTo: 'each',
  applicationFollowUpDays: 7,
  applicationRepeatDays: 7,
  maxApplicationFollowUps: 2,
  applicationFollowUpUnit: 'days',
  candidateHours: Object.freeze({ start: '08:00', end: '21:00' }),
});

/** Limits on policy values. */
export const policyLimits = {
  /** Most holidays a policy may list. */
  maxHolidays: 1000,
  /** Most check-ins a policy may ask for. */
  maxCheckIns: 10,
  /** Longest interval, in days, for `fallbackDays`, `repeatDays` and `keepSearchingEveryDays`. */
  maxDays: 365,
  /** Latest hour after the interview at which the thank-you window may close. */
  maxThankYouHours: 336,
  /** Most working days `decisionGraceDays` may wait after the decision date. */
  maxDecisionGraceDays: 30,
  /** Most follow-ups after applying a policy may ask for. */
  maxApplicationFollowUps: 10,
} as const;


/** Working times already built for a frozen policy, by zone: every plan under one policy shares them. */
const workingTimes = new WeakMap<Policy, Map<Zone, WorkingTime>>();

/**
 * The employer's working time under a policy: its days and hours in `zone`, less its holidays.
 * Built once per frozen policy (every resolved policy is frozen) and zone. @internal
 */
export function workingTimeFor(policy: Policy, zone: Zone): WorkingTime {
  const frozen = Object.isFrozen(policy);
  let byZone = frozen ? workingTimes.get(policy) : undefined;
  const known = byZone?.get(zone);
  if (known !== undefined) return known;
  const time: WorkingTime = {
    zone,
    days: new Set(policy.workingDays),
    startMinute: parseClockTime(policy.workingHours.start) ?? 540,
    endMinute: parseClockTime(policy.workingHours.end) ?? 1020,
    holidays: new Set(policy.holidays.map((date) => parseIsoDate(date) ?? Number.NaN)),
  };
  if (frozen) {
    if (byZone === undefined) workingTimes.set(policy, (byZone = new Map()));
    byZone.set(zone, time);
  }
  return time;
}
