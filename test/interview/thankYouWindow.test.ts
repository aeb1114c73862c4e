import { describe, expect, it } from 'vitest';
import { planFollowUps, type InterviewInput, type PolicyOverrides } from '../../src/index.js';
import { acme, deepFreeze, tuesday } from '../helpers/interviews.js';

const everyDay: PolicyOverrides = { workingDays: [1, 2, 3, 4, 5, 6, 7] };

function thankYouFor(interview: InterviewInput, policy?: PolicyOverrides) {
  const plan = planFollowUps(interview, policy === undefined ? {} : { policy });
  const step = plan.steps.find((candidate) => candidate.kind === 'thank-you-email');
  if (step === undefined) throw new Error('no thank-you step');
  return step;
}

describe('thank-you window', () => {
  it.each([
    {
      name: 'a weekday interview opens the window at the end + 24 h, inside working hours',
      interview: tuesday(),
      policy: undefined,
      suggestedAt: '2026-11-18T11:00:00.000-05:00',
      opensAt: '2026-11-18T11:00:00.000-05:00',
      dueAt: '2026-11-19T11:00:00.000-05:00',
      adjustments: [],
    },
    {
      name: 'an evening interview waits for the next working morning inside the window',
      interview: tuesday({ start: '2026-11-17T17:30', end: '2026-11-17T18:30' }),
      policy: undefined,
      suggestedAt: '2026-11-19T09:00:00.000-05:00',
      opensAt: '2026-11-18T18:30:00.000-05:00',
      dueAt: '2026-11-19T18:30:00.000-05:00',
      adjustments: [['working-hours', 'outside-hours', '2026-11-18T18:30:00.000-05:00', '2026-11-19T09:00:00.000-05:00']],
    },
    {
      name: 'a window holding only a 15-minute sliver of working time uses the sliver',
      interview: tuesday({ start: '2026-11-18T15:45', end: '2026-11-18T16:45' }),
      policy: undefined,
      suggestedAt: '2026-11-19T16:45:00.000-05:00',
      opensAt: '2026-11-19T16:45:00.000-05:00',
      dueAt: '2026-11-20T16:45:00.000-05:00',
      adjustments: [],
    },
    {
      name: 'the employer\'s working hours apply, not the candidate\'s (London candidate, Los Angeles employer)',
      interview: tuesday({
        start: '2026-11-17T15:00', end: '2026-11-17T16:00', timeZone: 'Europe/London', employerTimeZone: 'America/Los_Angeles',
      }),
      policy: undefined,
      suggestedAt: '2026-11-18T17:00:00.000+00:00',
      opensAt: '2026-11-18T16:00:00.000+00:00',
      dueAt: '2026-11-19T16:00:00.000+00:00',
      adjustments: [['working-hours', 'outside-hours', '2026-11-18T16:00:00.000+00:00', '2026-11-18T17:00:00.000+00:00']],
    },
    {
      name: 'a 24-hour window is elapsed time: across the New York spring-forward it lands at 12:00, not 11:00',
      interview: tuesday({ start: '2027-03-13T10:00', end: '2027-03-13T11:00' }),
      policy: everyDay,
      suggestedAt: '2027-03-14T12:00:00.000-04:00',
      opensAt: '2027-03-14T12:00:00.000-04:00',
      dueAt: '2027-03-15T12:00:00.000-04:00',
      adjustments: [],
    },
    {
      name: 'across the New York fall-back the window opens at 10:00 wall time',
      interview: tuesday({ start: '2026-10-31T10:00', end: '2026-10-31T11:00' }),
      policy: everyDay,
      suggestedAt: '2026-11-01T10:00:00.000-05:00',
      opensAt: '2026-11-01T10:00:00.000-05:00',
      dueAt: '2026-11-02T10:00:00.000-05:00',
      adjustments: [],
    },
    {
      name: 'across the London autumn change a Sunday opening moves to Monday 09:00 GMT',
      interview: tuesday({ start: '2026-10-24T11:00', end: '2026-10-24T12:00', timeZone: 'Europe/London' }),
      policy: undefined,
      suggestedAt: '2026-10-26T09:00:00.000+00:00',
      opensAt: '2026-10-25T11:00:00.000+00:00',
      dueAt: '2026-10-26T11:00:00.000+00:00',
      adjustments: [['working-hours', 'non-working-day', '2026-10-25T11:00:00.000+00:00', '2026-10-26T09:00:00.000+00:00']],
    },
    {
      name: 'a half-hour zone (Asia/Kolkata) keeps its :30 offset',
      interview: tuesday({ start: '2026-11-16T10:00', end: '2026-11-16T11:00', timeZone: 'Asia/Kolkata' }),
      policy: undefined,
      suggestedAt: '2026-11-17T11:00:00.000+05:30',
      opensAt: '2026-11-17T11:00:00.000+05:30',
      dueAt: '2026-11-18T11:00:00.000+05:30',
      adjustments: [],
    },
    {
      name: 'a 45-minute zone candidate (Asia/Kathmandu) with a Kolkata employer gets 09:00 IST, shown as 09:15 NPT',
      interview: tuesday({
        start: '2026-11-16T17:00', end: '2026-11-16T18:00', timeZone: 'Asia/Kathmandu', employerTimeZone: 'Asia/Kolkata',
      }),
      policy: undefined,
      suggestedAt: '2026-11-18T09:15:00.000+05:45',
      opensAt: '2026-11-17T18:00:00.000+05:45',
      dueAt: '2026-11-18T18:00:00.000+05:45',
      adjustments: [['working-hours', 'outside-hours', '2026-11-17T18:00:00.000+05:45', '2026-11-18T09:15:00.000+05:45']],
    },
  ])('$name', ({ interview, policy, suggestedAt, opensAt, dueAt, adjustments }) => {
    const step = thankYouFor(interview, policy);
    expect(step.suggestedAt).toBe(suggestedAt);
    expect(step.opensAt).toBe(opensAt);
    expect(step.dueAt).toBe(dueAt);
    expect(step.adjustments.map((a) => [a.rule, a.reason, a.from, a.to])).toEqual(adjustments);
  });

  it('moves a Friday interview\'s note to Monday 09:00 in the employer\'s zone, due at the end of that day', () => {
    const step = thankYouFor(acme);
    expect(step).toMatchObject({
      id: 'thank-you-email-ana-ruiz',
      rule: 'thank-you-window',
      opensAt: '2026-11-21T15:00:00.000-05:00',
      suggestedAt: '2026-11-23T10:00:00.000-05:00',
      dueAt: '2026-11-23T18:00:00.000-05:00',
      recipient: { name: 'Ana Ruiz', email: 'ana@acme.example' },
    });
    expect(step.adjustments.map((a) => [a.rule, a.reason, a.from, a.to])).toEqual([
      ['working-hours', 'non-working-day', '2026-11-21T15:00:00.000-05:00', '2026-11-23T10:00:00.000-05:00'],
      ['thank-you-window', 'window-without-working-time', '2026-11-22T15:00:00.000-05:00', '2026-11-23T18:00:00.000-05:00'],
    ]);
    expect(step.adjustments[0]?.note).toBe('Moved from Saturday 2026-11-21 14:00 to Monday 2026-11-23 09:00 (America/Chicago): not a working day.');
  });

  it('plans one thank-you email per interviewer, in input order, with distinct ids', () => {
    const plan = planFollowUps(acme);
    const thanks = plan.steps.filter((step) => step.kind === 'thank-you-email');
    expect(thanks.map((step) => [step.id, step.recipient?.name])).toEqual([
      ['thank-you-email-ana-ruiz', 'Ana Ruiz'],
      ['thank-you-email-bo-chen', 'Bo Chen'],
    ]);
  });

  it('plans letters in the same window when the letters policy is on, marked optional', () => {
    const plan = planFollowUps(tuesday(), { policy: { letters: true } });
    const letter = plan.steps.find((step) => step.kind === 'thank-you-letter');
    expect(letter).toMatchObject({
      id: 'thank-you-letter-cy-park', rule: 'thank-you-letter', optional: true,
      opensAt: '2026-11-18T11:00:00.000-05:00', suggestedAt: '2026-11-18T11:00:00.000-05:00', dueAt: '2026-11-19T11:00:00.000-05:00',
    });
    expect(letter?.checklist.map((item) => item.rule)).toEqual(['thank-you-letter', 'thank-you-letter', 'thank-you-letter']);
  });

  it('plans no letter by default', () => {
    expect(planFollowUps(tuesday()).steps.some((step) => step.kind === 'thank-you-letter')).toBe(false);
  });

  it('honours a custom window of 2 to 24 hours', () => {
    const step = thankYouFor(tuesday(), { thankYouWindow: { fromHours: 2, toHours: 24 } });
    expect([step.opensAt, step.suggestedAt, step.dueAt]).toEqual([
      '2026-11-17T13:00:00.000-05:00', '2026-11-17T13:00:00.000-05:00', '2026-11-18T11:00:00.000-05:00',
    ]);
  });

  it('skips a holiday inside the window', () => {
    const step = thankYouFor(tuesday(), { holidays: ['2026-11-18'] });
    expect(step.suggestedAt).toBe('2026-11-19T09:00:00.000-05:00');
    expect(step.adjustments.map((a) => [a.rule, a.reason])).toEqual([['holidays', 'holiday']]);
  });

  it('names the person in the explanation', () => {
    expect(thankYouFor(tuesday()).explanation).toBe('Email a thank-you to Cy Park 24 to 48 hours after the interview ends, as soon as the window opens.');
  });

  it('takes an hour-long interview when no end is given', () => {
    const { end: _ignored, ...withoutEnd } = tuesday();
    const step = thankYouFor(deepFreeze(withoutEnd));
    expect(step.opensAt).toBe('2026-11-18T11:00:00.000-05:00');
  });
});
