import { describe, expect, it } from 'vitest';
import { planApplication, presets, statusesAt, type ApplicationInput, type ApplicationPlan } from '../../src/index.js';
import { toICalendar } from '../../src/ics/index.js';
import { deepFreeze } from '../helpers/interviews.js';

/** Applied 20 October 2026 in New York, interviewed on Monday 2 November 10:00–11:00, nothing heard since. */
const globex: ApplicationInput = deepFreeze({
  id: 'globex', company: 'Globex', position: 'Analyst', timeZone: 'America/New_York',
  appliedAt: '2026-10-20T09:00',
  rounds: [{ id: 'globex-1', start: '2026-11-02T10:00', end: '2026-11-02T11:00', interviewers: [{ name: 'Cy Park' }] }],
});

function statuses(plan: ApplicationPlan): Record<string, string> {
  return Object.fromEntries(plan.steps.map((step) => [step.id, step.status]));
}

function codes(plan: ApplicationPlan): string[] {
  return plan.warnings.map((warning) => warning.code);
}

describe('silence: since the employer was last heard from or met', () => {
  it.each([
    ['before the interview, since applying', '2026-11-01T12:00:00Z', globex, { since: '2026-10-20T09:00:00.000-04:00', days: 12 }],
    ['after the interview, since it ended', '2026-11-10T12:00:00Z', globex, { since: '2026-11-02T11:00:00.000-05:00', days: 8 }],
    ['after a reply, since the reply', '2026-11-10T12:00:00Z', { ...globex, activities: [{ type: 'reply-received', at: '2026-11-05T16:30' }] }, { since: '2026-11-05T16:30:00.000-05:00', days: 5 }],
    ['after a rejection, since the rejection', '2026-11-20T12:00:00Z', { ...globex, activities: [{ type: 'rejection-received', at: '2026-11-18T08:00' }] }, { since: '2026-11-18T08:00:00.000-05:00', days: 2 }],
    ['counting calendar days in the candidate\'s zone, not 24-hour periods', '2026-11-03T04:30:00Z', globex, { since: '2026-11-02T11:00:00.000-05:00', days: 0 }],
  ] as const)('%s', (_name, now, input, expected) => {
    expect(planApplication(input, { now }).silence).toEqual(expected);
  });

  it('has no days without a now, and ignores a reply logged after now', () => {
    // Without now, silence is taken when the state is: at the round's start, before it ended.
    expect(planApplication(globex).silence).toEqual({ since: '2026-10-20T09:00:00.000-04:00' });
    const later = planApplication({ ...globex, activities: [{ type: 'reply-received', at: '2026-11-20T09:00' }] }, { now: '2026-11-10T12:00:00Z' });
    expect(later.silence).toEqual({ since: '2026-11-02T11:00:00.000-05:00', days: 8 });
  });
});

describe('employer-overdue (policy employerResponseDays, preset ontario)', () => {
  it('takes the article\'s numbers and adds 45 days in ontario', () => {
    expect(presets.ontario).toEqual({ employerResponseDays: 45 });
  });

  it('warns at path rounds[k] from the instant the days have passed since the latest round ended, not a second before', () => {
    // The round ended 2 November 11:00 New York; 45 days later is 17 December 11:00 there (16:00 UTC).
    const before = planApplication(globex, { now: '2026-12-17T15:59:59Z', policy: presets.ontario });
    const at = planApplication(globex, { now: '2026-12-17T16:00:00Z', policy: presets.ontario });
    expect(codes(before)).not.toContain('employer-overdue');
    expect(at.warnings.find((warning) => warning.code === 'employer-overdue')).toEqual({
      code: 'employer-overdue', rule: 'employer-overdue', path: 'rounds[0]', round: 'globex-1',
      message: 'Globex has not decided 45 days after your interview on 2026-11-02: ask for an answer, or put your time elsewhere.',
    });
    expect(at.silence).toEqual({ since: '2026-11-02T11:00:00.000-05:00', days: 45 });
  });

  it.each([
    ['without the policy key', {}, [], true],
    ['after an offer', presets.ontario, [{ type: 'offer-received', at: '2026-12-01T10:00' }], true],
    ['after a rejection', presets.ontario, [{ type: 'rejection-received', at: '2026-12-01T10:00' }], true],
    ['after a mere reply (it is still undecided)', presets.ontario, [{ type: 'reply-received', at: '2026-12-01T10:00' }], false],
  ] as const)('does not warn %s: %#', (_name, policy, activities, silent) => {
    const plan = planApplication({ ...globex, activities }, { now: '2026-12-20T12:00:00Z', policy });
    expect(codes(plan).includes('employer-overdue')).toBe(!silent);
  });

  it('counts from the latest dated round that ended, naming it', () => {
    const two = { ...globex, rounds: [...globex.rounds ?? [], { id: 'globex-2', start: '2026-11-20T10:00', end: '2026-11-20T11:00', interviewers: [{ name: 'Cy Park' }] }] };
    const plan = planApplication(two, { now: '2027-01-04T16:00:00Z', policy: { employerResponseDays: 45 } });
    expect(plan.warnings.filter((warning) => warning.code === 'employer-overdue').map((warning) => [warning.path, warning.round])).toEqual([['rounds[1]', 'globex-2']]);
    expect(codes(planApplication(two, { now: '2027-01-04T15:59:59Z', policy: { employerResponseDays: 45 } }))).not.toContain('employer-overdue');
  });
});

