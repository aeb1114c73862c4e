import { createEvents, type HeaderAttributes } from 'ics';
import type { ApplicationPlan } from '../application/planTypes.js';
import { FollowUpError, guarded } from '../errors/FollowUpError.js';
import type { FollowUpPlan } from '../interview/types.js';
import type { PipelinePlan } from '../pipeline/types.js';
import { readStoredPlan } from '../stored/storedPlan.js';
import { draftOf, eventOf, type Event } from './events.js';
import { calendarTextLimits, readOptions, type ICalendarOptions } from './options.js';
import { cleanLine, escapeText, refold } from './text.js';

export type { CalendarOwner, ICalendarOptions } from './options.js';
export { calendarTextLimits } from './options.js';

/** The calendar's PRODID. */
const PRODUCT_ID = '-//interview-followup//Follow-up plan//EN';
/**
 * Starts every description's stand-in: cleaned text never holds a control character, so no
 * other line of the output can equal a stand-in's line.
 */
const PLACEHOLDER = '\u0001';
/** The header line `ics` always writes; a feed's refresh interval in RFC 7986's form goes right after it. */
const PUBLISHED_TTL = 'X-PUBLISHED-TTL:PT1H';

/**
 * Exports a plan as an iCalendar (RFC 5545) file for Google Calendar, Apple Calendar, Outlook
 * and Thunderbird: one short event per step at its `suggestedAt`, with a reminder, a summary that
 * reads at a glance, and a description holding the explanation, the checklist, the timing and
 * the rule. UIDs are stable (interview id + step id), so importing a newer export updates the
 * events instead of duplicating them. Cancelled steps are written with `STATUS:CANCELLED`; done
 * steps stay (so a re-import marks them) with "Done:" in the summary and no reminder.
 *
 * Times are written in UTC; lines are folded at 75 octets; all text is escaped. The same plan
 * and options give the same bytes under any process time zone.
 *
 * @param plan - A plan from `planFollowUps` (or the same data parsed back from JSON).
 * @param options - `generatedAt` is required; see {@link ICalendarOptions}.
 * @returns The calendar, with CRLF line ends.
 * @throws `FollowUpError` (from the core entry) for a missing `generatedAt`, invalid options or a malformed plan.
 *
 * @example
 * ```ts
 * import { planFollowUps } from 'interview-followup';
 * import { toICalendar } from 'interview-followup/ics';
 *
 * const plan = planFollowUps({ id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer',
 *   start: '2026-11-20T14:00', timeZone: 'America/New_York', interviewers: [{ name: 'Ana Ruiz' }] });
 * const text = toICalendar(plan, { generatedAt: '2026-11-20T18:00:00Z' });
 * text.split('\r\n')[0];
 * //=> 'BEGIN:VCALENDAR'
 * ```
 */
export function toICalendar(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, options: ICalendarOptions): string {
  return guarded('', () => {
    const { events, header, extraLines } = calendarInput(plan, options);
    // `ics` folds a line by re-reading all of it at every fold, so a long description costs the
    // square of its length. It gets a short stand-in instead, and the description is escaped and
    // folded here, as `ics` would have escaped it, in time linear in its length.
    const splices = new Map(extraLines);
    const stand = events.map((event, index) => {
      if (!event.description) return event;
      const placeholder = `${PLACEHOLDER}${index}`;
      splices.set(`DESCRIPTION:${placeholder}`, [`DESCRIPTION:${escapeText(event.description)}`]);
      return { ...event, description: placeholder };
    });
    const { error, value } = createEvents(stand, header);
    if (error !== null || value === null) calendarError(String(error?.message ?? error).slice(0, 300));
    const { text, spliced } = refold(value, splices);
    if (spliced !== splices.size) calendarError(`missing ${splices.size - spliced} of its lines`);
    return text;
  });
}

function calendarError(reason: string): never {
  throw new FollowUpError([{ code: 'calendar-error', path: 'plan', message: `plan: the calendar could not be written: ${reason}` }]);
}

/**
 * Everything handed to the serialiser: the events (with their whole descriptions), the header, and
 * the lines added afterwards (each key line of the output is written followed by the lines it maps to).
 * @internal Exposed to the benchmark, which times `ics` on exactly these events.
 */
export function calendarInput(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, options: ICalendarOptions): {
  readonly events: Event[];
  readonly header: HeaderAttributes;
  readonly extraLines: ReadonlyMap<string, readonly string[]>;
} {
  const settings = readOptions(options);
  const stored = readStoredPlan(plan, 'plan', 'all', settings.locale);
  const extraLines = new Map<string, readonly string[]>([[PUBLISHED_TTL, [PUBLISHED_TTL, 'REFRESH-INTERVAL;VALUE=DURATION:PT1H']]]);
  const events = stored.steps.map((step) => {
    const draft = draftOf(stored.locale, step.context, step.step, settings);
    const event = eventOf(stored.locale, step.context, step, draft, settings);
    // `ics` accepts only scheme:// URLs, so the mailto: URL is added after serialising.
    if (draft?.mailto !== undefined) extraLines.set(`UID:${event.uid ?? ''}`, [`UID:${event.uid ?? ''}`, `URL:${draft.mailto}`]);
    return event;
  });
  const calendarName = cleanLine(settings.calendarName ?? stored.locale.calendar.name(stored.kind === 'pipeline' ? {} : { company: stored.interview.company }), calendarTextLimits.calendarName);
  const header: HeaderAttributes = {
    productId: PRODUCT_ID,
    // No METHOD: iTIP's PUBLISH requires an ORGANIZER on every event (libical enforces it), and a
    // plain file for import needs no method at all. `ics` writes its default unless told undefined.
    method: undefined as unknown as string,
    calName: escapeText(calendarName),
  };
  return { events, header, extraLines };
}
