import { describe, expect, it } from 'vitest';
import { planApplication, type ApplicationActivity, type ApplicationInput, type ApplicationPlan } from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// A user pins or snoozes a step ("next follow-up on the 7th"): `step-rescheduled` moves it to the
// first working instant at or after `to` (a day alone: that day's working-hours start), due at
// the end of that working day, with an adjustment (rule `rescheduled`). Later attempts count from
// the new time, never from before the previous attempt's send; the latest reschedule wins.

/** A New York candidate, a London employer (09:00–17:00 London is 04:00–12:00 New York), a screen on Tuesday 10 November 08:00 New York. */
const acme: ApplicationInput = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer', timeZone: 'America/New_York', employerTimeZone: 'Europe/London',
  contact: { name: 'Rita Diaz', email: 'rita@acme.example' },
  rounds: [{ id: 'acme-screen', start: '2026-11-10T08:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }] }],
});
// Unmoved: check-in 1 on Tuesday 24 November 09:00 New York (14:00 London), check-in 2 two weeks later.

const NOW = '2026-11-20T12:00:00Z';

function planWith(activities: readonly ApplicationActivity[], application: ApplicationInput = acme): ApplicationPlan {
  return planApplication({ ...application, activities }, { now: NOW });
}

/** [id, opensAt, suggestedAt, dueAt, adjustment reasons] of the steps of `kind`. */
function timesOf(plan: ApplicationPlan, kind: string): (string | string[])[][] {
  return plan.steps.filter((step) => step.kind === kind).map((step) => [step.id, step.opensAt, step.suggestedAt, step.dueAt, step.adjustments.map((adjustment) => `${adjustment.rule}/${adjustment.reason}`)]);
}

const pin = (step: string, to: string, at: string = '2026-11-20T09:00', round?: string): ApplicationActivity => ({ type: 'step-rescheduled', at, step, to, ...(round === undefined ? {} : { round }) });

