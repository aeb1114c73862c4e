import { DateTime } from 'luxon';
import { daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import { fromLocalMs, type Zone } from './zone.js';

// The common shape, `YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:MM]`, is read here with plain arithmetic;
// anything else (week dates, ordinal dates, basic format, decimal commas, hour-only times) goes to
// luxon's full parser, but only in two fixed-offset zones, never in the interview's: luxon guesses
// an ambiguous wall time with the offset in force today, so its reading would depend on the clock.
const COMMON = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The instant an ISO 8601 date-time string stands for: with an offset, that instant; without
 * one, that wall time in `zone` (a skipped wall time moves forward, as in luxon). `undefined` when
 * the string is not a valid date-time.
 */
export function parseInstant(text: string, zone: Zone): number | undefined {
  const fixed = parseWrittenInstant(text);
  if (fixed !== undefined) return fixed;
  const match = COMMON.exec(text);
  if (match === null) return parseOtherForm(text, zone);
  const [, year, month, day, hour, minute, second = 0, fraction = '0', offset] = match;
  const local = localMs(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0')));
  if (local === undefined) return undefined;
  if (offset === undefined) return fromLocalMs(zone, local);
  if (offset === 'Z') return local;
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = Number(offset.slice(4, 6));
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return local - (offset.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
}

/**
 * The milliseconds since 1970-01-01T00:00 of a wall time, or `undefined` when it does not exist
 * (31 April, hour 24, minute 60, second 60; years before 100 are refused as Date.UTC misreads them).
 */
function localMs(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number | undefined {
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/** A digit's value at `index`, or NaN. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

function number(text: string, from: number, width: number): number {
  let value = 0;
  for (let index = from; index < from + width; index++) value = value * 10 + digitAt(text, index);
  return value;
}

/**
 * The shape every plan writes, `YYYY-MM-DDTHH:mm:ss.sssZ` or `…sss±HH:MM`, read by position
 * without a regular expression (a kept plan is read back on every clock tick); `undefined` when
 * the text has another shape (or is no real date-time), which the general reading then decides.
 */
export function parseWrittenInstant(text: string): number | undefined {
  const length = text.length;
  if ((length !== 24 && length !== 29) || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[19] !== '.') return undefined;
  const local = localMs(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), number(text, 20, 3));
  if (local === undefined || Number.isNaN(local)) return undefined;
  if (length === 24) return text[23] === 'Z' ? local : undefined;
  const sign = text[23] === '-' ? -1 : text[23] === '+' ? 1 : 0;
  const hours = number(text, 24, 2);
  const minutes = number(text, 27, 2);
  if (sign === 0 || text[26] !== ':' || !(hours <= 23 && minutes <= 59)) return undefined;
  return local - sign * (hours * 60 + minutes) * MS_PER_MINUTE;
}

/**
 * Any other ISO 8601 form luxon reads. Read in two fixed-offset zones: when both give the same
 * instant the text carried its own offset; when they differ it is a wall time, which is then
 * placed in `zone` by the first-occurrence rule, like the common shape.
 */
function parseOtherForm(text: string, zone: Zone): number | undefined {
  const asUtc = DateTime.fromISO(text, { zone: 'UTC' });
  if (!asUtc.isValid) return undefined;
  const asOther = DateTime.fromISO(text, { zone: 'Etc/GMT-14' });
  const instant = asUtc.toMillis();
  return asOther.toMillis() === instant ? instant : fromLocalMs(zone, instant);
}
