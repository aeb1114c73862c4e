import type { ApplicationPlan } from '../application/planTypes.js';
import { guarded } from '../errors/FollowUpError.js';
import type { FollowUpPlan } from '../interview/types.js';
import type { PipelinePlan } from '../pipeline/types.js';
import type { ICalendarOptions } from './options.js';
import { keptBlocks, writeCalendar } from './toICalendar.js';

/** One calendar object resource for a CalDAV server: one event in a calendar of its own. */
export interface CalendarResource {
  /** The event's UID, the same as in {@link toICalendar}'s file; a stable name for the resource. */
  readonly uid: string;
  /** The iCalendar text: `VCALENDAR` around exactly one `VEVENT`, with CRLF line ends. */
  readonly text: string;
}

/** The header properties a single event's resource keeps: the ones that describe the object, not a whole calendar or feed. */
const RESOURCE_HEADER_END = /^PRODID:.*\r\n/m;

/**
 * Exports a plan as one iCalendar object per step, for a CalDAV server (RFC 4791 stores one UID
 * per resource): PUT each `text` to `<collection>/<uid>.ics`. Each resource holds the very event
 * {@link toICalendar} writes with the same options, byte for byte, inside a `VCALENDAR` with
 * `VERSION`, `CALSCALE` and `PRODID` (the calendar's name, refresh hints and
 * `X-INTERVIEW-FOLLOWUP-OMITTED` belong to a whole calendar and are left out). With `maxBytes`,
 * the steps and drafts the calendar would leave out are left out here too.
 *
 * @param plan - A plan from `planFollowUps`, `planApplication` or `planPipeline` (or the same data parsed back from JSON).
 * @param options - The options of {@link toICalendar}; `generatedAt` is required.
 * @returns One resource per step written, in the plan's order.
 * @throws `FollowUpError` (from the core entry) as {@link toICalendar} does.
 *
 * @example
 * ```ts
 * import { planFollowUps } from 'interview-followup';
 * import { toICalendarEvents } from 'interview-followup/ics';
 *
 * const plan = planFollowUps({ id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer',
 *   start: '2026-11-20T14:00', timeZone: 'America/New_York', interviewers: [{ name: 'Ana Ruiz' }] });
 * const [first] = toICalendarEvents(plan, { generatedAt: '2026-11-20T18:00:00Z' });
 * first?.uid;
 * //=> 'acme-staff-eng.before-leaving@interview-followup'
 * ```
 */
export function toICalendarEvents(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, options: ICalendarOptions): CalendarResource[] {
  return guarded('', () => {
    const calendar = writeCalendar(plan, options);
    const { head, tail } = calendar.written;
    const header = RESOURCE_HEADER_END.exec(head);
    const opening = header === null ? head : head.slice(0, header.index + header[0].length);
    return keptBlocks(calendar).map(({ index, text }) => ({ uid: calendar.uids[index] ?? '', text: `${opening}${text}${tail}` }));
  });
}
