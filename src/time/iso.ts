import { DateTime } from 'luxon';
import { MS_PER_MINUTE } from './civil.js';
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
  const match = COMMON.exec(text);
  if (match === null) return parseOtherForm(text, zone);
  const [, year, month, day, hour, minute, second = 0, fraction = '0', offset] = match;
  const millis = Number(fraction.padEnd(3, '0'));
  // Day 0 and hour 24 roll over in Date.UTC and are caught below; the rest are checked here
  // (Date.UTC also reads years 0–99 as 1900–1999).
  if (Number(year) < 100 || Number(month) < 1 || Number(month) > 12 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), millis);
  // Date.UTC rolls 31 April over to 1 May (and 24:00 to the next day); a real date-time survives.
  const check = new Date(local);
  if (check.getUTCDate() !== Number(day) || check.getUTCHours() !== Number(hour)) return undefined;
  if (offset === undefined) return fromLocalMs(zone, local);
  if (offset === 'Z') return local;
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = Number(offset.slice(4, 6));
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return local - sign * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
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
