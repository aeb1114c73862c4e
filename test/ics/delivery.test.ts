import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar, toICalendarEvents } from '../../src/ics/index.js';
import { planApplication, planFollowUps, planPipeline, type ApplicationInput, type FollowUpPlan } from '../../src/index.js';
import { physicalLines } from '../helpers/calendar.js';
import { acme, tuesday } from '../helpers/interviews.js';

const generatedAt = '2026-11-22T09:00:00Z';
const events = (text: string): ICAL.Component[] => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
const byUid = (text: string, uid: string): ICAL.Component | undefined => events(text).find((event) => event.getFirstPropertyValue('uid') === uid);
const descriptionOf = (text: string, uid: string): string => String(byUid(text, uid)?.getFirstPropertyValue('description'));

const application: ApplicationInput = {
  id: 'globex', company: 'Globex', position: 'Product Manager', timeZone: 'Europe/Berlin', employerTimeZone: 'Europe/London',
  rounds: [
    { id: 'r1', start: '2026-11-10T10:00', interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }] },
    { id: 'r2', start: '2026-11-17T10:00', interviewers: [{ name: 'Di Lee', email: 'di@globex.example' }] },
  ],
};
const offer = (id: string): ApplicationInput => ({
  id, company: `${id[0]!.toUpperCase()}${id.slice(1)}`, position: 'Engineer', timeZone: 'America/New_York',
  rounds: [{ id: `${id}-1`, start: '2026-11-16T10:00', interviewers: [{ name: 'Ana Ruiz', email: `ana@${id}.example` }], decisionDate: '2026-11-25' }],
});
const plans = [
  ['an interview', planFollowUps(acme, { now: generatedAt })],
  ['an application', planApplication(application, { now: generatedAt })],
  ['a search', planPipeline([application, offer('acme')], { now: generatedAt, id: 'search' })],
] as const;

