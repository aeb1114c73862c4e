import type { CheckedActivity, CheckedApplication, CheckedInput } from '../input/types.js';
import { statusAt } from '../steps/status.js';
import { afterDays, type PendingStep } from '../steps/steps.js';
import type { ApplicationState } from '../rules/codes.js';
import type { Outcome } from './planTypes.js';

// Where an application stands at any moment, read from its steps and its log.

/** The activities that decide an application's outcome. */
export const OUTCOME_TYPES: Readonly<Partial<Record<CheckedActivity['type'], Outcome['type']>>> = {
  'offer-received': 'offer', 'rejection-received': 'rejected', 'offer-accepted': 'accepted', 'offer-declined': 'declined', withdrew: 'withdrawn',
};

const ACTIVE: ReadonlySet<ApplicationState> = new Set<ApplicationState>(['scheduled', 'waiting', 'following-up', 'offer']);

/** Whether an application counts as active. */
export function isActive(state: ApplicationState): boolean {
  return ACTIVE.has(state);
}

/**
 * Whether an application was active at any moment `t`, judged from its log up to `t`: closed by
 * an outcome logged by then, or gone quiet (`no-response`) by then, it was not. What does not
 * depend on `t` is worked out once, so a pipeline asking at every reminder of every application
 * pays for each question only a walk of the application's check-ins.
 */
export function activityOf(app: CheckedApplication, steps: readonly PendingStep[]): (t: number) => boolean {
  const events = app.activities.filter((activity) => OUTCOME_TYPES[activity.type] !== undefined);
  const state = stateClock(app, app.rounds[app.rounds.length - 1] as CheckedInput, steps);
  return (t) => {
    let last: CheckedActivity | undefined;
    for (const event of events) if (event.at <= t) last = event;
    if (last !== undefined) return last.type === 'offer-received';
    return isActive(state(t, undefined));
  };
}

export function stateAt(app: CheckedApplication, latest: CheckedInput, steps: readonly PendingStep[], at: number, outcome: Outcome['type'] | undefined): ApplicationState {
  return stateClock(app, latest, steps)(at, outcome);
}

/** The state of an application at any moment, with what does not depend on the moment worked out once. */
function stateClock(app: CheckedApplication, latest: CheckedInput, steps: readonly PendingStep[]): (at: number, outcome: Outcome['type'] | undefined) => ApplicationState {
  const checks = steps.filter((step) => step.kind === 'check-in' && step.round === latest.id && step.cancelled !== true);
  const replied = latest.activities.some((activity) => activity.type === 'reply-received');
  let quietSince: number | undefined;
  return (at, outcome) => {
    if (outcome === 'offer') return 'offer';
    if (outcome !== undefined) return 'closed';
    if (at < latest.end) return 'scheduled';
    if (replied || checks.length === 0) return 'waiting';
    let settled = true;
    let started = false;
    for (const step of checks) {
      const status = statusAt(step.doneAt === undefined ? undefined : 'done', step.opensAt, step.dueAt, at);
      if (status !== 'done' && status !== 'overdue') settled = false;
      if (status !== 'upcoming') started = true;
    }
    if (settled) {
      const lastCheck = checks[checks.length - 1] as PendingStep;
      quietSince ??= afterDays(latest, lastCheck.doneAt ?? lastCheck.suggestedAt, app.policy.repeatDays, app.policy.repeatUnit);
      if (at >= quietSince) return 'no-response';
    }
    return started ? 'following-up' : 'waiting';
  };
}
