import { applicationPlanFrom, recordOf } from '../application/planApplication.js';
import { planCheckedApplication, type PlannedSteps } from '../application/planChecked.js';
import { isActive } from '../application/events.js';
import type { ApplicationInput } from '../application/inputTypes.js';
import type { ApplicationPlan } from '../application/planTypes.js';
import { FollowUpError, guarded, issue, issuesOrFailure, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import type { CheckedActivity } from '../input/types.js';
import { tagOf } from '../locales/resolve.js';
import { APPLICATION_STATES, type ApplicationState } from '../rules/codes.js';
import { compareSteps, type PendingStep } from '../steps/steps.js';
import type { ApplicationStep, PlanWarning } from '../steps/types.js';
import { writeSteps } from '../steps/write.js';
import { formatInstant } from '../time/zone.js';
import { limits } from '../validate/limits.js';
import { checkPipeline, type CheckedPipeline, type SkippedApplication } from './checkPipeline.js';
import { acceptedAt, connections } from './connections.js';
import { reminderTimes, searchReminders } from './searchReminders.js';
import type { PipelineOptions, PipelinePlan } from './types.js';

const MODE = { reminders: false, single: false } as const;

/** The search without its accepted offers: what its reminders would have been had none been accepted. */
function withoutAcceptances(pipeline: CheckedPipeline): CheckedPipeline {
  const keep = (activity: CheckedActivity): boolean => activity.type !== 'offer-accepted';
  return {
    ...pipeline,
    applications: pipeline.applications.map((app) => ({
      ...app, activities: app.activities.filter(keep),
      rounds: app.rounds.map((round) => ({ ...round, activities: round.activities.filter(keep) })),
    })),
  };
}

/** Every application planned: first on its own, then with what the others add (expedite requests, withdrawals). */
function planApplications(pipeline: CheckedPipeline): PlannedSteps[] {
  const apps = pipeline.applications;
  const first = apps.map((app) => planCheckedApplication(app, MODE));
  const added = connections(apps, first, pipeline.now);
  return apps.map((app, index) => planCheckedApplication(app, MODE, added[index]));
}

/** A skipped application as a warning. */
function skippedWarning(pipeline: CheckedPipeline, skipped: SkippedApplication): PlanWarning {
  const [first] = skipped.issues;
  return {
    code: 'skipped-application', rule: 'working-hours', path: `applications[${skipped.index}]`,
    message: pipeline.locale.warnings['skipped-application']({ ...(skipped.id === undefined ? {} : { id: skipped.id }), index: skipped.index, count: skipped.issues.length, problem: first?.message ?? '' }),
    ...(skipped.id === undefined ? {} : { application: skipped.id }),
  };
}

/** Plans a checked pipeline. @internal */
export function planCheckedPipeline(pipeline: CheckedPipeline, records: readonly unknown[] = [], activities?: unknown): PipelinePlan {
  const apps = pipeline.applications;
  const planned = planApplications(pipeline);
  const plans: ApplicationPlan[] = apps.map((app, index) => applicationPlanFrom(app, planned[index] as PlannedSteps, true));
  const accepted = acceptedAt(apps, pipeline.now);
  // After an accepted offer the reminders the search would have had are kept, cancelled, so a calendar that had them drops them.
  const schedule = accepted === undefined ? reminderTimes(pipeline, planned) : reminderTimes(pipeline, planApplications(withoutAcceptances(pipeline)));
  const search = searchReminders(pipeline, planned, schedule, accepted);
  const written = writeSteps({ zone: pipeline.zone, employerZone: pipeline.zone, rounds: [], locale: pipeline.locale, policy: pipeline.policy, ...(pipeline.now === undefined ? {} : { now: pipeline.now }) }, search.steps, { withRound: false });
  // Every step with its time in ms, for one sort across zones.
  const pairs: [PendingStep, ApplicationStep][] = [
    ...planned.flatMap((plan, index) => plan.steps.map((step, at): [PendingStep, ApplicationStep] => [step, (plans[index] as ApplicationPlan).steps[at] as ApplicationStep])),
    ...search.steps.map((step, at): [PendingStep, ApplicationStep] => [step, written[at] as ApplicationStep]),
  ];
  if (pairs.length > limits.maxSteps) throw new FollowUpError([issue('too-many', 'applications', `the search would plan ${pairs.length} steps; at most ${limits.maxSteps} fit in one plan, so plan it in parts`)]);
  pairs.sort((a, b) => compareSteps(a[0], b[0]));
  const byState = Object.fromEntries(APPLICATION_STATES.map((state) => [state, plans.filter((plan) => plan.state === state).length])) as Record<ApplicationState, number>;
  const indexes = pipeline.skipped.length === 0 ? undefined : apps.map((app) => Number(/\d+/.exec(app.path)?.[0] ?? 0));
  return {
    id: pipeline.id, timeZone: pipeline.zone.name,
    applications: plans,
    steps: pairs.map(([, step]) => step),
    warnings: [...pipeline.skipped.map((skipped) => skippedWarning(pipeline, skipped)), ...plans.flatMap((plan) => plan.warnings), ...search.warnings],
    summary: { active: plans.filter((plan) => isActive(plan.state)).length, byState },
    ...(pipeline.skip ? { skipped: pipeline.skipped } : {}),
    policy: pipeline.policy,
    ...(pipeline.now === undefined ? {} : { now: formatInstant(pipeline.zone, pipeline.now) }),
    ...tagOf(pipeline.locale),
    input: { applications: records.map(recordOf), ...(indexes === undefined ? {} : { indexes }), ...(activities === undefined ? {} : { activities: recordOf(activities) }) },
  };
}

/**
 * Plans the whole search: every application as {@link planApplication} plans it, with one weekly
 * keep-searching cadence for the search instead of one per application (each reminder counts the
 * applications still active, and asks for more when one or none is), and the steps that connect
 * applications. An offer gives every other active application an `expedite-request` (tell them,
 * ask about their timeline); accepting one gives every other active application a
 * `withdrawal-note` and ends its other pending steps.
 *
 * @param applications - The applications, as a list or as `{ applications: [...] }`.
 * @param options - `now`, `policy`, `timeZone` and `id` of the pipeline, and `activities` for its reminders.
 * @returns The plan: each application's plan, every step sorted (each with its `application`),
 *   warnings and a summary of states.
 * @throws {@link FollowUpError} when the input is invalid, with paths such as `applications[1].rounds[0].start`.
 *
 * @example
 * ```ts
 * import { planPipeline } from 'interview-followup';
 *
 * const round = (id: string, start: string) => ({ id, start, interviewers: [{ name: 'Ana Ruiz' }] });
 * const plan = planPipeline([
 *   { id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'Europe/Paris', rounds: [round('acme-1', '2026-11-10T10:00')],
 *     activities: [{ type: 'offer-received', at: '2026-11-20T10:00', deadline: '2026-11-27' }] },
 *   { id: 'globex', company: 'Globex', position: 'Engineer', timeZone: 'Europe/Paris', rounds: [round('globex-1', '2026-11-12T10:00')] },
 * ], { now: '2026-11-20T12:00' });
 * plan.steps.find((step) => step.kind === 'expedite-request')?.application;
 * //=> 'globex'
 * ```
 */
export function planPipeline(applications: readonly ApplicationInput[] | { readonly applications: readonly ApplicationInput[] }, options?: PipelineOptions): PipelinePlan {
  let checked: ReturnType<typeof checkPipeline> | undefined;
  throwIfIssues(issuesOrFailure('', () => (checked = checkPipeline(applications, options)).issues));
  return guarded('', () => {
    const { pipeline } = checked as ReturnType<typeof checkPipeline>;
    return planCheckedPipeline(pipeline as CheckedPipeline, (pipeline as CheckedPipeline).applications.map((app) => app.record), (pipeline as CheckedPipeline).activityRecord);
  });
}

/**
 * Checks a pipeline (and, optionally, its options) without throwing.
 *
 * @param applications - The value to check, of any type.
 * @param options - Options to check with it.
 * @returns Every problem found; empty when planning would succeed.
 *
 * @example
 * ```ts
 * import { validatePipeline } from 'interview-followup';
 *
 * validatePipeline([{ id: 'a', company: 'Acme', position: 'Engineer', timeZone: 'UTC', rounds: [{ id: 'r', start: 'soon' }] }])[0]?.path;
 * //=> 'applications[0].rounds[0].start'
 * ```
 */
export function validatePipeline(applications: unknown, options?: unknown): readonly ValidationIssue[] {
  return issuesOrFailure('', () => checkPipeline(applications, options).issues);
}
