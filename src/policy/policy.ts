import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { parseClockTime, parseIsoDate } from '../time/civil.js';
import type { WorkingTime } from '../time/workingTime.js';
import type { Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';

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
  readonly thankYouWindow?: Partial<ThankYouWindow>;
  /** See {@link Policy.letters}. */
  readonly letters?: boolean;
  /** See {@link Policy.fallbackDays}. */
  readonly fallbackDays?: number;
  /** See {@link Policy.repeatDays}. */
  readonly repeatDays?: number;
  /** See {@link Policy.maxCheckIns}. */
  readonly maxCheckIns?: number;
  /** See {@link Policy.workingDays}. */
  readonly workingDays?: readonly IsoWeekday[];
  /** See {@link Policy.workingHours}. */
  readonly workingHours?: Partial<WorkingHours>;
  /** See {@link Policy.holidays}. */
  readonly holidays?: readonly string[];
  /** See {@link Policy.keepSearchingEveryDays}. */
  readonly keepSearchingEveryDays?: number;
  /** See {@link Policy.rejectionReplyWindow}. */
  readonly rejectionReplyWindow?: Partial<ThankYouWindow>;
  /** See {@link Policy.fallbackUnit}. */
  readonly fallbackUnit?: DayUnit;
  /** See {@link Policy.repeatUnit}. */
  readonly repeatUnit?: DayUnit;
  /** See {@link Policy.decisionGraceDays}. */
  readonly decisionGraceDays?: number;
  /** See {@link Policy.thankYouTo}. */
  readonly thankYouTo?: ThankYouTo;
}

/**
 * The article's advice as a policy: thank-you notes 24–48 hours after the interview, the first
 * check-in after the decision date or 14 days after the interview, one repeat 14 days later
 * (two check-ins in all), Monday–Friday 09:00–17:00 in the employer's zone, no holidays, no
 * letters, weekly keep-searching reminders. Frozen.
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
} as const;


function integerIn(value: unknown, path: string, min: number, max: number, issues: ValidationIssue[]): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    issues.push(issue('invalid-type', path, `expected a whole number, got ${describeType(value)}`));
    return undefined;
  }
  if (value < min || value > max) {
    issues.push(issue('out-of-range', path, `expected ${min} to ${max}, got ${value}`));
    return undefined;
  }
  return value;
}

function workingDaysFrom(value: unknown, path: string, issues: ValidationIssue[]): IsoWeekday[] | undefined {
  if (!Array.isArray(value)) {
    issues.push(issue('invalid-type', path, `expected a list of ISO weekdays (1 = Monday … 7 = Sunday), got ${describeType(value)}`));
    return undefined;
  }
  if (value.length === 0) {
    issues.push(issue('missing-field', path, 'at least one working day is needed'));
    return undefined;
  }
  // Checked before the list is walked, so a huge or sparse list costs nothing.
  if (value.length > 7) {
    issues.push(issue('too-many', path, `at most 7 working days, got ${value.length}`));
    return undefined;
  }
  const days: IsoWeekday[] = [];
  const before = issues.length;
  for (let index = 0; index < value.length; index++) {
    const checked = integerIn(value[index], `${path}[${index}]`, 1, 7, issues);
    if (checked === undefined) continue;
    if (days.includes(checked as IsoWeekday)) issues.push(issue('duplicate', `${path}[${index}]`, `weekday ${checked} is listed twice`));
    else days.push(checked as IsoWeekday);
  }
  return issues.length === before ? days.sort((a, b) => a - b) : undefined;
}

function clockTime(value: unknown, path: string, issues: ValidationIssue[]): string | undefined {
  if (typeof value !== 'string') {
    issues.push(issue('invalid-type', path, `expected an "HH:MM" time, got ${describeType(value)}`));
    return undefined;
  }
  if (parseClockTime(value) === undefined) {
    issues.push(issue('invalid-time', path, `expected an "HH:MM" time from 00:00 to 24:00, got ${JSON.stringify(value.slice(0, 40))}`));
    return undefined;
  }
  return value;
}

/**
 * Reads a two-key override such as `{ start, end }`: an object with only those keys, each read by
 * `read`, an absent key taken from `base`. `undefined` after pushing issues.
 */
