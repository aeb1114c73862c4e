import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkActivities, resolveThankYous } from '../input/activities.js';
import { badOptions, checkInterviewFields, readOptions, roundInput } from '../input/fields.js';
import type { CheckedInput } from '../input/types.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant } from '../validate/instants.js';

const INTERVIEW_KEYS = [
  'id', 'company', 'position', 'start', 'end', 'timeZone', 'employerTimeZone',
  'interviewers', 'decisionDate', 'followUpPermission', 'nextSteps',
] as const;
const OPTION_KEYS = ['now', 'activities', 'policy', 'locale'] as const;

/**
 * Validates an interview and plan options completely, returning the checked input or every issue.
 * @internal
 */
export function checkInterview(interview: unknown, options: unknown): { readonly input?: CheckedInput; readonly issues: readonly ValidationIssue[] } {
  if (!isPlainObject(interview)) {
    return { issues: [issue('invalid-type', '', `expected an interview object, got ${describeType(interview)}`)] };
  }
  const read = readOptions(options, OPTION_KEYS);
  if (read === undefined) return badOptions(options);
  const { opts, policy, locale } = read;
  const issues: ValidationIssue[] = [...keyIssues(interview, INTERVIEW_KEYS, ''), ...read.issues];
  const { fields, partial } = checkInterviewFields(interview, {}, '', issues);
  const { zone, employerZone } = partial;
  const now = zone === undefined || opts['now'] === undefined ? undefined : checkInstant(opts['now'], 'now', zone, issues);
  const checked = zone === undefined || employerZone === undefined ? []
    : checkActivities(opts['activities'], 'activities', { zone, employerZone, start: partial.start, rounds: false }, issues);
  const activities = resolveThankYous(checked, partial.interviewers, issues);
  if (issues.length > 0 || fields === undefined || policy === undefined || locale === undefined) return { issues };
  return { issues, input: roundInput(fields, activities, policy, now, locale) };
}
