import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { localDay, type Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues, typeIssue } from '../validate/guards.js';
import { checkDate, checkInstantOrDate } from '../validate/instants.js';
import { closestName } from '../validate/suggest.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { findInterviewer } from './interviewers.js';
import type { ActivityType, CheckedActivity, CheckedInterviewer, MessageChannel } from './types.js';

const COMMON_KEYS = ['type', 'at', 'note'] as const;
const ACTIVITY_KEYS: Readonly<Record<ActivityType, readonly string[]>> = {
  'thank-you-sent': [...COMMON_KEYS, 'interviewer', 'channel'],
  'check-in-sent': [...COMMON_KEYS, 'channel'],
  'follow-up-sent': [...COMMON_KEYS, 'channel'],
  'message-sent': [...COMMON_KEYS, 'to', 'channel'],
  'reply-received': COMMON_KEYS,
  'offer-received': [...COMMON_KEYS, 'deadline'],
  'rejection-received': COMMON_KEYS,
  'offer-accepted': COMMON_KEYS,
  'offer-declined': COMMON_KEYS,
  withdrew: COMMON_KEYS,
  ghosted: COMMON_KEYS,
  'step-done': [...COMMON_KEYS, 'step'],
  'step-rescheduled': [...COMMON_KEYS, 'step', 'to'],
};
const ACTIVITY_TYPES = Object.keys(ACTIVITY_KEYS) as readonly ActivityType[];
const CHANNELS: readonly MessageChannel[] = ['email', 'letter', 'linkedin', 'phone', 'other'];
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
  /** No activity comes before this (the first interview's start); a date alone on that day is never refused. */
  readonly start: number | undefined;
  /** Whether activities may name their `round` (application logs). */
  readonly rounds: boolean;
}

/**
 * Checks an activity list at `path`; returns the valid ones sorted by time (activities at one
 * instant keep their order in the list). Thank-you recipients are resolved later, against the
 * interviewers of the round each belongs to.
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

/** A step id an activity names. */
function stepId(value: unknown, path: string, issues: ValidationIssue[]): string | undefined {
  if (typeof value === 'string' && STEP_ID.test(value)) return value;
  issues.push(typeIssue(typeof value === 'string' ? 0 : value, path, 'a step id such as "check-in-1"'));
  return undefined;
}

function checkActivity(activity: unknown, path: string, context: ActivityContext, issues: ValidationIssue[]): CheckedActivity | undefined {
  if (!isPlainObject(activity)) {
    issues.push(issue('invalid-type', path, `expected { type, at, … }, got ${describeType(activity)}`));
    return undefined;
  }
  const type = activity['type'];
  if (!isActivityType(type)) {
    issues.push(type === undefined
      ? issue('missing-field', `${path}.type`, `missing; expected one of ${ACTIVITY_TYPES.join(', ')}`)
      : issue('invalid-choice', `${path}.type`, `expected one of ${ACTIVITY_TYPES.join(', ')}, got ${describeType(type)}${suggestion(type, ACTIVITY_TYPES)}`));
    return undefined;
  }
  const before = issues.length;
  issues.push(...keyIssues(activity, context.rounds ? [...ACTIVITY_KEYS[type], 'round'] : ACTIVITY_KEYS[type], path));
  const when = checkInstantOrDate(activity['at'], `${path}.at`, context.zone, issues);
  // A date alone on the interview's day is never refused: it is placed after the interview. An
  // activity that names its round is held to that round's start instead (activity-before-round).
  const namesRound = context.rounds && activity['round'] !== undefined;
  if (when !== undefined && context.start !== undefined && !namesRound && when.at < context.start && (when.day === undefined || when.day < localDay(context.zone, context.start))) {
    issues.push(issue('out-of-range', `${path}.at`, 'an activity cannot happen before the interview starts'));
  }
  if (activity['note'] !== undefined) checkText(activity['note'], `${path}.note`, { max: limits.maxNoteLength, multiline: true }, issues);
  const round = activity['round'] === undefined ? undefined : checkText(activity['round'], `${path}.round`, { max: limits.maxIdLength, what: 'a round id' }, issues);
  const rawChannel = activity['channel'];
  const channel = rawChannel === undefined ? 'email' : CHANNELS.includes(rawChannel as MessageChannel) ? rawChannel as MessageChannel : undefined;
  if (channel === undefined) issues.push(issue('invalid-choice', `${path}.channel`, `expected one of ${CHANNELS.join(', ')}, got ${describeType(rawChannel)}${suggestion(rawChannel, CHANNELS)}`));
  const out: { -readonly [K in keyof CheckedActivity]?: CheckedActivity[K] } = { type, at: when?.at ?? 0, channel: channel ?? 'email', path };
  if (when?.day !== undefined) out.atDay = when.day;
  if (round !== undefined) out.round = round;
  if (type === 'thank-you-sent' && activity['interviewer'] !== undefined) {
    const key = checkText(activity['interviewer'], `${path}.interviewer`, { max: limits.maxEmailLength, what: "an interviewer's name or email" }, issues);
    if (key !== undefined) out.interviewerKey = key;
  } else if (type === 'message-sent' && activity['to'] !== undefined) {
    const to = checkText(activity['to'], `${path}.to`, { max: limits.maxEmailLength, what: 'a name or an email address' }, issues);
    if (to !== undefined) out.to = to;
  } else if (type === 'offer-received' && activity['deadline'] !== undefined) {
    const day = checkDate(activity['deadline'], `${path}.deadline`, issues);
    if (day !== undefined && when !== undefined && day < (when.day ?? localDay(context.employerZone, when.at))) {
      issues.push(issue('out-of-range', `${path}.deadline`, `${String(activity['deadline'])} is before the offer arrived`));
    } else if (day !== undefined) {
      out.deadlineDay = day;
      out.deadline = activity['deadline'] as string;
    }
  } else if (type === 'step-done' || type === 'step-rescheduled') {
    const step = stepId(activity['step'], `${path}.step`, issues);
    if (step !== undefined) out.step = step;
    if (type === 'step-rescheduled') {
      const to = checkInstantOrDate(activity['to'], `${path}.to`, context.zone, issues);
      if (to?.day !== undefined) out.toDay = to.day;
      else if (to !== undefined) out.toAt = to.at;
    }
  }
  if (issues.length > before || when === undefined) return undefined;
  return out as CheckedActivity;
}

/** ` (did you mean "x"?)` for a string close to one of `known`. */
function suggestion(value: unknown, known: readonly string[]): string {
  const near = typeof value === 'string' ? closestName(value, known) : undefined;
  return near === undefined ? '' : `; did you mean "${near}"?`;
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
      if (interviewers.length > 0) issues.push(issue('missing-field', at, "missing; expected an interviewer's name or email"));
      return activity;
    }
    const found = findInterviewer(interviewers, activity.interviewerKey)?.index;
    if (found === undefined) issues.push(issue('unknown-interviewer', at, `no interviewer is named or has the address ${JSON.stringify(activity.interviewerKey.slice(0, 80))}`));
    return found === undefined ? activity : { ...activity, interviewer: found };
  });
}
