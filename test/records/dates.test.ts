import { describe, expect, it } from 'vitest';
import { planApplication, planFollowUps, validateApplication, validateInterview, type ApplicationInput, type ApplicationPlan } from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// Trackers keep days, not times. A day alone reads exactly as DESIGN.md says: an activity or
// `appliedAt` at 12:00 in the candidate's zone, never before the end of a round that ends that
// day; a round at the employer's working-hours start, one hour long, with a `no-interview-time`
// warning; several date-only rounds on one day one after another, in input order.

/** A New York candidate, a Chicago employer: working hours 09:00–17:00 Chicago (10:00–18:00 New York). */
const base: ApplicationInput = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer', timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
  rounds: [{ id: 'acme-onsite', start: '2026-11-20T14:00', end: '2026-11-20T15:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }] }],
});

function stepOf(plan: ApplicationPlan, id: string): ApplicationPlan['steps'][number] {
  const found = plan.steps.find((step) => step.id === id);
  if (found === undefined) throw new Error(`no step ${id}`);
  return found;
}

describe('an activity dated with a day alone', () => {
  it.each([
    ['after a round that ends that day in the afternoon: at the round\'s end', '2026-11-20T14:00', '2026-11-20T15:00', '2026-11-20', '2026-11-20T15:00:00.000-05:00'],
    ['after a round that ends that day in the morning: at 12:00', '2026-11-20T08:00', '2026-11-20T09:00', '2026-11-20', '2026-11-20T12:00:00.000-05:00'],
    ['after a round that ends at 12:00 exactly: at 12:00', '2026-11-20T11:00', '2026-11-20T12:00', '2026-11-20', '2026-11-20T12:00:00.000-05:00'],
    ['after a round that ends late in the evening: at its end', '2026-11-20T22:00', '2026-11-20T23:30', '2026-11-20', '2026-11-20T23:30:00.000-05:00'],
    ['on a later day: at 12:00 in the candidate\'s zone', '2026-11-20T14:00', '2026-11-20T15:00', '2026-11-21', '2026-11-21T12:00:00.000-05:00'],
    ['on the day clocks go back: at 12:00 that day', '2026-10-30T14:00', '2026-10-30T15:00', '2026-11-01', '2026-11-01T12:00:00.000-05:00'],
  ])('reads a thank-you %s', (_name, start, end, at, doneAt) => {
    const plan = planApplication({ ...base, rounds: [{ ...base.rounds![0]!, start, end }], activities: [{ type: 'thank-you-sent', at, interviewer: 'Ana Ruiz' }] });
    expect(stepOf(plan, 'thank-you-email-ana-ruiz').doneAt).toBe(doneAt);
  });

  it('never refuses a day alone for falling before the interview of that same day', () => {
    // 12:00 would be before the 14:00 interview; the day alone means after it.
    expect(validateApplication({ ...base, activities: [{ type: 'thank-you-sent', at: '2026-11-20', interviewer: 'Ana Ruiz' }] })).toEqual([]);
    expect(validateInterview({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-20T14:00', timeZone: 'America/New_York' }, { activities: [{ type: 'reply-received', at: '2026-11-20' }] })).toEqual([]);
  });

  it('still refuses a day before the first interview, and a time before it on its day', () => {
    expect(validateApplication({ ...base, activities: [{ type: 'thank-you-sent', at: '2026-11-19', interviewer: 'Ana Ruiz' }] }).map(({ code, path }) => [code, path]))
      .toEqual([['out-of-range', 'activities[0].at']]);
    expect(validateApplication({ ...base, activities: [{ type: 'thank-you-sent', at: '2026-11-20T13:00', interviewer: 'Ana Ruiz' }] }).map(({ code, path }) => [code, path]))
      .toEqual([['out-of-range', 'activities[0].at']]);
  });

  it('places a day alone among timed activities by the time it stands for: a message on the interview day lands on the thank-you first', () => {
    // Listed first but timed 16:00; the day alone stands for 15:00 (the round's end), so it is read first and takes the email.
    const plan = planApplication({
      ...base, rounds: [{ ...base.rounds![0]!, interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen', email: 'bo@acme.example' }] }],
      activities: [{ type: 'message-sent', at: '2026-11-20T16:00', to: 'Ana Ruiz' }, { type: 'message-sent', at: '2026-11-20' }],
    });
    expect([stepOf(plan, 'thank-you-email-ana-ruiz').doneAt, stepOf(plan, 'thank-you-email-bo-chen').doneAt])
      .toEqual(['2026-11-20T15:00:00.000-05:00', undefined]);
    expect(plan.warnings.filter((warning) => warning.code === 'unmatched-activity').map((warning) => warning.path)).toEqual(['activities[0]']);
  });

  it('reads an interview\'s activity dated with its day as after the interview, as an application\'s', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-20T14:00', end: '2026-11-20T15:30', timeZone: 'America/New_York', interviewers: [{ name: 'Ana Ruiz' }] },
      { activities: [{ type: 'thank-you-sent', at: '2026-11-20', interviewer: 'ana ruiz' }] });
    expect(plan.steps.find((step) => step.kind === 'thank-you-email')?.doneAt).toBe('2026-11-20T15:30:00.000-05:00');
  });

  it('reads an offer dated with a day alone at 12:00 and checks its deadline against that day', () => {
    const plan = planApplication({ ...base, activities: [{ type: 'offer-received', at: '2026-11-24', deadline: '2026-11-24' }] }, { now: '2026-11-24T13:00:00-05:00' });
    expect(plan.outcome).toEqual({ type: 'offer', at: '2026-11-24T12:00:00.000-05:00', deadline: '2026-11-24' });
    expect(validateApplication({ ...base, activities: [{ type: 'offer-received', at: '2026-11-24', deadline: '2026-11-23' }] }).map(({ code, path }) => [code, path]))
      .toEqual([['out-of-range', 'activities[0].deadline']]);
  });
});

describe('appliedAt given as a day alone', () => {
  const applied: ApplicationInput = deepFreeze({ id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/Los_Angeles', employerTimeZone: 'Europe/Berlin', appliedAt: '2026-11-02' });

  it.each([
    ['with no round: 12:00 in the candidate\'s zone', undefined, '2026-11-02T12:00:00.000-08:00'],
    ['with a round ending that afternoon: the round\'s end', [{ id: 'h1', start: '2026-11-02T14:00', end: '2026-11-02T14:45' }], '2026-11-02T14:45:00.000-08:00'],
    ['with a round ending that morning: 12:00', [{ id: 'h1', start: '2026-11-02T07:00', end: '2026-11-02T07:30' }], '2026-11-02T12:00:00.000-08:00'],
  ])('reads it %s', (_name, rounds, appliedAt) => {
    expect(planApplication({ ...applied, ...(rounds === undefined ? {} : { rounds }) }).application.appliedAt).toBe(appliedAt);
  });

  it('times the first follow-up from 12:00 Los Angeles, which is 21:00 Berlin: the next working morning there', () => {
    const first = stepOf(planApplication(applied), 'application-follow-up-1');
    // 2 November 12:00 Los Angeles + 7 days = Monday 9 November 21:00 Berlin, after hours: Tuesday 09:00 Berlin.
    expect([first.suggestedAt, first.dueAt, first.adjustments.map((adjustment) => adjustment.reason)])
      .toEqual(['2026-11-10T00:00:00.000-08:00', '2026-11-10T08:00:00.000-08:00', ['outside-hours']]);
  });

  it('accepts an activity on the same day as appliedAt, whatever its time', () => {
    expect(validateApplication({ ...applied, appliedAt: '2026-11-02T15:00', activities: [{ type: 'reply-received', at: '2026-11-02' }] })).toEqual([]);
  });
});

describe('a round dated with a day alone', () => {
  const dayOnly = (rounds: NonNullable<ApplicationInput['rounds']>): ApplicationPlan => planApplication({ ...base, rounds });
  const times = (plan: ApplicationPlan): string[][] => plan.application.rounds.map((round) => [round.id, round.start, round.end]);

  it('plans at the employer\'s working-hours start that day, one hour long, and warns no-interview-time in the employer\'s time', () => {
    const plan = dayOnly([{ id: 'acme-onsite', label: 'Onsite', start: '2026-11-20', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }] }]);
    expect(times(plan)).toEqual([['acme-onsite', '2026-11-20T10:00:00.000-05:00', '2026-11-20T11:00:00.000-05:00']]);
    expect(plan.warnings.filter((warning) => warning.code === 'no-interview-time')).toEqual([{
      code: 'no-interview-time', rule: 'working-hours', path: 'rounds[0].start', round: 'acme-onsite',
      message: 'The interview on 2026-11-20 has no time, so it is planned at 09:00 (America/Chicago), when working hours start; add the time for exact timing.',
    }]);
    // The window (Saturday 11:00 to Sunday 11:00) holds no working time: Monday 09:00 Chicago.
    expect(stepOf(plan, 'thank-you-email-ana-ruiz').suggestedAt).toBe('2026-11-23T10:00:00.000-05:00');
  });

  it('plans a Saturday\'s round on that Saturday, working day or not', () => {
    expect(times(dayOnly([{ id: 'acme-onsite', start: '2026-11-21' }]))).toEqual([['acme-onsite', '2026-11-21T10:00:00.000-05:00', '2026-11-21T11:00:00.000-05:00']]);
  });

  it.each([
    ['two', ['r1', 'r2'], [['r1', '10:00', '11:00'], ['r2', '11:00', '12:00']]],
    ['three, listed in reverse id order', ['r3', 'r2', 'r1'], [['r3', '10:00', '11:00'], ['r2', '11:00', '12:00'], ['r1', '12:00', '13:00']]],
  ])('plans %s on one day one after another, an hour apart, in input order', (_name, ids, expected) => {
    const plan = dayOnly(ids.map((id) => ({ id, start: '2026-11-20' })));
    expect(times(plan)).toEqual(expected.map(([id, start, end]) => [id, `2026-11-20T${start}:00.000-05:00`, `2026-11-20T${end}:00.000-05:00`]));
  });

  it('starts the slots afresh on each day', () => {
    const plan = dayOnly([{ id: 'r1', start: '2026-11-20' }, { id: 'r2', start: '2026-11-23' }, { id: 'r3', start: '2026-11-20' }]);
    expect(times(plan).map(([id, start]) => [id, start])).toEqual([
      ['r1', '2026-11-20T10:00:00.000-05:00'], ['r3', '2026-11-20T11:00:00.000-05:00'], ['r2', '2026-11-23T10:00:00.000-05:00'],
    ]);
  });

  it('follows the policy\'s working hours: 08:30 Chicago is 09:30 New York', () => {
    const plan = planApplication({ ...base, rounds: [{ id: 'r1', start: '2026-11-20' }] }, { policy: { workingHours: { start: '08:30', end: '17:00' } } });
    expect(times(plan)).toEqual([['r1', '2026-11-20T09:30:00.000-05:00', '2026-11-20T10:30:00.000-05:00']]);
  });

  it('is exempt from the overlap rule: a timed round at the same hour is planned too', () => {
    const plan = dayOnly([{ id: 'r1', start: '2026-11-20' }, { id: 'r2', start: '2026-11-20T10:30', end: '2026-11-20T11:30' }]);
    expect(times(plan)).toEqual([['r1', '2026-11-20T10:00:00.000-05:00', '2026-11-20T11:00:00.000-05:00'], ['r2', '2026-11-20T10:30:00.000-05:00', '2026-11-20T11:30:00.000-05:00']]);
    expect(validateApplication({ ...base, rounds: [{ id: 'r1', start: '2026-11-20T10:00', end: '2026-11-20T12:00' }, { id: 'r2', start: '2026-11-20T10:30' }] }).map(({ code }) => code)).toEqual(['overlap']);
  });

  it.each([
    ['the same day as end', '2026-11-20', []],
    ['a time as end', '2026-11-20T12:00', [['invalid-date', 'rounds[0].end']]],
    ['another day as end', '2026-11-21', [['invalid-date', 'rounds[0].end']]],
  ])('accepts only a day alone with %s', (_name, end, issues) => {
    expect(validateApplication({ ...base, rounds: [{ id: 'r1', start: '2026-11-20', end }] }).map(({ code, path }) => [code, path])).toEqual(issues);
  });

  it('places a thank-you dated that day after the planned hour', () => {
    const plan = planApplication({ ...base, rounds: [{ id: 'r1', start: '2026-11-20', interviewers: [{ name: 'Ana Ruiz' }] }], activities: [{ type: 'thank-you-sent', at: '2026-11-20', interviewer: 'Ana Ruiz' }] });
    // The hour ends at 11:00 New York, before noon: the day alone reads as 12:00.
    expect(stepOf(plan, 'thank-you-email-ana-ruiz').doneAt).toBe('2026-11-20T12:00:00.000-05:00');
  });

  it('plans an interview\'s day alone as a round\'s, with the warning at start', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-17', timeZone: 'Europe/Berlin', employerTimeZone: 'Europe/London' });
    expect([plan.interview.start, plan.interview.end]).toEqual(['2026-11-17T10:00:00.000+01:00', '2026-11-17T11:00:00.000+01:00']);
    expect(plan.warnings.find((warning) => warning.code === 'no-interview-time')).toEqual({
      code: 'no-interview-time', rule: 'working-hours', path: 'start',
      message: 'The interview on 2026-11-17 has no time, so it is planned at 09:00 (Europe/London), when working hours start; add the time for exact timing.',
    });
  });
});
