import type { CheckedActivity, CheckedInput, CheckedApplication } from '../input/types.js';
import type { Zone } from '../time/zone.js';
import { offerResponse, rejectionReply, applicationRecipient } from '../steps/outcomes.js';
import { roundSteps } from '../steps/round.js';
import { statusAt } from '../steps/status.js';
import { changed, horizonOf, listsOf, reminders, compareSteps, type PendingStep } from '../steps/steps.js';
import { MESSAGE_KINDS, type StepKind, type ApplicationState } from '../rules/codes.js';
import type { PlanWarning } from '../steps/types.js';
import type { Outcome } from './planTypes.js';
import { OUTCOME_TYPES, stateAt } from './state.js';
import { warningsFor } from '../steps/warnings.js';

/** Warnings about chasing an answer, moot once an offer or a close is the answer. */
const CHASING_WARNINGS: ReadonlySet<PlanWarning['code']> = new Set<PlanWarning['code']>(['no-decision-date', 'permission-not-asked', 'check-ins-complete']);

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
        message: app.locale.warnings['unknown-step']({ step: activity.step, ...(round === undefined ? {} : { round }) }) });
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
      explanation: app.locale.explanations.keepSearching({ company: app.company }), checklist: listsOf(app).whileWaiting,
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
        message: app.locale.warnings['no-offer-deadline']({ company: app.company }) });
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

/** The earliest message step neither done nor cancelled. */
export function nextMessageStep(steps: readonly PendingStep[]): PendingStep | undefined {
  return steps.find((step) => MESSAGE_KINDS.has(step.kind) && step.doneAt === undefined && step.cancelled !== true);
}
