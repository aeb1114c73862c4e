import { describe, expect, it } from 'vitest';
import {
  planApplication, planFollowUps, validateApplication, validatePipeline,
  type ApplicationActivity, type ApplicationInput, type ApplicationPlan, type ApplicationStep, type PolicyOverrides, type RoundInput,
} from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

/** One round on Friday 20 November 2026 at 10:00 New York, one interviewer, nothing else known. */
function acme(activities: readonly ApplicationActivity[] = [], round: Partial<RoundInput> = {}): ApplicationInput {
  return deepFreeze({
    id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York',
    rounds: [{ id: 'acme-1', start: '2026-11-20T10:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }], ...round }],
    activities,
  });
}

const steps = (plan: ApplicationPlan, kind: ApplicationStep['kind']): ApplicationStep[] => plan.steps.filter((step) => step.kind === kind);
const withoutRound = ({ round: _round, ...step }: ApplicationStep): Omit<ApplicationStep, 'round'> => step;

describe('a round\'s employer zone: its own employerTimeZone, else the application\'s, else its own timeZone, else the application\'s', () => {
  const zones: readonly [string, Partial<ApplicationInput>, Partial<RoundInput>, string, string][] = [
    // Friday 14:00–15:00 London is 23:00–24:00 Tokyo: the window (Sunday) holds no working time, so Monday 09:00 Tokyo.
    ['the round\'s own employer zone', { employerTimeZone: 'America/Chicago' }, { timeZone: 'Europe/London', employerTimeZone: 'Asia/Tokyo' }, 'Asia/Tokyo', '2026-11-23T00:00:00.000+00:00'],
    // Saturday 09:00–Sunday 09:00 Chicago holds no working time: Monday 09:00 Chicago.
    ['the application\'s employer zone', { employerTimeZone: 'America/Chicago' }, { timeZone: 'Europe/London' }, 'America/Chicago', '2026-11-23T15:00:00.000+00:00'],
    ['the round\'s own zone', {}, { timeZone: 'Europe/London' }, 'Europe/London', '2026-11-23T09:00:00.000+00:00'],
    ['the application\'s zone', {}, {}, 'America/New_York', '2026-11-23T09:00:00.000-05:00'],
  ];

  it.each(zones)('takes %s, and plans the round exactly as planFollowUps plans the interview', (_name, application, round, employer, thanks) => {
    const plan = planApplication({
      id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', ...application,
      rounds: [{ id: 'acme-1', start: '2026-11-20T14:00', interviewers: [{ name: 'Ana Ruiz' }], ...round }],
    });
    expect(plan.application.rounds[0]?.employerTimeZone).toBe(employer);
    expect(steps(plan, 'thank-you-email').map((step) => step.suggestedAt)).toEqual([thanks]);
    const interview = planFollowUps({
      id: 'acme-1', company: 'Acme', position: 'Engineer', start: '2026-11-20T14:00', interviewers: [{ name: 'Ana Ruiz' }],
      timeZone: round.timeZone ?? 'America/New_York',
      ...(round.employerTimeZone ?? application.employerTimeZone) === undefined ? {} : { employerTimeZone: round.employerTimeZone ?? application.employerTimeZone },
    });
    // The reminders keep the application's wall time; the round's own steps are the interview's.
    const own = (all: readonly ApplicationStep[]): unknown[] => all.filter((step) => step.kind !== 'keep-searching').map(withoutRound);
    expect(own(plan.steps)).toEqual(own(interview.steps));
  });
});

describe('no check-ins planned: no-response once fallbackDays + repeatDays have passed since the latest round\'s end, the boundary included', () => {
  // The round ends Friday 20 November at 11:00 New York; 14 + 14 days later is Friday 18 December 11:00.
  const declined = { followUpPermission: 'declined' } as const;
  it.each([
    ['maxCheckIns 0', [], {}, { maxCheckIns: 0 }, '2026-12-18T10:59:59-05:00', 'waiting'],
    ['maxCheckIns 0', [], {}, { maxCheckIns: 0 }, '2026-12-18T11:00:00-05:00', 'no-response'],
    ['permission declined', [], declined, {}, '2026-12-18T10:59:59-05:00', 'waiting'],
    ['permission declined', [], declined, {}, '2026-12-18T11:00:00-05:00', 'no-response'],
    ['permission declined, fallback 7 and repeat 3', [], declined, { fallbackDays: 7, repeatDays: 3 }, '2026-11-30T10:59:59-05:00', 'waiting'],
    ['permission declined, fallback 7 and repeat 3', [], declined, { fallbackDays: 7, repeatDays: 3 }, '2026-11-30T11:00:00-05:00', 'no-response'],
    ['permission declined, a reply came', [{ type: 'reply-received', at: '2026-11-25T12:00' }], declined, {}, '2026-12-18T11:00:00-05:00', 'waiting'],
  ] as const)('%s, at %s: %s', (_name, activities, round, policy, now, state) => {
    const plan = planApplication(acme(activities, round), { now, policy: policy as PolicyOverrides });
    expect(steps(plan, 'check-in')).toEqual([]);
    expect(plan.state).toBe(state);
  });
});

describe('an offer received after the working day of its deadline', () => {
  // Working hours 09:00–17:00 New York. Wednesday 9 and Saturday 12 December 2026.
  it.each([
    ['on time: the working day before the deadline', '2026-12-02T10:00', '2026-12-09', '2026-12-08T09:00:00.000-05:00', '2026-12-09T17:00:00.000-05:00', false],
    ['late on the deadline day, after hours', '2026-12-09T18:00', '2026-12-09', '2026-12-10T09:00:00.000-05:00', '2026-12-10T17:00:00.000-05:00', true],
    ['on a Saturday deadline, due the Friday before', '2026-12-12T10:00', '2026-12-12', '2026-12-14T09:00:00.000-05:00', '2026-12-14T17:00:00.000-05:00', true],
    ['as the Friday before a Saturday deadline ends', '2026-12-11T17:00', '2026-12-12', '2026-12-14T09:00:00.000-05:00', '2026-12-14T17:00:00.000-05:00', true],
    ['in the last hour of the Friday before a Saturday deadline', '2026-12-11T16:00', '2026-12-12', '2026-12-11T16:00:00.000-05:00', '2026-12-11T17:00:00.000-05:00', false],
  ] as const)('%s: suggested at the first working instant after it, due that working day\'s end, warned when late', (_name, at, deadline, suggestedAt, dueAt, late) => {
    const plan = planApplication(acme([{ type: 'offer-received', at, deadline }]));
    const [answer] = steps(plan, 'offer-response');
    expect([answer?.suggestedAt, answer?.dueAt, answer?.deadline]).toEqual([suggestedAt, dueAt, deadline]);
    expect(plan.warnings.filter((warning) => warning.code === 'offer-deadline-passed').map((warning) => [warning.path, warning.stepId, warning.message]))
      .toEqual(late ? [['activities[0].deadline', 'offer-response', `Acme's offer arrived after its deadline of ${deadline}: answer at once.`]] : []);
  });
});

describe('an offer after a rejection reopens the application', () => {
  const plan = planApplication(acme([{ type: 'rejection-received', at: '2026-11-25T10:00' }, { type: 'offer-received', at: '2026-12-02T10:00', deadline: '2026-12-09' }]), { now: '2026-12-03T10:00' });

  it('holds the offer: state offer, its outcome, the answer open', () => {
    expect([plan.state, plan.outcome]).toEqual(['offer', { type: 'offer', at: '2026-12-02T10:00:00.000-05:00', deadline: '2026-12-09' }]);
    expect(steps(plan, 'offer-response').map((step) => [step.status, step.dueAt])).toEqual([['open', '2026-12-09T17:00:00.000-05:00']]);
  });

  it('keeps cancelled what the rejection cancelled', () => {
    const cancelled = ['before-leaving', 'thank-you-email-ana-ruiz', 'check-in-1', 'check-in-2', 'keep-searching-1', 'keep-searching-2', 'keep-searching-3', 'keep-searching-4'];
    expect(plan.steps.filter((step) => cancelled.includes(step.id)).map((step) => [step.id, step.status]).sort())
      .toEqual(cancelled.map((id) => [id, 'cancelled']).sort());
  });
});

describe('an activity naming a round that starts after it: activity-before-round at activities[i]', () => {
  const twoRounds = (activities: readonly ApplicationActivity[]): ApplicationInput => ({
    id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York',
    rounds: [{ id: 'acme-1', start: '2026-11-16T10:00' }, { id: 'acme-2', start: '2026-11-23T10:00' }], activities,
  });
  const other: ApplicationInput = { id: 'globex', company: 'Globex', position: 'Engineer', timeZone: 'America/New_York', appliedAt: '2026-11-02T10:00' };
  const between: ApplicationActivity = { type: 'reply-received', at: '2026-11-20T10:00', round: 'acme-2' };
  const first: ApplicationActivity = { type: 'check-in-sent', at: '2026-11-10T10:00', round: 'acme-1' };

  it.each([
    ['a later round, in an application', () => validateApplication(twoRounds([between])), 'activities[0]'],
    ['the first round, before the application starts', () => validateApplication(twoRounds([{ type: 'reply-received', at: '2026-11-17T10:00' }, first])), 'activities[1]'],
    ['a later round, in a pipeline', () => validatePipeline([other, twoRounds([between])]), 'applications[1].activities[0]'],
    ['the first round, in a pipeline', () => validatePipeline({ applications: [twoRounds([first]), other] }), 'applications[0].activities[0]'],
  ])('%s', (_name, validate, path) => {
    expect(validate().map((found) => [found.code, found.path])).toEqual([['activity-before-round', path]]);
  });

  it('keeps a single interview\'s own code for an activity before it', () => {
    const interview = { id: 'acme-1', company: 'Acme', position: 'Engineer', start: '2026-11-16T10:00', timeZone: 'America/New_York' };
    expect(() => planFollowUps(interview, { activities: [{ type: 'check-in-sent', at: '2026-11-10T10:00' }] }))
      .toThrow(expect.objectContaining({ code: 'out-of-range', path: 'activities[0].at' }));
  });
});

describe('check-ins without a contact go to the round\'s first interviewer', () => {
  const rounds: readonly RoundInput[] = [
    { id: 'acme-1', start: '2026-11-16T10:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen', email: 'bo@acme.example' }] },
    { id: 'acme-2', start: '2026-11-23T10:00', interviewers: [{ name: 'Cy Park', email: 'cy@acme.example' }, { name: 'Di Ito' }] },
  ];
  const recipients = (plan: ApplicationPlan): string[] => plan.steps.filter((step) => step.kind === 'check-in' || step.kind === 'offer-response')
    .map((step) => `${step.round ?? '-'} ${step.id} ${step.recipient?.name ?? '(nobody)'}`).sort();

  it.each([
    ['without a contact: each round\'s first interviewer, the offer\'s answer to the latest round\'s', undefined, [
      '- offer-response Cy Park', 'acme-1 check-in-1 Ana Ruiz', 'acme-1 check-in-2 Ana Ruiz', 'acme-2 check-in-1 Cy Park', 'acme-2 check-in-2 Cy Park',
    ]],
    ['with a contact: the contact', { name: 'Rita Diaz', email: 'rita@acme.example' }, [
      '- offer-response Rita Diaz', 'acme-1 check-in-1 Rita Diaz', 'acme-1 check-in-2 Rita Diaz', 'acme-2 check-in-1 Rita Diaz', 'acme-2 check-in-2 Rita Diaz',
    ]],
  ] as const)('%s', (_name, contact, expected) => {
    const plan = planApplication({
      id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', rounds, ...(contact === undefined ? {} : { contact }),
      activities: [{ type: 'offer-received', at: '2026-12-30T10:00', deadline: '2027-01-08' }],
    });
    expect(recipients(plan)).toEqual(expected);
  });
});

