import { FollowUpError, issue, type ValidationIssue } from '../errors/FollowUpError.js';
import type { Recipient } from '../steps/types.js';
import { parseIsoDate } from '../time/civil.js';
import { parseInstant, parseWrittenInstant } from '../time/iso.js';
import { findZone, type Zone } from '../time/zone.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { limits } from '../validate/limits.js';
import { checkEmail } from '../validate/text.js';

// Readers of the fields of a plan handed back by an app: each checks one field and pushes an
// issue with its path when it is wrong, so one malformed field never hides the others.

/** Longest text field of a stored plan. */
const MAX_FIELD = 20_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Any plain object of a stored plan. @internal */
export type Loose = Readonly<Record<string, unknown>>;

/** The interview of a stored plan, checked. @internal */
export interface StoredInterview {
  readonly id: string;
  readonly company: string;
  readonly position: string;
  readonly timeZone: string;
  readonly zone: Zone;
  readonly interviewers: readonly Recipient[];
  readonly decisionDate?: string;
  readonly nextSteps?: string;
  /** The employer's zone, when the plan names it. */
  readonly employerZone?: Zone;
  /** The day the candidate applied (`YYYY-MM-DD`), for an application that says. */
  readonly appliedOn?: string;
  /** A round's name ("Onsite"), when it has one. */
  readonly label?: string;
}

/** Readers of one stored field each, pushing issues into one list. */
export interface FieldReaders {
  readonly issues: ValidationIssue[];
  readonly fail: (at: string, detail: string, code?: ValidationIssue['code']) => undefined;
  readonly text: TextReader;
  readonly list: ListReader;
  /** The instant in `value`; `at` and `key` name the field only when it is wrong. */
  readonly instant: (value: unknown, at: string, key: string, zone: Zone) => number | undefined;
}

/** A fresh set of readers sharing one list of issues. @internal */
export function fieldReaders(): FieldReaders {
  const issues: ValidationIssue[] = [];
  const fail = (at: string, detail: string, code: ValidationIssue['code'] = 'invalid-type'): undefined => {
    issues.push(issue(code, at, detail));
    return undefined;
  };
  return {
    issues, fail,
    // Over-long text is cut here, so everything after this point does bounded work.
    text: (value, at) => (typeof value === 'string' ? value.slice(0, MAX_FIELD) : fail(at, `expected a string, got ${describeType(value)}`)),
    list: (value, at, max) => {
      if (!Array.isArray(value)) return fail(at, `expected a list, got ${describeType(value)}`);
      return value.length > max ? fail(at, `at most ${max} items, got ${value.length}`, 'too-many') : value;
    },
    instant: (value, at, key, zone) => {
      // The shape plans are written in is read by position first; any other shape with an offset after.
      const ms = typeof value === 'string' ? parseWrittenInstant(value) ?? (ISO_INSTANT.test(value) ? parseInstant(value, zone) : undefined) : undefined;
      return ms === undefined ? fail(`${at}.${key}`, `expected an ISO 8601 date-time with an offset, got ${describeType(value)}`, 'invalid-date') : ms;
    },
  };
}

/** Throws the issues found, if any. @internal */
export function throwAny(issues: readonly ValidationIssue[]): void {
  const [first, ...rest] = issues;
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
}

/** Reads one text field. @internal */
export type TextReader = (value: unknown, at: string) => string | undefined;
/** Reads one list field, up to `max` items. @internal */
export type ListReader = (value: unknown, at: string, max: number) => readonly unknown[] | undefined;

/** Reads an interview, a round or an application's own fields. @internal */
export function readInterview(raw: Loose, at: string, issues: ValidationIssue[], text: TextReader, list: ListReader): StoredInterview | undefined {
  const before = issues.length;
  const id = text(raw['id'], `${at}.id`);
  const company = text(raw['company'], `${at}.company`);
  const position = text(raw['position'], `${at}.position`);
  const timeZone = text(raw['timeZone'], `${at}.timeZone`);
  const zone = timeZone === undefined || timeZone.length > 64 ? undefined : findZone(timeZone);
  if (timeZone !== undefined && zone === undefined) issues.push(issue('invalid-time-zone', `${at}.timeZone`, 'unknown IANA zone'));
  const nextSteps = raw['nextSteps'] === undefined ? undefined : text(raw['nextSteps'], `${at}.nextSteps`);
  const label = raw['label'] === undefined ? undefined : text(raw['label'], `${at}.label`);
  const employerTimeZone = raw['employerTimeZone'] === undefined ? undefined : text(raw['employerTimeZone'], `${at}.employerTimeZone`);
  const employerZone = employerTimeZone === undefined || employerTimeZone.length > 64 ? undefined : findZone(employerTimeZone);
  if (employerTimeZone !== undefined && employerZone === undefined) issues.push(issue('invalid-time-zone', `${at}.employerTimeZone`, 'unknown IANA zone'));
  const applied = raw['appliedAt'];
  const appliedOn = typeof applied === 'string' && parseIsoDate(applied.slice(0, 10)) !== undefined ? applied.slice(0, 10) : undefined;
  let decisionDate: string | undefined;
  if (raw['decisionDate'] !== undefined) {
    const value = raw['decisionDate'];
    if (typeof value === 'string' && value.length === 10 && parseIsoDate(value) !== undefined) decisionDate = value;
    else issues.push(issue('invalid-date', `${at}.decisionDate`, `expected a real "YYYY-MM-DD" date, got ${describeType(value)}`));
  }
  const people = list(raw['interviewers'] ?? [], `${at}.interviewers`, limits.maxInterviewers) ?? [];
  const interviewers: Recipient[] = [];
  for (let index = 0; index < people.length; index++) {
    const person = readRecipient(people[index], `${at}.interviewers[${index}]`, issues, text);
    if (person !== undefined) interviewers.push(person);
  }
  if (issues.length > before || id === undefined || company === undefined || position === undefined || zone === undefined) return undefined;
  return {
    id, company, position, timeZone: zone.name, zone, interviewers,
    ...(decisionDate === undefined ? {} : { decisionDate }),
    ...(nextSteps === undefined ? {} : { nextSteps }),
    ...(employerZone === undefined ? {} : { employerZone }),
    ...(appliedOn === undefined ? {} : { appliedOn }),
    ...(label === undefined ? {} : { label }),
  };
}

/** Reads a person. @internal */
export function readRecipient(value: unknown, at: string, issues: ValidationIssue[], text: TextReader): Recipient | undefined {
  if (!isPlainObject(value)) {
    issues.push(issue('invalid-type', at, `expected { name, email? }, got ${describeType(value)}`));
    return undefined;
  }
  const name = text(value['name'], `${at}.name`);
  const email = value['email'] === undefined ? undefined : checkEmail(value['email'], `${at}.email`, limits.maxEmailLength, issues);
  const [title, salutation] = (['title', 'salutation'] as const).map((key) => (value[key] === undefined ? undefined : text(value[key], `${at}.${key}`)));
  if (name === undefined) return undefined;
  return { name, ...(email === undefined ? {} : { email }), ...(title === undefined ? {} : { title }), ...(salutation === undefined ? {} : { salutation }) };
}

/** Reads the texts of a list of items (checklist texts, adjustment notes). @internal */
export function readTexts(items: readonly unknown[] | undefined, at: string, key: 'text' | 'note', text: TextReader): string[] {
  const out: string[] = [];
  if (items === undefined) return out;
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    const value = text(isPlainObject(item) ? item[key] : undefined, `${at}[${index}].${key}`);
    if (value !== undefined) out.push(value);
  }
  return out;
}
