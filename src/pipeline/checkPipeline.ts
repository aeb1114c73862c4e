import type { Locale } from '../locales/types.js';
import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import type { Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant, checkZone } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { checkActivities } from '../input/activities.js';
import { checkApplicationAt } from '../application/checkApplication.js';
import { badOptions, readOptions } from '../input/fields.js';
import type { CheckedActivity, CheckedApplication } from '../input/types.js';

const OPTION_KEYS = ['now', 'policy', 'timeZone', 'id', 'activities', 'locale'] as const;

/** @internal A pipeline after validation. */
export interface CheckedPipeline {
  readonly id: string;
  readonly zone: Zone;
  readonly applications: readonly CheckedApplication[];
  /** `step-done` activities for the pipeline's own reminders. */
  readonly activities: readonly CheckedActivity[];
  readonly now?: number;
  /** The language every text is written in. */
  readonly locale: Locale;
}

/** The applications of `[…]` or `{ applications: […] }`; paths read `applications[i]` either way. */
function applicationsOf(value: unknown, issues: ValidationIssue[]): readonly unknown[] | undefined {
  const list = isPlainObject(value) ? value['applications'] : value;
  if (isPlainObject(value)) issues.push(...keyIssues(value, ['applications'], ''));
  if (!Array.isArray(list)) {
    issues.push(issue(list === undefined ? 'missing-field' : 'invalid-type', 'applications', `expected a list of applications (or { applications: [...] }), got ${describeType(list)}`));
    return undefined;
  }
  if (list.length > limits.maxApplications) {
    issues.push(issue('too-many', 'applications', `at most ${limits.maxApplications} applications, got ${list.length}`));
    return undefined;
  }
  return list;
}

/** Application ids unique, and round ids unique across the whole pipeline (they key calendar UIDs). */
function uniqueIds(applications: readonly CheckedApplication[], issues: ValidationIssue[]): void {
  const applicationIds = new Map<string, string>();
  const roundIds = new Map<string, string>();
  for (const app of applications) {
    const twin = applicationIds.get(app.id);
    if (twin !== undefined) issues.push(issue('duplicate', `${app.path}id`, `"${app.id}" is also ${twin}id; give each application its own`));
    else applicationIds.set(app.id, app.path);
    for (const round of app.rounds) {
      const path = app.roundPaths.get(round.id) ?? app.path;
      const other = roundIds.get(round.id);
      if (other !== undefined) issues.push(issue('duplicate', `${path}id`, `"${round.id}" is also ${other}id; round ids key calendar UIDs, so they must differ across the search`));
      else roundIds.set(round.id, path);
    }
  }
}

/**
 * Validates a pipeline and its options completely.
 * @internal
 */
export function checkPipeline(value: unknown, options: unknown): { readonly pipeline?: CheckedPipeline; readonly issues: readonly ValidationIssue[] } {
  const read = readOptions(options, OPTION_KEYS);
  if (read === undefined) return badOptions(options);
  const { opts, issues } = read;
  const id = opts['id'] === undefined ? 'pipeline' : checkText(opts['id'], 'id', { max: limits.maxIdLength, what: 'an id' }, issues);
  const list = applicationsOf(value, issues) ?? [];
  if (list.length === 0 && issues.length === 0) issues.push(issue('missing-field', 'applications', 'a pipeline needs at least one application'));
  // The pipeline's zone: the option, else the first application's (its problems are reported there).
  const firstZone = isPlainObject(list[0]) ? list[0]['timeZone'] : undefined;
  const zone = opts['timeZone'] !== undefined ? checkZone(opts['timeZone'], 'timeZone', issues)
    : typeof firstZone === 'string' ? checkZone(firstZone, 'applications[0].timeZone', []) : undefined;
  // `now` is one instant for the whole search, read once in the pipeline's zone.
  const nowMs = zone === undefined || opts['now'] === undefined ? undefined : checkInstant(opts['now'], 'now', zone, issues);
  const now = nowMs === undefined ? undefined : (): number => nowMs;
  const applications: CheckedApplication[] = [];
  for (let index = 0; index < list.length; index++) {
    const checked = checkApplicationAt(list[index], `applications[${index}].`, { policy: read.policy, locale: read.locale, now }, issues);
    if (checked !== undefined) applications.push(checked);
  }
  uniqueIds(applications, issues);
  const activities = zone === undefined ? [] : checkActivities(opts['activities'], 'activities', { zone, employerZone: zone, start: undefined, rounds: false }, issues);
  for (const activity of activities) {
    if (activity.type !== 'step-done') issues.push(issue('invalid-choice', `${activity.path}.type`, 'the pipeline\'s own activities mark its reminders done: only "step-done"'));
  }
  if (issues.length > 0 || id === undefined || zone === undefined || read.locale === undefined) return { issues };
  return { issues, pipeline: { id, zone, applications, activities, locale: read.locale, ...(nowMs === undefined ? {} : { now: nowMs }) } };
}
