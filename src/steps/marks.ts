import type { CheckedActivity, CheckedApplication } from '../input/types.js';
import { findInterviewer } from '../input/interviewers.js';
import { MESSAGE_KINDS } from '../rules/codes.js';
import { pinned, type Pin, type SeriesLog } from './cadences.js';
import { changed, type PendingStep } from './steps.js';
import type { PlanWarning } from './types.js';
import type { WorkingTime } from '../time/workingTime.js';
import { formatInstant } from '../time/zone.js';

// Reading the log onto the steps: what was sent marks its step done, a pin or a snooze moves its
// step. Activities are read in time order (those at one instant in list order), and a series is
// rebuilt whenever one of its steps is marked, because the next attempt counts from the send.

/** A step's key: its round (none for the application's own steps) and its id. */
export function keyOf(round: string | undefined, id: string): string {
  return `${round ?? ''}\u0000${id}`;
}

/** A series of steps rebuilt from the log (a round's check-ins, the follow-ups after applying). */
export interface Series {
  /** The round its steps belong to, if any. */
  readonly round?: string;
  readonly build: (log: SeriesLog) => PendingStep[];
}

/** The steps of an application before they are marked: those timed once, and the series. */
export interface Book {
  readonly fixed: readonly PendingStep[];
  readonly series: readonly Series[];
}

/** What the log says, by step key: when each was sent, and where each was pinned. */
export interface Log {
  readonly done: ReadonlyMap<string, number>;
  readonly pins: ReadonlyMap<string, Pin>;
}

/** The log's view for one series: its steps by id. */
export function seriesLog(log: Log, round: string | undefined, until: number = Number.POSITIVE_INFINITY): SeriesLog {
  return {
    doneAt: (id) => {
      const at = log.done.get(keyOf(round, id));
      return at === undefined || at > until ? undefined : at;
    },
    pin: (id) => log.pins.get(keyOf(round, id)),
  };
}

/** What marking gives: every step with its send and pin applied, the log, and what could not be placed. */
export interface Marked {
  readonly steps: PendingStep[];
  readonly log: Log;
  readonly warnings: PlanWarning[];
  /** `step-done` and `step-rescheduled` activities naming none of these steps (perhaps a reminder, made later). */
  readonly unplaced: readonly CheckedActivity[];
}

/** The round an activity belongs to, as the checker assigned it. */
function roundOfActivity(app: CheckedApplication, activity: CheckedActivity): string | undefined {
  return app.rounds.find((round) => round.activities.includes(activity))?.id;
}

/** Whether `key` (a name or an address) names the person a step is for. */
function addressedTo(step: PendingStep, key: string): boolean {
  const recipient = step.recipient;
  return recipient !== undefined && findInterviewer([recipient], key) !== undefined;
}

/**
 * Marks the steps of `book` from `app`'s log: `thank-you-sent`, `check-in-sent`,
 * `follow-up-sent`, `step-done` and `message-sent` mark steps done; `step-rescheduled` pins them.
 * `cancelledAsOf(t)` says which steps the log's outcomes had cancelled by `t` (a message never lands on those).
 */
