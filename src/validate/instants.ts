import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { MS_PER_DAY, MS_PER_HOUR, parseIsoDate } from '../time/civil.js';
import { parseInstant } from '../time/iso.js';
import { findZone, fromLocalMs, type Zone } from '../time/zone.js';
import { describeType, typeIssue } from './guards.js';
import { EARLIEST_MS, LATEST_MS, limits } from './limits.js';
import { zoneIssue } from './zones.js';

/**
 * A point in time: an ISO 8601 date-time string or a `Date`. A string with an offset
 * (`2026-11-20T14:00:00Z`, `…-05:00`) is that instant; a string without one
 * (`2026-11-20T14:00`) is wall time in the interview's `timeZone`.
 */
export type DateTimeInput = string | Date;

/** A `YYYY-MM-DD` date alone, as records store days without a time. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads an instant that may also be given as a date alone (`YYYY-MM-DD`), as trackers store
 * days: a date gives `day` (its day number) and `at` at 12:00 in `zone` that day, for the caller
 * to place more precisely. @internal
 */
export function checkInstantOrDate(value: unknown, path: string, zone: Zone, issues: ValidationIssue[]): { readonly at: number; readonly day?: number } | undefined {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const day = checkDate(value, path, issues);
    return day === undefined ? undefined : { at: fromLocalMs(zone, day * MS_PER_DAY + 12 * MS_PER_HOUR), day };
  }
  const at = checkInstant(value, path, zone, issues);
  return at === undefined ? undefined : { at };
}

/** Whether a value is a date alone (`YYYY-MM-DD`) rather than a date and time. @internal */
export function isDateOnly(value: unknown): value is string {
  return typeof value === 'string' && DATE_ONLY.test(value);
}

/**
 * Reads an IANA zone name in any case, as {@link findZone} decides; pushes an issue (with a hint
 * where there is one) and returns `undefined` when it is not one.
 * @internal
 */
export function checkZone(value: unknown, path: string, issues: ValidationIssue[]): Zone | undefined {
  if (typeof value !== 'string') {
    issues.push(typeIssue(value, path, 'an IANA time-zone name such as "Europe/Paris"'));
    return undefined;
  }
  const zone = value.length <= 64 ? findZone(value) : undefined;
  if (zone === undefined) issues.push(zoneIssue(value, path));
  return zone;
}

/**
 * Reads a date-time input as epoch ms. Strings need a time part; without an offset they are wall
 * time in `zone`. Accepts 1970-01-01 to 2100-12-31. The one reader of instants: the planner,
 * `statusesAt` and the calendar's `generatedAt` all use it.
 * @internal
 */
export function checkInstant(value: unknown, path: string, zone: Zone, issues: ValidationIssue[]): number | undefined {
  let ms: number;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    ms = Date.prototype.getTime.call(value);
    if (Number.isNaN(ms)) {
      issues.push(issue('invalid-date', path, 'the Date is invalid'));
      return undefined;
    }
  } else if (typeof value === 'string') {
    if (value.length > limits.maxDateTimeLength) {
      issues.push(issue('too-long', path, `a date-time has at most ${limits.maxDateTimeLength} characters, got ${value.length}`));
      return undefined;
    }
    const parsed = value.includes('T') ? parseInstant(value, zone) : undefined;
    if (parsed === undefined) {
      issues.push(issue('invalid-date', path, `expected an ISO 8601 date and time such as "2026-11-20T14:00", got ${JSON.stringify(value)}`));
      return undefined;
    }
    ms = parsed;
  } else {
    issues.push(typeIssue(value, path, 'an ISO 8601 date-time string or a Date', 'an ISO 8601 date and time such as "2026-11-20T14:00"'));
    return undefined;
  }
  if (ms < EARLIEST_MS || ms >= LATEST_MS) {
    issues.push(issue('out-of-range', path, `dates from ${limits.earliestDate} to ${limits.latestDate} are accepted`));
    return undefined;
  }
  return ms;
}

/**
 * Reads a calendar date, `YYYY-MM-DD`, as a day number (days since 1970-01-01); real dates from
 * 1970 to 2100 only. @internal
 */
export function checkDate(value: unknown, path: string, issues: ValidationIssue[]): number | undefined {
  const day = typeof value === 'string' && value.length === 10 ? parseIsoDate(value) : undefined;
  if (day === undefined) {
    issues.push(typeof value === 'string'
      ? issue('invalid-date', path, `expected a real "YYYY-MM-DD" date, got ${describeType(value)}`)
      : typeIssue(value, path, 'a real "YYYY-MM-DD" date', 'a "YYYY-MM-DD" date'));
    return undefined;
  }
  if (day * MS_PER_DAY < EARLIEST_MS || day * MS_PER_DAY >= LATEST_MS) {
    issues.push(issue('out-of-range', path, `dates from ${limits.earliestDate} to ${limits.latestDate} are accepted`));
    return undefined;
  }
  return day;
}
