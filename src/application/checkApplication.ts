import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkActivities, resolveThankYous } from '../input/activities.js';
import { checkInterviewFields, checkZoneField, placeDay, placeDates, readOptions, roundInput, snapshotOptions, type InterviewFields } from '../input/fields.js';
import { optionalEmail } from '../input/interviewers.js';
import type { CheckedActivity, CheckedApplication, CheckedContact, InputNotice, UndatedRound } from '../input/types.js';
import type { Locale } from '../locales/types.js';
import { workingTimeFor, type Policy } from '../policy/policy.js';
import type { Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant, checkInstantOrDate } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { snapshot, withoutEchoes } from '../validate/snapshot.js';
import { checkText } from '../validate/text.js';

const APPLICATION_KEYS = ['id', 'company', 'position', 'timeZone', 'employerTimeZone', 'contact', 'appliedAt', 'rounds', 'activities'] as const;
const ROUND_KEYS = ['id', 'label', 'start', 'end', 'timeZone', 'employerTimeZone', 'interviewers', 'decisionDate', 'followUpPermission', 'nextSteps'] as const;
const CONTACT_KEYS = ['name', 'email', 'role'] as const;
const OPTION_KEYS = ['now', 'policy', 'locale'] as const;
/** Activities that belong to an interview round: they cannot come before the first one. */
const ROUND_ACTIVITIES: ReadonlySet<CheckedActivity['type']> = new Set(['thank-you-sent', 'check-in-sent']);

function checkContact(value: unknown, path: string, issues: ValidationIssue[]): CheckedContact | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    issues.push(issue('invalid-type', path, `expected { name, email?, role? }, got ${describeType(value)}`));
    return undefined;
  }
  issues.push(...keyIssues(value, [...CONTACT_KEYS, 'salutation'], path));
  const name = checkText(value['name'], `${path}.name`, { max: limits.maxNameLength, what: 'a name' }, issues);
  const email = optionalEmail(value['email'], `${path}.email`, issues);
  const role = value['role'] === undefined ? undefined : checkText(value['role'], `${path}.role`, { max: limits.maxNameLength }, issues);
  const salutation = value['salutation'] === undefined ? undefined : checkText(value['salutation'], `${path}.salutation`, { max: limits.maxNameLength }, issues);
  if (name === undefined) return undefined;
  return { name, ...(email === undefined ? {} : { email }), ...(role === undefined ? {} : { role }), ...(salutation === undefined ? {} : { salutation }) };
}

/** What a round takes from its application. */
interface RoundContext {
  readonly company?: string;
  readonly position?: string;
  readonly zone?: Zone;
  readonly employerZone?: Zone;
  readonly policy?: Policy;
}

interface CheckedRounds {
  /** The dated rounds, sorted by start, each with its path and position in the input. */
  readonly rounds: { readonly fields: InterviewFields; readonly path: string; readonly notices: readonly InputNotice[] }[];
  readonly invitations: UndatedRound[];
  /** Where each round, dated or not, stood in the input (`rounds[i]`), by id. */
  readonly paths: ReadonlyMap<string, string>;
  /** The earliest dated start. */
  readonly start?: number;
}

/**
 * Checks the rounds at `${prefix}rounds`: ids unique, dated rounds not overlapping (those given
 * as a date alone excepted: they are placed one after another), undated ones after every dated
 * one in the list. Absent or empty means no interview yet.
 */
