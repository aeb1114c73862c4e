import type { CheckedActivity, CheckedInput } from '../input/types.js';
import type { CheckedApplication } from '../input/applicationTypes.js';
import type { Zone } from '../time/zone.js';
import { offerResponse, rejectionReply, applicationRecipient } from './outcomes.js';
import { roundSteps } from './round.js';
import { statusAt } from './status.js';
import { afterDays, changed, horizonOf, reminders, type PendingStep } from './steps.js';
import { MESSAGE_KINDS, type PlanWarning, type StepKind } from './types.js';
import { type ApplicationState, type Outcome } from './applicationTypes.js';
import { warningsFor } from './warnings.js';

const KIND_ORDER: Readonly<Record<StepKind, number>> = {
  'before-leaving': 0, 'thank-you-email': 1, 'thank-you-letter': 2, 'offer-response': 3, 'rejection-reply': 4,
  'withdrawal-note': 5, 'expedite-request': 6, 'check-in': 7, 'keep-searching': 8,
};

/** Steps at one instant come in a fixed order of kind, then by their own order. */
export function compareSteps(a: PendingStep, b: PendingStep): number {
  return a.suggestedAt - b.suggestedAt || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order;
}

/** Warnings about chasing an answer, moot once an offer or a close is the answer. */
const CHASING_WARNINGS: ReadonlySet<PlanWarning['code']> = new Set<PlanWarning['code']>(['no-decision-date', 'permission-not-asked', 'check-ins-complete']);

/** The activities that decide an application's outcome. */
const OUTCOME_TYPES: Readonly<Partial<Record<CheckedActivity['type'], Outcome['type']>>> = {
  'offer-received': 'offer', 'rejection-received': 'rejected', 'offer-accepted': 'accepted', 'offer-declined': 'declined', withdrew: 'withdrawn',
};

/** What planning an application gives, before its steps are written out. */
export interface PlannedSteps {
  /** Every step, sorted, with times in epoch ms. */
  readonly steps: readonly PendingStep[];
  /** Warnings other than late thanks (which follow from the written statuses). */
  readonly warnings: readonly PlanWarning[];
  /** Where the application stands. */
  readonly state: ApplicationState;
  /** Its offer or how it ended: the activity, and the outcome's type. */
  readonly outcome?: { readonly type: Outcome['type']; readonly activity: CheckedActivity; readonly deadline?: string };
  /** When the plan is read: `now`, else the latest round start or activity. */
  readonly at: number;
}

/** How the application is planned: on its own (with its own reminders), or as part of a pipeline. */
export interface ApplicationMode {
  /** Plan the application's own keep-searching reminders (a pipeline has one cadence instead). */
  readonly reminders: boolean;
  /** A single interview from `planFollowUps`: warnings keep their interview paths and carry no round. */
  readonly single: boolean;
}

function cancel(step: PendingStep): PendingStep {
  return step.doneAt !== undefined || step.cancelled === true ? step : changed(step, { cancelled: true });
}

/** Marks steps done by `step-done` activities; returns the warnings for those naming no step. */
function markDone(app: CheckedApplication, steps: PendingStep[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const activity of app.activities) {
    if (activity.type !== 'step-done' || activity.step === undefined) continue;
    // Without a round, the application's own steps come first, then the round it falls in.
    const round = activity.round ?? (steps.some((step) => step.round === undefined && step.id === activity.step)
      ? undefined : app.rounds.find((candidate) => candidate.activities.includes(activity))?.id);
    const index = steps.findIndex((step) => step.id === activity.step && step.round === round);
    const found = steps[index];
    if (found === undefined) {
      warnings.push({ code: 'unknown-step', rule: 'reply-stops-cadence', path: `${activity.path}.step`,
        message: `No step "${activity.step}"${round === undefined ? '' : ` in round ${round}`} is in the plan; the activity is ignored.` });
    } else if (found.doneAt === undefined) {
      steps[index] = changed(found, found.cancelled === true ? { doneAt: activity.at, cancelled: false } : { doneAt: activity.at });
    }
  }
  return warnings;
}

/** The warnings of each round: all of them for the latest, only those about its people for earlier ones. */
function roundWarnings(app: CheckedApplication, round: CheckedInput, steps: readonly PendingStep[], latest: boolean, mode: ApplicationMode): PlanWarning[] {
  const prefix = app.roundPaths.get(round.id) ?? '';
  return warningsFor(round, steps)
    .filter((warning) => latest || warning.code === 'missing-email' || warning.code === 'no-interviewers')
    .map((warning) => ({
      ...warning,
      ...(warning.path === undefined ? {} : { path: `${prefix}${warning.path}` }),
      ...(mode.single ? {} : { round: round.id }),
    }));
}

/**
 * Plans an application: each round as `planFollowUps` plans an interview, then the rules that
 * connect them (`next-round`), the outcome steps (`rejection-reply`, `offer-response`), the
 * cancellations an offer or a close makes, `step-done` marks, and the state.
 */
/** What a pipeline adds to an application: its steps, and when an offer accepted elsewhere ends this one's. */
export interface PipelineAdditions {
  readonly steps: readonly PendingStep[];
  /** An offer elsewhere was accepted: every other step not done is cancelled. */
  readonly withdraw: boolean;
}

