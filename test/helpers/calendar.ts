import ICAL from 'ical.js';
import { expect } from 'vitest';
import type { FollowUpPlan } from '../../src/index.js';

/** Splits a calendar into physical lines, checking the CRLF framing on the way. */
export function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line.includes('\r') || line.includes('\n'), JSON.stringify(line)).toBe(false);
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
  return lines;
}

/**
 * Checks a calendar with ical.js, Mozilla's parser: exactly one VEVENT per step, each at the
 * step's suggestedAt, with only the properties and components the exporter writes.
 */
export function expectValidCalendar(text: string, plan: FollowUpPlan): ICAL.Component[] {
  const lines = physicalLines(text);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines[lines.length - 1]).toBe('END:VCALENDAR');
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getAllSubcomponents().map((component) => component.name).every((name) => name === 'vevent')).toBe(true);
  expect(calendar.getAllProperties().map((property) => property.name).sort()).toEqual(
    ['calscale', 'prodid', 'refresh-interval', 'version', 'x-published-ttl', 'x-wr-calname'],
  );
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(plan.steps.length);
  const allowed = new Set(['uid', 'summary', 'dtstamp', 'dtstart', 'dtend', 'sequence', 'description', 'status', 'categories', 'x-microsoft-cdo-busystatus', 'transp', 'organizer', 'url']);
  events.forEach((event, index) => {
    const step = plan.steps[index];
    for (const property of event.getAllProperties()) expect(allowed.has(property.name), property.name).toBe(true);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().getTime()).toBe(Date.parse(step?.suggestedAt ?? ''));
    expect(event.getAllSubcomponents().every((component) => component.name === 'valarm')).toBe(true);
  });
  return events;
}
