import { describe, expect, it } from 'vitest';
import { defaultPolicy, planFollowUps } from '../../src/index.js';
import { tuesday } from '../helpers/interviews.js';

describe('defaultPolicy', () => {
  it('holds the article\'s numbers and the library\'s defaults', () => {
    expect(defaultPolicy).toEqual({
      thankYouWindow: { fromHours: 24, toHours: 48 },
      letters: false,
      fallbackDays: 14,
      repeatDays: 14,
      maxCheckIns: 2,
      workingDays: [1, 2, 3, 4, 5],
      workingHours: { start: '09:00', end: '17:00' },
      holidays: [],
      keepSearchingEveryDays: 7,
      rejectionReplyWindow: { fromHours: 24, toHours: 48 },
      fallbackUnit: 'days',
      repeatUnit: 'days',
      decisionGraceDays: 0,
      thankYouTo: 'each',
      applicationFollowUpDays: 7,
      applicationRepeatDays: 7,
      maxApplicationFollowUps: 2,
      applicationFollowUpUnit: 'days',
      candidateHours: { start: '08:00', end: '21:00' },
    });
    // Off by default: absent, never null.
    expect(Object.hasOwn(defaultPolicy, 'employerResponseDays')).toBe(false);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(defaultPolicy)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.workingDays)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.workingHours)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.thankYouWindow)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.candidateHours)).toBe(true);
  });
});

describe('policy overrides', () => {
  it('merge partially, nested objects included, and show in the plan', () => {
    const plan = planFollowUps(tuesday(), { policy: { workingHours: { end: '18:30' }, thankYouWindow: { toHours: 72 }, workingDays: [5, 1, 2] } });
    expect(plan.policy).toEqual({
      ...defaultPolicy,
      workingHours: { start: '09:00', end: '18:30' },
      thankYouWindow: { fromHours: 24, toHours: 72 },
      workingDays: [1, 2, 5],
    });
  });

  it('move messages by the employer\'s working days: a Sunday-to-Thursday week', () => {
    const plan = planFollowUps(tuesday({ start: '2026-11-19T10:00', end: '2026-11-19T11:00', timeZone: 'Asia/Jerusalem' }), { policy: { workingDays: [7, 1, 2, 3, 4] } });
    // Thursday's window opens on Friday, a day off; Sunday 09:00 is the next working time but falls after the window.
    expect(plan.steps.find((step) => step.kind === 'thank-you-email')?.suggestedAt).toBe('2026-11-22T09:00:00.000+02:00');
  });

  it('treat working-hours end as exclusive', () => {
    const plan = planFollowUps(tuesday({ start: '2026-11-17T16:00', end: '2026-11-17T17:00' }));
    expect(plan.steps.find((step) => step.kind === 'thank-you-email')?.suggestedAt).toBe('2026-11-19T09:00:00.000-05:00');
  });

  it('allow working hours up to 24:00', () => {
    const plan = planFollowUps(tuesday({ start: '2026-11-17T22:00', end: '2026-11-17T23:00' }), { policy: { workingHours: { start: '00:00', end: '24:00' } } });
    expect(plan.steps.find((step) => step.kind === 'thank-you-email')?.suggestedAt).toBe('2026-11-18T23:00:00.000-05:00');
  });
});

describe('holidays in bulk', () => {
  it('skip 200 consecutive Mondays when Monday is the only working day', () => {
    const mondays = Array.from({ length: 200 }, (_, i) => new Date(Date.UTC(2026, 10, 23) + i * 7 * 86_400_000).toISOString().slice(0, 10));
    const plan = planFollowUps(tuesday(), { policy: { workingDays: [1], holidays: mondays } });
    expect(plan.steps.find((step) => step.kind === 'thank-you-email')?.suggestedAt).toBe('2030-09-23T09:00:00.000-04:00');
  });
});
