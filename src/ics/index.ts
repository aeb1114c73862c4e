/**
 * The calendar entry of `interview-followup`: turns a plan into an iCalendar file, or into one
 * iCalendar object per step for a CalDAV server. It is the only code that loads the `ics`
 * serialiser; apps that only plan import the core entry and never pay for it.
 *
 * @packageDocumentation
 * @module interview-followup/ics
 */

export { calendarTextLimits, toICalendar } from './toICalendar.js';
export type { CalendarOwner, ICalendarOptions } from './toICalendar.js';
export { toICalendarEvents } from './toICalendarEvents.js';
export type { CalendarResource } from './toICalendarEvents.js';