function pairFrom<K extends string, V>(
  value: unknown, base: Readonly<Record<K, V>>, keys: readonly [K, K], path: string, issues: ValidationIssue[],
  read: (raw: unknown, at: string, key: K) => V | undefined,
): Record<K, V> | undefined {
  if (!isPlainObject(value)) {
    issues.push(issue('invalid-type', path, `expected { ${keys.join(', ')} }, got ${describeType(value)}`));
    return undefined;
  }
  const before = issues.length;
  issues.push(...keyIssues(value, keys, path));
  const pair: Partial<Record<K, V>> = {};
  for (const key of keys) {
    const checked = value[key] === undefined ? base[key] : read(value[key], `${path}.${key}`, key);
    if (checked !== undefined) pair[key] = checked;
  }
  return issues.length > before ? undefined : (pair as Record<K, V>);
}

function workingHoursFrom(value: unknown, base: WorkingHours, path: string, issues: ValidationIssue[]): WorkingHours | undefined {
  const hours = pairFrom(value, base, ['start', 'end'], path, issues, (raw, at) => clockTime(raw, at, issues));
  if (hours === undefined) return undefined;
  if ((parseClockTime(hours.start) ?? 0) >= (parseClockTime(hours.end) ?? 0)) {
    issues.push(issue('end-before-start', `${path}.end`, `working hours must end after they start (${hours.start}–${hours.end})`));
    return undefined;
  }
  return Object.freeze(hours);
}

function thankYouWindowFrom(value: unknown, base: ThankYouWindow, path: string, issues: ValidationIssue[]): ThankYouWindow | undefined {
  const window = pairFrom(value, base, ['fromHours', 'toHours'], path, issues,
    (raw, at, key) => integerIn(raw, at, key === 'fromHours' ? 0 : 1, policyLimits.maxThankYouHours, issues));
  if (window === undefined) return undefined;
  if (window.toHours <= window.fromHours) {
    issues.push(issue('end-before-start', `${path}.toHours`, `the window must close after it opens (${window.fromHours}–${window.toHours} hours)`));
    return undefined;
  }
  return Object.freeze(window);
}

function holidaysFrom(value: unknown, path: string, issues: ValidationIssue[]): string[] | undefined {
  if (!Array.isArray(value)) {
    issues.push(issue('invalid-type', path, `expected a list of "YYYY-MM-DD" dates, got ${describeType(value)}`));
    return undefined;
  }
  if (value.length > policyLimits.maxHolidays) {
    issues.push(issue('too-many', path, `at most ${policyLimits.maxHolidays} holidays, got ${value.length}`));
    return undefined;
  }
  const before = issues.length;
  const seen = new Set<string>();
  for (let index = 0; index < value.length; index++) {
    const at = `${path}[${index}]`;
    const date: unknown = value[index];
    if (typeof date !== 'string') issues.push(issue('invalid-type', at, `expected a "YYYY-MM-DD" date, got ${describeType(date)}`));
    else if (date.length !== 10 || parseIsoDate(date) === undefined) issues.push(issue('invalid-date', at, `expected a real "YYYY-MM-DD" date, got ${JSON.stringify(date.slice(0, 40))}`));
    else if (seen.has(date)) issues.push(issue('duplicate', at, `${date} is listed twice`));
    else seen.add(date);
  }
  return issues.length === before ? [...seen].sort() : undefined;
}

const DAY_UNITS: readonly DayUnit[] = ['days', 'working-days'];
const THANK_YOU_TO: readonly ThankYouTo[] = ['each', 'first'];

function choiceFrom<T extends string>(value: unknown, choices: readonly T[], path: string, issues: ValidationIssue[]): T | undefined {
  if (choices.includes(value as T)) return value as T;
  issues.push(issue('invalid-choice', path, `expected ${choices.map((choice) => `"${choice}"`).join(' or ')}, got ${describeType(value)}`));
  return undefined;
}

