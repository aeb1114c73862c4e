import { describe, expect, it } from 'vitest';
import { planFollowUps, type Activity, type InterviewInput, type PolicyOverrides } from '../../src/index.js';
import { acme, deepFreeze, tuesday } from '../helpers/interviews.js';

function checkIns(interview: InterviewInput, options: { policy?: PolicyOverrides; activities?: readonly Activity[]; now?: string } = {}) {
  return planFollowUps(interview, deepFreeze(options)).steps.filter((step) => step.kind === 'check-in');
}

const moves = (step: { adjustments: readonly { rule: string; reason: string; from: string; to: string }[] } | undefined) =>
  step?.adjustments.map((a) => [a.rule, a.reason, a.from, a.to]);

describe('first check-in after a stated decision date', () => {
  it('comes at the first working-hours start after the date ends, in the employer\'s zone', () => {
    const [first] = checkIns(acme);
    expect(first).toMatchObject({
      id: 'check-in-1', rule: 'check-in-after-date', attempt: 1, attempts: 2,
      opensAt: '2026-12-02T10:00:00.000-05:00', suggestedAt: '2026-12-02T10:00:00.000-05:00', dueAt: '2026-12-02T18:00:00.000-05:00',
    });
    expect(first?.adjustments).toEqual([]);
  });

  it('moves a Friday decision date\'s check-in to Monday 09:00', () => {
    const [first] = checkIns(tuesday({ decisionDate: '2026-12-04' }));
    expect(first?.suggestedAt).toBe('2026-12-07T09:00:00.000-05:00');
    expect(moves(first)).toEqual([['working-hours', 'non-working-day', '2026-12-05T09:00:00.000-05:00', '2026-12-07T09:00:00.000-05:00']]);
  });

  it('skips a holiday after the decision date, then the weekend', () => {
    const [first] = checkIns(tuesday({ decisionDate: '2026-11-26' }), { policy: { holidays: ['2026-11-27'] } });
    expect(first?.suggestedAt).toBe('2026-11-30T09:00:00.000-05:00');
    expect(moves(first)).toEqual([
      ['holidays', 'holiday', '2026-11-27T09:00:00.000-05:00', '2026-11-28T09:00:00.000-05:00'],
      ['working-hours', 'non-working-day', '2026-11-28T09:00:00.000-05:00', '2026-11-30T09:00:00.000-05:00'],
    ]);
  });

  it('treats a decision date that is itself a holiday like any other: the check-in follows the next working day', () => {
    const [first] = checkIns(tuesday({ decisionDate: '2026-12-24' }), { policy: { holidays: ['2026-12-24', '2026-12-25'] } });
    expect(first?.suggestedAt).toBe('2026-12-28T09:00:00.000-05:00');
  });

  it('reads the decision date in the employer\'s zone (Sydney employer, London candidate)', () => {
    const [first] = checkIns(tuesday({
      timeZone: 'Europe/London', employerTimeZone: 'Australia/Sydney', decisionDate: '2026-11-24',
    }));
    // Wednesday 25 November 09:00 in Sydney (+11:00) is Tuesday 22:00 in London.
    expect(first?.suggestedAt).toBe('2026-11-24T22:00:00.000+00:00');
  });
});

