/**
 * The calendar entry of `interview-followup`: turns a plan into an iCalendar file. It is the only
 * code that loads the `ics` serialiser; apps that only plan import the core entry and never pay
 * for it.
 *
 * @packageDocumentation
 * @module interview-followup/ics
 */

export { calendarTextLimits, toICalendar } from './toICalendar.js';
export type { CalendarOwner, ICalendarOptions } from './toICalendar.js';
