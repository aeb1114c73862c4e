import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findZone } from '../../src/time/zone.js';

const runs = Number(process.env['FC_NUM_RUNS'] ?? 300);
const zones = Intl.supportedValuesOf('timeZone');
const DAY = 86_400_000;
const luxonOffset = (name: string, ms: number): number => DateTime.fromMillis(ms, { zone: name }).offset;

/** The first whole second at which luxon's offset differs from the one at `from`, found by bisection. */
function luxonChange(name: string, from: number, to: number): number {
  const before = luxonOffset(name, from);
  let low = from;
  let high = to;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (luxonOffset(name, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('per-zone transition tables', () => {
  it('places every transition of a zone-year on the second luxon does, in any zone', () => {
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: 1970, max: 2100 }), (name, year) => {
      const zone = findZone(name)!;
      const first = Date.UTC(year, 0, 1) / DAY;
      const last = Date.UTC(year + 1, 0, 1) / DAY;
      for (let day = first; day < last; day++) {
        if (zone.offsetAt(day * DAY) === zone.offsetAt((day + 1) * DAY)) continue;
        const change = luxonChange(name, day * DAY, (day + 1) * DAY);
        for (const at of [day * DAY, change - 1000, change - 1, change, change + 1, (day + 1) * DAY - 1]) {
          expect(zone.offsetAt(at)).toBe(luxonOffset(name, at));
        }
      }
    }), { numRuns: runs });
  });

  it.each([
    ['America/Noronha', Date.UTC(2000, 9, 1)],
    ['Asia/Gaza', Date.UTC(2040, 9, 15)],
    ['America/Argentina/Tucuman', Date.UTC(2004, 4, 28)],
  ])('agrees with luxon at every quarter hour where %s changes twice within a week', (name, from) => {
    const zone = findZone(name)!;
    const offsets = new Set<number>();
    for (let at = from; at < from + 21 * DAY; at += 900_000) {
      expect(zone.offsetAt(at)).toBe(luxonOffset(name, at));
      offsets.add(zone.offsetAt(at));
    }
    expect(offsets.size).toBeGreaterThan(1);
  });

  it('keeps a transition that falls between whole minutes: Monrovia at 00:44:30 UTC on 7 January 1972', () => {
    const zone = findZone('Africa/Monrovia')!;
    const change = Date.UTC(1972, 0, 7, 0, 44, 30);
    expect([zone.offsetAt(change - 1), zone.offsetAt(change)]).toEqual([-44.5, 0]);
  });

  it('asks Intl once per new day and never again for a day it has seen', () => {
    const zone = findZone('Pacific/Chatham')!;
    const calls = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: unknown }, 'format', 'get');
    const noon = Date.UTC(2031, 5, 10, 12);
    zone.offsetAt(noon);
    expect(calls).toHaveBeenCalledTimes(2); // this midnight and the next
    zone.offsetAt(noon + 3_600_000);
    zone.offsetAt(noon + DAY);
    expect(calls).toHaveBeenCalledTimes(3); // one more midnight
    // A day holding a transition: two midnights and a bisection to the second, once.
    const change = Date.UTC(2031, 8, 27, 14); // 02:45 +12:45 becomes 03:45 +13:45
    zone.offsetAt(change);
    const afterDiscovery = calls.mock.calls.length;
    expect(afterDiscovery - 3).toBeLessThanOrEqual(2 + 17);
    expect([zone.offsetAt(change - 1), zone.offsetAt(change), zone.offsetAt(change + 1)]).toEqual([765, 825, 825]);
    expect(calls).toHaveBeenCalledTimes(afterDiscovery);
  });

  it('reads offsets through luxon on a runtime without longOffset names, with the same results', async () => {
    const Original = Intl.DateTimeFormat;
    function WithoutLongOffset(locale?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
      if (options?.timeZoneName === 'longOffset') throw new RangeError('Value longOffset out of range for Intl.DateTimeFormat options property timeZoneName');
      return new Original(locale, options);
    }
    WithoutLongOffset.supportedLocalesOf = Original.supportedLocalesOf;
    vi.stubGlobal('Intl', { ...Intl, supportedValuesOf: Intl.supportedValuesOf, DateTimeFormat: WithoutLongOffset });
    const fresh = await import('../../src/time/zone.js');
    expect(fresh.findZone('not/a_zone')).toBeUndefined();
    expect(fresh.findZone('america/st_johns')?.name).toBe('America/St_Johns');
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) }), (name, ms) => {
      expect(fresh.findZone(name)!.offsetAt(ms)).toBe(luxonOffset(name, ms));
    }), { numRuns: runs });
  });

  it('gives no offset for an instant outside what a Date can hold', () => {
    const zone = findZone('Europe/Paris')!;
    expect([zone.offsetAt(Number.NaN), zone.offsetAt(9e15), zone.offsetAt(Number.POSITIVE_INFINITY)]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });
});
