import type { CheckedActivity, CheckedApplication, CheckedInput } from '../input/types.js';
import type { ApplicationState } from '../rules/codes.js';
import { MESSAGE_KINDS } from '../rules/codes.js';
import { EMPTY_LOG, followUps, horizonOf, missedInTurn, pinned, reminders } from '../steps/cadences.js';
import { applicationRecipient, offerResponse, rejectionReply } from '../steps/outcomes.js';
import { roundCheckIns, roundSteps } from '../steps/round.js';
import { changed, compareSteps, listsOf, type PendingStep } from '../steps/steps.js';
import type { PlanWarning } from '../steps/types.js';
import { afterDays } from '../steps/steps.js';
import type { WorkingTime } from '../time/workingTime.js';
import { cancellation, eventsOf, outcomeOf, type Events } from './events.js';
import { keyOf, markSteps, seriesLog, type Log, type Series } from '../steps/marks.js';
import type { Outcome } from './planTypes.js';
import { applicationWarnings } from './planWarnings.js';
import { silenceAt, stateAt, type Silence, type StateSource } from './state.js';

/** What planning an application gives, before its steps are written out. */
export interface PlannedSteps {
  /** Every step, sorted, with times in epoch ms. */
  readonly steps: readonly PendingStep[];
  /** Warnings other than late thanks (which follow from the written statuses). */
  readonly warnings: readonly PlanWarning[];
  /** Where the application stands. */
  readonly state: ApplicationState;
  /** Its offer or how it ended. */
  readonly outcome?: { readonly type: Outcome['type']; readonly at: number; readonly deadline?: string };
  /** When the plan is read: `now`, else the latest round start, `appliedAt` or activity. */
  readonly at: number;
  /** When the employer was last heard from. */
  readonly silence?: Silence;
  /** What the state is read from, for asking it at other moments (a pipeline's reminders). */
  readonly source: StateSource;
}

/** How the application is planned: on its own (with its own reminders), or as part of a pipeline. */
export interface ApplicationMode {
  /** Plan the application's own keep-searching reminders (a pipeline has one cadence instead). */
  readonly reminders: boolean;
  /** A single interview from `planFollowUps`: warnings keep their interview paths and carry no round. */
  readonly single: boolean;
}

/** What a pipeline adds to an application: its steps, and when an offer accepted elsewhere withdrew it. */
export interface PipelineAdditions {
  readonly steps: readonly PendingStep[];
  readonly withdrawnAt?: number;
}

const NOTHING_ADDED: PipelineAdditions = { steps: [] };

/** The outcome steps the log calls for: an answer to the latest offer, a reply to the latest rejection. */
function outcomeSteps(app: CheckedApplication, events: Events): PendingStep[] {
  const steps: PendingStep[] = [];
  const offer = events.offers[events.offers.length - 1];
  if (offer !== undefined) {
    const answered = events.closings.find((activity) => activity.at >= offer.at && (activity.type === 'offer-accepted' || activity.type === 'offer-declined'));
    const step = offerResponse(app, offer);
    steps.push(answered === undefined ? step : changed(step, { doneAt: answered.at }));
  }
  const rejection = [...events.closings].reverse().find((activity) => activity.type === 'rejection-received');
  if (rejection !== undefined) steps.push(rejectionReply(app, rejection));
  return steps;
}

/** The application's own weekly reminders: from `appliedAt` (else the first round's end) to its last planned step. */
function ownReminders(app: CheckedApplication, steps: readonly PendingStep[]): PendingStep[] {
  const latest = app.rounds[app.rounds.length - 1];
  const from = app.appliedAt ?? app.rounds[0]?.end;
  if (from === undefined) return [];
  let horizon: number;
  if (latest !== undefined) {
    horizon = horizonOf(latest, steps.filter((step) => step.kind === 'check-in' && step.round === latest.id));
  } else {
    const last = steps.filter((step) => step.kind === 'application-follow-up').pop();
    horizon = last?.suggestedAt ?? afterDays(app, from, app.policy.applicationFollowUpDays, app.policy.applicationFollowUpUnit);
  }
  return reminders({
    zone: app.zone, from, every: app.policy.keepSearchingEveryDays, horizon,
    explanation: app.locale.explanations.keepSearching({ company: app.company }), checklist: listsOf(app).whileWaiting,
  });
}

/** Every thank-you can no longer help once its round's first check-in opens or the next round starts. */
function withMissedThanks(app: CheckedApplication, steps: readonly PendingStep[]): PendingStep[] {
  const cutoffs = new Map<string, number>();
  app.rounds.forEach((round, index) => {
    const first = steps.find((step) => step.kind === 'check-in' && step.round === round.id && step.attempt === 1)?.opensAt;
    const next = app.rounds[index + 1]?.start;
    const cutoff = Math.min(first ?? Number.POSITIVE_INFINITY, next ?? Number.POSITIVE_INFINITY);
    if (Number.isFinite(cutoff)) cutoffs.set(round.id, cutoff);
  });
  return steps.map((step) => {
    const cutoff = step.round === undefined ? undefined : cutoffs.get(step.round);
    return cutoff !== undefined && (step.kind === 'thank-you-email' || step.kind === 'thank-you-letter') ? changed(step, { missedFrom: cutoff }) : step;
  });
}

/** The moment the plan is read at without a `now`: its latest round start, application or activity. */
function momentOf(app: CheckedApplication): number {
  const latest = app.rounds[app.rounds.length - 1]?.start ?? Number.NEGATIVE_INFINITY;
  const activity = app.activities[app.activities.length - 1]?.at ?? Number.NEGATIVE_INFINITY;
  const moment = Math.max(latest, activity, app.appliedAt ?? Number.NEGATIVE_INFINITY);
  return Number.isFinite(moment) ? moment : 0;
}