describe('outcome activities dated after now change nothing at now', () => {
  const now = '2026-12-03T10:00';
  const before = planApplication(acme(), { now });
  const offer: ApplicationActivity = { type: 'offer-received', at: '2026-12-08T10:00', deadline: '2026-12-15' };
  it.each([
    ['rejection-received', [{ type: 'rejection-received', at: '2026-12-08T10:00' }]],
    ['offer-received', [offer]],
    ['offer-accepted', [offer, { type: 'offer-accepted', at: '2026-12-09T10:00' }]],
    ['offer-declined', [offer, { type: 'offer-declined', at: '2026-12-09T10:00' }]],
    ['withdrew', [{ type: 'withdrew', at: '2026-12-08T10:00' }]],
    ['ghosted', [{ type: 'ghosted', at: '2026-12-08T10:00' }]],
  ] as const)('%s', (_name, activities) => {
    const { input: _input, ...later } = planApplication(acme(activities), { now });
    const { input: _before, ...same } = before;
    expect(later).toEqual(same);
  });

  it('while a check-in sent after now still marks its step done', () => {
    const plan = planApplication(acme([{ type: 'check-in-sent', at: '2026-12-08T10:00' }]), { now });
    expect(steps(plan, 'check-in').map((step) => [step.id, step.status, step.doneAt])).toEqual([
      ['check-in-1', 'done', '2026-12-08T10:00:00.000-05:00'], ['check-in-2', 'upcoming', undefined],
    ]);
  });
});

