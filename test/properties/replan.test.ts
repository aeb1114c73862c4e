import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusesAt, type ApplicationPlan, type FollowUpPlan, type PipelinePlan } from '../../src/index.js';
import { plansOf, searches, type Search } from './searches.js';

// statusesAt(plan made at A, B) is the plan made at B: steps, statuses, states, outcomes, the next
// step, the summary and the search's reminders, for every kind of plan, and for its JSON copy.

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 100);
type Plan = FollowUpPlan | ApplicationPlan | PipelinePlan;

/** The kinds of plan and of record a run met, so the property is known to have covered each. */
function featuresOf(kind: string, plan: Plan, search: Search): string[] {
  const found = [kind];
  const activities = search.applications.flatMap((application) => application.activities ?? []);
  if (kind !== 'interview' && search.applications.some((application) => (application.rounds ?? []).every((round) => round.start === undefined))) found.push(`${kind} without rounds`);
  if (kind === 'pipeline' && activities.some((activity) => activity.type === 'offer-received')) found.push('pipeline with offers');
  if (kind === 'pipeline' && activities.some((activity) => activity.type === 'offer-accepted')) found.push('pipeline with an acceptance');
  if (plan.steps.some((step) => step.status === 'done')) found.push(`${kind} with a step done`);
  return found;
}

describe('statusesAt equals planning again', () => {
  it('for every kind of plan and any two moments A and B, on the plan and on its JSON copy', () => {
    const met = new Set<string>();
    fc.assert(fc.property(searches(3), fc.integer({ min: -20, max: 200 }), fc.integer({ min: -20, max: 200 }), (search, daysA, daysB) => {
      const base = Date.parse(search.applications[0]?.rounds?.[0]?.start as string ?? search.later) || Date.parse(search.later);
      const moment = (days: number): string => new Date(Math.min(Math.max(base + days * 86_400_000, Date.UTC(1970, 0, 1)), Date.UTC(2100, 11, 31))).toISOString();
      const [a, b] = [moment(daysA), moment(daysB)];
      const atA = plansOf(search, a);
      const atB = plansOf(search, b);
      for (const kind of ['interview', 'application', 'pipeline'] as const) {
        const planned = atA[kind];
        const expected = atB[kind];
        if (planned === undefined) continue;
        // The same input at another moment is accepted too: `now` is only read, never checked against the records.
        expect(expected, kind).toBeDefined();
        expect(statusesAt(planned as never, b), kind).toEqual(expected);
        expect(statusesAt(JSON.parse(JSON.stringify(planned)) as never, b), `${kind}, JSON copy`).toEqual(JSON.parse(JSON.stringify(expected)));
        for (const feature of featuresOf(kind, planned, search)) met.add(feature);
      }
    }), { numRuns });
    expect([...met].filter((feature) => !feature.includes('done')).sort()).toEqual([
      'application', 'application without rounds', 'interview', 'pipeline', 'pipeline with an acceptance', 'pipeline with offers', 'pipeline without rounds',
    ]);
    expect(met.has('pipeline with a step done')).toBe(true);
  }, 600_000);
});