describe('step-rescheduled: where the step goes', () => {
  it.each([
    ['a day alone: its working-hours start in the employer\'s zone', '2026-12-01', '2026-12-01T04:00:00.000-05:00', ['rescheduled/rescheduled']],
    ['a Saturday: the next working morning', '2026-11-28', '2026-11-30T04:00:00.000-05:00', ['rescheduled/rescheduled', 'working-hours/non-working-day']],
    ['an evening: the next working morning', '2026-12-01T20:00', '2026-12-02T04:00:00.000-05:00', ['rescheduled/rescheduled', 'working-hours/outside-hours']],
    ['a working instant: exactly there', '2026-12-01T07:30', '2026-12-01T07:30:00.000-05:00', ['rescheduled/rescheduled']],
    ['an instant with an offset: exactly there', '2026-12-01T12:30:00Z', '2026-12-01T07:30:00.000-05:00', ['rescheduled/rescheduled']],
    ['earlier than planned (a pin, not only a snooze)', '2026-11-23', '2026-11-23T04:00:00.000-05:00', ['rescheduled/rescheduled']],
  ])('moves check-in 1 to %s, due at the end of that working day', (_name, to, at, reasons) => {
    const [first] = timesOf(planWith([pin('check-in-1', to)]), 'check-in');
    expect(first).toEqual(['check-in-1', at, at, `${at.slice(0, 10)}T12:00:00.000-05:00`, reasons]);
  });

  it('words the adjustment in the employer\'s zone, from where the step was to where it went', () => {
    const step = planWith([pin('check-in-1', '2026-12-01')]).steps.find((candidate) => candidate.id === 'check-in-1');
    expect(step?.adjustments).toEqual([{
      rule: 'rescheduled', reason: 'rescheduled', from: '2026-11-24T09:00:00.000-05:00', to: '2026-12-01T04:00:00.000-05:00',
      note: 'Moved from Tuesday 2026-11-24 14:00 to Tuesday 2026-12-01 09:00 (Europe/London): you rescheduled it.',
    }]);
  });

  it('counts the later attempts from the new time', () => {
    expect(timesOf(planWith([pin('check-in-1', '2026-12-01')]), 'check-in')[1]).toEqual(['check-in-2', '2026-12-15T04:00:00.000-05:00', '2026-12-15T04:00:00.000-05:00', '2026-12-15T12:00:00.000-05:00', []]);
  });

  it('never moves an attempt before the previous one was sent', () => {
    const plan = planWith([pin('check-in-2', '2026-11-23'), { type: 'check-in-sent', at: '2026-11-25T10:00' }]);
    expect(timesOf(plan, 'check-in')[1]).toEqual(['check-in-2', '2026-11-25T10:00:00.000-05:00', '2026-11-25T10:00:00.000-05:00', '2026-11-25T12:00:00.000-05:00', ['rescheduled/rescheduled']]);
  });

  it.each([
    ['the latest by at wins, wherever it is listed', [pin('check-in-1', '2026-11-26', '2026-11-21T09:00'), pin('check-in-1', '2026-12-01', '2026-11-20T09:00')], '2026-11-26T04:00:00.000-05:00'],
    ['at the same at, the later in the list wins', [pin('check-in-1', '2026-11-26'), pin('check-in-1', '2026-12-01')], '2026-12-01T04:00:00.000-05:00'],
  ])('%s', (_name, activities, at) => {
    const [first] = planWith(activities).steps.filter((step) => step.kind === 'check-in');
    expect([first?.suggestedAt, first?.adjustments.length]).toEqual([at, 1]);
  });

  it('moves a thank-you, a round\'s step named with its round, and the application\'s own reminder', () => {
    const plan = planWith([pin('thank-you-email-ana-ruiz', '2026-11-20T10:00'), pin('check-in-1', '2026-11-26', '2026-11-20T09:00', 'acme-screen'), pin('keep-searching-2', '2026-11-26')]);
    expect(timesOf(plan, 'thank-you-email')).toEqual([['thank-you-email-ana-ruiz', '2026-11-20T10:00:00.000-05:00', '2026-11-20T10:00:00.000-05:00', '2026-11-20T12:00:00.000-05:00', ['rescheduled/rescheduled']]]);
    expect(timesOf(plan, 'check-in')[0]?.[2]).toBe('2026-11-26T04:00:00.000-05:00');
    expect(timesOf(plan, 'keep-searching').slice(0, 3)).toEqual([
      ['keep-searching-1', '2026-11-17T09:00:00.000-05:00', '2026-11-17T09:00:00.000-05:00', '2026-11-24T09:00:00.000-05:00', []],
      ['keep-searching-2', '2026-11-26T04:00:00.000-05:00', '2026-11-26T04:00:00.000-05:00', '2026-11-26T12:00:00.000-05:00', ['rescheduled/rescheduled']],
      // Reminders keep their weekly grid: the next is not counted from a pinned one.
      ['keep-searching-3', '2026-12-01T09:00:00.000-05:00', '2026-12-01T09:00:00.000-05:00', '2026-12-08T09:00:00.000-05:00', []],
    ]);
  });

  it('misses a reminder only once the next one opens where it was pinned to', () => {
    const at = (now: string): (string | undefined)[] => planApplication({ ...acme, activities: [pin('keep-searching-2', '2026-11-26')] }, { now }).steps
      .filter((step) => step.kind === 'keep-searching').slice(0, 2).map((step) => step.status);
    expect(at('2026-11-25T12:00:00Z')).toEqual(['overdue', 'upcoming']);
    expect(at('2026-11-26T09:00:00Z')).toEqual(['missed', 'open']);
  });

  it('misses an attempt once the next opens where it was pinned to', () => {
    const at = (now: string): (string | undefined)[] => planApplication({ ...acme, activities: [pin('check-in-2', '2026-12-10')] }, { now }).steps
      .filter((step) => step.kind === 'check-in').map((step) => step.status);
    expect(at('2026-12-10T08:59:59Z')).toEqual(['overdue', 'upcoming']);
    expect(at('2026-12-10T09:00:00Z')).toEqual(['missed', 'open']);
  });

  it('counts the second follow-up after applying from a pinned first', () => {
    const hooli: ApplicationInput = { id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/New_York', appliedAt: '2026-11-02T10:00' };
    expect(timesOf(planWith([pin('application-follow-up-1', '2026-11-12', '2026-11-05T09:00')], hooli), 'application-follow-up')).toEqual([
      ['application-follow-up-1', '2026-11-12T09:00:00.000-05:00', '2026-11-12T09:00:00.000-05:00', '2026-11-12T17:00:00.000-05:00', ['rescheduled/rescheduled']],
      ['application-follow-up-2', '2026-11-19T09:00:00.000-05:00', '2026-11-19T09:00:00.000-05:00', '2026-11-19T17:00:00.000-05:00', []],
    ]);
  });
});

describe('step-rescheduled naming no step', () => {
  it.each([
    ['a step the round does not have', pin('check-in-9', '2026-12-01'), 'No step "check-in-9" in round acme-screen is in the plan; the activity is ignored.'],
    ['an application step that is not planned', pin('offer-response', '2026-12-01'), 'No step "offer-response" in round acme-screen is in the plan; the activity is ignored.'],
  ])('warns unknown-step for %s, with rule rescheduled, and moves nothing', (_name, activity, message) => {
    const plan = planWith([activity]);
    expect(plan.warnings.filter((warning) => warning.code === 'unknown-step')).toEqual([{ code: 'unknown-step', rule: 'rescheduled', path: 'activities[0].step', message }]);
    expect(plan.steps.flatMap((step) => step.adjustments)).toEqual([]);
  });

  it('refuses a reschedule without a new time, at its path', () => {
    expect(() => planWith([{ type: 'step-rescheduled', at: '2026-11-20T09:00', step: 'check-in-1' } as never])).toThrow(expect.objectContaining({ code: 'missing-field', path: 'activities[0].to' }));
  });
});