describe('toICalendarEvents', () => {
  it.each(plans)('gives %s one calendar per step, each holding exactly the event the calendar writes', (_name, plan) => {
    const calendar = toICalendar(plan as FollowUpPlan, { generatedAt });
    const resources = toICalendarEvents(plan as FollowUpPlan, { generatedAt });
    expect(resources).toHaveLength(plan.steps.length);
    expect(new Set(resources.map((resource) => resource.uid)).size).toBe(resources.length);
    const blocks = calendar.split(/(?=BEGIN:VEVENT\r\n)/).slice(1).map((block) => block.replace(/END:VCALENDAR\r\n$/, ''));
    resources.forEach((resource, index) => {
      const lines = physicalLines(resource.text);
      expect(lines.slice(0, 4)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:-//interview-followup//Follow-up plan//EN']);
      expect(resource.text).toBe(`${lines.slice(0, 4).join('\r\n')}\r\n${blocks[index]}END:VCALENDAR\r\n`);
      const [event, ...others] = events(resource.text);
      expect(others).toEqual([]);
      expect(event?.getFirstPropertyValue('uid')).toBe(resource.uid);
    });
    // Concatenated, the events are the calendar's, in its order.
    expect(blocks.join('')).toBe(resources.map((resource) => resource.text.slice(resource.text.indexOf('BEGIN:VEVENT'), -'END:VCALENDAR\r\n'.length)).join(''));
  });

  it('takes the options toICalendar takes, with the same checks', () => {
    const [first] = toICalendarEvents(planFollowUps(acme), { generatedAt, uidDomain: 'jobs.example.com', drafts: false, alarmMinutesBefore: 0 });
    expect(first?.uid).toBe('acme-staff-eng.before-leaving@jobs.example.com');
    expect(first?.text).toContain('TRIGGER;VALUE=DATE-TIME:20261120T190000Z');
    expect(() => toICalendarEvents(planFollowUps(acme), { generatedAt, eventMinutes: 1 })).toThrow(expect.objectContaining({ code: 'out-of-range', path: 'eventMinutes' }));
    expect(() => toICalendarEvents(planFollowUps(acme), {} as never)).toThrow(expect.objectContaining({ code: 'missing-field', path: 'generatedAt' }));
  });
});

describe('calendar descriptions name both zones and when to send', () => {
  it('writes the due time in the candidate\'s zone, and the employer\'s in parentheses when their clock differs', () => {
    const chicago = toICalendar(planFollowUps(acme), { generatedAt, drafts: false });
    expect(descriptionOf(chicago, 'acme-staff-eng.check-in-1@interview-followup')).toContain('\n\nDue by Wednesday 2026-12-02 18:00 (America/New_York; Wednesday 2026-12-02 17:00 in America/Chicago).\n\n');
    const sameZone = toICalendar(planFollowUps(tuesday({ decisionDate: '2026-11-25' })), { generatedAt, drafts: false });
    expect(descriptionOf(sameZone, 'globex-pm.check-in-1@interview-followup')).toContain('\n\nDue by Thursday 2026-11-26 17:00 (America/New_York).\n\n');
    // Another zone on the same clock adds nothing.
    const toronto = toICalendar(planFollowUps(tuesday({ decisionDate: '2026-11-25', employerTimeZone: 'America/Toronto' })), { generatedAt, drafts: false });
    expect(descriptionOf(toronto, 'globex-pm.check-in-1@interview-followup')).toContain('\n\nDue by Thursday 2026-11-26 17:00 (America/New_York).\n\n');
  });

  // Tokyo's evening is New York's night: the check-in should land at 09:00 New York (23:00 Tokyo),
  // so the reminder comes at 21:00 Tokyo, the end of the candidate's hours, to schedule the send.
  const tokyo = planFollowUps({
    id: 'tokyo', company: 'Globex', position: 'PM', start: '2026-11-17T10:00', timeZone: 'Asia/Tokyo', employerTimeZone: 'America/New_York',
    interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }], decisionDate: '2026-11-25',
  });
  const text = toICalendar(tokyo, { generatedAt });

  it('starts each event at the step\'s remindAt', () => {
    for (const step of tokyo.steps) {
      const start = byUid(text, `tokyo.${step.id}@interview-followup`)?.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.toJSDate().getTime(), step.id).toBe(Date.parse(step.remindAt));
    }
    expect(tokyo.steps.find((step) => step.id === 'check-in-1')?.remindAt).toBe('2026-11-26T21:00:00.000+09:00');
    expect(text).toContain('DTSTART:20261126T120000Z\r\nDTEND:20261126T121500Z\r\n');
  });

  it('says when a message reminded of early should land, in the employer\'s time', () => {
    expect(descriptionOf(text, 'tokyo.check-in-1@interview-followup')).toContain([
      'Schedule the message to go out Thursday 2026-11-26 09:00 (America/New_York), in their working hours.',
      'Due by Friday 2026-11-27 07:00 (Asia/Tokyo; Thursday 2026-11-26 17:00 in America/New_York).',
    ].join('\n'));
  });

  it('says nothing more when the reminder comes at or after the moment the message should land', () => {
    // The thank-you should land at 09:00 New York (23:00 Tokyo); the reminder comes at 08:00 Tokyo, when it can go out at once.
    const thanks = descriptionOf(text, 'tokyo.thank-you-email-cy-park@interview-followup');
    expect(thanks).not.toContain('Schedule the message');
    expect(thanks).toContain('Due by Thursday 2026-11-19 11:00 (Asia/Tokyo; Wednesday 2026-11-18 21:00 in America/New_York).');
    expect(descriptionOf(text, 'tokyo.keep-searching-1@interview-followup')).not.toContain('Schedule the message');
  });
});

describe('a search after an accepted offer', () => {
  const plan = planPipeline([
    { ...offer('acme'), activities: [{ type: 'offer-received', at: '2026-11-27T10:00', deadline: '2026-12-04' }, { type: 'offer-accepted', at: '2026-12-01T11:00' }] },
    offer('globex'),
  ], { now: '2026-12-02T12:00', id: 'search' });
  const text = toICalendar(plan, { generatedAt });

  it('writes every cancelled step, the search\'s reminders after the acceptance among them, with STATUS:CANCELLED, "Cancelled:" and no alarm', () => {
    const cancelled = plan.steps.filter((step) => step.status === 'cancelled');
    const reminders = cancelled.filter((step) => step.kind === 'keep-searching' && step.application === undefined);
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((step) => Date.parse(step.suggestedAt) > Date.parse('2026-12-01T16:00:00Z'))).toBe(true);
    const written = events(text);
    const statusOf = (event: ICAL.Component): unknown => event.getFirstPropertyValue('status');
    expect(written.filter((event) => statusOf(event) === 'CANCELLED')).toHaveLength(cancelled.length);
    for (const step of reminders) {
      const event = written.find((candidate) => candidate.getFirstPropertyValue('uid') === `search.${step.id}@interview-followup`);
      expect([statusOf(event!), String(event?.getFirstPropertyValue('summary')).startsWith('Cancelled: '), event?.getAllSubcomponents('valarm')]).toEqual(['CANCELLED', true, []]);
    }
  });
});
