import { createEvents, type HeaderAttributes } from 'ics';
import type { ApplicationPlan } from '../application/planTypes.js';
import { FollowUpError, guarded } from '../errors/FollowUpError.js';
import type { FollowUpPlan } from '../interview/types.js';
import type { PipelinePlan } from '../pipeline/types.js';
import { readStoredPlan, type StoredStep } from '../stored/storedPlan.js';
import { descriptionOf, draftOf, eventOf, type Event } from './events.js';
import { fitWithin, omittedLine, type Omissions } from './fit.js';
import { calendarTextLimits, readOptions, type ICalendarOptions } from './options.js';
import { cleanLine, escapeText, refold, utf8Bytes, type Refolded, type Splice } from './text.js';

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

/** The plan as the serialiser wrote it, cut into blocks, with what `maxBytes` leaves out. */
export interface WrittenCalendar {
  /** Header, event blocks (with and without drafts) and footer. */
  readonly written: Refolded;
  /** Each event's UID, in the blocks' order. */
  readonly uids: readonly string[];
  /** What is left out; nothing without `maxBytes`. */
  readonly omitted: Omissions;
}

/**
 * Everything handed to the serialiser: the events (with their whole descriptions), the header,
 * the lines added afterwards (each key line of the output is written followed by the lines it
 * maps to), and, when the calendar may have to drop drafts, each event's description without its
 * draft.
 * @internal Exposed to the benchmark, which times `ics` on exactly these events.
 */
export function calendarInput(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, options: ICalendarOptions): {
  readonly events: Event[];
  readonly header: HeaderAttributes;
  readonly splices: ReadonlyMap<string, Splice>;
  readonly withoutDrafts: readonly (string | undefined)[];
  readonly steps: readonly StoredStep[];
  readonly maxBytes: number | undefined;
} {
  const settings = readOptions(options);
  const stored = readStoredPlan(plan, 'plan', 'all', settings.locale);
  const splices = new Map<string, Splice>([[PUBLISHED_TTL, { lines: [PUBLISHED_TTL, 'REFRESH-INTERVAL;VALUE=DURATION:PT1H'] }]]);
  const withoutDrafts: (string | undefined)[] = [];
  const events = stored.steps.map((step) => {
    const draft = draftOf(stored.locale, step.context, step.step, settings);
    const event = eventOf(stored.locale, step.context, step, draft, settings);
    // Only a calendar that may have to shrink needs each description written twice.
    withoutDrafts.push(draft === undefined || settings.maxBytes === undefined ? undefined : descriptionOf(stored.locale, step.context, step, undefined));
    // `ics` accepts only scheme:// URLs, so the mailto: URL is added after serialising.
    const uid = `UID:${event.uid ?? ''}`;
    if (draft?.mailto !== undefined) splices.set(uid, { lines: [uid, `URL:${draft.mailto}`], ...(settings.maxBytes === undefined ? {} : { withoutDraft: [uid] }) });
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
  return { events, header, splices, withoutDrafts, steps: stored.steps, maxBytes: settings.maxBytes };
}

/**
 * Writes a plan's calendar once, as blocks: `ics` writes and validates every event with a short
 * stand-in for its description, since it folds a line by re-reading all of it at every fold (the
 * square of a long description's length); each description is escaped (as `ics` would) and folded
 * here, in time linear in its length. With `maxBytes`, each block is measured once, with and
 * without its draft, and what to leave out is chosen from those sizes alone.
 * @internal
 */
export function writeCalendar(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, options: ICalendarOptions): WrittenCalendar {
  const { events, header, splices: extra, withoutDrafts, steps, maxBytes } = calendarInput(plan, options);
  const splices = new Map(extra);
  const stand = events.map((event, index) => {
    if (!event.description) return event;
    const placeholder = `${PLACEHOLDER}${index}`;
    const without = withoutDrafts[index];
    splices.set(`DESCRIPTION:${placeholder}`, {
      lines: [`DESCRIPTION:${escapeText(event.description)}`],
      ...(without === undefined ? {} : { withoutDraft: [`DESCRIPTION:${escapeText(without)}`] }),
    });
    return { ...event, description: placeholder };
  });
  const { error, value } = createEvents(stand, header);
  if (error !== null || value === null) calendarError(String(error?.message ?? error).slice(0, 300));
  const written = refold(value, splices);
  if (written.spliced !== splices.size) calendarError(`missing ${splices.size - written.spliced} of its lines`);
  if (written.blocks.length !== events.length) calendarError(`${written.blocks.length} events written for ${events.length} steps`);
  const uids = events.map((event) => event.uid ?? '');
  if (maxBytes === undefined) return { written, uids, omitted: { steps: new Set(), drafts: new Set() } };
  const sized = written.blocks.map((block, index) => {
    const step = steps[index] as StoredStep;
    const bytes = utf8Bytes(block.text);
    return block.withoutDraft === undefined
      ? { bytes, status: step.step.status, at: step.suggestedAt }
      : { bytes, withoutDraft: utf8Bytes(block.withoutDraft), status: step.step.status, at: step.suggestedAt };
  });
  return { written, uids, omitted: fitWithin(maxBytes, utf8Bytes(written.head) + utf8Bytes(written.tail), sized) };
}

/** Each kept event's block, without its draft where that was left out. */
export function keptBlocks({ written, omitted }: WrittenCalendar): { readonly index: number; readonly text: string }[] {
  const kept: { readonly index: number; readonly text: string }[] = [];
  written.blocks.forEach((block, index) => {
    if (omitted.steps.has(index)) return;
    kept.push({ index, text: omitted.drafts.has(index) ? block.withoutDraft ?? block.text : block.text });
  });
  return kept;
}

/**
 * Exports a plan as an iCalendar (RFC 5545) file for Google Calendar, Apple Calendar, Outlook
 * and Thunderbird: one short event per step at its `remindAt`, with a reminder, a summary that
 * reads at a glance, and a description holding the explanation, the checklist, the timing and
 * the rule. UIDs are stable (interview id + step id), so importing a newer export updates the
 * events instead of duplicating them. Cancelled steps are written with `STATUS:CANCELLED`; done
 * steps stay (so a re-import marks them) with "Done:" in the summary and no reminder.
 *
 * Times are written in UTC; lines are folded at 75 octets; all text is escaped. The same plan
 * and options give the same bytes under any process time zone. With `maxBytes`, the calendar
 * leaves out drafts and settled steps until it fits (see {@link ICalendarOptions.maxBytes}).
 *
 * @param plan - A plan from `planFollowUps` (or the same data parsed back from JSON).
 * @param options - `generatedAt` is required; see {@link ICalendarOptions}.
 * @returns The calendar, with CRLF line ends.
 * @throws `FollowUpError` (from the core entry) for a missing `generatedAt`, invalid options or a
 * malformed plan; `too-large` when not even the upcoming, open and overdue steps fit `maxBytes`.
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
    const calendar = writeCalendar(plan, options);
    const { written, omitted } = calendar;
    const left = omitted.steps.size + omitted.drafts.size === 0 ? '' : omittedLine(omitted.steps.size, omitted.drafts.size);
    return `${written.head}${left}${keptBlocks(calendar).map((block) => block.text).join('')}${written.tail}`;
  });
}

function calendarError(reason: string): never {
  throw new FollowUpError([{ code: 'calendar-error', path: 'plan', message: `plan: the calendar could not be written: ${reason}` }]);
}
