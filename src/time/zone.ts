import { IANAZone } from 'luxon';
import { formatLocalDateTime, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';

/**
 * A time zone reduced to what the rules need: the offset at an instant, and conversions between
 * instants (epoch ms) and local wall time. All arithmetic is on numbers; luxon supplies the
 * offsets, so the process time zone and locale never matter.
 * @internal
 */
export interface Zone {
  /** The IANA name as given. */
  readonly name: string;
  /** Offset from UTC in minutes at the instant `ms`. */
  offsetAt(ms: number): number;
}

const zones = new Map<string, Zone>();

const BUCKET_MS = 3_600_000;
/** Cached hour marks per zone before the cache starts over; bounds memory for long-running servers. */
const MAX_CACHED_HOURS = 200_000;

/**
 * Offsets change only at transitions, and no zone has two transitions within one hour. So the
 * offset at the start of every hour is cached: when an hour starts and ends on the same offset,
 * every instant inside it has that offset too; only an hour holding a transition asks luxon (and
 * so `Intl`) for the exact instant. A plan touches a few dozen hours; a warm cache answers with
 * two map lookups.
 */
function cachedOffsets(exact: (ms: number) => number): (ms: number) => number {
  const hours = new Map<number, number>();
  const atHour = (hour: number): number => {
    let offset = hours.get(hour);
    if (offset === undefined) {
      if (hours.size >= MAX_CACHED_HOURS) hours.clear();
      offset = exact(hour * BUCKET_MS);
      hours.set(hour, offset);
    }
    return offset;
  };
  return (ms) => {
    const hour = Math.floor(ms / BUCKET_MS);
    const offset = atHour(hour);
    return offset === atHour(hour + 1) || ms === hour * BUCKET_MS ? offset : exact(ms);
  };
}

let canonicalByLowerCase: ReadonlyMap<string, string> | undefined;

/**
 * The canonical spelling of a zone name the runtime accepts in any case: `america/new_york` is
 * `America/New_York`. The runtime's own spelling is used when it only differs in case (never a
 * different alias: `Asia/Kolkata` stays `Asia/Kolkata`); otherwise its list of canonical zones;
 * a name in neither (a legacy alias such as `US/Eastern`) stays as given.
 */
function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  if (resolved.toLowerCase() === lower) return resolved;
  if (canonicalByLowerCase === undefined) {
    const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    canonicalByLowerCase = new Map(known.map((zone) => [zone.toLowerCase(), zone]));
  }
  return canonicalByLowerCase.get(lower) ?? name;
}

/**
 * The {@link Zone} for an IANA name in any case, or `undefined` when the runtime does not know it.
 * Spellings that differ only in case share one zone (and one offset cache) with the canonical name.
 * @internal
 */
export function findZone(name: string): Zone | undefined {
  const key = name.toLowerCase();
  const known = zones.get(key);
  if (known !== undefined) return known;
  if (!IANAZone.isValidZone(name)) return undefined;
  const canonical = canonicalName(name);
  const luxonZone = IANAZone.create(canonical);
  const zone: Zone = { name: canonical, offsetAt: cachedOffsets((ms) => luxonZone.offset(ms)) };
  zones.set(key, zone);
  return zone;
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

/** The same wall-clock time `days` calendar days later (or earlier) in `zone`. */
export function addCalendarDays(zone: Zone, ms: number, days: number): number {
  return fromLocalMs(zone, toLocalMs(zone, ms) + days * MS_PER_DAY);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * ISO 8601 with milliseconds and the zone's offset at that instant, as luxon's `toISO()` writes
 * it (`2026-11-23T10:00:00.000-05:00`).
 */
export function formatInstant(zone: Zone, ms: number): string {
  const offset = zone.offsetAt(ms);
  // A few zones kept offsets with seconds into the early 1970s (Africa/Monrovia until 1972);
  // ISO 8601 offsets have no seconds, so such instants are written in UTC.
  if (!Number.isInteger(offset)) return new Date(ms).toISOString();
  const local = formatLocalDateTime(ms + offset * MS_PER_MINUTE);
  if (offset === 0 && isUtcName(zone.name)) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function isUtcName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'utc' || lower === 'gmt';
}
