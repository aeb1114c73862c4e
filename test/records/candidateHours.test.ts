import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planApplication, planPipeline, validateApplication, type ApplicationInput, type ApplicationPlan } from '../../src/index.js';
import { toICalendar } from '../../src/ics/index.js';
import { run } from '../helpers/cli.js';
import { deepFreeze } from '../helpers/interviews.js';

// Messages land in the employer's working hours; the candidate is reminded in their own hours
// (policy `candidateHours`, 08:00–21:00 in their zone, both ends included). Every step has
// `remindAt`: `suggestedAt` when that is in the candidate's hours; else the first moment of their
// hours after it, when that is still before `dueAt`; else the last moment of their hours before
// it, to schedule the send. The calendar's event starts at `remindAt`; the agenda lists by it.

/** A New York candidate of a London employer: London's 09:00–17:00 is 04:00–12:00 in New York. */
const initech: ApplicationInput = deepFreeze({
  id: 'initech', company: 'Initech', position: 'Staff Engineer', timeZone: 'America/New_York', employerTimeZone: 'Europe/London',
  contact: { name: 'Pam Lee', email: 'pam@initech.example' }, appliedAt: '2026-11-02T09:00',
  rounds: [{ id: 'initech-tech', start: '2026-11-16T06:00', end: '2026-11-16T07:00', interviewers: [{ name: 'Raj Patel', email: 'raj@initech.example' }], decisionDate: '2026-11-20', followUpPermission: 'granted' }],
});

/** A Pacific candidate of a Berlin employer: Berlin's 09:00–17:00 is 00:00–08:00 in Los Angeles. */
const globex: ApplicationInput = deepFreeze({
  id: 'globex', company: 'Globex', position: 'Staff Engineer', timeZone: 'America/Los_Angeles', employerTimeZone: 'Europe/Berlin',
  contact: { name: 'Lena Vogel', email: 'lena@globex.example' }, appliedAt: '2026-11-02T09:00',
  rounds: [{ id: 'globex-tech', start: '2026-11-16T06:00', end: '2026-11-16T07:00', interviewers: [{ name: 'Jonas Weber', email: 'jonas@globex.example' }], decisionDate: '2026-11-20', followUpPermission: 'granted' }],
});

const times = (plan: ApplicationPlan): string[][] => plan.steps.map((step) => [step.id, step.suggestedAt.slice(5, 16), step.remindAt.slice(5, 16), step.dueAt.slice(5, 16)]);

describe('remindAt on every step', () => {
  it('reminds a New York candidate of a London employer at 08:00, not at 04:00 when London opens', () => {
    expect(times(planApplication(initech))).toEqual([
      // [step, suggested, remind, due], New York wall time
      ['application-follow-up-1', '11-09T09:00', '11-09T09:00', '11-09T12:00'], // in the candidate's hours: unchanged
      ['keep-searching-1', '11-09T09:00', '11-09T09:00', '11-16T09:00'],
      ['before-leaving', '11-16T06:00', '11-15T21:00', '11-16T07:00'], // due before 08:00: the evening before
      ['application-follow-up-2', '11-16T09:00', '11-16T09:00', '11-16T12:00'],
      ['keep-searching-2', '11-16T09:00', '11-16T09:00', '11-23T09:00'],
      ['thank-you-email-raj-patel', '11-17T07:00', '11-17T08:00', '11-18T07:00'], // the window opens at 07:00: remind at 08:00
      ['check-in-1', '11-23T04:00', '11-23T08:00', '11-23T12:00'], // 09:00 London: remind at 08:00 New York, four hours to send
      ['keep-searching-3', '11-23T09:00', '11-23T09:00', '11-30T09:00'],
      ['keep-searching-4', '11-30T09:00', '11-30T09:00', '12-07T09:00'],
      ['check-in-2', '12-07T04:00', '12-07T08:00', '12-07T12:00'],
    ]);
  });

  it('reminds a Pacific candidate of a Berlin employer the evening before, to schedule the send', () => {
    expect(times(planApplication(globex))).toEqual([
      ['keep-searching-1', '11-09T09:00', '11-09T09:00', '11-16T09:00'],
      // 09:00 Berlin is midnight in Los Angeles, and 08:00 (the first of the candidate's hours) is 17:00 Berlin, the very end: too late.
      ['application-follow-up-1', '11-10T00:00', '11-09T21:00', '11-10T08:00'],
      ['before-leaving', '11-16T06:00', '11-15T21:00', '11-16T07:00'],
      ['keep-searching-2', '11-16T09:00', '11-16T09:00', '11-23T09:00'],
      ['application-follow-up-2', '11-17T00:00', '11-16T21:00', '11-17T08:00'],
      ['thank-you-email-jonas-weber', '11-17T07:00', '11-17T08:00', '11-18T07:00'],
      ['check-in-1', '11-23T00:00', '11-22T21:00', '11-23T08:00'],
      ['keep-searching-3', '11-23T09:00', '11-23T09:00', '11-30T09:00'],
      ['keep-searching-4', '11-30T09:00', '11-30T09:00', '12-07T09:00'],
      ['check-in-2', '12-07T00:00', '12-06T21:00', '12-07T08:00'],
    ]);
  });

  it.each([
    ['at the start of the hours exactly: then', { start: '07:00', end: '21:00' }, '11-17T07:00'],
    ['at the end of the hours exactly: then', { start: '06:00', end: '07:00' }, '11-17T07:00'],
    ['a minute before the hours start: at their start', { start: '07:01', end: '21:00' }, '11-17T07:01'],
    ['a minute after the hours end: at their start the next day, still before it is due', { start: '06:00', end: '06:59' }, '11-18T06:00'],
  ])('reminds a thank-you suggested at 07:00 and due at 07:00 the next day %s', (_name, candidateHours, expected) => {
    const thanks = planApplication(initech, { policy: { candidateHours } }).steps.find((step) => step.kind === 'thank-you-email');
    expect(thanks?.remindAt.slice(5, 16)).toBe(expected);
  });

  it('reminds at the last moment of the hours before a step when the next hours start too late: both ends count', () => {
    const late = (end: string): string | undefined => planApplication(initech, { policy: { candidateHours: { start: '00:00', end } } })
      .steps.find((step) => step.id === 'before-leaving')?.remindAt.slice(5, 16);
    // Before-leaving opens at 06:00 and is due at 07:00: hours ending at 06:00 hold it; ending at 05:59, the minute before.
    expect([late('06:00'), late('05:59')]).toEqual(['11-16T06:00', '11-16T05:59']);
  });

  it('refuses hours that end before they start, or when they start', () => {
    for (const candidateHours of [{ start: '21:00', end: '08:00' }, { start: '08:00', end: '08:00' }]) {
      expect(validateApplication(initech, { policy: { candidateHours } }).map(({ code, path }) => [code, path])).toEqual([['end-before-start', 'policy.candidateHours.end']]);
    }
  });

  it('changes nothing where remindAt is suggestedAt: wide hours give every step its suggested time', () => {
    const plan = planApplication(initech, { policy: { candidateHours: { start: '00:00', end: '23:59' } } });
    expect(plan.steps.every((step) => step.remindAt === step.suggestedAt)).toBe(true);
    const { remindAt: _a, ...widened } = plan.steps[2]!;
    const { remindAt: _b, ...usual } = planApplication(initech).steps[2]!;
    expect(widened).toEqual(usual);
  });
});

