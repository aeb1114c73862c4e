import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { localDay, type Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkDate, checkInstant } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { findInterviewer } from './interviewers.js';
import type { ActivityType, CheckedActivity, CheckedInterviewer, ThankYouChannel } from './types.js';

const COMMON_KEYS = ['type', 'at', 'note'] as const;
const ACTIVITY_KEYS: Readonly<Record<ActivityType, readonly string[]>> = {
  'thank-you-sent': [...COMMON_KEYS, 'interviewer', 'channel'],
  'check-in-sent': COMMON_KEYS,
  'reply-received': COMMON_KEYS,
  'offer-received': [...COMMON_KEYS, 'deadline'],
  'rejection-received': COMMON_KEYS,
  'offer-accepted': COMMON_KEYS,
  'offer-declined': COMMON_KEYS,
  withdrew: COMMON_KEYS,
  'step-done': [...COMMON_KEYS, 'step'],
};
const ACTIVITY_TYPES = Object.keys(ACTIVITY_KEYS) as readonly ActivityType[];
const STEP_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function isActivityType(value: unknown): value is ActivityType {
  return ACTIVITY_TYPES.includes(value as ActivityType);
}

/** What activities are checked against. */
export interface ActivityContext {
  /** The zone wall times are read in. */
  readonly zone: Zone;
  /** The employer's zone, whose calendar an offer's deadline is in. */
  readonly employerZone: Zone;
  /** No activity comes before this (the first interview's start). */
  readonly start: number | undefined;
  /** Whether activities may name their `round` (application logs). */
  readonly rounds: boolean;
}

/**
 * Checks an activity list at `path`; returns the valid ones sorted by time. Thank-you recipients
 * are resolved later, against the interviewers of the round each belongs to.
 */
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
  issues.push(...keyIssues(activity, context.rounds ? [...ACTIVITY_KEYS[type], 'round'] : ACTIVITY_KEYS[type], path));
  const at = checkInstant(activity['at'], `${path}.at`, context.zone, issues);
  if (at !== undefined && context.start !== undefined && at < context.start) {
    issues.push(issue('out-of-range', `${path}.at`, 'an activity cannot happen before the interview starts'));
  }
  if (activity['note'] !== undefined) checkText(activity['note'], `${path}.note`, { max: limits.maxNoteLength, multiline: true }, issues);
  const round = activity['round'] === undefined ? undefined : checkText(activity['round'], `${path}.round`, { max: limits.maxIdLength, what: 'a round id' }, issues);
  let interviewerKey: string | undefined;
  let channel: ThankYouChannel = 'email';
  let deadline: { day: number; text: string } | undefined;
  let step: string | undefined;
  if (type === 'thank-you-sent') {
    if (activity['interviewer'] !== undefined) {
      interviewerKey = checkText(activity['interviewer'], `${path}.interviewer`, { max: limits.maxEmailLength, what: "an interviewer's name or email" }, issues);
    }
    const rawChannel = activity['channel'];
    if (rawChannel === 'email' || rawChannel === 'letter') channel = rawChannel;
    else if (rawChannel !== undefined) issues.push(issue('invalid-choice', `${path}.channel`, `expected "email" or "letter", got ${describeType(rawChannel)}`));
  } else if (type === 'offer-received' && activity['deadline'] !== undefined) {
    const day = checkDate(activity['deadline'], `${path}.deadline`, issues);
    if (day !== undefined && at !== undefined && day < localDay(context.employerZone, at)) {
      issues.push(issue('out-of-range', `${path}.deadline`, `${String(activity['deadline'])} is before the offer arrived`));
    } else if (day !== undefined) {
      deadline = { day, text: activity['deadline'] as string };
    }
  } else if (type === 'step-done') {
    const raw = activity['step'];
    if (typeof raw === 'string' && STEP_ID.test(raw)) step = raw;
    else issues.push(issue(raw === undefined ? 'missing-field' : 'invalid-type', `${path}.step`, `expected a step id such as "keep-searching-2", got ${describeType(raw)}`));
  }
  if (issues.length > before || at === undefined) return undefined;
  return {
    type, at, channel, path,
    ...(interviewerKey === undefined ? {} : { interviewerKey }),
    ...(round === undefined ? {} : { round }),
    ...(deadline === undefined ? {} : { deadlineDay: deadline.day, deadline: deadline.text }),
    ...(step === undefined ? {} : { step }),
  };
}

/**
 * Resolves each `thank-you-sent` to the interviewer it names, among `interviewers` (one round's).
 * With nobody listed the name may be left out: the note went to the hiring team.
 */
export function resolveThankYous(activities: readonly CheckedActivity[], interviewers: readonly CheckedInterviewer[], issues: ValidationIssue[]): CheckedActivity[] {
  return activities.map((activity) => {
    if (activity.type !== 'thank-you-sent') return activity;
    const at = `${activity.path}.interviewer`;
    if (activity.interviewerKey === undefined) {
      if (interviewers.length > 0) issues.push(issue('missing-field', at, "expected an interviewer's name or email, got undefined"));
      return activity;
    }
    const found = findInterviewer(interviewers, activity.interviewerKey)?.index;
    if (found === undefined) issues.push(issue('unknown-interviewer', at, `no interviewer is named or has the address ${JSON.stringify(activity.interviewerKey.slice(0, 80))}`));
    return found === undefined ? activity : { ...activity, interviewer: found };
  });
}
