import type { Locale } from '../locales/types.js';
import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import type { Zone } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { checkInstant, checkZone } from '../validate/instants.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { checkActivities } from '../input/activities.js';
import { checkApplicationAt } from '../application/checkApplication.js';
import { readOptions, snapshotOptions } from '../input/fields.js';
import type { Policy } from '../policy/policy.js';
import { findZone } from '../time/zone.js';
import { snapshot, withoutEchoes } from '../validate/snapshot.js';
import type { CheckedActivity, CheckedApplication } from '../input/types.js';

const OPTION_KEYS = ['now', 'policy', 'timeZone', 'id', 'activities', 'locale', 'invalid'] as const;

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
  /** The policy every application is planned under. */
  readonly policy: Policy;
  /** Applications left out under `invalid: 'skip'`. */
  readonly skipped: readonly SkippedApplication[];
  /** Whether the pipeline was planned with `invalid: 'skip'`. */
  readonly skip: boolean;
  /** The pipeline's own activities as given, kept in the plan. */
  readonly activityRecord?: unknown;
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

/** Where a search's applications are: `applications[i]` whether they came as a list or in `{ applications }`. */
function rootOf(value: unknown): string {
  try {
    return Array.isArray(value) ? 'applications' : '';
  } catch {
    // A revoked proxy: the snapshot reports it as unreadable.
    return '';
  }
}

/** Application ids unique, and round ids unique across the whole pipeline (they key calendar UIDs): the issues of each application that repeats an earlier one. */
function repeatedIds(applications: readonly CheckedApplication[]): Map<CheckedApplication, ValidationIssue[]> {
  const applicationIds = new Map<string, string>();
  const roundIds = new Map<string, string>();
  const found = new Map<CheckedApplication, ValidationIssue[]>();
  const add = (app: CheckedApplication, problem: ValidationIssue): void => {
    found.set(app, [...(found.get(app) ?? []), problem]);
  };
  for (const app of applications) {
    const twin = applicationIds.get(app.id);
    if (twin !== undefined) add(app, issue('duplicate', `${app.path}id`, `"${app.id}" is also ${twin}id; give each application its own`));
    else applicationIds.set(app.id, app.path);
    for (const round of [...app.rounds, ...app.invitations]) {
      const path = app.roundPaths.get(round.id) ?? `${app.path}rounds.`;
      const other = roundIds.get(round.id);
      if (other !== undefined) add(app, issue('duplicate', `${path}id`, `"${round.id}" is also ${other}id; round ids key calendar UIDs, so they must differ across the search`));
      else roundIds.set(round.id, path);
    }
  }
  return found;
}

/** Offers beyond {@link limits.maxOffers} across the search, by the application that holds them. */
function offersOverLimit(applications: readonly CheckedApplication[]): Map<CheckedApplication, ValidationIssue[]> {
  const found = new Map<CheckedApplication, ValidationIssue[]>();
  let count = 0;
  for (const app of applications) {
    for (const activity of app.activities) {
      if (activity.type !== 'offer-received' || ++count <= limits.maxOffers) continue;
      found.set(app, [...(found.get(app) ?? []), issue('too-many', activity.path, `at most ${limits.maxOffers} offers in a search, so its expedite requests stay bounded; this is offer ${count}`)]);
    }
  }
  return found;
}

/** An application left out of a pipeline planned with `invalid: 'skip'`: its place in the input, its id when it has one, and why. */
export interface SkippedApplication {
  /** Its index in the input list. */
  readonly index: number;
  /** Its id, when it had a readable one. */
  readonly id?: string;
  /** Every problem found in it, with paths from the pipeline (`applications[2].rounds[0].start`). */
  readonly issues: readonly ValidationIssue[];
}

/** The same checked application seen at `now`, its rounds too. */
function withNow(app: CheckedApplication, now: number | undefined): CheckedApplication {
  if (now === undefined) return app;
  return { ...app, now, rounds: app.rounds.map((round) => ({ ...round, now })) };
}

/**
 * Validates a pipeline and its options completely. With `invalid: 'skip'`, an application that
 * fails is left out and listed in `skipped`; the options must still be valid.
 * @internal
 */