export function planCheckedApplication(app: CheckedApplication, mode: ApplicationMode, added: PipelineAdditions = { steps: [], withdraw: false }): PlannedSteps {
  const latest = app.rounds[app.rounds.length - 1] as CheckedInput;
  const contact = app.contact === undefined ? undefined : applicationRecipient(app);
  let latestChecks: readonly PendingStep[] = [];
  const warnings: PlanWarning[] = [];
  let steps: PendingStep[] = app.rounds.flatMap((round) => {
    const planned = roundSteps(round, contact);
    if (round === latest) latestChecks = planned.checks;
    warnings.push(...roundWarnings(app, round, planned.steps, round === latest, mode));
    // next-round: being invited back is the answer, so earlier rounds stop chasing.
    // The steps are this call's own, fresh objects: tagging them in place spares a copy of each.
    return planned.steps.map((step) => Object.assign(round === latest || step.kind !== 'check-in' ? step : cancel(step), { round: round.id }));
  });

  if (mode.reminders) {
    const replied = latest.activities.some((activity) => activity.type === 'reply-received');
    steps.push(...reminders({
      zone: app.zone, from: (app.rounds[0] as CheckedInput).end, every: app.policy.keepSearchingEveryDays,
      horizon: horizonOf(latest, latestChecks), cancelled: replied,
      explanation: `Keep applying, interviewing and networking while ${app.company} decides.`,
    }));
  }

  const events = app.activities.filter((activity) => OUTCOME_TYPES[activity.type] !== undefined);
  const last = events[events.length - 1];
  const offer = [...events].reverse().find((activity) => activity.type === 'offer-received');
  const rejection = [...events].reverse().find((activity) => activity.type === 'rejection-received');
  if (offer !== undefined) {
    const answered = events.find((activity) => activity.at >= offer.at && (activity.type === 'offer-accepted' || activity.type === 'offer-declined'));
    steps = steps.map((step) => (step.kind === 'check-in' ? cancel(step) : step));
    steps.push(answered === undefined ? offerResponse(app, offer) : changed(offerResponse(app, offer), { doneAt: answered.at }));
    if (offer.deadline === undefined) {
      warnings.push({ code: 'no-offer-deadline', rule: 'offer-response', stepId: 'offer-response',
        message: `${app.company}'s offer has no deadline yet: ask by when they need your answer.` });
    }
  }
  const closed = last !== undefined && last.type !== 'offer-received';
  // With an offer or a close, there is nothing left to chase: the check-in advice goes.
  if (last !== undefined) warnings.splice(0, warnings.length, ...warnings.filter((warning) => !CHASING_WARNINGS.has(warning.code)));
  // Closing ends everything not yet done; the reply to a rejection is the one step it adds.
  if (closed) steps = steps.map(cancel);
  if (rejection !== undefined) steps.push(rejectionReply(app, rejection));
  if (added.withdraw) steps = steps.map(cancel);
  steps.push(...added.steps.map((step) => (closed ? cancel(step) : step)));
  warnings.push(...markDone(app, steps));
  steps.sort(compareSteps);

  const latestActivity = app.activities[app.activities.length - 1]?.at ?? Number.NEGATIVE_INFINITY;
  const at = app.now ?? Math.max(latest.start, latestActivity);
  const outcome = last === undefined ? undefined : {
    type: OUTCOME_TYPES[last.type] as Outcome['type'], activity: last,
    ...(last.type === 'offer-received' && last.deadline !== undefined ? { deadline: last.deadline } : {}),
  };
  return { steps, warnings, at, state: stateAt(app, latest, steps, at, outcome?.type), ...(outcome === undefined ? {} : { outcome }) };
}

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
export function activityOf(app: CheckedApplication, planned: PlannedSteps): (t: number) => boolean {
  const events = app.activities.filter((activity) => OUTCOME_TYPES[activity.type] !== undefined);
  const state = stateClock(app, app.rounds[app.rounds.length - 1] as CheckedInput, planned.steps);
  return (t) => {
    let last: CheckedActivity | undefined;
    for (const event of events) if (event.at <= t) last = event;
    if (last !== undefined) return last.type === 'offer-received';
    return isActive(state(t, undefined));
  };
}

function stateAt(app: CheckedApplication, latest: CheckedInput, steps: readonly PendingStep[], at: number, outcome: Outcome['type'] | undefined): ApplicationState {
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

/** The earliest message step neither done nor cancelled. */
export function nextMessageStep(steps: readonly PendingStep[]): PendingStep | undefined {
  return steps.find((step) => MESSAGE_KINDS.has(step.kind) && step.doneAt === undefined && step.cancelled !== true);
}

/** The zones a step's times are written in: its round's, else the application's. */
export function zonesOf(app: Pick<CheckedApplication, 'zone' | 'employerZone' | 'rounds'>, step: PendingStep): { readonly zone: Zone; readonly employerZone: Zone } {
  return (step.round === undefined ? undefined : app.rounds.find((candidate) => candidate.id === step.round)) ?? app;
}