/**
 * Plans an application: each round as `planFollowUps` plans an interview, the follow-ups after
 * applying, the outcome steps the log calls for and what a pipeline adds; then the log is read
 * onto them (sends, pins), the outcomes cancel what they end, and the state is read at `now`.
 */
export function planCheckedApplication(app: CheckedApplication, mode: ApplicationMode, added: PipelineAdditions = NOTHING_ADDED): PlannedSteps {
  const events = eventsOf(app, app.now, added.withdrawnAt);
  const contact = app.contact === undefined ? undefined : applicationRecipient(app);
  const fixed: PendingStep[] = [];
  const series: Series[] = [];
  for (const round of app.rounds) {
    const planned = roundSteps(round, contact, EMPTY_LOG);
    fixed.push(...planned.fixed);
    series.push({ round: round.id, build: (log) => roundCheckIns(round, contact, log, planned.thanksOpenAt) });
  }
  const appliedAt = app.appliedAt;
  if (appliedAt !== undefined) series.push({ build: (log) => followUps(app, appliedAt, contact, log) });
  fixed.push(...outcomeSteps(app, events), ...added.steps);
  const cancelled = cancellation(app, events);
  // A message lands on what was still pending when it was sent: outcomes after it do not count.
  const cancelledAsOf = (t: number): ((step: PendingStep) => boolean) => cancellation(app, eventsOf(app, app.now === undefined ? t : Math.min(t, app.now), added.withdrawnAt));
  const workingOf = (step: PendingStep): WorkingTime => (step.round === undefined ? undefined : app.rounds.find((round) => round.id === step.round)?.working) ?? app.working;
  const marked = markSteps(app, { fixed, series }, cancelledAsOf, workingOf);
  let steps = marked.steps;
  const unplaced: CheckedActivity[] = [];
  if (mode.reminders) {
    const own = ownReminders(app, steps);
    steps = [...steps, ...missedInTurn(own.map((step) => reminderMarked(step, marked.unplaced, marked.log, workingOf(step))))];
    unplaced.push(...marked.unplaced.filter((activity) => !own.some((step) => step.id === activity.step && activity.round === undefined)));
  } else {
    unplaced.push(...marked.unplaced);
  }
  steps = withMissedThanks(app, steps).map((step) => (step.doneAt === undefined && cancelled(step) ? changed(step, { cancelled: true }) : step));
  steps.sort(compareSteps);

  const at = app.now ?? momentOf(app);
  const source = stateSource(app, marked.log, added.withdrawnAt);
  const outcome = outcomeOf(events);
  const silence = silenceAt(app, at, app.now);
  return {
    steps, at, source, state: stateAt(source, at),
    warnings: applicationWarnings(app, { steps, events, mode, unplaced, marked: marked.warnings, outcome }),
    ...(outcome === undefined ? {} : { outcome: { type: outcome.type, at: outcome.at, ...(outcome.activity?.deadline === undefined || outcome.type !== 'offer' ? {} : { deadline: outcome.activity.deadline }) } }),
    ...(silence === undefined ? {} : { silence }),
  };
}

/** A reminder with what the log says of it: a `step-done` or a pin naming it. */
function reminderMarked(step: PendingStep, activities: readonly CheckedActivity[], log: Log, working: WorkingTime): PendingStep {
  let out = step;
  for (const activity of activities) {
    if (activity.step !== step.id || activity.round !== undefined) continue;
    if (activity.type === 'step-rescheduled') out = pinned(out, { ...(activity.toAt === undefined ? {} : { toAt: activity.toAt }), ...(activity.toDay === undefined ? {} : { toDay: activity.toDay }) }, working);
    else if (out.doneAt === undefined && !log.done.has(keyOf(undefined, step.id))) out = changed(out, { doneAt: activity.at });
  }
  return out;
}

/** The state's view of the log: the latest round's check-ins and the follow-ups, rebuilt from the sends up to each moment asked about. */
function stateSource(app: CheckedApplication, log: Log, withdrawnAt: number | undefined): StateSource {
  const latest: CheckedInput | undefined = app.rounds[app.rounds.length - 1];
  const contact = app.contact === undefined ? undefined : applicationRecipient(app);
  const cache = new Map<string, readonly PendingStep[]>();
  const memo = (name: string, t: number, round: string | undefined, build: (at: number) => readonly PendingStep[]): readonly PendingStep[] => {
    // The series only changes at a send: one build per number of sends seen by `t`.
    let sends = 0;
    for (const [key, sentAt] of log.done) if (key.startsWith(`${round ?? ''}\u0000`) && sentAt <= t) sends++;
    const key = `${name}:${sends}`;
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = build(t)));
    return found;
  };
  return {
    app,
    checksAt: (t) => (latest === undefined ? [] : memo('checks', t, latest.id, (until) => roundCheckIns(latest, contact, seriesLog(log, latest.id, until)))),
    followUpsAt: (t) => (app.appliedAt === undefined ? [] : memo('follow-ups', t, undefined, (until) => followUps(app, app.appliedAt as number, contact, seriesLog(log, undefined, until)))),
    ...(withdrawnAt === undefined ? {} : { withdrawnAt }),
  };
}

/** The earliest message step neither done, cancelled nor missed at `now`. */
export function nextMessageStep(steps: readonly PendingStep[], now: number | undefined): PendingStep | undefined {
  return steps.find((step) => MESSAGE_KINDS.has(step.kind) && step.doneAt === undefined && step.cancelled !== true &&
    !(now !== undefined && step.missedFrom !== undefined && now >= step.missedFrom));
}
