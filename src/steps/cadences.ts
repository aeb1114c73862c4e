import type { ChecklistItem } from '../checklists/checklists.js';
import type { CheckedApplication, CheckedInput, CheckedInterviewer } from '../input/types.js';
import type { RuleId } from '../rules/rules.js';
import { endOfWorkingDay, firstWorkStartAfterDay, nthWorkingDayAfter, workStart, type WorkingTime } from '../time/workingTime.js';
import { addCalendarDays, type Zone } from '../time/zone.js';
import { movesOf, type Move } from './adjustments.js';
import { afterDays, changed, listsOf, NO_MOVES, roundOfStep, workingAt, type PendingStep } from './steps.js';

// The steps that come in a series: check-ins after an interview, follow-ups after applying, and
// keep-searching reminders. Each is built from what the log says was sent (`doneAt`) and where the
// candidate pinned a step (a reschedule), so later attempts count from the real times.

/** Where the candidate moved a step to: an instant, or a day (that day's working-hours start). */
export interface Pin {
  readonly toAt?: number;
  readonly toDay?: number;
}

/** What the log says about the steps of a series: when each was sent, and where it was pinned. */
export interface SeriesLog {
  readonly doneAt: (id: string) => number | undefined;
  readonly pin: (id: string) => Pin | undefined;
}

/** A log that says nothing. */
export const EMPTY_LOG: SeriesLog = { doneAt: () => undefined, pin: () => undefined };

/**
 * A step moved to where the candidate pinned it: the first working instant at or after the new
 * time (never before the previous attempt was sent), due at the end of that working day, with an
 * adjustment saying so. Used for every step a reschedule names.
 */
export function pinned(step: PendingStep, pin: Pin, working: WorkingTime, notBefore: number = Number.NEGATIVE_INFINITY): PendingStep {
  const wanted = Math.max(pin.toAt ?? workStart(working, pin.toDay ?? 0), notBefore);
  const { at, moves } = workingAt(working, wanted);
  return changed(step, {
    opensAt: at, suggestedAt: at, dueAt: endOfWorkingDay(working, at),
    moves: [{ rule: 'rescheduled', reason: 'rescheduled', from: step.suggestedAt, to: wanted }, ...moves],
  });
}

/** One attempt of a series before its send is known: the rule, the time and moves, and why. */
interface Attempt {
  readonly rule: RuleId;
  readonly at: number;
  readonly moves: readonly Move[];
  readonly explanation: string;
}

/**
 * Builds a series attempt by attempt: each from the one before (its logged send, else its time),
 * pinned where the candidate pinned it, marked done where the log says so. Each attempt is
 * `missed` once the next one opens.
 */
function series(count: number, log: SeriesLog, working: WorkingTime, make: (attempt: number, previous: PendingStep | undefined) => PendingStep): PendingStep[] {
  const steps: PendingStep[] = [];
  for (let attempt = 1; attempt <= count; attempt++) {
    const previous = steps[attempt - 2];
    let step = make(attempt, previous);
    const pin = log.pin(step.id);
    if (pin !== undefined) step = pinned(step, pin, working, previous?.doneAt);
    const doneAt = log.doneAt(step.id);
    steps.push(doneAt === undefined ? step : changed(step, { doneAt }));
  }
  return missedInTurn(steps);
}

/** The attempts of a cadence, each missed once the next one opens (where a pin put it): an attempt can no longer help then. */
export function missedInTurn(steps: readonly PendingStep[]): PendingStep[] {
  return steps.map((step, index) => (index + 1 < steps.length ? changed(step, { missedFrom: (steps[index + 1] as PendingStep).opensAt }) : step));
}

/** A step of a series, counted from `previous`: `days` after its send (or its time), moved into working time. */
function repeatOf(working: WorkingTime, previous: PendingStep, days: number, unit: 'days' | 'working-days'): { readonly nominal: number; readonly moves: Move[] } {
  const source = { working };
  const planned = afterDays(source, previous.suggestedAt, days, unit);
  const nominal = afterDays(source, previous.doneAt ?? previous.suggestedAt, days, unit);
  return { nominal, moves: nominal === planned ? [] : [{ rule: 'cadence-from-actual', reason: 'rebased-on-actual', from: planned, to: nominal }] };
}