function checkRounds(value: unknown, prefix: string, context: RoundContext, issues: ValidationIssue[]): CheckedRounds {
  const path = `${prefix}rounds`;
  if (value === undefined) return { rounds: [], invitations: [], paths: new Map() };
  if (!Array.isArray(value)) {
    issues.push(issue('invalid-type', path, `expected a list of interview rounds, got ${describeType(value)}`));
    return { rounds: [], invitations: [], paths: new Map() };
  }
  if (value.length > limits.maxRounds) {
    issues.push(issue('too-many', path, `at most ${limits.maxRounds} rounds, got ${value.length}`));
    return { rounds: [], invitations: [], paths: new Map() };
  }
  const rounds: { fields: InterviewFields; path: string; notices: InputNotice[] }[] = [];
  const invitations: UndatedRound[] = [];
  const ids = new Map<string, number>();
  const paths = new Map<string, string>();
  // Date-only starts taken per day, so two on one day follow each other an hour apart, in input order.
  const slots = new Map<number, number>();
  const slot = (day: number): number => {
    const taken = slots.get(day) ?? 0;
    slots.set(day, taken + 1);
    return taken;
  };
  let firstUndated: string | undefined;
  let start: number | undefined;
  for (let index = 0; index < value.length; index++) {
    const at = `${path}[${index}]`;
    const round: unknown = value[index];
    if (!isPlainObject(round)) {
      issues.push(issue('invalid-type', at, `expected a round { id, start?, … }, got ${describeType(round)}`));
      continue;
    }
    issues.push(...keyIssues(round, ROUND_KEYS, at));
    const notices: InputNotice[] = [];
    const { fields, undated, partial } = checkInterviewFields(round, { ...context, slot, round: true }, `${at}.`, issues, notices);
    if (round['start'] === undefined) firstUndated ??= at;
    else if (firstUndated !== undefined) issues.push(issue('invalid-order', firstUndated, `a round without a start comes after every dated round; ${at} has a start`));
    if (partial.start !== undefined) start = Math.min(start ?? partial.start, partial.start);
    const id = fields?.id ?? undated?.id;
    if (id === undefined) continue;
    const twin = ids.get(id);
    if (twin !== undefined) issues.push(issue('duplicate', `${at}.id`, `"${id}" is also ${path}[${twin}]'s id; give each round its own`));
    ids.set(id, index);
    if (!paths.has(id)) paths.set(id, at);
    if (fields !== undefined) rounds.push({ fields, path: at, notices });
    if (undated !== undefined) invitations.push(undated);
  }
  rounds.sort((a, b) => a.fields.start - b.fields.start);
  let previous: (typeof rounds)[number] | undefined;
  for (const current of rounds) {
    // Rounds that touch (one's end is the next's start) do not overlap; dates alone are never checked.
    if (current.fields.startDate !== undefined) continue;
    if (previous !== undefined && current.fields.start < previous.fields.end) {
      issues.push(issue('overlap', `${current.path}.start`, `the round starts before ${previous.path} ("${previous.fields.id}") ends`));
    }
    previous = current;
  }
  return { rounds, invitations, paths, ...(start === undefined ? {} : { start }) };
}

/** The round an activity belongs to: the one it names, else the latest that started at or before it. */
function roundOf(activity: CheckedActivity, checked: CheckedRounds, issues: ValidationIssue[]): string | undefined {
  if (activity.round !== undefined) {
    const named = checked.rounds.find((round) => round.fields.id === activity.round);
    if (named !== undefined) {
      if (named.fields.start > activity.at) issues.push(issue('activity-before-round', activity.path, `the activity is dated before round ${JSON.stringify(activity.round.slice(0, 80))} starts`));
      return activity.round;
    }
    if (checked.invitations.some((round) => round.id === activity.round)) {
      if (ROUND_ACTIVITIES.has(activity.type)) issues.push(issue('invalid-choice', `${activity.path}.round`, `round ${JSON.stringify(activity.round.slice(0, 80))} has no start yet, so nothing of it can be sent`));
      return undefined;
    }
    issues.push(issue('unknown-round', `${activity.path}.round`, `no round has the id ${JSON.stringify(activity.round.slice(0, 80))}`));
    return undefined;
  }
  let found: string | undefined;
  for (const round of checked.rounds) if (round.fields.start <= activity.at) found = round.fields.id;
  if (found === undefined && ROUND_ACTIVITIES.has(activity.type)) issues.push(issue('out-of-range', `${activity.path}.at`, 'a thank-you or check-in cannot come before the first interview'));
  return found;
}

/** What an application is checked with: the options already read (`now` in the application's own zone). */
export interface SharedOptions {
  readonly policy?: Policy | undefined;
  readonly locale?: Locale | undefined;
  readonly now?: ((zone: Zone) => number | undefined) | undefined;
}

/**
 * Checks an application at `prefix` (`''`, or `applications[2].` in a pipeline) with its options
 * already read. Returns the checked application, or pushes issues and returns `undefined`.
 * @internal
 */
