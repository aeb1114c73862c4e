import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPipeline, searchInsights, type ApplicationActivity, type ApplicationInput, type SearchInsights } from '../../src/index.js';

const numRuns = Math.max(50, Math.floor(Number(process.env['FC_NUM_RUNS'] ?? 400) / 4));
const DAY = 86_400_000;
const FIRST = Date.UTC(2026, 9, 1, 14);
const NOW = new Date(FIRST + 70 * DAY).toISOString();

const EVENTS = ['reply-received', 'offer-received', 'rejection-received', 'check-in-sent', 'follow-up-sent', 'offer-accepted', 'offer-declined'] as const;

/** One application: applied on a day, rounds after it (dated or only invited to), a log after it. */
const applicationShape = fc.record({
  applied: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  employerTimeZone: fc.constantFrom('America/New_York', 'Europe/Berlin', 'Asia/Tokyo'),
  rounds: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
  invited: fc.boolean(),
  events: fc.array(fc.record({ type: fc.constantFrom(...EVENTS), day: fc.integer({ min: 0, max: 80 }), hour: fc.integer({ min: 0, max: 8 }) }), { maxLength: 5 }),
});

type Shape = typeof applicationShape extends fc.Arbitrary<infer T> ? T : never;

/** The application a shape stands for; minutes after the hour keep every application's times apart, so no two logs tie. */
function applicationOf(shape: Shape, index: number): ApplicationInput {
  const at = (day: number, hour: number): string => new Date(FIRST + day * DAY + hour * 3_600_000 + index * 60_000).toISOString();
  const start = Math.min(shape.applied ?? 99, ...shape.rounds.map((day) => day + 20));
  const activities = shape.events
    .map((event): ApplicationActivity => ({ type: event.type, at: at(start + event.day, event.hour) } as ApplicationActivity))
    .map((activity) => (activity.type === 'offer-received' ? { ...activity, deadline: '2027-06-30' } : activity));
  return {
    id: `app-${index}`, company: `Company ${index}`, position: 'Engineer', timeZone: 'America/New_York', employerTimeZone: shape.employerTimeZone,
    ...(shape.applied === undefined ? {} : { appliedAt: at(shape.applied, 0) }),
    rounds: [
      ...[...shape.rounds].sort((a, b) => a - b).map((day, round) => ({ id: `app-${index}-${round}`, start: at(day + 20, 0) })),
      ...(shape.invited || (shape.applied === undefined && shape.rounds.length === 0) ? [{ id: `app-${index}-invited` }] : []),
    ],
    activities,
  };
}

/** The insights with the silent list in an order that does not depend on the plan's: by days, then id. */
function comparable(insights: SearchInsights): SearchInsights {
  const silent = [...insights.silentEmployers].sort((a, b) => (b.days ?? -1e9) - (a.days ?? -1e9) || a.application.localeCompare(b.application));
  return { ...insights, silentEmployers: silent };
}

describe('searchInsights of a search in any order', () => {
  it('equals the insights of the same applications in another order (the silent list compared sorted by days)', () => {
    let planned = 0;
    fc.assert(fc.property(
      fc.array(applicationShape, { minLength: 1, maxLength: 6 }).chain((shapes) => fc.tuple(fc.constant(shapes), fc.shuffledSubarray(shapes.map((_, index) => index), { minLength: shapes.length, maxLength: shapes.length }))),
      ([shapes, order]) => {
        const applications = shapes.map(applicationOf);
        const shuffled = order.map((index) => applications[index] as ApplicationInput);
        const first = planPipeline(applications, { now: NOW, invalid: 'skip' });
        const second = planPipeline(shuffled, { now: NOW, invalid: 'skip' });
        planned += first.applications.length;
        expect(comparable(searchInsights(second))).toEqual(comparable(searchInsights(first)));
      },
    ), { numRuns });
    // Most generated applications are valid: the property is about real searches, not empty ones.
    expect(planned).toBeGreaterThan(numRuns);
  });
});
