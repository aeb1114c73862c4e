import { guarded, issuesOrFailure, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkPipeline, type CheckedPipeline } from './checkPipeline.js';
import { slugOf } from '../input/interviewers.js';
import type { DateTimeInput, StepDoneActivity, CheckedActivity, CheckedApplication } from '../input/types.js';
import type { ApplicationInput } from '../application/inputTypes.js';
import type { PolicyOverrides } from '../policy/policy.js';
import { formatInstant } from '../time/zone.js';
import { activityOf, isActive } from '../application/state.js';
import { compareSteps, changed, listsOf, reminders, type PendingStep } from '../steps/steps.js';
import { planCheckedApplication, type PipelineAdditions, type PlannedSteps } from '../application/planChecked.js';
import { expediteRequest, withdrawalNote } from '../steps/outcomes.js';
import { applicationPlanFrom } from '../application/planApplication.js';
import type { PlanWarning, ApplicationStep } from '../steps/types.js';
import type { PipelineOptions, PipelinePlan } from './types.js';
import type { ApplicationPlan } from '../application/planTypes.js';
import type { ApplicationState } from '../rules/codes.js';
import { tagOf } from '../locales/resolve.js';
import { writeSteps } from '../steps/write.js';

const MODE = { reminders: false, single: false } as const;

const STATES: readonly ApplicationState[] = ['scheduled', 'waiting', 'following-up', 'no-response', 'offer', 'closed'];

/**
 * The steps connecting applications: for every offer, an expedite request to every other
 * application active then (`offer-expedite`); for the first accepted offer, a withdrawal from
 * every other application active then, whose other pending steps end (`withdraw-others`).
 */
function additions(apps: readonly CheckedApplication[], first: readonly PlannedSteps[]): PipelineAdditions[] {
  const added = apps.map(() => ({ steps: [] as PendingStep[], withdraw: false }));
  const activity = apps.map((app, index) => activityOf(app, (first[index] as PlannedSteps).steps));
  const othersActiveAt = (holder: number, at: number): number[] =>
    apps.flatMap((_, index) => (index !== holder && activity[index]?.(at) === true ? [index] : []));
  let accepted: { holder: number; activity: CheckedActivity } | undefined;
  apps.forEach((holder, index) => {
    for (const offer of holder.activities.filter((activity) => activity.type === 'offer-received')) {
      const answered = holder.activities.some((activity) => activity.at >= offer.at && (activity.type === 'offer-accepted' || activity.type === 'offer-declined'));
      for (const other of othersActiveAt(index, offer.at)) {
        const steps = (added[other] as { steps: PendingStep[] }).steps;
        const base = `expedite-request-${slugOf(holder.id)}`;
        const taken = steps.filter((step) => step.id === base || step.id.startsWith(`${base}-`)).length;
        steps.push(expediteRequest(apps[other] as CheckedApplication, holder, offer, answered, taken === 0 ? base : `${base}-${taken + 1}`));
      }
    }
    const acceptance = holder.activities.find((activity) => activity.type === 'offer-accepted');
    if (acceptance !== undefined && (accepted === undefined || acceptance.at < accepted.activity.at)) accepted = { holder: index, activity: acceptance };
  });
  if (accepted !== undefined) {
    const { holder, activity } = accepted;
    for (const other of othersActiveAt(holder, activity.at)) {
      const entry = added[other] as { steps: PendingStep[]; withdraw: boolean };
      entry.withdraw = true;
      entry.steps.push(withdrawalNote(apps[other] as CheckedApplication, apps[holder] as CheckedApplication, activity));
    }
  }
  return added;
}

/**
 * One weekly cadence for the whole search, from the earliest round's end to the last suggested
 * step of any application still active (at least one, at most 52), none after an accepted offer;
 * each counts the applications active at its time, and adds the one-basket item at one or none.
 */
