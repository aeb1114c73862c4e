import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { resolvePolicy, workingTimeFor } from '../policy/policy.js';
import { MS_PER_HOUR } from '../time/civil.js';
import { localDay } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkDate, checkInstant, checkZone } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { checkActivities } from './activities.js';
import { checkInterviewers } from './interviewers.js';
import type { CheckedInput, FollowUpPermission } from './types.js';

const INTERVIEW_KEYS = [
  'id', 'company', 'position', 'start', 'end', 'timeZone', 'employerTimeZone',
  'interviewers', 'decisionDate', 'followUpPermission', 'nextSteps',
] as const;
const OPTION_KEYS = ['now', 'activities', 'policy'] as const;
const PERMISSIONS: readonly FollowUpPermission[] = ['granted', 'declined', 'not-asked'];

/** Reads the interview's start and end; `end` defaults to one hour after `start`. */
function checkTimes(interview: Readonly<Record<string, unknown>>, zone: Parameters<typeof checkInstant>[2], issues: ValidationIssue[]): { start?: number; end?: number } {
  const start = checkInstant(interview['start'], 'start', zone, issues);
  const end = interview['end'] === undefined
    ? (start === undefined ? undefined : start + MS_PER_HOUR)
    : checkInstant(interview['end'], 'end', zone, issues);
  if (start === undefined || end === undefined) return {};
  if (end <= start) {
    issues.push(issue('end-before-start', 'end', 'the interview must end after it starts'));
    return {};
  }
  if (end - start > limits.maxInterviewHours * MS_PER_HOUR) {
    issues.push(issue('out-of-range', 'end', `an interview lasts at most ${limits.maxInterviewHours} hours`));
    return {};
  }
  return { start, end };
}

function checkPermission(value: unknown, issues: ValidationIssue[]): FollowUpPermission {
  if (value === undefined) return 'not-asked';
  if (PERMISSIONS.includes(value as FollowUpPermission)) return value as FollowUpPermission;
  // `null` is refused like every other optional null: leave the key out instead.
  issues.push(issue('invalid-choice', 'followUpPermission', `expected "granted", "declined" or "not-asked", got ${describeType(value)}`));
  return 'not-asked';
}

/**
 * Validates an interview and plan options completely, returning the checked input or every issue.
 * @internal
 */
export function checkInput(interview: unknown, options: unknown): { readonly input?: CheckedInput; readonly issues: readonly ValidationIssue[] } {
  if (!isPlainObject(interview)) {
    return { issues: [issue('invalid-type', '', `expected an interview object, got ${describeType(interview)}`)] };
  }
  if (options !== undefined && !isPlainObject(options)) {
    return { issues: [issue('invalid-type', 'options', `expected an options object, got ${describeType(options)}`)] };
  }
  const opts: Readonly<Record<string, unknown>> = options ?? {};
  const issues: ValidationIssue[] = [...keyIssues(interview, INTERVIEW_KEYS, ''), ...keyIssues(opts, OPTION_KEYS, '')];

  const id = checkText(interview['id'], 'id', { max: limits.maxIdLength, what: 'an id' }, issues);
  const company = checkText(interview['company'], 'company', { max: limits.maxNameLength, what: 'a company name' }, issues);
  const position = checkText(interview['position'], 'position', { max: limits.maxNameLength, what: 'a position' }, issues);
  const nextSteps = interview['nextSteps'] === undefined ? undefined
    : checkText(interview['nextSteps'], 'nextSteps', { max: limits.maxNoteLength, multiline: true }, issues);
  const zone = checkZone(interview['timeZone'], 'timeZone', issues);
  const employerZone = interview['employerTimeZone'] === undefined ? zone : checkZone(interview['employerTimeZone'], 'employerTimeZone', issues);
  const { start, end } = zone === undefined ? {} : checkTimes(interview, zone, issues);
  const interviewers = checkInterviewers(interview['interviewers'], 'interviewers', issues);
  const permission = checkPermission(interview['followUpPermission'], issues);

  let decisionDay: number | undefined;
  if (interview['decisionDate'] !== undefined) {
    decisionDay = checkDate(interview['decisionDate'], 'decisionDate', issues);
    if (decisionDay !== undefined && employerZone !== undefined && start !== undefined && decisionDay < localDay(employerZone, start)) {
      issues.push(issue('decision-date-before-interview', 'decisionDate', `${String(interview['decisionDate'])} is before the interview day`));
    }
  }

  const now = zone === undefined || opts['now'] === undefined ? undefined : checkInstant(opts['now'], 'now', zone, issues);
  const activities = zone === undefined ? [] : checkActivities(opts['activities'], 'activities', { zone, start, interviewers }, issues);
  const resolved = resolvePolicy(opts['policy'], 'policy');
  issues.push(...resolved.issues);

  if (issues.length > 0 || id === undefined || company === undefined || position === undefined || zone === undefined ||
    employerZone === undefined || start === undefined || end === undefined || resolved.policy === undefined) {
    return { issues };
  }
  const policy = resolved.policy;
  return {
    issues,
    input: {
      id, company, position, zone, employerZone, start, end, interviewers,
      permission, activities, policy, working: workingTimeFor(policy, employerZone),
      ...(nextSteps === undefined ? {} : { nextSteps }),
      ...(decisionDay === undefined ? {} : { decisionDate: interview['decisionDate'] as string, decisionDay }),
      ...(now === undefined ? {} : { now }),
    },
  };
}