export function checkPipeline(rawValue: unknown, rawOptions: unknown): { readonly pipeline?: CheckedPipeline; readonly issues: readonly ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const value = snapshot(rawValue, rootOf(rawValue), issues, undefined, 0, limits.maxApplications);
  const read = readOptions(snapshotOptions(rawOptions, issues), OPTION_KEYS, issues);
  if (read === undefined) return { issues: withoutEchoes(issues) };
  const { opts } = read;
  const id = opts['id'] === undefined ? 'pipeline' : checkText(opts['id'], 'id', { max: limits.maxIdLength, what: 'an id' }, issues);
  const skip = opts['invalid'] === 'skip';
  if (opts['invalid'] !== undefined && !skip && opts['invalid'] !== 'throw') issues.push(issue('invalid-choice', 'invalid', `expected "throw" or "skip", got ${describeType(opts['invalid'])}`));
  const list = applicationsOf(value, issues) ?? [];
  if (list.length === 0 && issues.length === 0) issues.push(issue('missing-field', 'applications', 'a pipeline needs at least one application'));
  const optionZone = opts['timeZone'] === undefined ? undefined : checkZone(opts['timeZone'], 'timeZone', issues);
  // Each application is checked on its own, so one bad record can be left out without hiding the others' problems.
  const checked: { readonly index: number; readonly app?: CheckedApplication; readonly issues: ValidationIssue[] }[] = list.map((raw, index) => {
    const own: ValidationIssue[] = [];
    const app = checkApplicationAt(raw, `applications[${index}].`, { policy: read.policy, locale: read.locale }, own);
    return { index, ...(app === undefined ? {} : { app }), issues: own };
  });
  const planned = checked.flatMap((entry) => (entry.app === undefined || entry.issues.length > 0 ? [] : [entry.app]));
  for (const extra of [repeatedIds(planned), offersOverLimit(planned)]) {
    for (const entry of checked) if (entry.app !== undefined) entry.issues.push(...(extra.get(entry.app) ?? []));
  }
  const skipped: SkippedApplication[] = [];
  const applications: CheckedApplication[] = [];
  for (const entry of checked) {
    if (entry.issues.length === 0 && entry.app !== undefined) applications.push(entry.app);
    else if (skip) skipped.push({ index: entry.index, ...idOf(list[entry.index]), issues: withoutEchoes(entry.issues) });
    else issues.push(...entry.issues);
  }
  // The pipeline's zone: the option, else the first application planned; `now` is read once in it.
  const zone = optionZone ?? applications[0]?.zone ?? (opts['timeZone'] === undefined && skip && applications.length === 0 ? findZone('UTC') : undefined);
  const nowMs = zone === undefined || opts['now'] === undefined ? undefined : checkInstant(opts['now'], 'now', zone, issues);
  const activities = zone === undefined ? [] : checkActivities(opts['activities'], 'activities', { zone, employerZone: zone, start: undefined, rounds: false }, issues);
  for (const activity of activities) {
    if (activity.type !== 'step-done') issues.push(issue('invalid-choice', `${activity.path}.type`, 'the pipeline\'s own activities mark its reminders done: only "step-done"'));
  }
  if (issues.length > 0 || id === undefined || zone === undefined || read.locale === undefined || read.policy === undefined) return { issues: withoutEchoes(issues) };
  return {
    issues,
    pipeline: {
      id, zone, activities, locale: read.locale, policy: read.policy, skipped, skip,
      ...(opts['activities'] === undefined ? {} : { activityRecord: opts['activities'] }),
      applications: applications.map((app) => withNow(app, nowMs)),
      ...(nowMs === undefined ? {} : { now: nowMs }),
    },
  };
}

/** The id of an input application that failed, when it has a readable one. */
function idOf(raw: unknown): { readonly id?: string } {
  const id = isPlainObject(raw) ? raw['id'] : undefined;
  return typeof id === 'string' && id.trim() !== '' && id.length <= limits.maxIdLength ? { id: id.trim() } : {};
}