export function markSteps(app: CheckedApplication, book: Book, cancelledAsOf: (t: number) => (step: PendingStep) => boolean, workingOf: (step: PendingStep) => WorkingTime): Marked {
  const done = new Map<string, number>();
  const pins = new Map<string, Pin>();
  const log: Log = { done, pins };
  let fixed = [...book.fixed];
  const series = book.series.map((entry) => ({ entry, steps: entry.build(seriesLog(log, entry.round)) }));
  const all = (): PendingStep[] => [...fixed, ...series.flatMap((entry) => entry.steps)];
  const warnings: PlanWarning[] = [];
  const unplaced: CheckedActivity[] = [];

  /** The step an activity naming `id` means: in its `round`; without one, the application's own first, then the round it falls in. */
  const named = (activity: CheckedActivity): PendingStep | undefined => {
    const steps = all();
    const id = activity.step ?? '';
    if (activity.round !== undefined) return steps.find((step) => step.id === id && step.round === activity.round);
    return steps.find((step) => step.id === id && step.round === undefined)
      ?? steps.find((step) => step.id === id && step.round === roundOfActivity(app, activity));
  };
  const rebuild = (round: string | undefined): void => {
    for (const entry of series) if (entry.entry.round === round) entry.steps = entry.entry.build(seriesLog(log, round));
  };
  const isSeries = (step: PendingStep): boolean => step.kind === 'check-in' || step.kind === 'application-follow-up';
  const mark = (step: PendingStep, at: number): void => {
    const key = keyOf(step.round, step.id);
    if (done.has(key)) return;
    done.set(key, at);
    if (isSeries(step)) rebuild(step.round);
    else fixed = fixed.map((candidate) => (candidate === step ? changed(candidate, { doneAt: at }) : candidate));
  };

  // Pins first, the latest of each step winning: later attempts count from the pinned time.
  for (const activity of app.activities) {
    if (activity.type !== 'step-rescheduled') continue;
    const step = named(activity);
    if (step === undefined) {
      unplaced.push(activity);
      continue;
    }
    pins.set(keyOf(step.round, step.id), { ...(activity.toAt === undefined ? {} : { toAt: activity.toAt }), ...(activity.toDay === undefined ? {} : { toDay: activity.toDay }) });
  }
  fixed = fixed.map((step) => {
    const pin = pins.get(keyOf(step.round, step.id));
    return pin === undefined ? step : pinned(step, pin, workingOf(step));
  });
  for (const entry of series) entry.steps = entry.entry.build(seriesLog(log, entry.entry.round));

  for (const activity of app.activities) {
    switch (activity.type) {
      case 'thank-you-sent': {
        const kind = activity.channel === 'letter' ? 'thank-you-letter' : 'thank-you-email';
        const round = roundOfActivity(app, activity);
        const step = fixed.find((candidate) => candidate.kind === kind && candidate.round === round && candidate.recipient?.index === activity.interviewer && candidate.doneAt === undefined);
        if (step !== undefined) mark(step, activity.at);
        break;
      }
      case 'check-in-sent':
      case 'follow-up-sent': {
        const kind = activity.type === 'check-in-sent' ? 'check-in' : 'application-follow-up';
        const round = kind === 'check-in' ? roundOfActivity(app, activity) : undefined;
        const step = all().find((candidate) => candidate.kind === kind && candidate.round === round && !done.has(keyOf(candidate.round, candidate.id)));
        if (step !== undefined) mark(step, activity.at);
        break;
      }
      case 'step-done': {
        const step = named(activity);
        if (step === undefined) unplaced.push(activity);
        else mark(step, activity.at);
        break;
      }
      case 'message-sent': {
        const step = messageTarget(app, all(), activity, done, cancelledAsOf(activity.at));
        if (step !== undefined) mark(step, activity.at);
        else {
          warnings.push({ code: 'unmatched-activity', rule: 'cadence-from-actual', path: activity.path,
            message: app.locale.warnings['unmatched-activity']({ date: formatInstant(app.zone, activity.at).slice(0, 10), ...(activity.to === undefined ? {} : { to: activity.to }) }) });
        }
        break;
      }
      default:
        break;
    }
  }
  return { steps: all(), log, warnings, unplaced };
}

/**
 * The step a `message-sent` marks: the earliest (by `suggestedAt`) message step not yet done or
 * cancelled (a missed one may be), already open at the message's time (a thank-you from its
 * round's end), whose recipient matches `to` (any without it). Only a letter marks a letter.
 */
function messageTarget(app: CheckedApplication, steps: readonly PendingStep[], activity: CheckedActivity, done: ReadonlyMap<string, number>, cancelled: (step: PendingStep) => boolean): PendingStep | undefined {
  const letter = activity.channel === 'letter';
  let best: PendingStep | undefined;
  for (const step of steps) {
    if (!MESSAGE_KINDS.has(step.kind) || (step.kind === 'thank-you-letter') !== letter) continue;
    if (step.doneAt !== undefined || done.has(keyOf(step.round, step.id)) || cancelled(step)) continue;
    const opens = step.kind === 'thank-you-email' || step.kind === 'thank-you-letter'
      ? app.rounds.find((round) => round.id === step.round)?.end ?? step.opensAt
      : step.opensAt;
    if (opens > activity.at) continue;
    if (activity.to !== undefined && !addressedTo(step, activity.to)) continue;
    if (best === undefined || step.suggestedAt < best.suggestedAt) best = step;
  }
  return best;
}
