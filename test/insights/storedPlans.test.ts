import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FollowUpError, limits, planApplication, planPipeline, searchInsights, type ApplicationInput, type PipelinePlan, type SearchInsights } from '../../src/index.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 400);

const applications: ApplicationInput[] = [
  {
    id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', employerTimeZone: 'Europe/London', appliedAt: '2026-11-02T10:00',
    rounds: [{ id: 'acme-1', start: '2026-11-12T10:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }] }, { id: 'acme-2' }],
    activities: [{ type: 'follow-up-sent', at: '2026-11-09T10:00' }, { type: 'reply-received', at: '2026-11-10T14:00' }],
  },
  {
    id: 'globex', company: 'Globex', position: 'Engineer', timeZone: 'America/New_York', appliedAt: '2026-11-03T10:00',
    rounds: [{ id: 'globex-1', start: '2026-11-16T11:00', decisionDate: '2026-11-20' }],
    activities: [{ type: 'check-in-sent', at: '2026-11-23T10:00' }, { type: 'offer-received', at: '2026-11-30T10:00', deadline: '2026-12-11' }],
  },
  { id: 'initech', company: 'Initech', position: 'Engineer', timeZone: 'America/New_York', appliedAt: '2026-11-09T10:00', activities: [{ type: 'rejection-received', at: '2026-11-20T10:00' }] },
];
const plan = planPipeline(applications, { now: '2026-12-04T12:00', policy: { employerResponseDays: 10 } });
/** The plan as an app stores it: plain JSON. */
const stored = JSON.parse(JSON.stringify(plan)) as PipelinePlan;
const expected = searchInsights(plan);

/** A JSON copy of the plan with one change made to it. */
function edited(change: (copy: Record<string, any>) => void): PipelinePlan {
  const copy = JSON.parse(JSON.stringify(stored)) as Record<string, any>;
  change(copy);
  return copy as PipelinePlan;
}

function failure(read: () => unknown): { code: string; path: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof FollowUpError) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected a FollowUpError');
}

const doneCheckIn = (copy: Record<string, any>): Record<string, any> => copy['applications'][1]['steps'].find((step: { kind: string; doneAt?: string }) => step.kind === 'check-in' && step.doneAt !== undefined);

describe('searchInsights on plans an app stored and handed back', () => {
  it('gives the same numbers for the plan and its JSON copy', () => {
    expect(searchInsights(stored)).toEqual(expected);
    expect(expected).toEqual({
      applications: 3, withInterview: 2, responded: 3, responseRate: 1, interviewRate: 2 / 3, offerRate: 1 / 3,
      medianDaysToFirstResponse: 11, firstResponses: 3, funnel: { applied: 3, interviewed: 2, offered: 1, accepted: 0 },
      followUps: [{ attempt: 1, sent: 2, answered: 2 }],
      silentEmployers: [
        { application: 'acme', company: 'Acme', since: '2026-11-12T11:00:00.000-05:00', days: 22, employerOverdue: true },
        { application: 'globex', company: 'Globex', since: '2026-11-30T10:00:00.000-05:00', days: 4, employerOverdue: false },
      ],
    });
  });

  it.each<[string, (copy: Record<string, any>) => void, string, string]>([
    ['a plan that is not an object', (copy) => { copy['applications'] = 'none'; }, 'invalid-type', 'plan'],
    ['an unknown zone', (copy) => { copy['timeZone'] = 'Mars/Base'; }, 'invalid-time-zone', 'plan.timeZone'],
    ['a now that is not a date-time', (copy) => { copy['now'] = 'soon'; }, 'invalid-date', 'plan.now'],
    ['no policy', (copy) => { delete copy['policy']; }, 'missing-field', 'plan.policy'],
    ['a policy out of range', (copy) => { copy['policy']['repeatDays'] = 0; }, 'out-of-range', 'plan.policy.repeatDays'],
    ['an application that is a number', (copy) => { copy['applications'][0] = 5; }, 'invalid-type', 'plan.applications[0]'],
    ['an application plan without its application', (copy) => { copy['applications'][0]['application'] = null; }, 'invalid-type', 'plan.applications[0].application'],
    ['an application in an unknown zone', (copy) => { copy['applications'][0]['application']['timeZone'] = 'Mars/Base'; }, 'invalid-time-zone', 'plan.applications[0].application.timeZone'],
    ['an application date that is not a date-time', (copy) => { copy['applications'][0]['application']['appliedAt'] = 'yesterday'; }, 'invalid-date', 'plan.applications[0].application.appliedAt'],
    ['a round without a start', (copy) => { delete copy['applications'][0]['application']['rounds'][0]['start']; }, 'invalid-date', 'plan.applications[0].application.rounds[0].start'],
    ['a round listed twice', (copy) => { const rounds = copy['applications'][1]['application']['rounds']; rounds.push(rounds[0]); }, 'duplicate', 'plan.applications[1].application.rounds[1].id'],
    ['too many rounds', (copy) => { copy['applications'][0]['application']['rounds'] = new Array(limits.maxRounds + 1).fill({}); }, 'too-many', 'plan.applications[0].application.rounds'],
    ['an invitation that is text', (copy) => { copy['applications'][0]['application']['invitations'] = ['onsite']; }, 'invalid-type', 'plan.applications[0].application.invitations[0]'],
    ['an unknown state', (copy) => { copy['applications'][1]['state'] = 'happy'; }, 'invalid-choice', 'plan.applications[1].state'],
    ['an unknown outcome', (copy) => { copy['applications'][1]['outcome']['type'] = 'won'; }, 'invalid-choice', 'plan.applications[1].outcome.type'],
    ['silence in fractional days', (copy) => { copy['applications'][1]['silence']['days'] = 1.5; }, 'invalid-type', 'plan.applications[1].silence.days'],
    ['silence since no date', (copy) => { copy['applications'][1]['silence']['since'] = 'ages'; }, 'invalid-date', 'plan.applications[1].silence.since'],
    ['an answer of an unknown type', (copy) => { copy['applications'][1]['answers'][0]['type'] = 'praise'; }, 'invalid-choice', 'plan.applications[1].answers[0].type'],
    ['an answer without a time', (copy) => { delete copy['applications'][1]['answers'][0]['at']; }, 'invalid-date', 'plan.applications[1].answers[0].at'],
    ['too many answers', (copy) => { copy['applications'][1]['answers'] = new Array(limits.maxActivities + 1).fill({}); }, 'too-many', 'plan.applications[1].answers'],
    ['a warning without a code', (copy) => { copy['applications'][1]['warnings'] = ['late']; }, 'invalid-type', 'plan.applications[1].warnings[0].code'],
    ['no steps', (copy) => { delete copy['applications'][1]['steps']; }, 'invalid-type', 'plan.applications[1].steps'],
    ['a step of an unknown kind', (copy) => { copy['applications'][1]['steps'][0]['kind'] = 'party'; }, 'invalid-choice', 'plan.applications[1].steps[0].kind'],
    ['a step listed under another application', (copy) => { copy['applications'][1]['steps'][0]['application'] = 'acme'; }, 'invalid-choice', 'plan.applications[1].steps[0].application'],
    ['a sent check-in without a date-time', (copy) => { doneCheckIn(copy)['doneAt'] = 'Monday'; }, 'invalid-date', 'plan.applications[1].steps[4].doneAt'],
    ['a sent check-in without an attempt', (copy) => { delete doneCheckIn(copy)['attempt']; }, 'invalid-type', 'plan.applications[1].steps[4].attempt'],
    ['a sent check-in of attempt 0', (copy) => { doneCheckIn(copy)['attempt'] = 0; }, 'invalid-type', 'plan.applications[1].steps[4].attempt'],
    ['a sent check-in of an unknown round', (copy) => { doneCheckIn(copy)['round'] = 'globex-9'; }, 'invalid-choice', 'plan.applications[1].steps[4].round'],
    ['more steps in all than one plan may hold', (copy) => { for (const entry of copy['applications']) entry['steps'] = new Array(Math.ceil(limits.maxSteps / 2)).fill({ kind: 'check-in' }); }, 'too-many', 'plan.applications[2].steps'],
  ])('refuses %s with a FollowUpError at its path', (_name, change, code, path) => {
    expect(failure(() => searchInsights(edited(change)))).toEqual({ code, path });
  });

  it('checks the sent check-in the table edits: the fifth step of Globex', () => {
    expect(edited(() => undefined).applications[1]?.steps[4]).toMatchObject({ kind: 'check-in', attempt: 1, doneAt: '2026-11-23T10:00:00.000-05:00' });
  });

  it.each<[string, unknown, string, string]>([
    ['null', null, 'invalid-type', 'plan'],
    ['an application plan', planApplication(applications[0] as ApplicationInput, { now: '2026-12-04T12:00' }), 'invalid-type', 'plan'],
    ['a plan whose applications cannot be read', Object.defineProperty({ ...stored }, 'applications', { get: () => { throw new Error('storage gone'); } }), 'invalid-type', 'plan'],
  ])('refuses %s instead of a search plan', (_name, value, code, path) => {
    expect(failure(() => searchInsights(value as PipelinePlan))).toEqual({ code, path });
  });

  it.each<[string, unknown, string, string]>([
    ['options that are not an object', null, 'invalid-type', 'options'],
    ['an unknown option', { employerResponseDay: 14 }, 'unknown-key', 'options.employerResponseDay'],
    ['a line of 0 days', { employerResponseDays: 0 }, 'out-of-range', 'options.employerResponseDays'],
    ['a line given as text', { employerResponseDays: '14' }, 'invalid-type', 'options.employerResponseDays'],
  ])('refuses %s', (_name, options, code, path) => {
    expect(failure(() => searchInsights(stored, options as never))).toEqual({ code, path });
  });
});

/** Values an app's storage or a hand edit can leave in any field of a stored plan. */
const EDIT_VALUES: readonly unknown[] = [
  undefined, null, 0, -1, 1.5, 1e308, Number.NaN, true, '', 'x'.repeat(30_000), '\ud800', '2026-02-30T10:00:00Z', '2026-11-20T10:00',
  '2026-11-20T10:00:00.000-05:00', 'tomorrow', [], [null], {}, JSON.parse('{"__proto__": {"polluted": true}}'), 'check-in', 'closed', 'offer', 'Mars/Base',
];

/** Every path to a value in a plan, skipping the texts no insight reads (checklists, explanations, adjustments). */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value).filter((key) => !['checklist', 'adjustments', 'explanation', 'input'].includes(key));
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** What every result must satisfy, whatever the plan said. */
function expectConsistent(insights: SearchInsights): void {
  const { applications: total, funnel } = insights;
  for (const rate of [insights.responseRate, insights.interviewRate, insights.offerRate]) expect(rate >= 0 && rate <= 1).toBe(true);
  expect(funnel.applied).toBe(total);
  expect(funnel.accepted <= funnel.offered && funnel.offered <= insights.responded && insights.withInterview <= insights.responded && insights.responded <= total).toBe(true);
  expect(insights.firstResponses <= total && (insights.firstResponses === 0) === (insights.medianDaysToFirstResponse === undefined)).toBe(true);
  for (const row of insights.followUps) expect(Number.isInteger(row.attempt) && row.answered <= row.sent && row.sent > 0).toBe(true);
  expect(insights.silentEmployers.length <= total).toBe(true);
  for (const entry of insights.silentEmployers) expect(typeof entry.employerOverdue).toBe('boolean');
}

describe('searchInsights on a stored plan with one field changed to anything', () => {
  const paths = pathsOf(stored);

  it('gives a FollowUpError with a path, or numbers that hold together, and never pollutes a prototype', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.constantFrom(...paths), fc.constantFrom(...EDIT_VALUES), (path, value) => {
      const plan = edited((copy) => {
        if (path.length === 0) return;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path[path.length - 1] as string | number;
        if (value === undefined) delete parent[last];
        else parent[last] = value;
      });
      try {
        expectConsistent(searchInsights(path.length === 0 ? value as PipelinePlan : plan));
        accepted++;
      } catch (error) {
        if (!(error instanceof FollowUpError)) throw error;
        expect(error.path.startsWith('plan')).toBe(true);
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }), { numRuns });
    // Many edits touch what no insight reads (a step's title, say): the success half must run too.
    expect(accepted).toBeGreaterThan(numRuns / 4);
  });
});
