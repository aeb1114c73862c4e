import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatLocalDateTime, isoWeekday, parseIsoDate } from '../src/time/civil.js';
import { parseInstant } from '../src/time/iso.js';
import { findZone, formatInstant } from '../src/time/zone.js';
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

  it('reads wall times and offset strings exactly as luxon does', () => {
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer(range), fc.boolean(), (name, ms, withOffset) => {
      const zone = findZone(name)!;
      const text = withOffset ? formatInstant(zone, ms) : DateTime.fromMillis(ms, { zone: 'UTC' }).toISO({ includeOffset: false })!;
      const expected = DateTime.fromISO(text, { zone: name });
      expect(parseInstant(text, zone)).toBe(expected.isValid ? expected.toMillis() : undefined);
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
