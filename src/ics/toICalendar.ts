import { createEvents, type EventAttributes, type HeaderAttributes } from 'ics';
import { draftForStep, FollowUpError, isFollowUpError, rules, type DraftDetails, type FollowUpPlan, type FollowUpStep, type StepDraft, type ValidationIssue } from 'interview-followup';
import { readPlan, type CalendarPlan, type CalendarStep } from './planShape.js';
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
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+$/;

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

function readOptions(options: unknown): Settings {
  const issues: ValidationIssue[] = [];
  const bad = (code: ValidationIssue['code'], path: string, detail: string): void => {
    issues.push({ code, path, message: `${path}: ${detail}` });
  };
  if (typeof options !== 'object' || options === null) {
    throw new FollowUpError([{ code: 'missing-field', path: 'generatedAt', message: 'generatedAt: toICalendar needs { generatedAt } so the output is reproducible' }]);
  }
  const raw = options as Readonly<Record<string, unknown>>;
  const allowed = ['generatedAt', 'calendarName', 'uidDomain', 'alarmMinutesBefore', 'eventMinutes', 'sequence', 'owner', 'drafts', 'draftDetails'];
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) bad(key === '__proto__' || key === 'constructor' || key === 'prototype' ? 'forbidden-key' : 'unknown-key', key.slice(0, 40), `unknown option; expected one of ${allowed.join(', ')}`);
  }
  const generatedAt = raw['generatedAt'];
  let stamp = Number.NaN;
  if (generatedAt instanceof Date) stamp = generatedAt.getTime();
  else if (typeof generatedAt === 'string' && generatedAt.length <= 64 && /(Z|[+-]\d{2}:?\d{2})$/.test(generatedAt) && /^\d{4}-\d{2}-\d{2}T/.test(generatedAt)) stamp = Date.parse(generatedAt);
  if (generatedAt === undefined) bad('missing-field', 'generatedAt', 'required: the time the file is made, as an ISO 8601 string with an offset or a Date');
  else if (Number.isNaN(stamp) || stamp < 0 || stamp >= Date.UTC(2101, 0, 1)) bad('invalid-date', 'generatedAt', 'expected an ISO 8601 date-time with an offset, or a valid Date, from 1970 to 2100');

  const integer = (key: string, min: number, max: number, fallback: number): number => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value)) bad('invalid-type', key, 'expected a whole number');
    else if (value < min || value > max) bad('out-of-range', key, `expected ${min} to ${max}, got ${value}`);
    else return value;
    return fallback;
  };
  const alarmMinutes = integer('alarmMinutesBefore', 0, 10_080, 15);
  const eventMinutes = integer('eventMinutes', 5, 480, 15);

  const uidDomain = raw['uidDomain'] ?? DEFAULT_UID_DOMAIN;
  if (typeof uidDomain !== 'string' || uidDomain.length > 253 || !UID_DOMAIN.test(uidDomain)) bad('invalid-choice', 'uidDomain', 'expected a domain name such as "jobs.example.com"');

  const calendarName = raw['calendarName'];
  if (calendarName !== undefined && (typeof calendarName !== 'string' || calendarName.trim() === '')) bad('invalid-type', 'calendarName', 'expected a non-empty string');

  const owner = raw['owner'];
  if (owner !== undefined) {
    const person = (typeof owner === 'object' && owner !== null ? owner : {}) as Readonly<Record<string, unknown>>;
    if (typeof person['name'] !== 'string' || person['name'].trim() === '') bad('missing-field', 'owner.name', 'expected a name');
    if (typeof person['email'] !== 'string' || person['email'].length > 254 || !EMAIL.test(person['email'])) bad('invalid-email', 'owner.email', 'expected an email address');
  }

  const sequence = raw['sequence'];
  let sequenceOf: (step: FollowUpStep) => number = () => Math.max(0, Math.floor((stamp - SEQUENCE_EPOCH) / 60_000));
  if (typeof sequence === 'number') {
    if (!Number.isInteger(sequence) || sequence < 0 || sequence > 2_147_483_647) bad('out-of-range', 'sequence', 'expected a whole number from 0 to 2147483647');
    sequenceOf = () => sequence;
  } else if (typeof sequence === 'function') {
    sequenceOf = (step) => {
      const value: unknown = (sequence as (step: FollowUpStep) => unknown)(step);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 2_147_483_647) {
        throw new FollowUpError([{ code: 'out-of-range', path: 'sequence', message: `sequence: the function returned ${String(value).slice(0, 40)} for ${step.id}; expected a whole number from 0 to 2147483647` }]);
      }
      return value;
    };
  } else if (sequence !== undefined) {
    bad('invalid-type', 'sequence', 'expected a number or a function of the step');
  }

  const drafts = raw['drafts'] ?? true;
  if (typeof drafts !== 'boolean') bad('invalid-type', 'drafts', 'expected true or false');
  const draftDetails = raw['draftDetails'] ?? {};
  if (typeof draftDetails !== 'object' || draftDetails === null || Array.isArray(draftDetails)) bad('invalid-type', 'draftDetails', 'expected { senderName?, highlight?, interest?, strength? }');

  const [first, ...rest] = issues;
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
  const ownerName = (owner as CalendarOwner | undefined)?.name;
  const details = draftDetails as Partial<DraftDetails>;
  return {
    stamp, drafts: drafts as boolean,
    draftDetails: details.senderName === undefined && ownerName !== undefined ? { ...details, senderName: ownerName } : details, uidDomain: uidDomain as string, alarmMinutes, eventMinutes, sequence: sequenceOf,
    ...(calendarName === undefined ? {} : { calendarName: calendarName as string }),
    ...(owner === undefined ? {} : { owner: owner as CalendarOwner }),
  };
}

