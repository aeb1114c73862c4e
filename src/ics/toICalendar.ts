import { createEvents, type EventAttributes, type HeaderAttributes } from 'ics';
import {
  checkEmail, checkInstant, draftDetailsIssues, draftForStep, findZone, FollowUpError, guarded, isFollowUpError, isPlainObject,
  issue, keyIssues, readStoredPlan, rules, stepTitle, throwIfIssues, describeType,
  type DraftDetails, type FollowUpPlan, type FollowUpStep, type StepDraft, type StoredInterview, type StoredStep, type ValidationIssue, type Zone,
} from 'interview-followup';
import { cleanLine, cleanParam, cleanText, escapeText, refold, uidPart } from './text.js';

/** The person the calendar belongs to, written as each event's `ORGANIZER`. */
export interface CalendarOwner {
  /** Their name. */
  readonly name: string;
  /** Their email address. */
  readonly email: string;
}

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /**
   * When the file is made (ISO 8601 with offset, or a `Date`): every `DTSTAMP`, and the basis of
   * the default `SEQUENCE`. Required, so the same plan always gives the same bytes.
   */
  readonly generatedAt: string | Date;
  /** The calendar's display name (`X-WR-CALNAME`); "Acme follow-ups" by default. */
  readonly calendarName?: string;
  /**
   * The domain part of every UID (`<interview>.<step>@<uidDomain>`); `interview-followup` by
   * default. Use your app's domain so UIDs are globally unique.
   */
  readonly uidDomain?: string;
  /** Minutes before each event its reminder fires, 0 to 10080; 15 by default. */
  readonly alarmMinutesBefore?: number;
  /** Length of each event in minutes, 5 to 480; 15 by default. */
  readonly eventMinutes?: number;
  /**
   * `SEQUENCE` of every event. By default it is the number of minutes from 2020-01-01T00:00Z to
   * `generatedAt`, so each newer export outranks the older one and calendar apps update events
   * in place. Pass a number (your own revision counter) or a function of the step to control it.
   */
  readonly sequence?: number | ((step: FollowUpStep) => number);
  /** The calendar's owner, written as `ORGANIZER`; none by default. Their name signs the drafts. */
  readonly owner?: CalendarOwner;
  /**
   * Put each message step's draft in its event description, with a `mailto:` link (also the
   * event's `URL`) when the address is known. On by default; `false` leaves drafts out.
   */
  readonly drafts?: boolean;
  /** Personal phrases and the sender's name for the drafts (the sender defaults to `owner.name`). */
  readonly draftDetails?: Partial<DraftDetails>;
}

/** Lengths the exporter cuts text to, so output size and time stay linear. */
export const calendarTextLimits = {
  /** Longest event summary. */
  summary: 250,
  /** Longest event description, draft included. */
  description: 4000,
  /** Longest calendar name. */
  calendarName: 250,
} as const;

const PRODUCT_ID = '-//interview-followup//Follow-up plan//EN';
const DEFAULT_UID_DOMAIN = 'interview-followup';
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
const UID_DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

interface Settings {
  readonly stamp: number;
  readonly calendarName?: string;
  readonly uidDomain: string;
  readonly alarmMinutes: number;
  readonly eventMinutes: number;
  readonly sequence: (step: FollowUpStep) => number;
  readonly owner?: CalendarOwner;
  readonly drafts: boolean;
  readonly draftDetails: Partial<DraftDetails>;
}

const OPTION_KEYS = ['generatedAt', 'calendarName', 'uidDomain', 'alarmMinutesBefore', 'eventMinutes', 'sequence', 'owner', 'drafts', 'draftDetails'];
const WITH_OFFSET = /T.*(?:Z|[+-]\d{2}:?\d{2})$/;
const MAX_SEQUENCE = 2_147_483_647;