describe('an application without rounds: weekly keep-searching reminders from appliedAt to its last suggested step, at least one, at most 52', () => {
  const applied: ApplicationInput = { id: 'hooli', company: 'Hooli', position: 'Engineer', timeZone: 'America/New_York', appliedAt: '2026-11-02T10:00' };
  it.each([
    ['the default follow-ups (7 and 14 days)', {}, 2, '2026-11-16T10:00:00.000-05:00'],
    ['no follow-ups at all', { maxApplicationFollowUps: 0 }, 1, '2026-11-09T10:00:00.000-05:00'],
    ['ten follow-ups a year apart', { maxApplicationFollowUps: 10, applicationRepeatDays: 365 }, 52, '2027-11-01T10:00:00.000-04:00'],
  ] as const)('%s', (_name, policy, count, last) => {
    const reminders = steps(planApplication(applied, { policy }), 'keep-searching');
    expect([reminders.length, reminders[0]?.suggestedAt, reminders.at(-1)?.suggestedAt]).toEqual([count, '2026-11-09T10:00:00.000-05:00', last]);
  });

  it.each([
    // Calendar days: follow-ups on 9 and 16 November, silence from 23 November 10:00.
    ['days', '2026-11-23T09:59:59-05:00', 'applied'],
    ['days', '2026-11-23T10:00:00-05:00', 'no-response'],
    // Working days: 11 and 20 November, then seven working days more is Tuesday 1 December 10:00.
    ['working-days', '2026-11-23T10:00:00-05:00', 'applied'],
    ['working-days', '2026-12-01T09:59:59-05:00', 'applied'],
    ['working-days', '2026-12-01T10:00:00-05:00', 'no-response'],
  ] as const)('counts the repeat before no-response in the follow-ups\' unit (%s), at %s: %s', (unit, now, state) => {
    const plan = planApplication(applied, { now, policy: { applicationFollowUpUnit: unit } });
    expect(plan.state).toBe(state);
  });
});

describe('two date-only rounds on one day', () => {
  it.each([
    ['b, a', ['b', 'a'], [['b', '09:00', '10:00'], ['a', '10:00', '11:00']]],
    ['a, b, c', ['a', 'b', 'c'], [['a', '09:00', '10:00'], ['b', '10:00', '11:00'], ['c', '11:00', '12:00']]],
  ] as const)('plans %s in input order from the working-hours start, one hour each', (_name, ids, expected) => {
    const plan = planApplication({
      id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
      rounds: ids.map((id) => ({ id, start: '2026-11-17' })),
    });
    // Times in Chicago, the employer's zone, an hour behind New York.
    const chicago = (iso: string): string => `${String(Number(iso.slice(11, 13)) - 1).padStart(2, '0')}:${iso.slice(14, 16)}`;
    expect(plan.application.rounds.map((round) => [round.id, chicago(round.start), chicago(round.end)])).toEqual(expected);
  });
});
