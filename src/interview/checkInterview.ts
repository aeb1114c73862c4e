import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkActivities, resolveThankYous } from '../input/activities.js';
import { checkInterviewFields, placeDates, readOptions, roundInput, snapshotOptions } from '../input/fields.js';
import type { CheckedInput, InputNotice } from '../input/types.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant } from '../validate/instants.js';
import { snapshot, withoutEchoes } from '../validate/snapshot.js';

const INTERVIEW_KEYS = [
  'id', 'company', 'position', 'start', 'end', 'timeZone', 'employerTimeZone',
  'interviewers', 'decisionDate', 'followUpPermission', 'nextSteps',
] as const;
const OPTION_KEYS = ['now', 'activities', 'policy', 'locale'] as const;

/**
 * Validates an interview and plan options completely, returning the checked input or every issue.
 * @internal
 */
export function checkInterview(rawInterview: unknown, rawOptions: unknown): { readonly input?: CheckedInput; readonly issues: readonly ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const interview = snapshot(rawInterview, '', issues);
  const options = snapshotOptions(rawOptions, issues);
  if (!isPlainObject(interview)) {
    return { issues: withoutEchoes([...issues, issue('invalid-type', '', `expected an interview object, got ${describeType(interview)}`)]) };
  }
  issues.push(...keyIssues(interview, INTERVIEW_KEYS, ''));
  const read = readOptions(options, OPTION_KEYS, issues);
  if (read === undefined) return { issues: withoutEchoes(issues) };
  const { opts, policy, locale } = read;
  const notices: InputNotice[] = [];
  const { fields, partial } = checkInterviewFields(interview, { ...(policy === undefined ? {} : { policy }) }, '', issues, notices);
  const { zone, employerZone } = partial;
  const now = zone === undefined || opts['now'] === undefined ? undefined : checkInstant(opts['now'], 'now', zone, issues);
  const checked = zone === undefined || employerZone === undefined ? []
    : checkActivities(opts['activities'], 'activities', { zone, employerZone, start: partial.start, rounds: false }, issues);
  const activities = resolveThankYous(checked, partial.interviewers, issues);
  if (issues.length > 0 || fields === undefined || policy === undefined || locale === undefined) return { issues: withoutEchoes(issues) };
  const record = { interview, ...(opts['activities'] === undefined ? {} : { activities: opts['activities'] }) };
  return { issues, input: { ...roundInput(fields, placeDates(activities, [fields]), policy, now, locale, notices), record } };
}
