import { describe, expect, it } from 'vitest';
import { planFollowUps, presets, rules, validateInterview, type InterviewInput, type PresetName } from '../../src/index.js';
import { addWorkingDays, type WorkingTime } from '../../src/time/workingTime.js';
import { findZone, formatInstant, type Zone } from '../../src/time/zone.js';

const cases: Record<string, Partial<InterviewInput>> = {
  'a Monday': { start: '2026-11-16T10:00' },
  'a Friday evening': { start: '2026-11-20T17:30', end: '2026-11-20T18:30' },
  'the day before two holidays': { start: '2026-12-23T15:00' },
};

/** Thank-you and check-in times of an interview in New York with two interviewers, 24 and 25 December off. */
function timings(preset: PresetName, extra: Partial<InterviewInput>): string[] {
  const plan = planFollowUps(
    { id: 'x', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', interviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }], start: '2026-11-16T10:00', ...extra },
    { policy: { ...presets[preset], holidays: ['2026-12-24', '2026-12-25'], keepSearchingEveryDays: 0 } },
  );
  return plan.steps.filter((step) => step.kind !== 'before-leaving').map((step) => `${step.id} ${step.suggestedAt.slice(5, 16)}`);
}

describe('presets, each with exact instants', () => {
  it.each([
    ['article', 'a Monday', ['thank-you-email-ana-ruiz 11-17T11:00', 'thank-you-email-bo-chen 11-17T11:00', 'check-in-1 11-30T11:00', 'check-in-2 12-14T11:00']],
    ['article', 'a Friday evening', ['thank-you-email-ana-ruiz 11-23T09:00', 'thank-you-email-bo-chen 11-23T09:00', 'check-in-1 12-07T09:00', 'check-in-2 12-21T09:00']],
    ['article', 'the day before two holidays', ['thank-you-email-ana-ruiz 12-28T09:00', 'thank-you-email-bo-chen 12-28T09:00', 'check-in-1 01-06T16:00', 'check-in-2 01-20T16:00']],
    // Thanks within 24 hours: right after the interview when that is working time.
    ['careerServices', 'a Monday', ['thank-you-email-ana-ruiz 11-16T11:00', 'thank-you-email-bo-chen 11-16T11:00', 'check-in-1 11-23T11:00', 'check-in-2 11-30T11:00']],
    ['careerServices', 'a Friday evening', ['thank-you-email-ana-ruiz 11-23T09:00', 'thank-you-email-bo-chen 11-23T09:00', 'check-in-1 11-30T09:00', 'check-in-2 12-07T09:00']],
    // Five working days from Wednesday 23 December skip the holidays and the weekend: 28, 29, 30, 31 December, 1 January.
    ['careerServices', 'the day before two holidays', ['thank-you-email-ana-ruiz 12-23T16:00', 'thank-you-email-bo-chen 12-23T16:00', 'check-in-1 01-01T16:00', 'check-in-2 01-08T16:00']],
    // One thank-you, to the lead interviewer; a week without a date.
    ['uk', 'a Monday', ['thank-you-email-ana-ruiz 11-17T11:00', 'check-in-1 11-23T11:00', 'check-in-2 12-07T11:00']],
    ['uk', 'a Friday evening', ['thank-you-email-ana-ruiz 11-23T09:00', 'check-in-1 11-30T09:00', 'check-in-2 12-14T09:00']],
    ['uk', 'the day before two holidays', ['thank-you-email-ana-ruiz 12-28T09:00', 'check-in-1 12-30T16:00', 'check-in-2 01-13T16:00']],
    // Seven working days; from Friday 18:30 that is Tuesday 1 December 18:30, after hours, so Wednesday 09:00.
    ['germany', 'a Monday', ['thank-you-email-ana-ruiz 11-17T11:00', 'thank-you-email-bo-chen 11-17T11:00', 'check-in-1 11-25T11:00', 'check-in-2 12-09T11:00']],
    ['germany', 'a Friday evening', ['thank-you-email-ana-ruiz 11-23T09:00', 'thank-you-email-bo-chen 11-23T09:00', 'check-in-1 12-02T09:00', 'check-in-2 12-16T09:00']],
    ['germany', 'the day before two holidays', ['thank-you-email-ana-ruiz 12-28T09:00', 'thank-you-email-bo-chen 12-28T09:00', 'check-in-1 01-05T16:00', 'check-in-2 01-19T16:00']],
    // Thanks the same day or the next morning: a Friday evening's window holds no working time.
    ['japan', 'a Monday', ['thank-you-email-ana-ruiz 11-16T11:00', 'thank-you-email-bo-chen 11-16T11:00', 'check-in-1 11-30T11:00', 'check-in-2 12-14T11:00']],
    ['japan', 'a Friday evening', ['thank-you-email-ana-ruiz 11-23T09:00', 'thank-you-email-bo-chen 11-23T09:00', 'check-in-1 12-07T09:00', 'check-in-2 12-21T09:00']],
    ['japan', 'the day before two holidays', ['thank-you-email-ana-ruiz 12-23T16:00', 'thank-you-email-bo-chen 12-23T16:00', 'check-in-1 01-06T16:00', 'check-in-2 01-20T16:00']],
  ] as const)('%s on %s', (preset, name, expected) => {
    expect(timings(preset, cases[name] as Partial<InterviewInput>)).toEqual(expected);
  });

  it('waits the decision grace in working days: Japan checks in on the third working day after the date', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-16T10:00', timeZone: 'America/New_York', decisionDate: '2026-11-20' },
      { policy: presets.japan });
    // Friday 20 November, then Monday 23, Tuesday 24, Wednesday 25: the (2 + 1)-th working day.
    expect(plan.steps.find((step) => step.id === 'check-in-1')?.suggestedAt).toBe('2026-11-25T09:00:00.000-05:00');
    expect(plan.steps.find((step) => step.id === 'check-in-1')?.explanation).toBe('Acme expected to decide by 2026-11-20; with no news 2 working days after it, check in at the start of the next working day.');
  });

  it('are frozen, valid overrides that change nothing else', () => {
    for (const [name, preset] of Object.entries(presets)) {
      expect(Object.isFrozen(preset), name).toBe(true);
      expect(validateInterview({ id: 'x', company: 'A', position: 'B', start: '2026-11-16T10:00', timeZone: 'UTC' }, { policy: preset }), name).toEqual([]);
    }
    expect(() => { (presets.uk as { thankYouTo?: string }).thankYouTo = 'each'; }).toThrow(TypeError);
  });

  it('leave every article plan as it was', () => {
    const interview: InterviewInput = { id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-20T14:00', timeZone: 'America/New_York', employerTimeZone: 'America/Chicago', interviewers: [{ name: 'Ana' }] };
    expect(planFollowUps(interview, { policy: presets.article }).steps).toEqual(planFollowUps(interview).steps);
  });

  it('are named by the rules they change, in the rules catalogue', () => {
    const changed = Object.fromEntries(Object.values(rules).filter((rule) => rule.presets.length > 0).map((rule) => [rule.id, rule.presets]));
    expect(changed).toEqual({
      'fallback-two-weeks': ['careerServices', 'uk', 'germany'],
      'thank-you-window': ['careerServices', 'japan'],
      'thank-you-each': ['uk'],
      'check-in-after-date': ['japan'],
      'repeat-two-weeks': ['careerServices'],
      'follow-up-after-applying': ['careerServices'],
      'repeat-after-applying': ['careerServices'],
      'employer-overdue': ['ontario'],
    });
  });
});