function searchReminders(pipeline: CheckedPipeline, planned: readonly PlannedSteps[]): { steps: PendingStep[]; warnings: PlanWarning[] } {
  const apps = pipeline.applications;
  const policy = apps[0]?.policy;
  if (policy === undefined) return { steps: [], warnings: [] };
  const from = Math.min(...apps.map((app) => app.rounds[0]?.end ?? Number.POSITIVE_INFINITY));
  const acceptedAt = Math.min(...apps.flatMap((app) => app.activities.filter((activity) => activity.type === 'offer-accepted').map((activity) => activity.at)));
  let horizon = Number.NEGATIVE_INFINITY;
  planned.forEach((plan) => {
    if (!isActive(plan.state)) return;
    for (const step of plan.steps) if (step.cancelled !== true) horizon = Math.max(horizon, step.suggestedAt);
  });
  const activity = apps.map((app, index) => activityOf(app, (planned[index] as PlannedSteps).steps));
  // The while-waiting checklist with the one-basket items, for reminders when one application or none is active.
  const lists = listsOf(pipeline);
  const oneBasket = Object.freeze([...lists.whileWaiting, ...lists.oneBasket]);
  const steps = reminders({ zone: pipeline.zone, from, every: policy.keepSearchingEveryDays, horizon, explanation: '', checklist: lists.whileWaiting, cancelled: false })
    .filter((step) => step.suggestedAt <= acceptedAt)
    .map((step, _, all): PendingStep => {
      const active = activity.filter((isActiveAt) => isActiveAt(step.suggestedAt)).length;
      // Written out, not spread from the reminder: a step copied by spreading is slow to read later.
      return {
        id: step.id, kind: step.kind, rule: step.rule, opensAt: step.opensAt, dueAt: step.dueAt, suggestedAt: step.suggestedAt,
        moves: step.moves, optional: step.optional, order: step.order, attempt: step.attempt ?? step.order, attempts: all.length, activeApplications: active,
        checklist: active <= 1 ? oneBasket : lists.whileWaiting,
        explanation: pipeline.locale.explanations.keepSearchingAll({ active }),
      };
    });
  const warnings: PlanWarning[] = [];
  for (const activity of pipeline.activities) {
    const index = steps.findIndex((step) => step.id === activity.step);
    const found = steps[index];
    if (found === undefined) {
      warnings.push({ code: 'unknown-step', rule: 'keep-searching', path: `${activity.path}.step`, message: pipeline.locale.warnings['unknown-step']({ step: activity.step ?? '', reminder: true }) });
    } else if (found.doneAt === undefined) {
      steps[index] = changed(found, { doneAt: activity.at });
    }
  }
  return { steps, warnings };
}

/** Plans a checked pipeline. @internal */
export function planCheckedPipeline(pipeline: CheckedPipeline): PipelinePlan {
  const apps = pipeline.applications;
  const first = apps.map((app) => planCheckedApplication(app, MODE));
  const added = additions(apps, first);
  const planned = apps.map((app, index) => planCheckedApplication(app, MODE, added[index]));
  const plans: ApplicationPlan[] = apps.map((app, index) => applicationPlanFrom(app, planned[index] as PlannedSteps, true));
  const search = searchReminders(pipeline, planned);
  const written = writeSteps({ zone: pipeline.zone, employerZone: pipeline.zone, rounds: [], locale: pipeline.locale, ...(pipeline.now === undefined ? {} : { now: pipeline.now }) }, search.steps, { withRound: false });
  // Every step with its time in ms, for one sort across zones.
  const pairs: [PendingStep, ApplicationStep][] = [
    ...planned.flatMap((plan, index) => plan.steps.map((step, at): [PendingStep, ApplicationStep] => [step, (plans[index] as ApplicationPlan).steps[at] as ApplicationStep])),
    ...search.steps.map((step, at): [PendingStep, ApplicationStep] => [step, written[at] as ApplicationStep]),
  ];
  pairs.sort((a, b) => compareSteps(a[0], b[0]));
  const byState = Object.fromEntries(STATES.map((state) => [state, plans.filter((plan) => plan.state === state).length])) as Record<ApplicationState, number>;
  return {
    id: pipeline.id, timeZone: pipeline.zone.name,
    applications: plans,
    steps: pairs.map(([, step]) => step),
    warnings: [...plans.flatMap((plan) => plan.warnings), ...search.warnings],
    summary: { active: plans.filter((plan) => isActive(plan.state)).length, byState },
    policy: (apps[0] as CheckedApplication).policy,
    ...(pipeline.now === undefined ? {} : { now: formatInstant(pipeline.zone, pipeline.now) }),
    ...tagOf(pipeline.locale),
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
  let checked: CheckedPipeline | undefined;
  throwIfIssues(issuesOrFailure('', () => {
    const result = checkPipeline(applications, options);
    checked = result.pipeline;
    return result.issues;
  }));
  return guarded('', () => planCheckedPipeline(checked as CheckedPipeline));
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
