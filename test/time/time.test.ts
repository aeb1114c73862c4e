import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatLocalDateTime, isoWeekday, parseIsoDate } from '../../src/time/civil.js';
import { parseInstant } from '../../src/time/iso.js';
import { findZone, formatInstant } from '../../src/time/zone.js';
import { DateTime } from 'luxon';

const runs = Number(process.env['FC_NUM_RUNS'] ?? 300);
const range = { min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) };

describe('civil-date arithmetic', () => {
  it('formats any instant from 1970 to 2100 exactly as Date#toISOString', () => {
    fc.assert(fc.property(fc.integer(range), (ms) => {
      expect(`${formatLocalDateTime(ms)}Z`).toBe(new Date(ms).toISOString());
    }), { numRuns: runs * 10 });
  });

  it('round-trips day numbers through YYYY-MM-DD and knows the weekday', () => {
    fc.assert(fc.property(fc.integer({ min: -1, max: 47_846 }), (day) => {
      expect(parseIsoDate(formatIsoDate(day))).toBe(day);
      expect(isoWeekday(day)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
    }), { numRuns: runs * 10 });
  });

  it('rejects dates that do not exist', () => {
    expect(['2026-02-29', '2026-04-31', '2026-13-01', '2026-1-01', '26-01-01'].map(parseIsoDate)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(parseIsoDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29) / 86_400_000);
  });
});

describe('zone offsets and ISO parsing agree with luxon', () => {
  const zones = Intl.supportedValuesOf('timeZone');

  it('gives luxon\'s offset at any instant in any zone (cached by the hour)', () => {
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer(range), (name, ms) => {
      const zone = findZone(name)!;
      expect(zone.offsetAt(ms)).toBe(DateTime.fromMillis(ms, { zone: name }).offset);
    }), { numRuns: runs * 10 });
  });

  it('gives luxon\'s offset right at and around DST transitions', () => {
    const zone = findZone('America/New_York')!;
    const change = Date.UTC(2026, 2, 8, 7); // 02:00 EST jumps to 03:00 EDT
    for (const delta of [-3_600_001, -1, 0, 1, 1_799_999, 3_599_999]) {
      expect(zone.offsetAt(change + delta)).toBe(DateTime.fromMillis(change + delta, { zone: 'America/New_York' }).offset);
    }
  });

  it('reads offset strings exactly as luxon does', () => {
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer(range), (name, ms) => {
      const zone = findZone(name)!;
      const text = formatInstant(zone, ms);
      expect(parseInstant(text, zone)).toBe(DateTime.fromISO(text).toMillis());
    }), { numRuns: runs * 10 });
  });

  it('reads a wall time back as the first instant showing it (RFC 5545)', () => {
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer(range), (name, ms) => {
      const zone = findZone(name)!;
      const wall = DateTime.fromMillis(ms, { zone: name }).toISO({ includeOffset: false })!;
      const read = parseInstant(wall, zone)!;
      expect(read).toBeLessThanOrEqual(ms);
      expect(DateTime.fromMillis(read, { zone: name }).toISO({ includeOffset: false })).toBe(wall);
      // No earlier instant shows the same wall time: the reading is the first occurrence.
      expect(DateTime.fromMillis(read - 3_600_000, { zone: name }).toISO({ includeOffset: false }) === wall).toBe(false);
    }), { numRuns: runs * 10 });
  });

  it('formats instants as luxon\'s toISO does', () => {
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1973, 0, 1), max: range.max }), (name, ms) => {
      expect(formatInstant(findZone(name)!, ms)).toBe(DateTime.fromMillis(ms, { zone: name }).toISO());
    }), { numRuns: runs * 10 });
  });

  it('rejects impossible date-times and falls back to luxon for other ISO forms', () => {
    const zone = findZone('Europe/Paris')!;
    expect(['2026-02-30T10:00', '2026-11-17T24:00', '2026-11-17T10:60', '2026-11-17T10:00+25:00'].map((text) => parseInstant(text, zone))).toEqual([undefined, undefined, undefined, undefined]);
    expect(parseInstant('2026-W47-2T10:00', zone)).toBe(Date.UTC(2026, 10, 17, 9));
    expect(parseInstant('2026-11-17T10:00:00,5Z', zone)).toBe(Date.UTC(2026, 10, 17, 10, 0, 0, 500));
  });
});