function booleanFrom(value: unknown, path: string, issues: ValidationIssue[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  issues.push(issue('invalid-type', path, `expected true or false, got ${describeType(value)}`));
  return undefined;
}

type Reader<T> = (value: unknown, path: string, issues: ValidationIssue[]) => T | undefined;

/** One reader per policy key: checks an override and returns the value to merge, or pushes issues. */
const POLICY_READERS: { readonly [K in keyof Policy]: Reader<Policy[K]> } = {
  thankYouWindow: (value, path, issues) => thankYouWindowFrom(value, defaultPolicy.thankYouWindow, path, issues),
  letters: booleanFrom,
  fallbackDays: (value, path, issues) => integerIn(value, path, 1, policyLimits.maxDays, issues),
  repeatDays: (value, path, issues) => integerIn(value, path, 1, policyLimits.maxDays, issues),
  maxCheckIns: (value, path, issues) => integerIn(value, path, 0, policyLimits.maxCheckIns, issues),
  workingDays: (value, path, issues) => freeze(workingDaysFrom(value, path, issues)),
  workingHours: (value, path, issues) => workingHoursFrom(value, defaultPolicy.workingHours, path, issues),
  holidays: (value, path, issues) => freeze(holidaysFrom(value, path, issues)),
  keepSearchingEveryDays: (value, path, issues) => integerIn(value, path, 0, policyLimits.maxDays, issues),
  rejectionReplyWindow: (value, path, issues) => thankYouWindowFrom(value, defaultPolicy.rejectionReplyWindow, path, issues),
  fallbackUnit: (value, path, issues) => choiceFrom(value, DAY_UNITS, path, issues),
  repeatUnit: (value, path, issues) => choiceFrom(value, DAY_UNITS, path, issues),
  decisionGraceDays: (value, path, issues) => integerIn(value, path, 0, policyLimits.maxDecisionGraceDays, issues),
  thankYouTo: (value, path, issues) => choiceFrom(value, THANK_YOU_TO, path, issues),
};
const POLICY_KEYS = Object.keys(POLICY_READERS) as readonly (keyof Policy)[];

function freeze<T>(list: T[] | undefined): readonly T[] | undefined {
  return list === undefined ? undefined : Object.freeze(list);
}

/**
 * Checks policy overrides and merges them over {@link defaultPolicy}. Never throws: problems go
 * into `issues` (paths start with `path`), and `policy` is set only when there were none.
 *
 * @param overrides - What the caller passed (`undefined` for the defaults).
 * @param path - The path prefix for issues, `'policy'` by default.
 * @returns The merged, frozen policy, or the issues found.
 */
export function resolvePolicy(
  overrides: unknown,
  path: string = 'policy',
): { readonly policy?: Policy; readonly issues: readonly ValidationIssue[] } {
  if (overrides === undefined) return { policy: defaultPolicy, issues: [] };
  if (!isPlainObject(overrides)) {
    return { issues: [issue('invalid-type', path, `expected an object of policy overrides, got ${describeType(overrides)}`)] };
  }
  const issues: ValidationIssue[] = [...keyIssues(overrides, POLICY_KEYS, path)];
  const merged: Record<string, unknown> = { ...defaultPolicy };
  for (const key of POLICY_KEYS) {
    const value = overrides[key];
    if (value === undefined) continue;
    const read = POLICY_READERS[key](value, `${path}.${key}`, issues);
    if (read !== undefined) merged[key] = read;
  }
  return issues.length > 0 ? { issues } : { policy: Object.freeze(merged) as unknown as Policy, issues };
}

/** The employer's working time under a policy: its days and hours in `zone`, less its holidays. @internal */
export function workingTimeFor(policy: Policy, zone: Zone): WorkingTime {
  return {
    zone,
    days: new Set(policy.workingDays),
    startMinute: parseClockTime(policy.workingHours.start) ?? 540,
    endMinute: parseClockTime(policy.workingHours.end) ?? 1020,
    holidays: new Set(policy.holidays.map((date) => parseIsoDate(date) ?? Number.NaN)),
  };
}
