import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, MS_PER_DAY, MS_PER_MINUTE } from '../../src/time/civil.js';
import { nextWorkingInstant, workEnd, workStart, type WorkingTime } from '../../src/time/workingTime.js';
import { findZone, toLocalMs, type Zone } from '../../src/time/zone.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 300);
const zones = Intl.supportedValuesOf('timeZone');

const cache = new Map<string, number[]>();

/** Every instant from 1971 to 2099 where `zone` changes its offset, to the minute (months holding two changes count one). */
function transitions(zone: Zone): number[] {
  let found = cache.get(zone.name);
  if (found !== undefined) return found;
  found = [];
  for (let year = 1971; year < 2100; year++) {
    for (let month = 0; month < 12; month++) {
      let low = Date.UTC(year, month, 1);
      let high = Date.UTC(year, month + 1, 1);
      if (zone.offsetAt(low) === zone.offsetAt(high)) continue;
      while (high - low > MS_PER_MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
        if (zone.offsetAt(middle) === zone.offsetAt(low)) low = middle;
        else high = middle;
      }
      found.push(high);
    }
  }
  cache.set(zone.name, found);
  return found;
}

// Zones whose clocks went back across midnight, or by more than an hour, are where a wall time
// runs twice on two dates; they are drawn as often as any other zone.
const rare = ['Antarctica/Casey', 'Antarctica/Macquarie', 'Pacific/Apia', 'America/Caracas', 'Asia/Pyongyang', 'Pacific/Kwajalein', 'Australia/Lord_Howe'];

describe('nextWorkingInstant where clocks change', () => {
  it('never goes back in time, lands in working time, and only moves forward', () => {
    const sample = fc.record({
      zone: fc.oneof({ arbitrary: fc.constantFrom(...rare), weight: 3 }, { arbitrary: fc.constantFrom(...zones), weight: 1 }),
      pick: fc.nat(), shift: fc.integer({ min: -720, max: 720 }),
      startShift: fc.option(fc.integer({ min: -180, max: 180 }), { nil: undefined }), startMinute: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 1440 }),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    });
    let touched = 0;
    fc.assert(fc.property(sample, (s) => {
      const zone = findZone(s.zone);
      if (zone === undefined) return;
      const found = transitions(zone);
      const transition = found[s.pick % Math.max(1, found.length)] ?? Date.UTC(2026, 5, 1);
      if (found.length > 0) touched++;
      // Half the time working hours start at a wall time near the change, where it may run twice.
      const near = s.startShift === undefined ? s.startMinute : Math.floor((toLocalMs(zone, transition + s.startShift * MS_PER_MINUTE) % MS_PER_DAY + MS_PER_DAY) % MS_PER_DAY / MS_PER_MINUTE);
      const time: WorkingTime = {
        zone, days: new Set(s.days), holidays: new Set(),
        startMinute: near, endMinute: Math.min(near + s.length, 1440),
      };
      const from = transition + s.shift * MS_PER_MINUTE;
      const { at, moves } = nextWorkingInstant(time, from);
      expect(at).toBeGreaterThanOrEqual(from);
      for (const move of moves) expect(move.to).toBeGreaterThan(move.from);
      const day = Math.floor(toLocalMs(zone, at) / MS_PER_DAY);
      expect(s.days).toContain(isoWeekday(day));
      expect(at).toBeGreaterThanOrEqual(workStart(time, day));
      expect(at).toBeLessThan(workEnd(time, day));
    }), { numRuns });
    expect(touched).toBeGreaterThan(numRuns / 2);
  });

  it('never goes back in time at any change that sets the clocks back across midnight, 1971–2099, for any half-hour start', () => {
    // Where a wall time runs twice on two dates, the next day's start may first have occurred
    // before the instant asked about (Casey, 4 March 2010: 02:00 +11 back to 23:00 +08).
    const crossing: { zone: Zone; at: number; back: number }[] = [];
    for (const name of zones) {
      const zone = findZone(name);
      if (zone === undefined) continue;
      for (const at of transitions(zone)) {
        const back = zone.offsetAt(at - 1) - zone.offsetAt(at);
        const before = Math.floor(toLocalMs(zone, at - 1) / MS_PER_DAY);
        if (back > 0 && Math.floor(toLocalMs(zone, at) / MS_PER_DAY) < before) crossing.push({ zone, at, back });
      }
    }
    expect(crossing.map(({ zone, at }) => `${zone.name} ${new Date(at).toISOString()}`)).toContain('Antarctica/Casey 2010-03-04T15:00:00.000Z');
    for (const { zone, at, back } of crossing) {
      for (let startMinute = 0; startMinute < 1440; startMinute += 30) {
        const time: WorkingTime = { zone, days: new Set([1, 2, 3, 4, 5, 6, 7]), holidays: new Set(), startMinute, endMinute: Math.min(startMinute + 60, 1440) };
        for (let after = 0; after <= back; after += 30) {
          const from = at + after * MS_PER_MINUTE;
          const found = nextWorkingInstant(time, from).at;
          const day = Math.floor(toLocalMs(zone, found) / MS_PER_DAY);
          expect(found, `${zone.name} from ${new Date(from).toISOString()}, hours from minute ${startMinute}`).toBeGreaterThanOrEqual(from);
          expect(found).toBeGreaterThanOrEqual(workStart(time, day));
          expect(found).toBeLessThan(workEnd(time, day));
        }
      }
    }
  });

  it('takes Casey from Thursday 23:00 (+08), just after the clocks went back, to Monday: Friday\'s hour ran before', () => {
    const zone = findZone('Antarctica/Casey')!;
    const time: WorkingTime = { zone, days: new Set([1, 2, 3, 4, 5]), holidays: new Set(), startMinute: 0, endMinute: 1 };
    const { at, moves } = nextWorkingInstant(time, Date.parse('2010-03-04T15:00:00Z'));
    expect(new Date(at).toISOString()).toBe('2010-03-07T16:00:00.000Z');
    expect(moves).toEqual([{ reason: 'outside-hours', from: Date.parse('2010-03-04T15:00:00Z'), to: at }]);
  });
});
