import type { Locale } from '../locales/types.js';
import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { workingTimeFor, type Policy } from '../policy/policy.js';
import type { Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant, checkZone } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { checkEmail, checkText } from '../validate/text.js';
import { checkActivities, resolveThankYous } from '../input/activities.js';
import { badOptions, checkInterviewFields, readOptions, roundInput, type InterviewFields } from '../input/fields.js';
import type { CheckedActivity, CheckedApplication, CheckedContact } from '../input/types.js';

const APPLICATION_KEYS = ['id', 'company', 'position', 'timeZone', 'employerTimeZone', 'contact', 'rounds', 'activities'] as const;
const ROUND_KEYS = ['id', 'start', 'end', 'timeZone', 'employerTimeZone', 'interviewers', 'decisionDate', 'followUpPermission', 'nextSteps'] as const;
const CONTACT_KEYS = ['name', 'email', 'role'] as const;
const OPTION_KEYS = ['now', 'policy', 'locale'] as const;

function checkContact(value: unknown, path: string, issues: ValidationIssue[]): CheckedContact | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    issues.push(issue('invalid-type', path, `expected { name, email?, role? }, got ${describeType(value)}`));
    return undefined;
  }
  issues.push(...keyIssues(value, [...CONTACT_KEYS, 'salutation'], path));
  const name = checkText(value['name'], `${path}.name`, { max: limits.maxNameLength, what: 'a name' }, issues);
  const email = value['email'] === undefined ? undefined : checkEmail(value['email'], `${path}.email`, limits.maxEmailLength, issues);
  const role = value['role'] === undefined ? undefined : checkText(value['role'], `${path}.role`, { max: limits.maxNameLength }, issues);
  const salutation = value['salutation'] === undefined ? undefined : checkText(value['salutation'], `${path}.salutation`, { max: limits.maxNameLength }, issues);
  if (name === undefined) return undefined;
  return { name, ...(email === undefined ? {} : { email }), ...(role === undefined ? {} : { role }), ...(salutation === undefined ? {} : { salutation }) };
}

/** Checks the rounds at `${prefix}rounds`: at least one, ids unique, none overlapping. Sorted by start. */
function checkRounds(value: unknown, prefix: string, inherited: { company?: string; position?: string; zone?: Zone; employerZone?: Zone }, issues: ValidationIssue[]): { rounds: { fields: InterviewFields; path: string }[]; start?: number } {
  const path = `${prefix}rounds`;
  if (!Array.isArray(value)) {
    issues.push(issue(value === undefined ? 'missing-field' : 'invalid-type', path, `expected a list of interview rounds, got ${describeType(value)}`));
    return { rounds: [] };
  }
  if (value.length === 0) {
    issues.push(issue('missing-field', path, 'an application needs at least one round'));
    return { rounds: [] };
  }
  if (value.length > limits.maxRounds) {
    issues.push(issue('too-many', path, `at most ${limits.maxRounds} rounds, got ${value.length}`));
    return { rounds: [] };
  }
  const rounds: { fields: InterviewFields; path: string }[] = [];
  const ids = new Map<string, number>();
  let start: number | undefined;
  for (let index = 0; index < value.length; index++) {
    const at = `${path}[${index}]`;
    const round: unknown = value[index];
    if (!isPlainObject(round)) {
      issues.push(issue('invalid-type', at, `expected a round { id, start, … }, got ${describeType(round)}`));
      continue;
    }
    issues.push(...keyIssues(round, ROUND_KEYS, at));
    const { fields, partial } = checkInterviewFields(round, inherited, `${at}.`, issues);
    if (partial.start !== undefined) start = Math.min(start ?? partial.start, partial.start);
    if (fields === undefined) continue;
    const twin = ids.get(fields.id);
    if (twin !== undefined) issues.push(issue('duplicate', `${at}.id`, `"${fields.id}" is also ${path}[${twin}]'s id; give each round its own`));
    ids.set(fields.id, index);
    rounds.push({ fields, path: at });
  }
  rounds.sort((a, b) => a.fields.start - b.fields.start);
  for (let index = 1; index < rounds.length; index++) {
    const previous = rounds[index - 1];
    const current = rounds[index];
    // Rounds that touch (one's end is the next's start) do not overlap.
    if (previous !== undefined && current !== undefined && current.fields.start < previous.fields.end) {
      issues.push(issue('overlap', `${current.path}.start`, `the round starts before ${previous.path} ("${previous.fields.id}") ends`));
    }
  }
  return { rounds, ...(start === undefined ? {} : { start }) };
}

