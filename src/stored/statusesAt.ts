import { planApplication } from '../application/planApplication.js';
import type { ApplicationPlan } from '../application/planTypes.js';
import { FollowUpError, guarded, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { planFollowUps } from '../interview/planFollowUps.js';
import type { FollowUpPlan, InterviewInput } from '../interview/types.js';
import { localeOfPlan } from '../locales/resolve.js';
import type { Locale } from '../locales/types.js';
import { planPipeline } from '../pipeline/planPipeline.js';
import type { PipelinePlan } from '../pipeline/types.js';
import type { PolicyOverrides } from '../policy/policy.js';
import { lateThanks, statusAt } from '../steps/status.js';
import type { TextOptions } from '../steps/labels.js';
import type { PlanWarning } from '../steps/types.js';
import { findZone, formatInstant } from '../time/zone.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { checkInstant, type DateTimeInput } from '../validate/instants.js';
import { readStoredPlan } from './storedPlan.js';

/**
 * The same plan seen at another moment. A plan made by this version carries what it was made
 * from (`input`), so this plans it again with the new `now`: the result equals calling the
 * planner again with that `now`, for every kind of plan (steps, statuses, states, summary and the
 * search's reminders). A plan without `input` (from an older version) gets its statuses and
 * late-thanks warnings recomputed, everything else kept.
 *
 * @param plan - A plan from {@link planFollowUps}, {@link planApplication} or {@link planPipeline}, or the same data after a trip through JSON.
 * @param now - The new current time.
 * @param options - `locale`: the language of the plan's texts (the plan's own by default).
 * @returns A new plan; the given one is not modified.
 * @throws {@link FollowUpError} when `now` is not a valid date-time or the plan is malformed.
 *
 * @example
 * ```ts
 * import { planFollowUps, statusesAt } from 'interview-followup';
 *
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00',
 *   timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana Ruiz' }] });
 * statusesAt(plan, '2026-11-18T12:00:00+01:00').steps[1]?.status;
 * //=> 'open'
 * ```
 */
export function statusesAt(plan: FollowUpPlan, now: DateTimeInput, options?: TextOptions): FollowUpPlan;
export function statusesAt(plan: ApplicationPlan, now: DateTimeInput, options?: TextOptions): ApplicationPlan;
export function statusesAt(plan: PipelinePlan, now: DateTimeInput, options?: TextOptions): PipelinePlan;
export function statusesAt(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, now: DateTimeInput, options?: TextOptions): FollowUpPlan | ApplicationPlan | PipelinePlan {
  return guarded('', () => {
    const raw: unknown = plan;
    if (!isPlainObject(raw)) throw new FollowUpError([issue('invalid-type', 'plan', `expected a plan, got ${describeType(raw)}`)]);
    if (options !== undefined && !isPlainObject(options)) throw new FollowUpError([issue('invalid-type', 'options', `expected { locale? }, got ${describeType(options)}`)]);
    const input = raw['input'];
    if (!isPlainObject(input)) return statusesOnly(plan as FollowUpPlan, now);
    const issues: ValidationIssue[] = [];
    const locale = localeOfPlan(isPlainObject(options) ? options['locale'] : undefined, raw['locale'], 'plan', issues);
    throwIfIssues(issues);
    return again(raw, input, now, locale as Locale);
  });
}

/** Plans a stored plan again from its `input`, at `now`; problems name their place in the stored plan. */
function again(plan: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>, now: DateTimeInput, locale: Locale): FollowUpPlan | ApplicationPlan | PipelinePlan {
  const policy = plan['policy'] as PolicyOverrides;
  try {
    if (input['interview'] !== undefined) {
      return planFollowUps(input['interview'] as InterviewInput, { now, policy, locale, ...(input['activities'] === undefined ? {} : { activities: input['activities'] as never }) });
    }
    if (input['application'] !== undefined) return planApplication(input['application'] as never, { now, policy, locale });
    const replanned = planPipeline(input['applications'] as never, {
      now, policy, locale, ...(typeof plan['id'] === 'string' ? { id: plan['id'] } : {}), ...(typeof plan['timeZone'] === 'string' ? { timeZone: plan['timeZone'] } : {}),
      ...(input['activities'] === undefined ? {} : { activities: input['activities'] as never }),
    });
    return withSkipped(replanned, plan, input);
  } catch (error) {
    if (!(error instanceof FollowUpError)) throw error;
    const moved = error.issues.map((found) => (found.path === 'now' ? found : issue(found.code, storedPath(found.path, input), found.message.slice(found.path === '' ? 0 : found.path.length + 2))));
    throw new FollowUpError(moved as [ValidationIssue, ...ValidationIssue[]]);
  }
}

/** Where a problem found while planning again lies in the stored plan. */
function storedPath(path: string, input: Readonly<Record<string, unknown>>): string {
  if (path.startsWith('policy')) return `plan.${path}`;
  const base = input['interview'] !== undefined ? 'plan.input.interview' : input['application'] !== undefined ? 'plan.input.application' : 'plan.input';
  if (path === '') return base;
  return path.startsWith('activities') && input['interview'] !== undefined ? `plan.input.${path}` : `${base}.${path}`;
}

/** A search planned again from only the applications it planned: indexes, warnings and `skipped` as the stored plan had them. */
function withSkipped(replanned: PipelinePlan, stored: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>): PipelinePlan {
  const indexes = Array.isArray(input['indexes']) ? input['indexes'] as readonly number[] : undefined;
  const skipped = Array.isArray(stored['skipped']) ? stored['skipped'] as PipelinePlan['skipped'] : undefined;
  if (indexes === undefined && skipped === undefined) return replanned;
  const remap = (warning: PlanWarning): PlanWarning => {
    if (indexes === undefined || warning.path === undefined) return warning;
    const path = warning.path.replace(/^applications\[(\d+)\]/, (whole, index: string) => `applications[${indexes[Number(index)] ?? index}]`);
    return path === warning.path ? warning : { ...warning, path };
  };
  const storedWarnings = Array.isArray(stored['warnings']) ? (stored['warnings'] as readonly PlanWarning[]).filter((warning) => warning.code === 'skipped-application') : [];
  // Written in the planner's key order, so the JSON is the planner's byte for byte.
  const { id, timeZone, summary, policy, now, locale } = replanned;
  return {
    id, timeZone,
    applications: replanned.applications.map((application) => ({ ...application, warnings: application.warnings.map(remap) })),
    steps: replanned.steps,
    warnings: [...storedWarnings, ...replanned.warnings.map(remap)],
    summary,
    ...(skipped === undefined ? {} : { skipped }),
    policy,
    ...(now === undefined ? {} : { now }),
    ...(locale === undefined ? {} : { locale }),
    input: input as PipelinePlan['input'] & object,
  };
}

/** A plan without its `input`: statuses and late-thanks warnings recomputed at `now`, everything else kept. */
function statusesOnly(plan: FollowUpPlan, now: DateTimeInput): FollowUpPlan {
  const stored = readStoredPlan(plan, 'plan', 'statuses');
  const zone = findZone(stored.interview.timeZone);
  const issues: ValidationIssue[] = [];
  if (zone === undefined) issues.push(issue('invalid-time-zone', 'plan.interview.timeZone', 'unknown IANA zone'));
  const ms = zone === undefined ? undefined : checkInstant(now, 'now', zone, issues);
  throwIfIssues(issues);
  const steps = stored.steps.map(({ step, opensAt, dueAt }) => {
    const settled = step.status === 'done' || step.status === 'cancelled' ? step.status : undefined;
    const status = statusAt(settled, opensAt, dueAt, ms);
    return status === step.status ? step : { ...step, status };
  });
  return {
    ...plan,
    now: formatInstant(zone!, ms!),
    steps,
    warnings: [...plan.warnings.filter((warning) => warning.code !== 'thank-you-late'), ...lateThanks(steps, stored.interview.company, stored.locale)],
  };
}