/** The first check-in's time and rule, before the thanks-first guard. */
function firstCheckIn(input: CheckedInput): Attempt {
  const { fallbackDays, fallbackUnit, decisionGraceDays } = input.policy;
  if (input.decisionDay !== undefined && decisionGraceDays > 0) {
    // The (g+1)-th working day after the date, at the start of working hours.
    const at = workStart(input.working, nthWorkingDayAfter(input.working, input.decisionDay, decisionGraceDays + 1));
    return { rule: 'check-in-after-date', at, moves: NO_MOVES, explanation: input.locale.explanations.checkInAfterDate({ company: input.company, decisionDate: input.decisionDate ?? '', graceDays: decisionGraceDays }) };
  }
  if (input.decisionDay !== undefined) {
    const { at, moves } = firstWorkStartAfterDay(input.working, input.decisionDay);
    return { rule: 'check-in-after-date', at, moves: movesOf(moves), explanation: input.locale.explanations.checkInAfterDate({ company: input.company, decisionDate: input.decisionDate ?? '', graceDays: 0 }) };
  }
  return {
    rule: 'fallback-two-weeks', ...workingAt(input.working, afterDays(input, input.end, fallbackDays, fallbackUnit)),
    explanation: input.locale.explanations.checkInFallback({ days: fallbackDays, unit: fallbackUnit }),
  };
}

/** A check-in following `previous`: `repeatDays` after it was sent (or suggested), never before the decision date. */
function repeatCheckIn(input: CheckedInput, previous: PendingStep, attempt: number): Attempt {
  const { repeatDays, repeatUnit } = input.policy;
  const { nominal, moves: early } = repeatOf(input.working, previous, repeatDays, repeatUnit);
  // A check-in sent early (before the decision date) must not pull the next one before it too.
  const notBefore = input.decisionDay === undefined ? nominal : workStart(input.working, input.decisionDay + 1);
  if (notBefore > nominal) early.push({ rule: 'check-in-after-date', reason: 'before-decision-date', from: nominal, to: notBefore });
  const moved = workingAt(input.working, Math.max(nominal, notBefore));
  return {
    rule: 'repeat-two-weeks', at: moved.at, moves: [...early, ...moved.moves],
    explanation: input.locale.explanations.checkInRepeat({ previous: attempt - 1, days: repeatDays, unit: repeatUnit, sent: previous.doneAt !== undefined }),
  };
}

/**
 * Check-ins after the decision date (or the fallback), repeated up to the cap, to `recipient`.
 * None comes before the thank-you window opens: thanks come before chasing, so a check-in that
 * would (a decision date during a day-long interview) moves there, and the move is recorded.
 */
export function checkIns(input: CheckedInput, thanksOpenAt: number, recipient: CheckedInterviewer | undefined, log: SeriesLog): PendingStep[] {
  if (input.permission === 'declined') return [];
  const { maxCheckIns } = input.policy;
  const checklist = listsOf(input).checkIn;
  const round = roundOfStep(input);
  return series(maxCheckIns, log, input.working, (attempt, previous) => {
    let { rule, at, moves, explanation } = previous === undefined ? firstCheckIn(input) : repeatCheckIn(input, previous, attempt);
    if (at < thanksOpenAt) {
      const moved = workingAt(input.working, thanksOpenAt);
      moves = [...moves, { rule: 'thank-you-window', reason: 'before-thanks', from: at, to: thanksOpenAt }, ...moved.moves];
      at = moved.at;
    }
    return {
      id: `check-in-${attempt}`, kind: 'check-in', rule, opensAt: at, dueAt: endOfWorkingDay(input.working, at),
      suggestedAt: at, moves, checklist, optional: false, order: attempt, attempt, attempts: maxCheckIns, explanation,
      ...(recipient === undefined ? {} : { recipient }), ...round,
    };
  });
}

