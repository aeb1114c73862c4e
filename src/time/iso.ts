import { DateTime } from 'luxon';
import { MS_PER_MINUTE } from './civil.js';
import { fromLocalMs, type Zone } from './zone.js';

// The common shape, `YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:MM]`, is read here with plain arithmetic;
// anything else (week dates, ordinal dates, basic format, commas) goes to luxon's full parser.
const COMMON = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The instant an ISO 8601 date-time string stands for: with an offset, that instant; without
 * one, that wall time in `zone` (a skipped wall time moves forward, as in luxon). `undefined` when
 * the string is not a valid date-time.
 */
export function parseInstant(text: string, zone: Zone): number | undefined {
  const match = COMMON.exec(text);
  if (match === null) {
    const parsed = DateTime.fromISO(text, { zone: zone.name });
    return parsed.isValid ? parsed.toMillis() : undefined;
  }
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((index) => Number(match[index]));
  const second = Number(match[6] ?? 0);
  const millis = Number((match[7] ?? '0').padEnd(3, '0'));
  if (month === undefined || day === undefined || hour === undefined || minute === undefined || year === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls 31 April over to 1 May; a real date survives the round trip.
  if (new Date(local).getUTCDate() !== day || year < 100) return undefined;
  const offset = match[8];
  if (offset === undefined) return fromLocalMs(zone, local);
  if (offset === 'Z') return local;
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = Number(offset.slice(4, 6));
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return local - sign * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
}