describe('working-day arithmetic', () => {
  const time = (zone: string, holidays: readonly string[] = [], days: readonly number[] = [1, 2, 3, 4, 5]): WorkingTime => ({
    zone: findZone(zone) as Zone, days: new Set(days), startMinute: 540, endMinute: 1020,
    holidays: new Set(holidays.map((date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000)),
  });
  const add = (zone: string, from: string, days: number, holidays: readonly string[] = []): string =>
    formatInstant(findZone(zone) as Zone, addWorkingDays(time(zone, holidays), Date.parse(from), days));

  it.each([
    ['across a weekend', 'America/New_York', '2026-11-20T15:00:00-05:00', 1, [], '2026-11-23T15:00:00.000-05:00'],
    ['a full week', 'America/New_York', '2026-11-16T10:00:00-05:00', 5, [], '2026-11-23T10:00:00.000-05:00'],
    ['over holidays', 'America/New_York', '2026-12-23T16:00:00-05:00', 2, ['2026-12-24', '2026-12-25'], '2026-12-29T16:00:00.000-05:00'],
    ['from a Saturday', 'America/New_York', '2026-11-21T12:00:00-05:00', 1, [], '2026-11-23T12:00:00.000-05:00'],
    ['across the end of summer time, at the same wall time', 'America/New_York', '2026-10-30T10:00:00-04:00', 1, [], '2026-11-02T10:00:00.000-05:00'],
    ['across the start of summer time, at the same wall time', 'Europe/Berlin', '2026-03-27T10:00:00+01:00', 1, [], '2026-03-30T10:00:00.000+02:00'],
  ] as const)('counts %s', (_name, zone, from, days, holidays, expected) => {
    expect(add(zone, from, days, holidays)).toBe(expected);
  });

  it('moves a wall time the clocks skip on by the gap (Chile, Sunday 6 September 2026, 00:00 to 01:00)', () => {
    const everyDay = time('America/Santiago', [], [1, 2, 3, 4, 5, 6, 7]);
    const zone = findZone('America/Santiago') as Zone;
    expect(formatInstant(zone, addWorkingDays(everyDay, Date.parse('2026-09-05T00:30:00-04:00'), 1))).toBe('2026-09-06T01:30:00.000-03:00');
  });
});
