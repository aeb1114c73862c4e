import { draftDetailsIssues, type DraftDetails } from '../drafts/details.js';
import { FollowUpError, guarded, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import type { Locale } from '../locales/types.js';
import type { FollowUpStep } from '../steps/types.js';
import { findZone, type Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant } from '../validate/instants.js';
import { checkEmail } from '../validate/text.js';
import { DEFAULT_EVENT_MINUTES } from '../links/urls.js';

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
  /** The language of the calendar's texts (`de` from `interview-followup/locales/de`, …); the plan's own by default. */
  readonly locale?: Locale;
  /**
   * The most UTF-8 bytes the whole calendar may take, such as `1_000_000` for a feed Google
   * Calendar reads (it stops reading a subscribed calendar at 1 MB). When the calendar would be
   * larger, the exporter leaves out, until it fits: the drafts of done, cancelled and missed
   * steps, then those steps (oldest `suggestedAt` first), then the drafts of the other steps
   * (latest first). It never leaves out an upcoming, open or overdue step: when those alone do
   * not fit, it throws `too-large`. A calendar with anything left out says so in its header:
   * `X-INTERVIEW-FOLLOWUP-OMITTED:<steps>\;<drafts>`. No limit by default.
   */
  readonly maxBytes?: number;
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

const DEFAULT_UID_DOMAIN = 'interview-followup';
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
const UID_DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** The options, checked, with their defaults filled in. */
export interface Settings {
  readonly stamp: number;
  readonly calendarName?: string;
  readonly uidDomain: string;
  readonly alarmMinutes: number;
  readonly eventMinutes: number;
  readonly sequence: (step: FollowUpStep) => number;
  readonly owner?: CalendarOwner;
  readonly drafts: boolean;
  readonly draftDetails: Partial<DraftDetails>;
  /** The `locale` option as given; the plan's language is read with it. */
  readonly locale?: unknown;
  /** The most bytes the calendar may take, when limited. */
  readonly maxBytes?: number;
}

const OPTION_KEYS = ['generatedAt', 'calendarName', 'uidDomain', 'alarmMinutesBefore', 'eventMinutes', 'sequence', 'owner', 'drafts', 'draftDetails', 'locale', 'maxBytes'];
const WITH_OFFSET = /T.*(?:Z|[+-]\d{2}:?\d{2})$/;
const MAX_SEQUENCE = 2_147_483_647;
/** The address form of HTML's `type=email`, which the serialiser and calendar apps accept. */
const ORGANIZER_EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Checks every option once, up front, whatever the plan holds; throws with every problem found. */
export function readOptions(options: unknown): Settings {
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
  const eventMinutes = integer('eventMinutes', 5, 480, DEFAULT_EVENT_MINUTES);
  const maxBytes = raw['maxBytes'] === undefined ? undefined : integer('maxBytes', 1, Number.MAX_SAFE_INTEGER, 0);

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
      // ORGANIZER is a mailto: URI: only the address form mail programs and calendar apps all read (HTML's).
      if (email !== undefined && !ORGANIZER_EMAIL.test(email)) issues.push(issue('invalid-email', 'owner.email', 'the calendar owner\'s address must be plain ASCII (letters, digits and . ! # $ % & \' * + / = ? ^ _ ` { | } ~ -), such as "me@example.com"'));
      else if (typeof name === 'string' && email !== undefined) owner = { name, email };
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
    ...(raw['locale'] === undefined ? {} : { locale: raw['locale'] }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(owner === undefined ? {} : { owner }),
  };
}