describe('ghosted: the candidate gives up on a silent application', () => {
  const ghosted = { ...globex, activities: [{ type: 'ghosted', at: '2026-11-25T12:00' }] } as const;

  it('closes the application with outcome ghosted and cancels every step not yet done', () => {
    const plan = planApplication({ ...ghosted, activities: [{ type: 'thank-you-sent', at: '2026-11-03T12:00', interviewer: 'Cy Park' }, ...ghosted.activities] }, { now: '2026-11-26T12:00:00Z' });
    expect([plan.state, plan.outcome, plan.nextStepId]).toEqual(['closed', { type: 'ghosted', at: '2026-11-25T12:00:00.000-05:00' }, undefined]);
    expect(new Set(Object.values(statuses(plan)))).toEqual(new Set(['cancelled', 'done']));
    expect(statuses(plan)['thank-you-email-cy-park']).toBe('done');
  });

  it('changes nothing before it is dated', () => {
    const plan = planApplication(ghosted, { now: '2026-11-20T12:00:00Z' });
    expect([plan.state, plan.outcome, plan.nextStepId]).toEqual(['following-up', undefined, 'check-in-1']);
    expect(statusesAt(planApplication(ghosted, { now: '2026-11-26T12:00:00Z' }), '2026-11-20T12:00:00Z')).toEqual(plan);
  });
});

describe('missed: a step no longer worth doing', () => {
  it.each([
    // before-leaving: once it would be overdue, after its round has ended.
    ['2026-11-02T16:00:00.000Z', 'before-leaving', 'open'],
    ['2026-11-02T16:00:00.001Z', 'before-leaving', 'missed'],
    // thank-you: overdue (late is better) until the round's first check-in opens, 16 November 11:00.
    ['2026-11-16T15:59:59Z', 'thank-you-email-cy-park', 'overdue'],
    ['2026-11-16T16:00:00Z', 'thank-you-email-cy-park', 'missed'],
    // check-in and keep-searching: once the next attempt of the same cadence opens.
    ['2026-11-30T15:59:59Z', 'check-in-1', 'overdue'],
    ['2026-11-30T16:00:00Z', 'check-in-1', 'missed'],
    ['2026-11-03T13:59:59Z', 'keep-searching-1', 'open'],
    ['2026-11-03T14:00:00Z', 'keep-searching-1', 'missed'],
    // the last of a cadence is never missed: nothing follows it.
    ['2027-03-01T12:00:00Z', 'check-in-2', 'overdue'],
    ['2027-03-01T12:00:00Z', 'keep-searching-5', 'overdue'],
  ] as const)('at %s, %s is %s', (now, id, status) => {
    expect(statuses(planApplication(globex, { now }))[id]).toBe(status);
  });

  it('turns a thank-you missed when a later round starts before the first check-in opens', () => {
    const two = { ...globex, rounds: [...globex.rounds ?? [], { id: 'globex-2', start: '2026-11-09T10:00', interviewers: [{ name: 'Cy Park' }] }] };
    const thanks = (now: string): string | undefined => planApplication(two, { now }).steps.find((step) => step.id === 'thank-you-email-cy-park' && step.round === 'globex-1')?.status;
    expect(thanks('2026-11-09T14:59:59Z')).toBe('overdue');
    expect(thanks('2026-11-09T15:00:00Z')).toBe('missed');
  });

  it('turns an application follow-up missed once the next one opens', () => {
    const applied = { ...globex, rounds: null };
    expect(statuses(planApplication(applied, { now: '2026-11-03T12:59:59Z' }))['application-follow-up-1']).toBe('overdue');
    expect(statuses(planApplication(applied, { now: '2026-11-03T14:00:00Z' }))['application-follow-up-1']).toBe('missed');
  });

  it('is never the next step, and a missed step is never done or cancelled', () => {
    const plan = planApplication(globex, { now: '2026-11-20T12:00:00Z' });
    expect(plan.nextStepId).toBe('check-in-1');
    expect(plan.steps.filter((step) => step.status === 'missed').map((step) => step.id)).toEqual(['keep-searching-1', 'before-leaving', 'keep-searching-2', 'thank-you-email-cy-park', 'keep-searching-3']);
  });

  it('gives missed steps a "Missed: " summary and no alarm in the calendar', () => {
    const calendar = toICalendar(planApplication(globex, { now: '2026-11-20T12:00:00Z' }), { generatedAt: '2026-11-20T12:00:00Z' });
    const events = calendar.split('BEGIN:VEVENT').slice(1);
    const missed = events.filter((event) => event.includes('SUMMARY:Missed: '));
    expect(missed.map((event) => /SUMMARY:(.*)\r\n/.exec(event)?.[1])).toEqual([
      'Missed: Keep your job search going while Globex decides (1 of 5)',
      'Missed: Before you leave the Globex interview: ask about next steps',
      'Missed: Keep your job search going while Globex decides (2 of 5)',
      'Missed: Thank Cy Park for the Globex interview',
      'Missed: Keep your job search going while Globex decides (3 of 5)',
    ]);
    expect(missed.some((event) => event.includes('BEGIN:VALARM'))).toBe(false);
    expect(events.filter((event) => !event.includes('SUMMARY:Missed: ') && event.includes('BEGIN:VALARM')).length).toBeGreaterThan(0);
  });
});
