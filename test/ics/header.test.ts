import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import { planApplication, planFollowUps, planPipeline, type ApplicationInput } from '../../src/index.js';
import { acme } from '../helpers/interviews.js';

const generatedAt = '2026-11-22T09:00:00Z';
const application: ApplicationInput = {
  id: 'globex', company: 'Globex', position: 'Product Manager', timeZone: 'Europe/Berlin',
  rounds: [{ id: 'r1', start: '2026-11-17T10:00', interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }] }],
};

describe('toICalendar header', () => {
  it.each([
    ['an interview', planFollowUps(acme), 'X-WR-CALNAME:Acme follow-ups'],
    ['an application', planApplication(application), 'X-WR-CALNAME:Globex follow-ups'],
    ['a search', planPipeline([application]), 'X-WR-CALNAME:Job search follow-ups'],
  ] as const)('for %s, asks feed readers to refresh hourly in both the RFC 7986 and the older form', (_name, plan, name) => {
    const lines = toICalendar(plan, { generatedAt }).split('\r\n');
    expect(lines.slice(0, lines.indexOf('BEGIN:VEVENT'))).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'PRODID:-//interview-followup//Follow-up plan//EN',
      name,
      'X-PUBLISHED-TTL:PT1H',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    ]);
    expect(lines.filter((line) => line.startsWith('REFRESH-INTERVAL'))).toHaveLength(1);
  });

  it('writes a refresh interval a parser reads as one hour', () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(planFollowUps(acme), { generatedAt })));
    const refresh = calendar.getFirstProperty('refresh-interval');
    expect(refresh?.type).toBe('duration');
    expect((refresh?.getFirstValue() as ICAL.Duration).toSeconds()).toBe(3600);
  });
});
