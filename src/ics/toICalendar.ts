import { createEvents, type HeaderAttributes } from 'ics';
import { FollowUpError, guarded, readStoredPlan, type ApplicationPlan, type FollowUpPlan, type PipelinePlan } from 'interview-followup';
import { draftOf, eventOf, type Event } from './events.js';
import { calendarTextLimits, readOptions, type ICalendarOptions } from './options.js';
import { cleanLine, escapeText, refold } from './text.js';

export type { CalendarOwner, ICalendarOptions } from './options.js';
export { calendarTextLimits } from './options.js';

/** The calendar's PRODID. */
const PRODUCT_ID = '-//interview-followup//Follow-up plan//EN';

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
    const { error, value } = createEvents(events, header);
    if (error !== null || value === null) {
      throw new FollowUpError([{ code: 'calendar-error', path: 'plan', message: `plan: the calendar could not be written: ${String(error?.message ?? error).slice(0, 300)}` }]);
    }
    return refold(value, extraLines);
  });
}

/**
 * Everything handed to the serialiser: the events, the header and the lines added afterwards.
 * @internal Exposed to the benchmark, which times `ics` on exactly these events.
 */
export function calendarInput(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, options: ICalendarOptions): {
  readonly events: Event[];
  readonly header: HeaderAttributes;
  readonly extraLines: ReadonlyMap<string, string>;
} {
  const settings = readOptions(options);
  const stored = readStoredPlan(plan, 'plan', 'all', settings.locale);
  const extraLines = new Map<string, string>();
  const events = stored.steps.map((step) => {
    const draft = draftOf(stored.locale, step.context, step.step, settings);
    const event = eventOf(stored.locale, step.context, step, draft, settings);
    // `ics` accepts only scheme:// URLs, so the mailto: URL is added after serialising.
    if (draft?.mailto !== undefined) extraLines.set(`UID:${event.uid ?? ''}`, `URL:${draft.mailto}`);
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
