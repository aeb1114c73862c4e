import type { PlannedSteps } from '../application/planChecked.js';
import { isActive } from '../application/events.js';
import { activityOf } from '../application/state.js';
import type { CheckedActivity } from '../input/types.js';
import { reminders } from '../steps/cadences.js';
import { changed, listsOf, type PendingStep } from '../steps/steps.js';
import type { PlanWarning } from '../steps/types.js';
import type { CheckedPipeline } from './checkPipeline.js';

/**
 * The times of the search's weekly reminders: from the earliest `appliedAt` (else first round's
 * end) of any application, weekly at the same wall time in the pipeline's zone, to the last
 * suggested step of any application still active (at least one, at most 52).
 */
export function reminderTimes(pipeline: CheckedPipeline, planned: readonly PlannedSteps[]): readonly PendingStep[] {
  const from = Math.min(...pipeline.applications.map((app) => app.appliedAt ?? app.rounds[0]?.end ?? Number.POSITIVE_INFINITY));
  if (!Number.isFinite(from)) return [];
  let horizon = Number.NEGATIVE_INFINITY;
  for (const plan of planned) {
    if (!isActive(plan.state)) continue;
    for (const step of plan.steps) if (step.cancelled !== true) horizon = Math.max(horizon, step.suggestedAt);
  }
  return reminders({ zone: pipeline.zone, from, every: pipeline.policy.keepSearchingEveryDays, horizon, explanation: '', checklist: listsOf(pipeline).whileWaiting });
}

/**
 * The search's reminders at the times of `schedule` (the search's without an accepted offer):
 * each counts the applications active at its time and adds the one-basket item at one or none;
 * those after an accepted offer are kept, cancelled. The pipeline's own `step-done` activities
 * mark them.
 */
export function searchReminders(pipeline: CheckedPipeline, planned: readonly PlannedSteps[], schedule: readonly PendingStep[], acceptedAt: number | undefined): { steps: PendingStep[]; warnings: PlanWarning[] } {
  const active = planned.map((plan) => activityOf(plan.source));
  const lists = listsOf(pipeline);
  // The while-waiting checklist with the one-basket items, for reminders when one application or none is active.
  const oneBasket = Object.freeze([...lists.whileWaiting, ...lists.oneBasket]);
  const steps = schedule.map((step): PendingStep => {
    const count = active.filter((isActiveAt) => isActiveAt(step.suggestedAt)).length;
    // Written out, not spread from the reminder: a step copied by spreading is slow to read later.
    const out: { -readonly [K in keyof PendingStep]?: PendingStep[K] } = {
      id: step.id, kind: step.kind, rule: step.rule, opensAt: step.opensAt, dueAt: step.dueAt, suggestedAt: step.suggestedAt,
      moves: step.moves, optional: step.optional, order: step.order, attempt: step.attempt ?? step.order, attempts: schedule.length, activeApplications: count,
      checklist: count <= 1 ? oneBasket : lists.whileWaiting,
      explanation: pipeline.locale.explanations.keepSearchingAll({ active: count }),
    };
    if (step.missedFrom !== undefined) out.missedFrom = step.missedFrom;
    if (acceptedAt !== undefined && step.suggestedAt > acceptedAt) out.cancelled = true;
    return out as PendingStep;
  });
  const warnings: PlanWarning[] = [];
  for (const activity of pipeline.activities) markReminder(pipeline, steps, activity, warnings);
  return { steps, warnings };
}

function markReminder(pipeline: CheckedPipeline, steps: PendingStep[], activity: CheckedActivity, warnings: PlanWarning[]): void {
  const index = steps.findIndex((step) => step.id === activity.step);
  const found = steps[index];
  if (found === undefined) {
    warnings.push({ code: 'unknown-step', rule: 'keep-searching', path: `${activity.path}.step`, message: pipeline.locale.warnings['unknown-step']({ step: activity.step ?? '', reminder: true }) });
  } else if (found.doneAt === undefined) {
    steps[index] = changed(found, { doneAt: activity.at });
  }
}