export function checkApplicationAt(value: unknown, prefix: string, { policy, locale, now }: SharedOptions, issues: ValidationIssue[]): CheckedApplication | undefined {
  const root = prefix === '' ? '' : prefix.slice(0, -1);
  if (!isPlainObject(value)) {
    issues.push(issue('invalid-type', root, `expected an application { id, company, position, timeZone, appliedAt or rounds, … }, got ${describeType(value)}`));
    return undefined;
  }
  const before = issues.length;
  const at = (key: string): string => `${prefix}${key}`;
  issues.push(...keyIssues(value, APPLICATION_KEYS, root));
  const notices: InputNotice[] = [];
  const id = checkText(value['id'], at('id'), { max: limits.maxIdLength, what: 'an id' }, issues);
  const company = checkText(value['company'], at('company'), { max: limits.maxNameLength, what: 'a company name' }, issues);
  const position = checkText(value['position'], at('position'), { max: limits.maxNameLength, what: 'a position' }, issues);
  const zone = checkZoneField(value['timeZone'], at('timeZone'), issues, notices);
  const ownEmployerZone = value['employerTimeZone'] === undefined ? undefined : checkZoneField(value['employerTimeZone'], at('employerTimeZone'), issues, notices);
  const employerZone = ownEmployerZone ?? zone;
  const contact = checkContact(value['contact'], at('contact'), issues);
  const applied = value['appliedAt'] === undefined || zone === undefined ? undefined : checkInstantOrDate(value['appliedAt'], at('appliedAt'), zone, issues);
  const context = {
    ...(company === undefined ? {} : { company }), ...(position === undefined ? {} : { position }),
    ...(zone === undefined ? {} : { zone }), ...(ownEmployerZone === undefined ? {} : { employerZone: ownEmployerZone }),
    ...(policy === undefined ? {} : { policy }),
  };
  const checked = checkRounds(value['rounds'], prefix, context, issues);
  const roundCount = Array.isArray(value['rounds']) ? value['rounds'].length : 0;
  if (value['appliedAt'] === undefined && roundCount === 0 && (value['rounds'] === undefined || Array.isArray(value['rounds']))) {
    issues.push(issue('missing-field', at('rounds'), 'missing; an application needs appliedAt (when you applied) or at least one round'));
  }
  const nowMs = zone === undefined ? undefined : now?.(zone);
  const appliedAt = applied === undefined ? undefined : applied.day === undefined ? applied.at : placeDay(applied.at, applied.day, checked.rounds.map((round) => round.fields));
  const activities = zone === undefined || employerZone === undefined ? []
    : checkActivities(value['activities'], at('activities'), { zone, employerZone, start: appliedAt ?? checked.start, rounds: true }, issues);
  if (issues.length > before || id === undefined || company === undefined || position === undefined || zone === undefined ||
    employerZone === undefined || policy === undefined || locale === undefined) return undefined;
  const placed = placeDates(activities, checked.rounds.map((round) => round.fields));
  const assigned = placed.map((activity) => ({ activity, round: roundOf(activity, checked, issues) }));
  // Each round's log with its thank-yous resolved to the person; the application's log holds the same objects.
  const resolved = new Map<CheckedActivity, CheckedActivity>();
  const rounds = checked.rounds.map(({ fields, notices: own }) => {
    const mine = assigned.filter((entry) => entry.round === fields.id).map((entry) => entry.activity);
    const read = resolveThankYous(mine, fields.interviewers, issues);
    mine.forEach((activity, index) => resolved.set(activity, read[index] ?? activity));
    return roundInput(fields, read, policy, nowMs, locale, own);
  });
  if (issues.length > before) return undefined;
  return {
    id, company, position, zone, employerZone, policy, activities: placed.map((activity) => resolved.get(activity) ?? activity), path: prefix, locale, notices, record: value,
    rounds, invitations: checked.invitations,
    roundPaths: new Map([...checked.paths].map(([id, at]): [string, string] => [id, `${at}.`])),
    working: workingTimeFor(policy, employerZone),
    ...(appliedAt === undefined ? {} : { appliedAt }),
    ...(applied?.day === undefined ? {} : { appliedDate: value['appliedAt'] as string }),
    ...(contact === undefined ? {} : { contact }),
    ...(nowMs === undefined ? {} : { now: nowMs }),
  };
}

/**
 * Validates an application and its options completely.
 * @internal
 */
export function checkApplication(rawApplication: unknown, rawOptions: unknown): { readonly application?: CheckedApplication; readonly issues: readonly ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const application = snapshot(rawApplication, '', issues);
  const read = readOptions(snapshotOptions(rawOptions, issues), OPTION_KEYS, issues);
  if (read === undefined) return { issues: withoutEchoes(issues) };
  const { opts } = read;
  const now = opts['now'] === undefined ? undefined : (zone: Zone): number | undefined => checkInstant(opts['now'], 'now', zone, issues);
  const checked = checkApplicationAt(application, '', { policy: read.policy, locale: read.locale, now }, issues);
  return issues.length > 0 || checked === undefined ? { issues: withoutEchoes(issues) } : { application: checked, issues };
}

