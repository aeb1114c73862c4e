import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { parseClockTime, parseIsoDate } from '../time/civil.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { defaultPolicy, policyLimits, type DayUnit, type IsoWeekday, type Policy, type ThankYouTo, type ThankYouWindow, type WorkingHours } from './policy.js';

// Checking policy overrides: one reader per key, merged over the defaults.

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

/** The candidate's hours: like working hours, but both ends are in them, so they may not be equal. */
function candidateHoursFrom(value: unknown, path: string, issues: ValidationIssue[]): WorkingHours | undefined {
  const hours = pairFrom(value, defaultPolicy.candidateHours, ['start', 'end'], path, issues, (raw, at) => clockTime(raw, at, issues));
  if (hours === undefined) return undefined;
  if ((parseClockTime(hours.start) ?? 0) >= (parseClockTime(hours.end) ?? 0)) {
    issues.push(issue('end-before-start', `${path}.end`, `your hours must end after they start (${hours.start}–${hours.end})`));
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
const POLICY_READERS: { readonly [K in keyof Policy]-?: Reader<NonNullable<Policy[K]>> } = {
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
  applicationFollowUpDays: (value, path, issues) => integerIn(value, path, 1, policyLimits.maxDays, issues),
  applicationRepeatDays: (value, path, issues) => integerIn(value, path, 1, policyLimits.maxDays, issues),
  maxApplicationFollowUps: (value, path, issues) => integerIn(value, path, 0, policyLimits.maxApplicationFollowUps, issues),
  applicationFollowUpUnit: (value, path, issues) => choiceFrom(value, DAY_UNITS, path, issues),
  employerResponseDays: (value, path, issues) => integerIn(value, path, 1, policyLimits.maxDays, issues),
  candidateHours: (value, path, issues) => candidateHoursFrom(value, path, issues),
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