function summaryOf(plan: CalendarPlan, step: CalendarStep): string {
  const person = step.recipient?.name ?? 'your interviewer';
  const count = step.attempt !== undefined && step.attempts !== undefined ? ` (${step.attempt} of ${step.attempts})` : '';
  const base = {
    'before-leaving': `Before you leave the ${plan.company} interview: ask about next steps`,
    'thank-you-email': `Thank ${person} for the ${plan.company} interview`,
    'thank-you-letter': `Post a thank-you letter to ${person} (${plan.company})`,
    'check-in': `Check in with ${plan.company} about the ${plan.position} role${count}`,
    'keep-searching': `Keep your job search going while ${plan.company} decides${count}`,
  }[step.kind];
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

function descriptionOf(plan: CalendarPlan, step: CalendarStep, draft: StepDraft | undefined): string {
  const rule = (rules as Readonly<Record<string, { readonly summary: string } | undefined>>)[step.rule];
  const parts = [step.explanation];
  if (step.checklist.length > 0) parts.push(`Checklist:\n${step.checklist.map((item) => `- ${item}`).join('\n')}`);
  if (plan.nextSteps !== undefined && (step.kind === 'check-in' || step.kind === 'before-leaving')) parts.push(`Next steps they described: ${plan.nextSteps}`);
  const timing = [`Due by ${localText(step.dueAtText)} (${plan.timeZone}).`, ...step.notes];
  parts.push(timing.join('\n'));
  parts.push(`Rule ${step.rule}${rule === undefined ? '' : `: ${rule.summary}`}`);
  if (draft !== undefined) {
    parts.push(`Draft${draft.to === undefined ? '' : ` to ${draft.to}`}:\n${draft.subject === undefined ? '' : `Subject: ${draft.subject}\n\n`}${draft.body}`);
    if (draft.mailto !== undefined) parts.push(`Open it in your mail program: ${draft.mailto}`);
  }
  return parts.join('\n\n');
}

/** `ics` reads `timestamp` (DTSTAMP) at run time, but its types leave it out. */
type Event = EventAttributes & { readonly timestamp: number };

/** The step's draft, or none when drafts are off, the step sends no message, or its text cannot make one. */
function draftOf(plan: FollowUpPlan, source: FollowUpStep, settings: Settings): StepDraft | undefined {
  if (!settings.drafts) return undefined;
  try {
    return draftForStep(plan, source, settings.draftDetails);
  } catch (error) {
    // A hand-edited plan with a name the drafts refuse (line breaks, say) still gets its event.
    if (isFollowUpError(error) && !error.path.startsWith('details')) return undefined;
    throw error;
  }
}

function eventOf(plan: CalendarPlan, step: CalendarStep, source: FollowUpStep, draft: StepDraft | undefined, settings: Settings): Event {
  const title = cleanLine(summaryOf(plan, step), calendarTextLimits.summary);
  const active = step.status !== 'done' && step.status !== 'cancelled';
  return {
    uid: `${uidPart(plan.id)}.${step.id}@${settings.uidDomain}`,
    timestamp: settings.stamp,
    sequence: settings.sequence(source),
    start: step.suggestedAt,
    end: step.suggestedAt + settings.eventMinutes * 60_000,
    title,
    description: cleanText(descriptionOf(plan, step, draft), calendarTextLimits.description),
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
        trigger: settings.alarmMinutes === 0 ? step.suggestedAt : { before: true, minutes: settings.alarmMinutes },
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
  const checked = readPlan(plan);
  const sources = plan.steps;
  const extraLines = new Map<string, string>();
  const events = checked.steps.map((step, index) => {
    const source = sources[index] as FollowUpStep;
    const draft = draftOf(plan, source, settings);
    const event = eventOf(checked, step, source, draft, settings);
    // `ics` accepts only scheme:// URLs, so the mailto: URL is added after serialising.
    if (draft?.mailto !== undefined) extraLines.set(`UID:${event.uid ?? ''}`, `URL:${draft.mailto}`);
    return event;
  });
  const calendarName = cleanLine(settings.calendarName ?? `${checked.company} follow-ups`, calendarTextLimits.calendarName);
  const header: HeaderAttributes = {
    productId: PRODUCT_ID,
    // No METHOD: iTIP's PUBLISH requires an ORGANIZER on every event (libical enforces it), and a
    // plain file for import needs no method at all. `ics` writes its default unless told undefined.
    method: undefined as unknown as string,
    calName: escapeText(calendarName),
  };
  return { events, header, extraLines };
}
