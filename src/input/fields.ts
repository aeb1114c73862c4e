import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { workingTimeFor, type Policy } from '../policy/policy.js';
import { readLocale } from '../locales/resolve.js';
import type { Locale } from '../locales/types.js';
import { resolvePolicy } from '../policy/readPolicy.js';
import { fixedOffsetZone } from '../time/abbreviations.js';
import { MS_PER_HOUR } from '../time/civil.js';
import { workStart } from '../time/workingTime.js';
import { localDay, type Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkDate, checkInstant, checkZone, isDateOnly } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { snapshot } from '../validate/snapshot.js';
import { checkText } from '../validate/text.js';
import { checkInterviewers } from './interviewers.js';
import type { CheckedActivity, CheckedInput, FollowUpPermission, InputNotice, UndatedRound } from './types.js';

const PERMISSIONS: readonly FollowUpPermission[] = ['granted', 'declined', 'not-asked'];

/** What a round takes from its application when it does not say itself. */
export interface Inherited {
  readonly company?: string;
  readonly position?: string;
  /** The application's `timeZone`. */
  readonly zone?: Zone;
  /** The application's own `employerTimeZone`, when it gave one. */
  readonly employerZone?: Zone;
  /** The policy, for placing a start given as a date alone in working hours. */
  readonly policy?: Policy;
  /** Which of a day's date-only starts this is (0 for the first): they follow each other an hour apart. */
  readonly slot?: (day: number) => number;
  /** Whether this is an application's round: it may have a `label`, and no `start` yet. */
  readonly round?: boolean;
}

/** One interview's own fields, checked: an interview's, or an application round's. */
export type InterviewFields = Omit<CheckedInput, 'activities' | 'policy' | 'working' | 'now' | 'locale' | 'notices'>;

/**
 * Reads the interview's start and end; `end` defaults to one hour after `start`. A start given as
 * a date alone is placed at the working-hours start of that day in the employer's zone (the
 * `slot`-th hour after it when several fall on one day), one hour long, with a notice.
 */
function checkTimes(source: Readonly<Record<string, unknown>>, zone: Zone, employerZone: Zone | undefined, inherited: Inherited, at: (key: string) => string, issues: ValidationIssue[], notices: InputNotice[]): { start?: number; end?: number; startDate?: string } {
  if (isDateOnly(source['start'])) {
    const day = checkDate(source['start'], at('start'), issues);
    // An end, if any, may only repeat the day: a date alone has no end time.
    if (source['end'] !== undefined && source['end'] !== source['start']) issues.push(issue('invalid-date', at('end'), 'a start given as a date alone has no end time; leave end out, or give both with times'));
    if (day === undefined || employerZone === undefined || inherited.policy === undefined) return {};
    const start = workStart(workingTimeFor(inherited.policy, employerZone), day) + (inherited.slot?.(day) ?? 0) * MS_PER_HOUR;
    notices.push({ code: 'no-interview-time', path: at('start') });
    return { start, end: start + MS_PER_HOUR, startDate: source['start'] };
  }
  const start = checkInstant(source['start'], at('start'), zone, issues);
  const end = source['end'] === undefined
    ? (start === undefined ? undefined : start + MS_PER_HOUR)
    : checkInstant(source['end'], at('end'), zone, issues);
  if (start === undefined || end === undefined) return {};
  if (end <= start) {
    issues.push(issue('end-before-start', at('end'), 'the interview must end after it starts'));
    return {};
  }
  if (end - start > limits.maxInterviewHours * MS_PER_HOUR) {
    issues.push(issue('out-of-range', at('end'), `an interview lasts at most ${limits.maxInterviewHours} hours`));
    return {};
  }
  return { start, end };
}

function checkPermission(value: unknown, path: string, issues: ValidationIssue[]): FollowUpPermission {
  if (value === undefined) return 'not-asked';
  if (PERMISSIONS.includes(value as FollowUpPermission)) return value as FollowUpPermission;
  issues.push(issue('invalid-choice', path, `expected "granted", "declined" or "not-asked", got ${describeType(value)}`));
  return 'not-asked';
}

