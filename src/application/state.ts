import type { CheckedApplication, CheckedInput } from '../input/types.js';
import type { ApplicationState } from '../rules/codes.js';
import type { DayUnit } from '../policy/policy.js';
import { statusAt } from '../steps/status.js';
import { afterDays, type PendingStep } from '../steps/steps.js';
import { localDay } from '../time/zone.js';
import { eventsOf, isActive, outcomeOf, type Events } from './events.js';

// Where an application stands at a moment, read from its steps and from its log up to that
// moment only: a check-in logged later, or an offer received later, does not count yet.

/** What the state reads that depends on the moment only through the log: the latest series rebuilt with sends up to `t`. */
export interface StateSource {
  readonly app: CheckedApplication;
  /** The latest dated round's check-ins (none cancelled by a later round), as the log up to `t` had them. */
  readonly checksAt: (t: number) => readonly PendingStep[];
  /** The follow-ups after applying, as the log up to `t` had them. */
  readonly followUpsAt: (t: number) => readonly PendingStep[];
  /** When an offer accepted elsewhere withdrew the application, if it did. */
  readonly withdrawnAt?: number;
}

/** A series is settled at `t` when every attempt was sent by then or is past due; the state turns `no-response` once the repeat interval has passed since the last. */
function quietFrom(app: CheckedApplication, steps: readonly PendingStep[], t: number, repeat: number, unit: DayUnit): { readonly settled: boolean; readonly started: boolean; readonly quietAt: number } {
  let settled = true;
  let started = false;
  for (const step of steps) {
    const status = statusAt(step.doneAt !== undefined && step.doneAt <= t ? 'done' : undefined, step.opensAt, step.dueAt, t, step.missedFrom);
    if (status === 'upcoming' || status === 'open') settled = false;
    if (status !== 'upcoming') started = true;
  }
  const last = steps[steps.length - 1];
  const sent = last?.doneAt !== undefined && last.doneAt <= t ? last.doneAt : last?.suggestedAt;
  return { settled, started, quietAt: sent === undefined ? Number.POSITIVE_INFINITY : afterDays(app, sent, repeat, unit) };
}

/** The state of an application at `t`, from its log up to `t`. */
export function stateAt(source: StateSource, t: number): ApplicationState {
  const { app } = source;
  const events = eventsOf(app, t, source.withdrawnAt);
  const outcome = outcomeOf(events);
  if (outcome !== undefined) return outcome.type === 'offer' ? 'offer' : 'closed';
  const latest = app.rounds[app.rounds.length - 1];
  if (app.invitations.length > 0 || (latest !== undefined && t < latest.end)) return 'scheduled';
  if (latest === undefined) return appliedStage(source, events, t);
  if (latest.activities.some((activity) => events.replies.includes(activity))) return 'waiting';
  const { policy } = app;
  const checks = source.checksAt(t);
  if (checks.length === 0) {
    const quietAt = afterDays(latest, afterDays(latest, latest.end, policy.fallbackDays, policy.fallbackUnit), policy.repeatDays, policy.repeatUnit);
    return t >= quietAt ? 'no-response' : 'waiting';
  }
  const { settled, started, quietAt } = quietFrom(app, checks, t, policy.repeatDays, policy.repeatUnit);
  if (settled && t >= quietAt) return 'no-response';
  return started ? 'following-up' : 'waiting';
}

/** Before any interview: `applied` while the follow-ups go on, `no-response` once they are spent, `waiting` after a reply. */
function appliedStage(source: StateSource, events: Events, t: number): ApplicationState {
  const { app } = source;
  if (events.replies.length > 0) return 'waiting';
  const { policy } = app;
  const unit = policy.applicationFollowUpUnit;
  const steps = source.followUpsAt(t);
  if (steps.length === 0) {
    const applied = app.appliedAt ?? Number.POSITIVE_INFINITY;
    return t >= afterDays(app, afterDays(app, applied, policy.applicationFollowUpDays, unit), policy.applicationRepeatDays, unit) ? 'no-response' : 'applied';
  }
  const { settled, quietAt } = quietFrom(app, steps, t, policy.applicationRepeatDays, unit);
  return settled && t >= quietAt ? 'no-response' : 'applied';
}

/**
 * Whether an application was active at `t` (from its `appliedAt`, or its first round's start):
 * judged from its log up to `t`, so a pipeline asking at every reminder and every offer sees
 * each application as it stood then.
 */
export function activityOf(source: StateSource): (t: number) => boolean {
  const { app } = source;
  const from = app.appliedAt ?? app.rounds[0]?.start ?? Number.NEGATIVE_INFINITY;
  return (t) => t >= from && isActive(stateAt(source, t));
}

/** When the employer was last heard from or met, and how many calendar days ago in the candidate's zone. */
export interface Silence {
  readonly since: number;
  readonly days?: number;
}

/**
 * The application's silence at `t`: since the latest of `appliedAt`, each dated round's end (by
 * `t`), and every reply, offer or rejection (by `t`); `days` only when `now` was given.
 */
export function silenceAt(app: CheckedApplication, t: number, now: number | undefined): Silence | undefined {
  let since = app.appliedAt ?? Number.NEGATIVE_INFINITY;
  for (const round of app.rounds) if (round.end <= t) since = Math.max(since, round.end);
  for (const activity of app.activities) {
    const heard = activity.type === 'reply-received' || activity.type === 'offer-received' || activity.type === 'rejection-received';
    if (heard && activity.at <= t) since = Math.max(since, activity.at);
  }
  if (!Number.isFinite(since)) return undefined;
  return now === undefined ? { since } : { since, days: localDay(app.zone, now) - localDay(app.zone, since) };
}

/**
 * The latest dated round when the employer has not decided `employerResponseDays` after it ended
 * (same wall time in the employer's zone), by `now`, with no offer or rejection since. @internal
 */
export function overdueRound(app: CheckedApplication, now: number | undefined): CheckedInput | undefined {
  const days = app.policy.employerResponseDays;
  const latest = app.rounds[app.rounds.length - 1];
  if (days === undefined || now === undefined || latest === undefined) return undefined;
  const decided = app.activities.some((activity) => (activity.type === 'offer-received' || activity.type === 'rejection-received') && activity.at >= latest.end && activity.at <= now);
  return !decided && now >= afterDays({ working: latest.working }, latest.end, days, 'days') ? latest : undefined;
}
