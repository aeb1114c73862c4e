import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { resolvePolicy, type Policy, type PolicyOverrides } from '../policy/policy.js';
import { MS_PER_HOUR, parseIsoDate, parseClockTime } from '../time/civil.js';
import type { WorkingTime } from '../time/workingTime.js';
import { parseInstant } from '../time/iso.js';
import { findZone, localDay, type Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from './guards.js';
import { EARLIEST_MS, LATEST_MS, limits } from './limits.js';
import { checkEmail, checkText, slugOf } from './text.js';

/**
 * A point in time: an ISO 8601 date-time string or a `Date`. A string with an offset
 * (`2026-11-20T14:00:00Z`, `…-05:00`) is that instant; a string without one
 * (`2026-11-20T14:00`) is wall time in the interview's `timeZone`.
 */
export type DateTimeInput = string | Date;

/** Whether the candidate asked if they may follow up, and the answer. */
export type FollowUpPermission = 'granted' | 'declined' | 'not-asked';

/** A person who interviewed the candidate. */
export interface Interviewer {
  /** Their name as the candidate would write it ("Ana Ruiz"); unique within the interview. */
  readonly name: string;
  /** Their email address; without it the plan warns `missing-email`. */
  readonly email?: string;
  /** Their job title, if known ("VP Engineering"). */
  readonly title?: string;
}

/** What the candidate knows about one interview: the input of {@link planFollowUps}. */
export interface InterviewInput {
  /** A stable key from the app ("acme-staff-eng"), used in step ids and calendar UIDs. */
  readonly id: string;
  /** The employer's name. */
  readonly company: string;
  /** The role interviewed for. */
  readonly position: string;
  /** When the interview started. */
  readonly start: DateTimeInput;
  /** When it ended; one hour after `start` when absent. */
  readonly end?: DateTimeInput;
  /** The candidate's IANA time zone ("America/New_York"); wall times without an offset are read in it. */
  readonly timeZone: string;
  /** The employer's IANA time zone, where working hours apply; `timeZone` when absent. */
  readonly employerTimeZone?: string;
  /** Everyone who interviewed the candidate; each gets a thank-you step. */
  readonly interviewers?: readonly Interviewer[];
  /** The decision date the employer gave (`YYYY-MM-DD`, employer's calendar), if any. */
  readonly decisionDate?: string;
  /** Whether the candidate may follow up; `'not-asked'` when absent. */
  readonly followUpPermission?: FollowUpPermission;
  /** What the employer said the next steps are, in free text. */
  readonly nextSteps?: string;
}

/** The channel a thank-you went out on. */
export type ThankYouChannel = 'email' | 'letter';

/** A thank-you note was sent to one interviewer. */
export interface ThankYouSentActivity {
  /** The kind of activity. */
  readonly type: 'thank-you-sent';
  /** When it was sent. */
  readonly at: DateTimeInput;
  /** Who it went to: the interviewer's name or email, compared without regard to case. */
  readonly interviewer: string;
  /** `'email'` (default) or `'letter'`. */
  readonly channel?: ThankYouChannel;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** A check-in was sent; the k-th one logged marks the k-th check-in done. */
export interface CheckInSentActivity {
  /** The kind of activity. */
  readonly type: 'check-in-sent';
  /** When it was sent; the next check-in counts from here. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** The employer replied; check-ins and reminders not yet done are cancelled. */
export interface ReplyReceivedActivity {
  /** The kind of activity. */
  readonly type: 'reply-received';
  /** When the reply arrived. */
  readonly at: DateTimeInput;
  /** Free text for the app's own use. */
  readonly note?: string;
}

/** Something the candidate did, or that happened, after the interview. */
export type Activity = ThankYouSentActivity | CheckInSentActivity | ReplyReceivedActivity;

/** The second argument of {@link planFollowUps}. */
export interface PlanOptions {
  /** The current time; gives each step a status. Without it no step is open or overdue. */
  readonly now?: DateTimeInput;
  /** What has happened since the interview. */
  readonly activities?: readonly Activity[];
  /** Changes to {@link defaultPolicy}. */
  readonly policy?: PolicyOverrides;
}

/** @internal An interviewer after validation. */
export interface CheckedInterviewer {
  readonly name: string;
  readonly email?: string;
  readonly title?: string;
  readonly slug: string;
  readonly index: number;
}

/** @internal An activity after validation, in epoch ms. */
export interface CheckedActivity {
  readonly type: Activity['type'];
  readonly at: number;
  readonly interviewer?: number;
  readonly channel: ThankYouChannel;
}

/** @internal Everything the rules need, validated and in numbers. */
export interface CheckedInput {
  readonly id: string;
  readonly company: string;
  readonly position: string;
  readonly nextSteps?: string;
  readonly zone: Zone;
  readonly employerZone: Zone;
  readonly start: number;
  readonly end: number;
  readonly interviewers: readonly CheckedInterviewer[];
  readonly decisionDate?: string;
  readonly decisionDay?: number;
  readonly permission: FollowUpPermission;
  readonly now?: number;
  readonly activities: readonly CheckedActivity[];
  readonly policy: Policy;
  readonly working: WorkingTime;
}

const INTERVIEW_KEYS = [
  'id', 'company', 'position', 'start', 'end', 'timeZone', 'employerTimeZone',
  'interviewers', 'decisionDate', 'followUpPermission', 'nextSteps',
] as const;
const INTERVIEWER_KEYS = ['name', 'email', 'title'] as const;
const OPTION_KEYS = ['now', 'activities', 'policy'] as const;
const PERMISSIONS: readonly FollowUpPermission[] = ['granted', 'declined', 'not-asked'];
const ACTIVITY_KEYS: Readonly<Record<Activity['type'], readonly string[]>> = {
  'thank-you-sent': ['type', 'at', 'interviewer', 'channel', 'note'],
  'check-in-sent': ['type', 'at', 'note'],
  'reply-received': ['type', 'at', 'note'],
};

function checkZone(value: unknown, path: string, issues: ValidationIssue[]): Zone | undefined {
  if (typeof value !== 'string') {
    issues.push(issue(value === undefined ? 'missing-field' : 'invalid-type', path, `expected an IANA time-zone name such as "Europe/Paris", got ${describeType(value)}`));
    return undefined;
  }
  const zone = value.length <= 64 ? findZone(value) : undefined;
  if (zone === undefined) issues.push(issue('invalid-time-zone', path, `unknown IANA zone ${JSON.stringify(value.slice(0, 64))}`));
  return zone;
}

/**
 * Reads a date-time input as epoch ms. Strings need a time part; without an offset they are wall
 * time in `zone`. Accepts 1970-01-01 to 2100-12-31.
 * @internal
 */
export function checkInstant(value: unknown, path: string, zone: Zone, issues: ValidationIssue[]): number | undefined {
  let ms: number;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    ms = (value as Date).getTime();
    if (Number.isNaN(ms)) {
      issues.push(issue('invalid-date', path, 'the Date is invalid'));
      return undefined;
    }
  } else if (typeof value === 'string') {
    if (value.length > limits.maxDateTimeLength) {
      issues.push(issue('too-long', path, `a date-time has at most ${limits.maxDateTimeLength} characters, got ${value.length}`));
      return undefined;
    }
    const parsed = value.includes('T') ? parseInstant(value, zone) : undefined;
    if (parsed === undefined) {
      issues.push(issue('invalid-date', path, `expected an ISO 8601 date and time such as "2026-11-20T14:00", got ${JSON.stringify(value)}`));
      return undefined;
    }
    ms = parsed;
  } else {
    issues.push(issue(value === undefined ? 'missing-field' : 'invalid-type', path, `expected an ISO 8601 date-time string or a Date, got ${describeType(value)}`));
    return undefined;
  }
  if (ms < EARLIEST_MS || ms >= LATEST_MS) {
    issues.push(issue('out-of-range', path, `dates from ${limits.earliestDate} to ${limits.latestDate} are accepted`));
    return undefined;
  }
  return ms;
}

function optionalText(source: Readonly<Record<string, unknown>>, key: string, path: string, max: number, issues: ValidationIssue[], multiline = false): string | undefined {
  const value = source[key];
  return value === undefined ? undefined : checkText(value, path, { max, multiline }, issues);
}

function checkInterviewers(value: unknown, issues: ValidationIssue[]): CheckedInterviewer[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(issue('invalid-type', 'interviewers', `expected a list of { name, email? }, got ${describeType(value)}`));
    return [];
  }
  if (value.length > limits.maxInterviewers) {
    issues.push(issue('too-many', 'interviewers', `at most ${limits.maxInterviewers} interviewers, got ${value.length}`));
    return [];
  }
  const checked: CheckedInterviewer[] = [];
  const names = new Map<string, number>();
  const emails = new Map<string, number>();
  const slugs = new Set<string>();
  value.forEach((person: unknown, index) => {
    const path = `interviewers[${index}]`;
    if (!isPlainObject(person)) {
      issues.push(issue('invalid-type', path, `expected { name, email? }, got ${describeType(person)}`));
      return;
    }
    const before = issues.length;
    issues.push(...keyIssues(person, INTERVIEWER_KEYS, path));
    const name = checkText(person['name'], `${path}.name`, { max: limits.maxNameLength, what: 'a name' }, issues);
    const email = person['email'] === undefined ? undefined : checkEmail(person['email'], `${path}.email`, limits.maxEmailLength, issues);
    const title = optionalText(person, 'title', `${path}.title`, limits.maxNameLength, issues);
    if (name !== undefined) {
      const twin = names.get(name.toLowerCase());
      if (twin !== undefined) issues.push(issue('duplicate', `${path}.name`, `"${name}" is also interviewers[${twin}]; give each interviewer a distinct name`));
      names.set(name.toLowerCase(), index);
    }
    if (email !== undefined) {
      const twin = emails.get(email.toLowerCase());
      if (twin !== undefined) issues.push(issue('duplicate', `${path}.email`, `${email} is also interviewers[${twin}]'s address`));
      emails.set(email.toLowerCase(), index);
    }
    if (issues.length > before || name === undefined) return;
    let slug = slugOf(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugOf(name)}-${n}`;
    slugs.add(slug);
    checked.push({
      name, slug, index,
      ...(email === undefined ? {} : { email }),
      ...(title === undefined ? {} : { title }),
    });
  });
  return checked;
}

function findInterviewer(interviewers: readonly CheckedInterviewer[], key: string): CheckedInterviewer | undefined {
  const wanted = key.trim().toLowerCase();
  return interviewers.find((person) => person.name.toLowerCase() === wanted || person.email?.toLowerCase() === wanted);
}

function checkActivities(value: unknown, input: { zone: Zone; start: number | undefined; interviewers: readonly CheckedInterviewer[] }, issues: ValidationIssue[]): CheckedActivity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(issue('invalid-type', 'activities', `expected a list of activities, got ${describeType(value)}`));
    return [];
  }
  if (value.length > limits.maxActivities) {
    issues.push(issue('too-many', 'activities', `at most ${limits.maxActivities} activities, got ${value.length}`));
    return [];
  }
  const checked: CheckedActivity[] = [];
  value.forEach((activity: unknown, index) => {
    const path = `activities[${index}]`;
    if (!isPlainObject(activity)) {
      issues.push(issue('invalid-type', path, `expected { type, at, … }, got ${describeType(activity)}`));
      return;
    }
    const type = activity['type'];
    if (type !== 'thank-you-sent' && type !== 'check-in-sent' && type !== 'reply-received') {
      issues.push(issue(type === undefined ? 'missing-field' : 'invalid-choice', `${path}.type`, `expected "thank-you-sent", "check-in-sent" or "reply-received", got ${describeType(type)}`));
      return;
    }
    const before = issues.length;
    issues.push(...keyIssues(activity, ACTIVITY_KEYS[type], path));
    const at = checkInstant(activity['at'], `${path}.at`, input.zone, issues);
    if (at !== undefined && input.start !== undefined && at < input.start) {
      issues.push(issue('out-of-range', `${path}.at`, 'an activity cannot happen before the interview starts'));
    }
    optionalText(activity, 'note', `${path}.note`, limits.maxNoteLength, issues, true);
    let interviewer: number | undefined;
    let channel: ThankYouChannel = 'email';
    if (type === 'thank-you-sent') {
      const key = checkText(activity['interviewer'], `${path}.interviewer`, { max: limits.maxEmailLength, what: "an interviewer's name or email" }, issues);
      if (key !== undefined) {
        interviewer = findInterviewer(input.interviewers, key)?.index;
        if (interviewer === undefined) issues.push(issue('unknown-interviewer', `${path}.interviewer`, `no interviewer is named or has the address ${JSON.stringify(key.slice(0, 80))}`));
      }
      const rawChannel = activity['channel'];
      if (rawChannel === 'email' || rawChannel === 'letter') channel = rawChannel;
      else if (rawChannel !== undefined) issues.push(issue('invalid-choice', `${path}.channel`, `expected "email" or "letter", got ${describeType(rawChannel)}`));
    }
    if (issues.length > before || at === undefined) return;
    checked.push({ type, at, channel, ...(interviewer === undefined ? {} : { interviewer }) });
  });
  return checked.sort((a, b) => a.at - b.at);
}

/**
 * Validates an interview and plan options completely, returning the checked input or every issue.
 * @internal
 */
export function checkInput(interview: unknown, options: unknown): { readonly input?: CheckedInput; readonly issues: readonly ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  if (!isPlainObject(interview)) {
    return { issues: [issue('invalid-type', '', `expected an interview object, got ${describeType(interview)}`)] };
  }
  if (options !== undefined && !isPlainObject(options)) {
    return { issues: [issue('invalid-type', 'options', `expected an options object, got ${describeType(options)}`)] };
  }
  const opts: Readonly<Record<string, unknown>> = options ?? {};
  issues.push(...keyIssues(interview, INTERVIEW_KEYS, ''), ...keyIssues(opts, OPTION_KEYS, ''));

  const id = checkText(interview['id'], 'id', { max: limits.maxIdLength, what: 'an id' }, issues);
  const company = checkText(interview['company'], 'company', { max: limits.maxNameLength, what: 'a company name' }, issues);
  const position = checkText(interview['position'], 'position', { max: limits.maxNameLength, what: 'a position' }, issues);
  const nextSteps = optionalText(interview, 'nextSteps', 'nextSteps', limits.maxNoteLength, issues, true);
  const zone = checkZone(interview['timeZone'], 'timeZone', issues);
  const employerZone = interview['employerTimeZone'] === undefined ? zone : checkZone(interview['employerTimeZone'], 'employerTimeZone', issues);

  let start: number | undefined;
  let end: number | undefined;
  if (zone !== undefined) {
    start = checkInstant(interview['start'], 'start', zone, issues);
    end = interview['end'] === undefined
      ? (start === undefined ? undefined : start + MS_PER_HOUR)
      : checkInstant(interview['end'], 'end', zone, issues);
    if (start !== undefined && end !== undefined) {
      if (end <= start) {
        issues.push(issue('end-before-start', 'end', 'the interview must end after it starts'));
      } else if (end - start > limits.maxInterviewHours * MS_PER_HOUR) {
        issues.push(issue('out-of-range', 'end', `an interview lasts at most ${limits.maxInterviewHours} hours`));
      }
    }
  }

  const interviewers = checkInterviewers(interview['interviewers'], issues);

  const permission = interview['followUpPermission'] ?? 'not-asked';
  if (!PERMISSIONS.includes(permission as FollowUpPermission)) {
    issues.push(issue('invalid-choice', 'followUpPermission', `expected "granted", "declined" or "not-asked", got ${describeType(permission)}`));
  }

  let decisionDate: string | undefined;
  let decisionDay: number | undefined;
  const rawDecision = interview['decisionDate'];
  if (rawDecision !== undefined) {
    decisionDay = typeof rawDecision === 'string' && rawDecision.length <= 10 ? parseIsoDate(rawDecision) : undefined;
    if (decisionDay === undefined) {
      issues.push(issue(typeof rawDecision === 'string' ? 'invalid-date' : 'invalid-type', 'decisionDate', `expected a "YYYY-MM-DD" date, got ${describeType(rawDecision)}`));
    } else if (decisionDay * 86_400_000 >= LATEST_MS) {
      issues.push(issue('out-of-range', 'decisionDate', `dates up to ${limits.latestDate} are accepted`));
      decisionDay = undefined;
    } else {
      decisionDate = rawDecision as string;
      if (employerZone !== undefined && start !== undefined && decisionDay < localDay(employerZone, start)) {
        issues.push(issue('decision-date-before-interview', 'decisionDate', `${decisionDate} is before the interview day`));
      }
    }
  }

  const now = zone === undefined || opts['now'] === undefined ? undefined : checkInstant(opts['now'], 'now', zone, issues);
  const activities = zone === undefined ? [] : checkActivities(opts['activities'], { zone, start, interviewers }, issues);
  const resolved = resolvePolicy(opts['policy'], 'policy');
  issues.push(...resolved.issues);

  if (issues.length > 0 || id === undefined || company === undefined || position === undefined || zone === undefined ||
    employerZone === undefined || start === undefined || end === undefined || resolved.policy === undefined) {
    return { issues };
  }
  const policy = resolved.policy;
  const working: WorkingTime = {
    zone: employerZone,
    days: new Set(policy.workingDays),
    startMinute: parseClockTime(policy.workingHours.start) ?? 540,
    endMinute: parseClockTime(policy.workingHours.end) ?? 1020,
    holidays: new Set(policy.holidays.map((date) => parseIsoDate(date) ?? Number.NaN)),
  };
  return {
    issues,
    input: {
      id, company, position, zone, employerZone, start, end, interviewers,
      permission: permission as FollowUpPermission, activities, policy, working,
      ...(nextSteps === undefined ? {} : { nextSteps }),
      ...(decisionDate === undefined || decisionDay === undefined ? {} : { decisionDate, decisionDay }),
      ...(now === undefined ? {} : { now }),
    },
  };
}