/** Checks every option once, up front, whatever the plan holds; throws with every problem found. */
function readOptions(options: unknown): Settings {
  if (!isPlainObject(options)) {
    throw new FollowUpError([issue('missing-field', 'generatedAt', 'toICalendar needs { generatedAt } so the output is reproducible')]);
  }
  const raw = options;
  const issues: ValidationIssue[] = [...keyIssues(raw, OPTION_KEYS, '')];
  const generatedAt = raw['generatedAt'];
  let stamp: number | undefined;
  if (generatedAt === undefined) {
    issues.push(issue('missing-field', 'generatedAt', 'required: the time the file is made, as an ISO 8601 string with an offset or a Date'));
  } else if (typeof generatedAt === 'string' && !WITH_OFFSET.test(generatedAt)) {
    issues.push(issue('invalid-date', 'generatedAt', `expected an ISO 8601 date-time with an offset such as "2026-11-22T09:00:00Z", got ${JSON.stringify(generatedAt.slice(0, 64))}`));
  } else {
    stamp = checkInstant(generatedAt, 'generatedAt', findZone('UTC') as Zone, issues);
  }

  const integer = (key: string, min: number, max: number, fallback: number): number => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value)) issues.push(issue('invalid-type', key, 'expected a whole number'));
    else if (value < min || value > max) issues.push(issue('out-of-range', key, `expected ${min} to ${max}, got ${value}`));
    else return value;
    return fallback;
  };
  const alarmMinutes = integer('alarmMinutesBefore', 0, 10_080, 15);
  const eventMinutes = integer('eventMinutes', 5, 480, 15);

  const uidDomain = raw['uidDomain'] ?? DEFAULT_UID_DOMAIN;
  if (typeof uidDomain !== 'string' || uidDomain.length > 253 || !UID_DOMAIN.test(uidDomain)) issues.push(issue('invalid-choice', 'uidDomain', 'expected a domain name such as "jobs.example.com"'));

  // Any text will do: it is cleaned and cut to one line when written.
  const calendarName = raw['calendarName'];
  if (calendarName !== undefined && (typeof calendarName !== 'string' || calendarName.trim() === '')) issues.push(issue('invalid-type', 'calendarName', 'expected a non-empty string'));

  let owner: CalendarOwner | undefined;
  if (raw['owner'] !== undefined) {
    const person = raw['owner'];
    if (!isPlainObject(person)) {
      issues.push(issue('invalid-type', 'owner', 'expected { name, email }'));
    } else {
      issues.push(...keyIssues(person, ['name', 'email'], 'owner'));
      // The name may be any text (it is cleaned into a parameter); the address must be one.
      const name = person['name'];
      if (typeof name !== 'string' || name.trim() === '') issues.push(issue('missing-field', 'owner.name', 'expected a name'));
      const email = checkEmail(person['email'], 'owner.email', 254, issues);
      if (typeof name === 'string' && email !== undefined) owner = { name, email };
    }
  }

  const sequence = raw['sequence'];
  let sequenceOf: (step: FollowUpStep) => number = () => Math.max(0, Math.floor(((stamp ?? 0) - SEQUENCE_EPOCH) / 60_000));
  if (typeof sequence === 'number') {
    if (!Number.isInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) issues.push(issue('out-of-range', 'sequence', `expected a whole number from 0 to ${MAX_SEQUENCE}`));
    sequenceOf = () => sequence;
  } else if (typeof sequence === 'function') {
    sequenceOf = (step) => {
      const value: unknown = guarded('sequence', () => (sequence as (step: FollowUpStep) => unknown)(step));
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SEQUENCE) {
        throw new FollowUpError([issue('out-of-range', 'sequence', `the function returned ${describeType(value)} for ${step.id}; expected a whole number from 0 to ${MAX_SEQUENCE}`)]);
      }
      return value;
    };
  } else if (sequence !== undefined) {
    issues.push(issue('invalid-type', 'sequence', 'expected a number or a function of the step'));
  }

  const drafts = raw['drafts'] ?? true;
  if (typeof drafts !== 'boolean') issues.push(issue('invalid-type', 'drafts', 'expected true or false'));
  const draftDetails = raw['draftDetails'] ?? {};
  issues.push(...draftDetailsIssues(draftDetails, 'draftDetails'));

  throwIfIssues(issues);
  const details = draftDetails as Partial<DraftDetails>;
  return {
    stamp: stamp ?? 0, drafts: drafts as boolean, uidDomain: uidDomain as string, alarmMinutes, eventMinutes, sequence: sequenceOf,
    draftDetails: details.senderName === undefined && owner !== undefined ? { ...details, senderName: owner.name } : details,
    ...(typeof calendarName === 'string' ? { calendarName } : {}),
    ...(owner === undefined ? {} : { owner }),
  };
}