/** The round an activity belongs to: the one it names, else the latest that started at or before it. */
function roundOf(activity: CheckedActivity, rounds: readonly { fields: InterviewFields }[], issues: ValidationIssue[]): string | undefined {
  if (activity.round !== undefined) {
    if (rounds.some((round) => round.fields.id === activity.round)) return activity.round;
    issues.push(issue('unknown-round', `${activity.path}.round`, `no round has the id ${JSON.stringify(activity.round.slice(0, 80))}`));
    return undefined;
  }
  let found: string | undefined;
  for (const round of rounds) if (round.fields.start <= activity.at) found = round.fields.id;
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
    issues.push(issue('invalid-type', root, `expected an application { id, company, position, timeZone, rounds, … }, got ${describeType(value)}`));
    return undefined;
  }
  const before = issues.length;
  const at = (key: string): string => `${prefix}${key}`;
  issues.push(...keyIssues(value, APPLICATION_KEYS, root));
  const id = checkText(value['id'], at('id'), { max: limits.maxIdLength, what: 'an id' }, issues);
  const company = checkText(value['company'], at('company'), { max: limits.maxNameLength, what: 'a company name' }, issues);
  const position = checkText(value['position'], at('position'), { max: limits.maxNameLength, what: 'a position' }, issues);
  const zone = checkZone(value['timeZone'], at('timeZone'), issues);
  const employerZone = value['employerTimeZone'] === undefined ? zone : checkZone(value['employerTimeZone'], at('employerTimeZone'), issues);
  const contact = checkContact(value['contact'], at('contact'), issues);
  const inherited = {
    ...(company === undefined ? {} : { company }), ...(position === undefined ? {} : { position }),
    ...(zone === undefined ? {} : { zone }), ...(employerZone === undefined ? {} : { employerZone }),
  };
  const { rounds, start } = checkRounds(value['rounds'], prefix, inherited, issues);
  const nowMs = zone === undefined ? undefined : now?.(zone);
  const activities = zone === undefined || employerZone === undefined ? []
    : checkActivities(value['activities'], at('activities'), { zone, employerZone, start, rounds: true }, issues);
  if (issues.length > before || id === undefined || company === undefined || position === undefined || zone === undefined ||
    employerZone === undefined || policy === undefined || locale === undefined) return undefined;
  const assigned = activities.map((activity) => ({ activity, round: roundOf(activity, rounds, issues) }));
  const checkedRounds = rounds.map(({ fields }) => {
    const own = assigned.filter((entry) => entry.round === fields.id).map((entry) => entry.activity);
    return roundInput(fields, resolveThankYous(own, fields.interviewers, issues), policy, nowMs, locale);
  });
  if (issues.length > before) return undefined;
  return {
    id, company, position, zone, employerZone, policy, activities, path: prefix, locale,
    rounds: checkedRounds,
    roundPaths: new Map(rounds.map((round) => [round.fields.id, `${round.path}.`])),
    working: workingTimeFor(policy, employerZone),
    ...(contact === undefined ? {} : { contact }),
    ...(nowMs === undefined ? {} : { now: nowMs }),
  };
}

/**
 * Validates an application and its options completely.
 * @internal
 */
export function checkApplication(application: unknown, options: unknown): { readonly application?: CheckedApplication; readonly issues: readonly ValidationIssue[] } {
  const read = readOptions(options, OPTION_KEYS);
  if (read === undefined) return badOptions(options);
  const { opts, issues } = read;
  const now = opts['now'] === undefined ? undefined : (zone: Zone): number | undefined => checkInstant(opts['now'], 'now', zone, issues);
  const checked = checkApplicationAt(application, '', { policy: read.policy, locale: read.locale, now }, issues);
  return issues.length > 0 || checked === undefined ? { issues } : { application: checked, issues };
}
