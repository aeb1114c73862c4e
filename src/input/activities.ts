import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import type { Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { findInterviewer } from './interviewers.js';
import type { Activity, CheckedActivity, CheckedInterviewer, ThankYouChannel } from './types.js';

const ACTIVITY_KEYS: Readonly<Record<Activity['type'], readonly string[]>> = {
  'thank-you-sent': ['type', 'at', 'interviewer', 'channel', 'note'],
  'check-in-sent': ['type', 'at', 'note'],
  'reply-received': ['type', 'at', 'note'],
};
const ACTIVITY_TYPES = Object.keys(ACTIVITY_KEYS) as readonly Activity['type'][];

function isActivityType(value: unknown): value is Activity['type'] {
  return ACTIVITY_TYPES.includes(value as Activity['type']);
}

/** What activities are checked against: the zone wall times are read in, the interview's start and its interviewers. */
export interface ActivityContext {
  readonly zone: Zone;
  readonly start: number | undefined;
  readonly interviewers: readonly CheckedInterviewer[];
}

/** Checks an activity list at `path`; returns the valid ones sorted by time. */
export function checkActivities(value: unknown, path: string, context: ActivityContext, issues: ValidationIssue[]): CheckedActivity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(issue('invalid-type', path, `expected a list of activities, got ${describeType(value)}`));
    return [];
  }
  if (value.length > limits.maxActivities) {
    issues.push(issue('too-many', path, `at most ${limits.maxActivities} activities, got ${value.length}`));
    return [];
  }
  const checked: CheckedActivity[] = [];
  for (let index = 0; index < value.length; index++) {
    const activity = checkActivity(value[index], `${path}[${index}]`, context, issues);
    if (activity !== undefined) checked.push(activity);
  }
  return checked.sort((a, b) => a.at - b.at);
}

function checkActivity(activity: unknown, path: string, context: ActivityContext, issues: ValidationIssue[]): CheckedActivity | undefined {
  if (!isPlainObject(activity)) {
    issues.push(issue('invalid-type', path, `expected { type, at, … }, got ${describeType(activity)}`));
    return undefined;
  }
  const type = activity['type'];
  if (!isActivityType(type)) {
    issues.push(issue(type === undefined ? 'missing-field' : 'invalid-choice', `${path}.type`, `expected ${ACTIVITY_TYPES.map((name) => `"${name}"`).join(', ')}, got ${describeType(type)}`));
    return undefined;
  }
  const before = issues.length;
  issues.push(...keyIssues(activity, ACTIVITY_KEYS[type], path));
  const at = checkInstant(activity['at'], `${path}.at`, context.zone, issues);
  if (at !== undefined && context.start !== undefined && at < context.start) {
    issues.push(issue('out-of-range', `${path}.at`, 'an activity cannot happen before the interview starts'));
  }
  if (activity['note'] !== undefined) checkText(activity['note'], `${path}.note`, { max: limits.maxNoteLength, multiline: true }, issues);
  let interviewer: number | undefined;
  let channel: ThankYouChannel = 'email';
  if (type === 'thank-you-sent') {
    interviewer = thankedInterviewer(activity['interviewer'], `${path}.interviewer`, context.interviewers, issues);
    const rawChannel = activity['channel'];
    if (rawChannel === 'email' || rawChannel === 'letter') channel = rawChannel;
    else if (rawChannel !== undefined) issues.push(issue('invalid-choice', `${path}.channel`, `expected "email" or "letter", got ${describeType(rawChannel)}`));
  }
  if (issues.length > before || at === undefined) return undefined;
  return { type, at, channel, ...(interviewer === undefined ? {} : { interviewer }) };
}

/**
 * The index of the interviewer a `thank-you-sent` names. With nobody listed the name may be left
 * out: the note went to the hiring team.
 */
function thankedInterviewer(value: unknown, path: string, interviewers: readonly CheckedInterviewer[], issues: ValidationIssue[]): number | undefined {
  if (value === undefined && interviewers.length === 0) return undefined;
  const key = checkText(value, path, { max: limits.maxEmailLength, what: "an interviewer's name or email" }, issues);
  if (key === undefined) return undefined;
  const found = findInterviewer(interviewers, key)?.index;
  if (found === undefined) issues.push(issue('unknown-interviewer', path, `no interviewer is named or has the address ${JSON.stringify(key.slice(0, 80))}`));
  return found;
}