describe('the calendar and the agenda follow remindAt', () => {
  it('starts each event at remindAt, with the alarm 15 minutes before', () => {
    const plan = planApplication(initech, { now: '2026-11-20T12:00:00Z' });
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(plan, { generatedAt: '2026-11-20T12:00:00Z' })));
    const checkIn = calendar.getAllSubcomponents('vevent').find((event) => String(event.getFirstPropertyValue('uid')).startsWith('initech-tech.check-in-1@'));
    expect(checkIn?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-11-23T13:00:00Z');
    expect(checkIn?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT15M');
    // The description still says when the step is due, in the candidate's time first.
    expect(String(checkIn?.getFirstPropertyValue('description'))).toContain('Due by Monday 2026-11-23 12:00 (America/New_York');
  });

  it('says when the message should land in the employer\'s time when the reminder comes the evening before', () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(planApplication(globex, { now: '2026-11-20T12:00:00Z' }), { generatedAt: '2026-11-20T12:00:00Z' })));
    const event = (uid: string): ICAL.Component | undefined => calendar.getAllSubcomponents('vevent').find((candidate) => candidate.getFirstPropertyValue('uid') === `${uid}@interview-followup`);
    const checkIn = event('globex-tech.check-in-1');
    // 21:00 on Sunday in Los Angeles.
    expect(checkIn?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-11-23T05:00:00Z');
    expect(String(checkIn?.getFirstPropertyValue('description')).split('\n')).toEqual(expect.arrayContaining([
      'Schedule the message to go out Monday 2026-11-23 09:00 (Europe/Berlin), in their working hours.',
      'Due by Monday 2026-11-23 08:00 (America/Los_Angeles; Monday 2026-11-23 17:00 in Europe/Berlin).',
    ]));
    // Reminded after it was suggested (the thank-you, at 08:00 once the window opened at 07:00): nothing to schedule.
    expect(String(event('globex-tech.thank-you-email-jonas-weber')?.getFirstPropertyValue('description'))).not.toContain('Schedule the message');
  });

  it('lists a search by remindAt: a step reminded the evening before comes before one reminded that morning', () => {
    const onsite: ApplicationInput = {
      id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/New_York', employerTimeZone: 'Europe/London',
      rounds: [{ id: 'hooli-onsite', start: '2026-11-23T05:00', interviewers: [{ name: 'Gavin Belson', email: 'gavin@hooli.example' }] }],
    };
    const input = { applications: [initech, onsite] };
    const plan = planPipeline(input.applications, { now: '2026-11-22T12:00:00Z' });
    // By suggestedAt the Initech check-in (04:00) comes before the Hooli onsite (05:00); by remindAt the onsite's comes first.
    const byReminder = plan.steps.filter((step) => step.id === 'check-in-1' || step.round === 'hooli-onsite').map((step) => [step.application, step.id, step.suggestedAt.slice(5, 16), step.remindAt.slice(5, 16)]);
    expect(byReminder.slice(0, 2)).toEqual([['initech', 'check-in-1', '11-23T04:00', '11-23T08:00'], ['hooli', 'before-leaving', '11-23T05:00', '11-22T21:00']]);
    const lines = run(['-', '--now', '2026-11-22T12:00:00Z'], JSON.stringify(input)).stdout.split('\n');
    const agenda = lines.filter((line) => line.startsWith('Sun 2026-11-22') || line.startsWith('Mon 2026-11-23'));
    expect(agenda).toEqual([
      'Sun 2026-11-22 21:00  Hooli · Before you leave the Hooli interview: ask about next steps  [upcoming]',
      'Mon 2026-11-23 08:00  Initech · Check in with Initech about the Staff Engineer role (1 of 2) (moved)  [upcoming]',
      'Mon 2026-11-23 09:00  Search · Keep your job search going: 2 applications active (3 of 6)  [upcoming]',
    ]);
  });
});