describe('reading ISO 8601 exactly', () => {
  const paris = () => findZone('Europe/Paris')!;

  it('reads the written shape (…sss±HH:MM or …sssZ) as luxon does, real or not, with any field out of range', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), two(13), two(32), two(25), two(61), two(61), fc.integer({ min: 0, max: 999 }),
      fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), two(25), two(61)).map(([sign, h, m]) => `${sign}${h}:${m}`)),
      (year, month, day, hour, minute, second, millis, offset) => {
        const text = `${year}-${month}-${day}T${hour}:${minute}:${second}.${String(millis).padStart(3, '0')}${offset}`;
        const luxon = DateTime.fromISO(text, { setZone: true });
        // luxon reads hour 24 at minute 00 as the next day, and offset minutes past 59; this library refuses both.
        const badOffset = offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4)) > 59);
        const expected = luxon.isValid && hour !== '24' && !badOffset ? luxon.toMillis() : undefined;
        expect(parseInstant(text, paris())).toBe(expected);
      }), { numRuns: runs * 10 });
  });
  it.each([
    ['month 00', '2026-00-17T10:00Z'],
    ['month 13', '2026-13-17T10:00Z'],
    ['day 00', '2026-11-00T10:00Z'],
    ['hour 24', '2026-11-17T24:00Z'],
    ['minute 60', '2026-11-17T10:60Z'],
    ['second 60', '2026-11-17T10:00:60Z'],
    ['offset hour 24', '2026-11-17T10:00+24:00'],
    ['offset minute 60', '2026-11-17T10:00+05:60'],
    ['a two-digit year', '0075-11-17T10:00Z'],
    ['leading junk', 'x2026-11-17T10:00Z'],
    ['trailing junk', '2026-11-17T10:00Zx'],
    ['a one-digit second', '2026-11-17T10:00:5Z'],
  ])('rejects %s', (_name, text) => {
    expect(parseInstant(text, paris())).toBeUndefined();
  });

  it.each([
    ['UTC', '2026-11-17T10:00Z', Date.UTC(2026, 10, 17, 10)],
    ['UTC with seconds and a fraction', '2026-11-17T10:00:05.5Z', Date.UTC(2026, 10, 17, 10, 0, 5, 500)],
    ['two fraction digits', '2026-11-17T10:00:05.05Z', Date.UTC(2026, 10, 17, 10, 0, 5, 50)],
    ['a positive offset', '2026-11-17T10:00+05:45', Date.UTC(2026, 10, 17, 4, 15)],
    ['a negative offset', '2026-11-17T10:00-03:30', Date.UTC(2026, 10, 17, 13, 30)],
    ['wall time in the zone', '2026-11-17T10:00', Date.UTC(2026, 10, 17, 9)],
  ])('reads %s', (_name, text, expected) => {
    expect(parseInstant(text, paris())).toBe(expected);
  });

  it('rejects date strings with junk around them', () => {
    expect([parseIsoDate('2026-11-17x'), parseIsoDate('x2026-11-17')]).toEqual([undefined, undefined]);
  });
});

describe('zone edge cases, compared with luxon', () => {
  it('writes Z only for zones named UTC or GMT, +00:00 for other zero-offset zones', () => {
    const at = Date.UTC(2026, 10, 17, 10);
    expect(['UTC', 'utc', 'GMT', 'Etc/UTC', 'Europe/London', 'Africa/Abidjan'].map((name) => formatInstant(findZone(name)!, at))).toEqual([
      '2026-11-17T10:00:00.000Z', '2026-11-17T10:00:00.000Z', '2026-11-17T10:00:00.000Z',
      '2026-11-17T10:00:00.000+00:00', '2026-11-17T10:00:00.000+00:00', '2026-11-17T10:00:00.000+00:00',
    ]);
  });

  it('writes an offset with seconds (Monrovia before 1972) in UTC', () => {
    expect(formatInstant(findZone('Africa/Monrovia')!, Date.UTC(1971, 0, 1))).toBe('1971-01-01T00:00:00.000Z');
  });

  it('finds a transition inside an hour: St John\'s changes at 05:30 UTC', () => {
    const zone = findZone('America/St_Johns')!;
    const change = Date.UTC(2026, 2, 8, 5, 30);
    for (const at of [change - 1_800_000, change - 1, change, change + 1, change + 1_799_999]) {
      expect(zone.offsetAt(at)).toBe(DateTime.fromMillis(at, { zone: 'America/St_Johns' }).offset);
    }
    expect([zone.offsetAt(change - 1), zone.offsetAt(change)]).toEqual([-210, -150]);
  });

  it('finds Lord Howe\'s half-hour change inside an hour', () => {
    const zone = findZone('Australia/Lord_Howe')!;
    const change = Date.UTC(2026, 9, 3, 15, 30); // 02:00 +10:30 becomes 02:30 +11:00
    expect([zone.offsetAt(change - 1), zone.offsetAt(change), zone.offsetAt(change + 60_000)]).toEqual([630, 660, 660]);
  });

  it.each([
    ['a skipped wall time moves forward by the gap (New York spring)', 'America/New_York', '2026-03-08T02:30', '2026-03-08T03:30:00.000-04:00'],
    ['a repeated wall time is its first occurrence (New York autumn)', 'America/New_York', '2026-11-01T01:30', '2026-11-01T01:30:00.000-04:00'],
    ['a skipped half hour at Lord Howe', 'Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-04T02:45:00.000+11:00'],
    ['a repeated half hour at Lord Howe', 'Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-05T01:45:00.000+11:00'],
    ['a skipped midnight (Santiago)', 'America/Santiago', '2026-09-06T00:30', '2026-09-06T01:30:00.000-03:00'],
    ['the day Samoa skipped', 'Pacific/Apia', '2011-12-30T12:00', '2011-12-31T12:00:00.000+14:00'],
    ['a positive zone\'s repeated hour (Berlin autumn)', 'Europe/Berlin', '2026-10-25T02:30', '2026-10-25T02:30:00.000+02:00'],
    ['the hour after the New York spring gap', 'America/New_York', '2026-03-08T03:30', '2026-03-08T03:30:00.000-04:00'],
    ['the afternoon of the New York spring change', 'America/New_York', '2026-03-08T15:00', '2026-03-08T15:00:00.000-04:00'],
    ['the afternoon of the New York autumn change', 'America/New_York', '2026-11-01T15:00', '2026-11-01T15:00:00.000-05:00'],
    ['the morning after the Berlin spring change', 'Europe/Berlin', '2026-03-30T01:00', '2026-03-30T01:00:00.000+02:00'],
  ])('%s', (_name, name, wall, expected) => {
    const zone = findZone(name)!;
    expect(formatInstant(zone, parseInstant(wall, zone)!)).toBe(expected);
  });

});