/**
 * Follow-ups on an application that has had no answer (rule `follow-up-after-applying`): the
 * first `applicationFollowUpDays` after applying, each further one `applicationRepeatDays` after
 * the previous one was sent (or suggested), at the first working instant, due by the end of that
 * working day, to the contact when there is one.
 */
export function followUps(app: CheckedApplication, appliedAt: number, recipient: CheckedInterviewer | undefined, log: SeriesLog): PendingStep[] {
  const { applicationFollowUpDays, applicationRepeatDays, maxApplicationFollowUps, applicationFollowUpUnit: unit } = app.policy;
  const checklist = listsOf(app).applicationFollowUp;
  const texts = app.locale.explanations;
  return series(maxApplicationFollowUps, log, app.working, (attempt, previous) => {
    const { nominal, moves: early } = previous === undefined
      ? { nominal: afterDays(app, appliedAt, applicationFollowUpDays, unit), moves: [] }
      : repeatOf(app.working, previous, applicationRepeatDays, unit);
    const { at, moves } = workingAt(app.working, nominal);
    return {
      id: `application-follow-up-${attempt}`, kind: 'application-follow-up',
      rule: previous === undefined ? 'follow-up-after-applying' : 'repeat-after-applying',
      opensAt: at, suggestedAt: at, dueAt: endOfWorkingDay(app.working, at), moves: early.length === 0 && moves.length === 0 ? NO_MOVES : [...early, ...moves],
      checklist, optional: false, order: attempt, attempt, attempts: maxApplicationFollowUps,
      ...(recipient === undefined ? {} : { recipient }),
      explanation: previous === undefined
        ? texts.applicationFollowUp({ company: app.company, days: applicationFollowUpDays, unit })
        : texts.applicationRepeat({ previous: attempt - 1, days: applicationRepeatDays, unit, sent: previous.doneAt !== undefined, last: attempt === maxApplicationFollowUps }),
    };
  });
}

/** Longest run of keep-searching reminders, whatever the horizon. */
const MAX_REMINDERS = 52;

/** Where a run of keep-searching reminders starts, how often, and for whom. */
export interface ReminderRun {
  /** The candidate's zone: reminders keep the same wall time in it. */
  readonly zone: Zone;
  /** The first reminder is `every` days after this. */
  readonly from: number;
  /** Days between reminders (`keepSearchingEveryDays`; 0 plans none). */
  readonly every: number;
  /** No reminder after this, except the first. */
  readonly horizon: number;
  /** The explanation of each reminder. */
  readonly explanation: string;
  /** The checklist of each reminder. */
  readonly checklist: readonly ChecklistItem[];
}

/** Reminders every `every` days from `from` to `horizon` (at least one, at most 52), each missed once the next opens. */
export function reminders(run: ReminderRun): PendingStep[] {
  if (run.every === 0) return [];
  // The times first, so each step is built once, knowing how many there are.
  const times: number[] = [];
  for (let n = 1; n <= MAX_REMINDERS; n++) {
    const at = addCalendarDays(run.zone, run.from, n * run.every);
    if (n > 1 && at > run.horizon) break;
    times.push(at);
  }
  return times.map((at, index) => {
    const next = times[index + 1];
    return {
      id: `keep-searching-${index + 1}`, kind: 'keep-searching', rule: 'keep-searching',
      opensAt: at, suggestedAt: at, dueAt: addCalendarDays(run.zone, at, run.every), moves: NO_MOVES,
      checklist: run.checklist, optional: false, order: index + 1, attempt: index + 1, explanation: run.explanation,
      attempts: times.length, ...(next === undefined ? {} : { missedFrom: next }),
    };
  });
}

/** When the process is expected to close: the last check-in, or where the first would be. */
export function horizonOf(input: CheckedInput, checks: readonly PendingStep[]): number {
  const last = checks[checks.length - 1];
  if (last !== undefined) return last.suggestedAt;
  if (input.decisionDay !== undefined) return firstWorkStartAfterDay(input.working, input.decisionDay).at;
  return afterDays(input, input.end, input.policy.fallbackDays, input.policy.fallbackUnit);
}
