import { IANAZone } from 'luxon';
import { flat, formatLocalDateTime, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import { ianaSpelling } from './ianaNames.js';

/**
 * A time zone reduced to what the rules need: the offset at an instant, and conversions between
 * instants (epoch ms) and local wall time. All arithmetic is on numbers; the runtime's time-zone
 * data supplies the offsets (through `Intl`, or luxon where `Intl` lacks `longOffset` names), read
 * in a fixed locale, so the process time zone and locale never matter.
 * @internal
 */
export interface Zone {
  /** The IANA name in tzdb's spelling (`America/New_York` for `america/new_york`, `US/Eastern` for `us/eastern`). */
  readonly name: string;
  /** Offset from UTC in minutes at the instant `ms`. */
  offsetAt(ms: number): number;
}

const zones = new Map<string, Zone>();

/**
 * Days cached across every zone's table before all of them start over: about 30 MB at most, so
 * a long-running server planning in every zone on every date stays bounded. Planning in one zone
 * over the whole accepted range (1970–2100) needs about 48,000.
 */
const MAX_CACHED_DAYS = 1_000_000;
let cachedDays = 0;
/** Empties every table; called when the cached days reach {@link MAX_CACHED_DAYS}. */
const clearers: (() => void)[] = [];

/**
 * A zone's transition table, filled in lazily one UTC day at a time. Offsets change only at
 * transitions, and no zone changes twice within a day: from 1970 to 2101 the closest two
 * transitions anywhere are 6.96 days apart (America/Noronha in October 2000; Asia/Gaza's
 * predicted rules in 2040, 2054 and 2072). So the offset at each UTC midnight is asked once; a
 * day that starts and ends on the same offset has it throughout, and a day that does not holds
 * one transition, found once by bisection to the second (transitions fall on whole seconds).
 * A new date costs at most two look-ups of its days; a day already seen costs two map reads.
 */
function transitionTable(exact: (ms: number) => number): (ms: number) => number {
  const days = new Map<number, number>();
  const transitions = new Map<number, number>();
  clearers.push(() => {
    days.clear();
    transitions.clear();
  });
  const atDay = (day: number): number => {
    let offset = days.get(day);
    if (offset === undefined) {
      if (++cachedDays > MAX_CACHED_DAYS) {
        for (const clear of clearers) clear();
        cachedDays = 1;
      }
      offset = exact(day * MS_PER_DAY);
      days.set(day, offset);
    }
    return offset;
  };
  return (ms) => {
    const day = Math.floor(ms / MS_PER_DAY);
    const before = atDay(day);
    const after = atDay(day + 1);
    if (before === after || Number.isNaN(before)) return before;
    let change = transitions.get(day);
    if (change === undefined) {
      change = bisect(exact, day * MS_PER_DAY, before);
      transitions.set(day, change);
    }
    return ms < change ? before : after;
  };
}

/** The first whole second of the day starting at `from` whose offset is no longer `before`. */
function bisect(exact: (ms: number) => number, from: number, before: number): number {
  let low = from;
  let high = from + MS_PER_DAY;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (exact(middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

const OFFSET_TEXT = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The exact offset reader of a zone, or `undefined` when the runtime does not know the zone.
 * Reads the runtime's `longOffset` name (`GMT-05:00`), one `Intl` call of a few microseconds;
 * a runtime without `longOffset`, or printing something else, gets luxon's reading instead.
 */
function exactOffsets(name: string): { readonly canonical: string; readonly offset: (ms: number) => number } | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset', hour: 'numeric', hourCycle: 'h23' });
  } catch {
    if (!IANAZone.isValidZone(name)) return undefined;
    const luxonZone = IANAZone.create(name);
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return { canonical: canonicalName(name, resolved), offset: (ms) => luxonZone.offset(ms) };
  }
  let luxonZone: IANAZone | undefined;
  return {
    canonical: canonicalName(name, format.resolvedOptions().timeZone),
    offset: (ms) => {
      if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return Number.NaN;
      const match = OFFSET_TEXT.exec(format.format(ms));
      if (match === null) return (luxonZone ??= IANAZone.create(name)).offset(ms);
      const [, sign, hours, minutes, seconds] = match;
      if (sign === undefined) return 0;
      const size = Number(hours) * 60 + Number(minutes) + Number(seconds ?? 0) / 60;
      return sign === '-' ? -size : size;
    },
  };
}

/**
 * How a zone name is written back: the runtime's spelling when it differs from the IANA spelling
 * only in case, else the IANA spelling; never another alias (`Asia/Kolkata` stays `Asia/Kolkata`
 * where the runtime resolves it to `Asia/Calcutta`).
 */
function canonicalName(spelling: string, resolved: string): string {
  return resolved.toLowerCase() === spelling.toLowerCase() ? resolved : spelling;
}

/**
 * The {@link Zone} for an IANA zone name (a tzdb Zone or Link name, or a zone this runtime lists)
 * in any case, or `undefined` when the name is not one or the runtime cannot use it. The one
 * decision of what a zone name is: input readers and stored-plan readers both ask here. Names
 * the runtime's ICU accepts beyond tzdb's (`BST`, which it reads as Asia/Dhaka) are refused.
 * Spellings that differ only in case share one zone (and one offset cache).
 * @internal
 */
export function findZone(name: string): Zone | undefined {
  const key = name.toLowerCase();
  const known = zones.get(key);
  if (known !== undefined) return known;
  const spelling = ianaSpelling(name);
  const exact = spelling === undefined ? undefined : exactOffsets(spelling);
  if (exact === undefined) return undefined;
  const zone: Zone = { name: exact.canonical, offsetAt: transitionTable(exact.offset) };
  zones.set(key, zone);
  return zone;
}

/**
 * The zone this runtime would read `name` as, IANA or not (`BST` is `Asia/Dhaka` under ICU), or
 * `undefined` when it refuses the name. For explaining a refusal only; {@link findZone} decides.
 * @internal
 */
export function runtimeReading(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Local wall time at `ms`, as milliseconds since the local epoch. */
export function toLocalMs(zone: Zone, ms: number): number {
  return ms + zone.offsetAt(ms) * MS_PER_MINUTE;
}

/** Local day number at `ms`. */
export function localDay(zone: Zone, ms: number): number {
  return Math.floor(toLocalMs(zone, ms) / MS_PER_DAY);
}

/**
 * The instant of a local wall time, as RFC 5545 §3.3.5 reads one: a wall time that occurs twice
 * (clocks going back) is its first occurrence; one skipped (clocks going forward) is read with
 * the offset before the gap, so it moves forward by the gap. Unlike luxon, whose first guess is
 * the offset at the current time, this never depends on the clock.
 */
export function fromLocalMs(zone: Zone, localMs: number): number {
  // The offset of the day before holds unless the clocks changed in between. When it does not
  // hold, the wall time is read with the offset of the day after; if neither holds the wall
  // time falls in a gap, and the earlier offset moves it forward by the gap. In an overlap the
  // earlier offset is the larger one, so trying it first gives the first occurrence.
  const before = zone.offsetAt(localMs - MS_PER_DAY);
  const early = localMs - before * MS_PER_MINUTE;
  if (zone.offsetAt(early) === before) return early;
  const after = zone.offsetAt(localMs + MS_PER_DAY);
  const late = localMs - after * MS_PER_MINUTE;
  return zone.offsetAt(late) === after ? late : early;
}

/**
 * The instant of a local wall time that is not before `notBefore`: its first occurrence, or, when
 * the clocks went back and the first occurrence has already passed, its second. Moving forward to
 * a wall time never lands in the past, even in a repeated stretch that crosses midnight (Casey's
 * three hours in March 2010).
 */
export function fromLocalMsNotBefore(zone: Zone, localMs: number, notBefore: number): number {
  const first = fromLocalMs(zone, localMs);
  if (first >= notBefore) return first;
  const after = zone.offsetAt(localMs + MS_PER_DAY);
  const late = localMs - after * MS_PER_MINUTE;
  return zone.offsetAt(late) === after && late > first ? late : first;
}

/** The same wall-clock time `days` calendar days later (or earlier) in `zone`. */
export function addCalendarDays(zone: Zone, ms: number, days: number): number {
  return fromLocalMs(zone, toLocalMs(zone, ms) + days * MS_PER_DAY);
}

/** `-05:00` of an offset in whole minutes, written once per offset. */
const offsetTexts = new Map<number, string>();
function offsetText(offset: number): string {
  let text = offsetTexts.get(offset);
  if (text === undefined) {
    const abs = Math.abs(offset);
    const hours = Math.floor(abs / 60);
    const minutes = abs % 60;
    text = `${offset < 0 ? '-' : '+'}${hours < 10 ? '0' : ''}${hours}:${minutes < 10 ? '0' : ''}${minutes}`;
    offsetTexts.set(offset, text);
  }
  return text;
}

/**
 * ISO 8601 with milliseconds and the zone's offset at that instant, as luxon's `toISO()` writes
 * it (`2026-11-23T10:00:00.000-05:00`), as one flat string.
 */
export function formatInstant(zone: Zone, ms: number): string {
  const offset = zone.offsetAt(ms);
  // A few zones kept offsets with seconds into the early 1970s (Africa/Monrovia until 1972);
  // ISO 8601 offsets have no seconds, so such instants are written in UTC.
  if (!Number.isInteger(offset)) return new Date(ms).toISOString();
  const local = formatLocalDateTime(ms + offset * MS_PER_MINUTE);
  return flat(offset === 0 && isUtcName(zone.name) ? `${local}Z` : `${local}${offsetText(offset)}`);
}

function isUtcName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'utc' || lower === 'gmt';
}