/** A zone field, with a notice when it names one of tzdb's fixed-offset legacy zones (`EST`). @internal */
export function checkZoneField(value: unknown, path: string, issues: ValidationIssue[], notices: InputNotice[]): Zone | undefined {
  const zone = checkZone(value, path, issues);
  if (zone !== undefined && fixedOffsetZone(zone.name) !== undefined) notices.push({ code: 'fixed-offset-zone', path, name: zone.name });
  return zone;
}

/**
 * Checks one interview's fields at `prefix` (`''` for an interview, `rounds[1].` for a round):
 * `company` and `position` come from `inherited` when it has them. A round's employer zone is its
 * own `employerTimeZone`, else the application's, else the round's own `timeZone`, else the
 * application's, so a one-round application plans as its interview does.
 */
export function checkInterviewFields(source: Readonly<Record<string, unknown>>, inherited: Inherited, prefix: string, issues: ValidationIssue[], notices: InputNotice[]): {
  /** Every field, when all are valid and the round has a start. */
  readonly fields?: InterviewFields;
  /** A round without a start: an invitation not yet scheduled. */
  readonly undated?: UndatedRound;
  /** What activities are checked against, as far as it is valid. */
  readonly partial: Pick<Partial<InterviewFields>, 'zone' | 'employerZone' | 'start'> & Pick<InterviewFields, 'interviewers'>;
} {
  const at = (key: string): string => `${prefix}${key}`;
  const before = issues.length;
  const id = checkText(source['id'], at('id'), { max: limits.maxIdLength, what: 'an id' }, issues);
  // A round has no company, position or zone of its own to fix: its application reports those once, at its own paths.
  const own = inherited.round !== true;
  const company = inherited.company ?? (own ? checkText(source['company'], at('company'), { max: limits.maxNameLength, what: 'a company name' }, issues) : undefined);
  const position = inherited.position ?? (own ? checkText(source['position'], at('position'), { max: limits.maxNameLength, what: 'a position' }, issues) : undefined);
  const label = inherited.round !== true || source['label'] === undefined ? undefined : checkText(source['label'], at('label'), { max: limits.maxNameLength, what: 'a label' }, issues);
  const nextSteps = source['nextSteps'] === undefined ? undefined
    : checkText(source['nextSteps'], at('nextSteps'), { max: limits.maxNoteLength, multiline: true }, issues);
  const ownZone = source['timeZone'] === undefined && (inherited.zone !== undefined || !own) ? undefined : checkZoneField(source['timeZone'], at('timeZone'), issues, notices);
  const zone = ownZone ?? inherited.zone;
  const employerZone = source['employerTimeZone'] !== undefined ? checkZoneField(source['employerTimeZone'], at('employerTimeZone'), issues, notices)
    : inherited.employerZone ?? zone;
  const interviewers = checkInterviewers(source['interviewers'], at('interviewers'), issues, notices);
  if (inherited.round === true && source['start'] === undefined) {
    for (const key of ['end', 'decisionDate', 'followUpPermission'] as const) {
      if (source[key] !== undefined) issues.push(issue('invalid-choice', at(key), `a round without a start has no ${key} yet; give its start, or leave ${key} out`));
    }
    if (issues.length > before || id === undefined) return { partial: { interviewers } };
    return { partial: { interviewers }, undated: { id, interviewers, ...(label === undefined ? {} : { label }) } };
  }
  const { start, end, startDate } = zone === undefined ? {} : checkTimes(source, zone, employerZone, inherited, at, issues, notices);
  const permission = checkPermission(source['followUpPermission'], at('followUpPermission'), issues);
  let decisionDay: number | undefined;
  if (source['decisionDate'] !== undefined) {
    decisionDay = checkDate(source['decisionDate'], at('decisionDate'), issues);
    if (decisionDay !== undefined && employerZone !== undefined && start !== undefined && decisionDay < localDay(employerZone, start)) {
      issues.push(issue('decision-date-before-interview', at('decisionDate'), `${String(source['decisionDate'])} is before the interview day`));
    }
  }
  const partial = { interviewers, ...(zone === undefined ? {} : { zone }), ...(employerZone === undefined ? {} : { employerZone }), ...(start === undefined ? {} : { start }) };
  if (issues.length > before || id === undefined || company === undefined || position === undefined || zone === undefined ||
    employerZone === undefined || start === undefined || end === undefined) return { partial };
  return {
    partial,
    fields: {
      id, company, position, zone, employerZone, start, end, interviewers, permission,
      ...(label === undefined ? {} : { label }),
      ...(startDate === undefined ? {} : { startDate }),
      ...(nextSteps === undefined ? {} : { nextSteps }),
      ...(decisionDay === undefined ? {} : { decisionDate: source['decisionDate'] as string, decisionDay }),
    },
  };
}

