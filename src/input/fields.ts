import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { workingTimeFor, type Policy } from '../policy/policy.js';
import { readLocale } from '../locales/resolve.js';
import type { Locale } from '../locales/types.js';
import { resolvePolicy } from '../policy/readPolicy.js';
import { MS_PER_HOUR } from '../time/civil.js';
import { localDay, type Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkDate, checkInstant, checkZone } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { checkActivities, resolveThankYous } from './activities.js';
import { checkInterviewers } from './interviewers.js';
import type { CheckedActivity, CheckedInput, FollowUpPermission } from './types.js';

const PERMISSIONS: readonly FollowUpPermission[] = ['granted', 'declined', 'not-asked'];

/** What a round takes from its application when it does not say itself. */
export interface Inherited {
  readonly company?: string;
  readonly position?: string;
  readonly zone?: Zone;
  readonly employerZone?: Zone;
}

/** One interview's own fields, checked: an interview's, or an application round's. */
export type InterviewFields = Omit<CheckedInput, 'activities' | 'policy' | 'working' | 'now' | 'locale'>;

/** Reads the interview's start and end; `end` defaults to one hour after `start`. */
function checkTimes(source: Readonly<Record<string, unknown>>, zone: Zone, at: (key: string) => string, issues: ValidationIssue[]): { start?: number; end?: number } {
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
  // `null` is refused like every other optional null: leave the key out instead.
  issues.push(issue('invalid-choice', path, `expected "granted", "declined" or "not-asked", got ${describeType(value)}`));
  return 'not-asked';
}

/**
 * Checks one interview's fields at `prefix` (`''` for an interview, `rounds[1].` for a round):
 * `company`, `position` and the zones come from `inherited` when it has them and the source does not.
 */
export function checkInterviewFields(source: Readonly<Record<string, unknown>>, inherited: Inherited, prefix: string, issues: ValidationIssue[]): {
  /** Every field, when all are valid. */
  readonly fields?: InterviewFields;
  /** What activities are checked against, as far as it is valid. */
  readonly partial: Pick<Partial<InterviewFields>, 'zone' | 'employerZone' | 'start'> & Pick<InterviewFields, 'interviewers'>;
} {
  const at = (key: string): string => `${prefix}${key}`;
  const before = issues.length;
  const id = checkText(source['id'], at('id'), { max: limits.maxIdLength, what: 'an id' }, issues);
  const company = inherited.company ?? checkText(source['company'], at('company'), { max: limits.maxNameLength, what: 'a company name' }, issues);
  const position = inherited.position ?? checkText(source['position'], at('position'), { max: limits.maxNameLength, what: 'a position' }, issues);
  const nextSteps = source['nextSteps'] === undefined ? undefined
    : checkText(source['nextSteps'], at('nextSteps'), { max: limits.maxNoteLength, multiline: true }, issues);
  const zone = source['timeZone'] === undefined && inherited.zone !== undefined ? inherited.zone : checkZone(source['timeZone'], at('timeZone'), issues);
  const employerZone = source['employerTimeZone'] === undefined ? inherited.employerZone ?? zone : checkZone(source['employerTimeZone'], at('employerTimeZone'), issues);
  const { start, end } = zone === undefined ? {} : checkTimes(source, zone, at, issues);
  const interviewers = checkInterviewers(source['interviewers'], at('interviewers'), issues);
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
      ...(nextSteps === undefined ? {} : { nextSteps }),
      ...(decisionDay === undefined ? {} : { decisionDate: source['decisionDate'] as string, decisionDay }),
    },
  };
}

/** A round ready to plan: its fields, the activities that belong to it, the policy, `now` and the language. */
export function roundInput(fields: InterviewFields, activities: readonly CheckedActivity[], policy: Policy, now: number | undefined, locale: Locale): CheckedInput {
  // Written out rather than spread: a plan starts here, and a spread of a dozen optional keys costs more than the rest of the checks.
  const input: { -readonly [K in keyof CheckedInput]: CheckedInput[K] } = {
    id: fields.id, company: fields.company, position: fields.position, zone: fields.zone, employerZone: fields.employerZone,
    start: fields.start, end: fields.end, interviewers: fields.interviewers, permission: fields.permission,
    activities, policy, working: workingTimeFor(policy, fields.employerZone), locale,
  };
  if (fields.nextSteps !== undefined) input.nextSteps = fields.nextSteps;
  if (fields.decisionDate !== undefined) input.decisionDate = fields.decisionDate;
  if (fields.decisionDay !== undefined) input.decisionDay = fields.decisionDay;
  if (now !== undefined) input.now = now;
  return input;
}

/**
 * The start every checker shares: options must be a plain object with only `keys`, and its
 * `policy` is resolved. `issues` collects every problem from here on.
 */
export function readOptions(options: unknown, keys: readonly string[]): { readonly opts: Readonly<Record<string, unknown>>; readonly issues: ValidationIssue[]; readonly policy?: Policy; readonly locale?: Locale } | undefined {
  if (options !== undefined && !isPlainObject(options)) return undefined;
  const opts: Readonly<Record<string, unknown>> = options ?? {};
  const issues: ValidationIssue[] = [...keyIssues(opts, keys, '')];
  const resolved = resolvePolicy(opts['policy'], 'policy');
  issues.push(...resolved.issues);
  const locale = readLocale(opts['locale'], 'locale', issues);
  return { opts, issues, ...(resolved.policy === undefined ? {} : { policy: resolved.policy }), ...(locale === undefined ? {} : { locale }) };
}

/** The issue for options that are not an object. */
export function badOptions(options: unknown): { readonly issues: readonly ValidationIssue[] } {
  return { issues: [issue('invalid-type', 'options', `expected an options object, got ${describeType(options)}`)] };
}