describe('first check-in without a decision date', () => {
  it('falls 14 calendar days after the interview at the same wall time', () => {
    const [first] = checkIns(tuesday());
    expect(first).toMatchObject({ rule: 'fallback-two-weeks', suggestedAt: '2026-12-01T11:00:00.000-05:00' });
  });

  it.each([
    ['New York autumn (EDT to EST)', tuesday({ start: '2026-10-27T10:00', end: '2026-10-27T11:00' }), '2026-11-10T11:00:00.000-05:00'],
    ['New York spring (EST to EDT)', tuesday({ start: '2027-03-02T10:00', end: '2027-03-02T11:00' }), '2027-03-16T11:00:00.000-04:00'],
    ['London spring (GMT to BST)', tuesday({ start: '2027-03-23T10:00', end: '2027-03-23T11:00', timeZone: 'Europe/London' }), '2027-04-06T11:00:00.000+01:00'],
    ['Sydney spring (AEST to AEDT)', tuesday({ start: '2026-09-24T14:00', end: '2026-09-24T15:00', timeZone: 'Australia/Sydney' }), '2026-10-08T15:00:00.000+11:00'],
    ['Sydney autumn (AEDT to AEST)', tuesday({ start: '2027-03-25T14:00', end: '2027-03-25T15:00', timeZone: 'Australia/Sydney' }), '2027-04-08T15:00:00.000+10:00'],
  ])('keeps the wall time across a DST change: %s', (_name, interview, expected) => {
    expect(checkIns(interview)[0]?.suggestedAt).toBe(expected);
  });

  it('moves a fallback that lands after hours to the next working morning', () => {
    const [first] = checkIns(tuesday({ start: '2026-11-17T17:00', end: '2026-11-17T18:00' }));
    expect(first?.suggestedAt).toBe('2026-12-02T09:00:00.000-05:00');
    expect(moves(first)).toEqual([['working-hours', 'outside-hours', '2026-12-01T18:00:00.000-05:00', '2026-12-02T09:00:00.000-05:00']]);
  });

  it('honours a custom fallback of 7 days', () => {
    expect(checkIns(tuesday(), { policy: { fallbackDays: 7 } })[0]?.suggestedAt).toBe('2026-11-24T11:00:00.000-05:00');
  });
});

describe('repeat check-ins', () => {
  it('comes 14 days after the planned first check-in when none was logged', () => {
    expect(checkIns(tuesday()).map((step) => [step.id, step.rule, step.suggestedAt])).toEqual([
      ['check-in-1', 'fallback-two-weeks', '2026-12-01T11:00:00.000-05:00'],
      ['check-in-2', 'repeat-two-weeks', '2026-12-15T11:00:00.000-05:00'],
    ]);
  });

  it('stops at maxCheckIns', () => {
    expect(checkIns(tuesday(), { policy: { maxCheckIns: 4 } }).map((step) => step.suggestedAt)).toEqual([
      '2026-12-01T11:00:00.000-05:00', '2026-12-15T11:00:00.000-05:00', '2026-12-29T11:00:00.000-05:00', '2027-01-12T11:00:00.000-05:00',
    ]);
    expect(checkIns(tuesday(), { policy: { maxCheckIns: 0 } })).toEqual([]);
  });

  it('re-bases on a late check-in: 14 days from when it was really sent', () => {
    const steps = checkIns(tuesday(), { activities: [{ type: 'check-in-sent', at: '2026-12-03T15:00:00-05:00' }] });
    expect(steps[0]).toMatchObject({ status: 'done', doneAt: '2026-12-03T15:00:00.000-05:00' });
    expect(steps[1]).toMatchObject({ rule: 'repeat-two-weeks', suggestedAt: '2026-12-17T15:00:00.000-05:00' });
    expect(moves(steps[1])).toEqual([['cadence-from-actual', 'rebased-on-actual', '2026-12-15T11:00:00.000-05:00', '2026-12-17T15:00:00.000-05:00']]);
    expect(steps[1]?.explanation).toBe('If check-in 1 gets no answer, write once more 14 days after it was sent.');
  });

  it('moves a re-based check-in out of the evening', () => {
    const steps = checkIns(tuesday(), { activities: [{ type: 'check-in-sent', at: '2026-12-01T20:30:00-05:00' }] });
    expect(steps[1]?.suggestedAt).toBe('2026-12-16T09:00:00.000-05:00');
    expect(steps[1]?.adjustments.map((a) => a.rule)).toEqual(['cadence-from-actual', 'working-hours']);
  });

  it('marks the k-th logged check-in as the k-th step done, in time order whatever the log order', () => {
    const steps = checkIns(tuesday(), {
      activities: [
        { type: 'check-in-sent', at: '2026-12-16T10:00:00-05:00' },
        { type: 'check-in-sent', at: '2026-12-01T11:30:00-05:00' },
      ],
    });
    expect(steps.map((step) => [step.status, step.doneAt])).toEqual([
      ['done', '2026-12-01T11:30:00.000-05:00'],
      ['done', '2026-12-16T10:00:00.000-05:00'],
    ]);
  });
});