/** A round ready to plan: its fields, the activities that belong to it, the policy, `now` and the language. */
export function roundInput(fields: InterviewFields, activities: readonly CheckedActivity[], policy: Policy, now: number | undefined, locale: Locale, notices: readonly InputNotice[]): CheckedInput {
  // Written out rather than spread: a plan starts here, and a spread of a dozen optional keys costs more than the rest of the checks.
  const input: { -readonly [K in keyof CheckedInput]: CheckedInput[K] } = {
    id: fields.id, company: fields.company, position: fields.position, zone: fields.zone, employerZone: fields.employerZone,
    start: fields.start, end: fields.end, interviewers: fields.interviewers, permission: fields.permission,
    activities, policy, working: workingTimeFor(policy, fields.employerZone), locale, notices,
  };
  if (fields.label !== undefined) input.label = fields.label;
  if (fields.startDate !== undefined) input.startDate = fields.startDate;
  if (fields.nextSteps !== undefined) input.nextSteps = fields.nextSteps;
  if (fields.decisionDate !== undefined) input.decisionDate = fields.decisionDate;
  if (fields.decisionDay !== undefined) input.decisionDay = fields.decisionDay;
  if (now !== undefined) input.now = now;
  return input;
}

/** The options, read once as plain data; the locale stays the object it is (it is checked by identity). @internal */
export function snapshotOptions(options: unknown, issues: ValidationIssue[]): unknown {
  return snapshot(options, '', issues, KEEP_LOCALE);
}

const KEEP_LOCALE: ReadonlySet<string> = new Set(['locale']);

/**
 * The start every checker shares: options (already read by {@link snapshotOptions}) must be a
 * plain object with only `keys`, and its `policy` and `locale` are read. Every problem goes into
 * `issues`; `undefined` when the options are not an object at all.
 */
export function readOptions(options: unknown, keys: readonly string[], issues: ValidationIssue[]): { readonly opts: Readonly<Record<string, unknown>>; readonly policy?: Policy; readonly locale?: Locale } | undefined {
  // `null` options are no options, as `null` is absent everywhere else in the input.
  if (options !== undefined && options !== null && !isPlainObject(options)) {
    issues.push(issue('invalid-type', 'options', `expected an options object, got ${describeType(options)}`));
    return undefined;
  }
  const opts: Readonly<Record<string, unknown>> = options ?? {};
  issues.push(...keyIssues(opts, keys, ''));
  const resolved = resolvePolicy(opts['policy'], 'policy');
  issues.push(...resolved.issues);
  const locale = readLocale(opts['locale'], 'locale', issues);
  return { opts, ...(resolved.policy === undefined ? {} : { policy: resolved.policy }), ...(locale === undefined ? {} : { locale }) };
}

/**
 * Activities and an `appliedAt` given as a date alone read as 12:00 in the candidate's zone that
 * day, but never before the end of a round that ends that day: a log that says "sent a thank-you
 * on the 20th" about an interview on the 20th means after it. Returns them in time order again
 * (activities at one instant keep their order in the list). @internal
 */
export function placeDates(activities: readonly CheckedActivity[], rounds: readonly Pick<InterviewFields, 'zone' | 'end'>[]): CheckedActivity[] {
  if (!activities.some((activity) => activity.atDay !== undefined)) return [...activities];
  return activities.map((activity) => {
    if (activity.atDay === undefined) return activity;
    const at = placeDay(activity.at, activity.atDay, rounds);
    return at === activity.at ? activity : { ...activity, at };
  }).sort((a, b) => a.at - b.at);
}

/** The time a date alone stands for: `noon` (12:00 that day), or the end of a round that ends that day, whichever is later. @internal */
export function placeDay(noon: number, day: number, rounds: readonly Pick<InterviewFields, 'zone' | 'end'>[]): number {
  let at = noon;
  for (const round of rounds) if (localDay(round.zone, round.end) === day && round.end > at) at = round.end;
  return at;
}