function summaryOf(interview: StoredInterview, step: FollowUpStep): string {
  const base = stepTitle({ interview }, step);
  if (step.status === 'done') return `Done: ${base}`;
  if (step.status === 'cancelled') return `Cancelled: ${base}`;
  return base;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Monday 2026-11-23 18:00" from an ISO string written in the candidate's zone. */
function localText(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return `${WEEKDAYS[day] ?? ''} ${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function descriptionOf(interview: StoredInterview, stored: StoredStep, draft: StepDraft | undefined): string {
  const { step } = stored;
  const rule = (rules as Readonly<Record<string, { readonly summary: string } | undefined>>)[step.rule];
  const parts = [step.explanation];
  if (stored.checklist.length > 0) parts.push(`Checklist:\n${stored.checklist.map((item) => `- ${item}`).join('\n')}`);
  if (interview.nextSteps !== undefined && (step.kind === 'check-in' || step.kind === 'before-leaving')) parts.push(`Next steps they described: ${interview.nextSteps}`);
  parts.push([`Due by ${localText(step.dueAt)} (${interview.timeZone}).`, ...stored.notes].join('\n'));
  parts.push(`Rule ${step.rule}${rule === undefined ? '' : `: ${rule.summary}`}`);
  if (draft !== undefined) {
    parts.push(`Draft${draft.to === undefined ? '' : ` to ${draft.to}`}:\n${draft.subject === undefined ? '' : `Subject: ${draft.subject}\n\n`}${draft.body}`);
  }
  // The link goes last and whole: the cap cuts the text before it, never inside an escape (`%E…`).
  const link = draft?.mailto === undefined ? '' : `\n\nOpen it in your mail program: ${draft.mailto}`;
  return `${cleanText(parts.join('\n\n'), calendarTextLimits.description - link.length)}${link}`;
}

/** `ics` reads `timestamp` (DTSTAMP) at run time, but its types leave it out. */
type Event = EventAttributes & { readonly timestamp: number };

/** The step's draft, or none when drafts are off, the step sends no message, or its text cannot make one. */
function draftOf(plan: FollowUpPlan, step: FollowUpStep, settings: Settings): StepDraft | undefined {
  if (!settings.drafts) return undefined;
  try {
    return draftForStep(plan, step, settings.draftDetails);
  } catch (error) {
    // A hand-edited plan with a name the drafts refuse (line breaks, say) still gets its event.
    if (isFollowUpError(error)) return undefined;
    throw error;
  }
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function eventOf(interview: StoredInterview, stored: StoredStep, draft: StepDraft | undefined, settings: Settings): Event {
  const { step } = stored;
  const title = cleanLine(summaryOf(interview, step), calendarTextLimits.summary);
  const active = step.status !== 'done' && step.status !== 'cancelled';
  return {
    uid: `${uidPart(interview.id)}.${step.id}@${settings.uidDomain}`,
    timestamp: settings.stamp,
    sequence: settings.sequence(step),
    start: stored.suggestedAt,
    end: stored.suggestedAt + settings.eventMinutes * 60_000,
    title,
    description: cleanText(descriptionOf(interview, stored, draft), calendarTextLimits.description),
    status: step.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: ['Interview follow-up'],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    ...(settings.owner === undefined ? {} : {
      organizer: { name: cleanParam(settings.owner.name, 200), email: settings.owner.email },
    }),
    ...(active ? {
      alarms: [{
        action: 'display',
        // `ics` writes alarm text without escaping it; escape it here.
        description: escapeText(title),
        // An absolute trigger is passed as text: `ics` drops a falsy one (the epoch itself, or 0 minutes).
        trigger: settings.alarmMinutes === 0 ? utcStamp(stored.suggestedAt) : { before: true, minutes: settings.alarmMinutes },
      }],
    } : {}),
  };
}

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
export function toICalendar(plan: FollowUpPlan, options: ICalendarOptions): string {
  const { events, header, extraLines } = calendarInput(plan, options);
  const { error, value } = createEvents(events, header);
  if (error !== null || value === null) {
    throw new FollowUpError([{ code: 'calendar-error', path: 'plan', message: `plan: the calendar could not be written: ${String(error?.message ?? error).slice(0, 300)}` }]);
  }
  return refold(value, extraLines);
}

/**
 * Everything handed to the serialiser: the events, the header and the lines added afterwards.
 * @internal Exposed to the benchmark, which times `ics` on exactly these events.
 */
export function calendarInput(plan: FollowUpPlan, options: ICalendarOptions): {
  readonly events: Event[];
  readonly header: HeaderAttributes;
  readonly extraLines: ReadonlyMap<string, string>;
} {
  const settings = readOptions(options);
  const stored = readStoredPlan(plan, 'plan');
  const extraLines = new Map<string, string>();
  const events = stored.steps.map((step) => {
    const draft = draftOf(plan, step.step, settings);
    const event = eventOf(stored.interview, step, draft, settings);
    // `ics` accepts only scheme:// URLs, so the mailto: URL is added after serialising.
    if (draft?.mailto !== undefined) extraLines.set(`UID:${event.uid ?? ''}`, `URL:${draft.mailto}`);
    return event;
  });
  const calendarName = cleanLine(settings.calendarName ?? `${stored.interview.company} follow-ups`, calendarTextLimits.calendarName);
  const header: HeaderAttributes = {
    productId: PRODUCT_ID,
    // No METHOD: iTIP's PUBLISH requires an ORGANIZER on every event (libical enforces it), and a
    // plain file for import needs no method at all. `ics` writes its default unless told undefined.
    method: undefined as unknown as string,
    calName: escapeText(calendarName),
  };
  return { events, header, extraLines };
}