describe('permission and replies', () => {
  it('plans no check-ins when the employer declined follow-ups, and says why', () => {
    const plan = planFollowUps(tuesday({ followUpPermission: 'declined', decisionDate: '2026-12-01' }));
    expect(plan.steps.filter((step) => step.kind === 'check-in')).toEqual([]);
    expect(plan.warnings.find((warning) => warning.code === 'follow-up-declined')).toEqual({
      code: 'follow-up-declined', rule: 'permission-declined', path: 'followUpPermission',
      message: 'Globex asked not to be chased, so no check-ins are planned; thank-you notes still are.',
    });
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email')).toHaveLength(1);
  });

  it('cancels every check-in and reminder not yet done once a reply arrives', () => {
    const plan = planFollowUps(tuesday(), {
      now: '2026-12-05T12:00:00-05:00',
      activities: [
        { type: 'check-in-sent', at: '2026-12-01T11:00:00-05:00' },
        { type: 'reply-received', at: '2026-12-04T16:00:00-05:00' },
      ],
    });
    const statuses = plan.steps.filter((step) => step.kind === 'check-in' || step.kind === 'keep-searching').map((step) => [step.id, step.status]);
    expect(statuses).toEqual([
      ['keep-searching-1', 'cancelled'],
      ['check-in-1', 'done'],
      ['keep-searching-2', 'cancelled'],
      ['keep-searching-3', 'cancelled'],
      ['check-in-2', 'cancelled'],
      ['keep-searching-4', 'cancelled'],
    ]);
    expect(plan.warnings.map((warning) => warning.code)).toContain('reply-received');
  });

  it('warns when every check-in went out unanswered, and when more were sent than planned', () => {
    const sent = (at: string): Activity => ({ type: 'check-in-sent', at });
    const done = planFollowUps(tuesday(), { activities: [sent('2026-12-01T11:00:00-05:00'), sent('2026-12-15T11:00:00-05:00')] });
    expect(done.warnings.map((warning) => warning.code)).toContain('check-ins-complete');
    const extra = planFollowUps(tuesday(), { activities: [sent('2026-12-01T11:00:00-05:00'), sent('2026-12-15T11:00:00-05:00'), sent('2026-12-20T11:00:00-05:00')] });
    expect(extra.warnings.map((warning) => warning.code)).toEqual(['no-decision-date', 'permission-not-asked', 'check-ins-complete', 'extra-check-in']);
  });
});

describe('keep-searching reminders', () => {
  it('come weekly from the interview until the last check-in', () => {
    const reminders = planFollowUps(tuesday()).steps.filter((step) => step.kind === 'keep-searching');
    expect(reminders.map((step) => [step.id, step.suggestedAt, step.attempt, step.attempts])).toEqual([
      ['keep-searching-1', '2026-11-24T11:00:00.000-05:00', 1, 4],
      ['keep-searching-2', '2026-12-01T11:00:00.000-05:00', 2, 4],
      ['keep-searching-3', '2026-12-08T11:00:00.000-05:00', 3, 4],
      ['keep-searching-4', '2026-12-15T11:00:00.000-05:00', 4, 4],
    ]);
    expect(reminders[0]?.checklist.every((item) => item.rule === 'keep-searching')).toBe(true);
  });

  it('can be turned off', () => {
    const plan = planFollowUps(tuesday(), { policy: { keepSearchingEveryDays: 0 } });
    expect(plan.steps.some((step) => step.kind === 'keep-searching')).toBe(false);
  });

  it('still come when follow-ups were declined, up to where the first check-in would have been', () => {
    const plan = planFollowUps(tuesday({ followUpPermission: 'declined' }));
    expect(plan.steps.filter((step) => step.kind === 'keep-searching').map((step) => step.suggestedAt)).toEqual([
      '2026-11-24T11:00:00.000-05:00', '2026-12-01T11:00:00.000-05:00',
    ]);
  });
});
