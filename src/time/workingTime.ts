import { isoWeekday, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import { fromLocalMs, fromLocalMsNotBefore, toLocalMs, type Zone } from './zone.js';

/** Why a time is not working time: outside the hours, a day off, or a holiday. */
export type ShiftReason = 'outside-hours' | 'non-working-day' | 'holiday';

/** A move made on the way to a working instant, in epoch ms. */
export interface Shift {
  readonly reason: ShiftReason;
  readonly from: number;
  readonly to: number;
}

/** The employer's working time: weekdays and hours in their zone, less the listed holidays. */
export interface WorkingTime {
  readonly zone: Zone;
  readonly days: ReadonlySet<number>;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly holidays: ReadonlySet<number>;
}

/** The instant working hours start on a local day. */
export function workStart(time: WorkingTime, day: number): number {
  return fromLocalMs(time.zone, day * MS_PER_DAY + time.startMinute * MS_PER_MINUTE);
}

/** The instant working hours end (exclusive) on a local day. */
export function workEnd(time: WorkingTime, day: number): number {
  return fromLocalMs(time.zone, day * MS_PER_DAY + time.endMinute * MS_PER_MINUTE);
}

function blockerOn(time: WorkingTime, day: number): ShiftReason | undefined {
  if (time.holidays.has(day)) return 'holiday';
  if (!time.days.has(isoWeekday(day))) return 'non-working-day';
  return undefined;
}

/**
 * The earliest working instant at or after `ms`, with the moves that led there (none when `ms`
 * is already working time). Consecutive moves for the same rule are merged into one, so a Friday
 * evening moved past the weekend onto a Monday holiday reads as two moves: working hours, then
 * the holiday.
 */
export function nextWorkingInstant(time: WorkingTime, ms: number): { readonly at: number; readonly moves: readonly Shift[] } {
  const moves: Shift[] = [];
  let at = ms;
  // Each holiday can block at most one working day and at most six days off lie between two
  // working days, so a working instant is at most (holidays + 1) weeks away, with at most two
  // moves a day; the bound is only a guard.
  const maxHops = (time.holidays.size + 2) * 16;
  for (let hop = 0; hop < maxHops; hop++) {
    const offset = time.zone.offsetAt(at);
    const local = at + offset * MS_PER_MINUTE;
    const day = Math.floor(local / MS_PER_DAY);
    const blocker = blockerOn(time, day);
    // Wall-clock readings decide unless the offset changes within a day either side; then the
    // day's start and end are compared as instants, since in a repeated hour the wall clock runs
    // twice and a wall-time comparison could move a step back in time.
    const steady = time.zone.offsetAt(at - MS_PER_DAY) === offset && time.zone.offsetAt(at + MS_PER_DAY) === offset;
    const minute = local - day * MS_PER_DAY;
    const beforeStart = steady ? minute < time.startMinute * MS_PER_MINUTE : at < workStart(time, day);
    const afterEnd = steady ? minute >= time.endMinute * MS_PER_MINUTE : at >= workEnd(time, day);
    // A move goes forward: where the clocks went back across midnight, the next day's start may
    // first occur before `at`, so its second occurrence is taken.
    const startOf = (target: number): number => fromLocalMsNotBefore(time.zone, target * MS_PER_DAY + time.startMinute * MS_PER_MINUTE, at);
    let reason: ShiftReason;
    let next: number;
    if (blocker !== undefined) {
      reason = blocker;
      next = startOf(day + 1);
    } else if (beforeStart) {
      reason = 'outside-hours';
      next = startOf(day);
    } else if (afterEnd) {
      reason = 'outside-hours';
      next = startOf(day + 1);
    } else {
      return { at, moves };
    }
    record(moves, { reason, from: at, to: next });
    at = next;
  }
  // Unreachable for a validated policy (at least one working day, bounded holidays).
  throw new RangeError('no working time found');
}

/** Holidays are one kind of move, hours and days off another; consecutive moves of one kind merge. */
function record(moves: Shift[], move: Shift): void {
  const last = moves[moves.length - 1];
  if (last !== undefined && (last.reason === 'holiday') === (move.reason === 'holiday')) {
    moves[moves.length - 1] = { ...last, to: move.to };
  } else {
    moves.push(move);
  }
}

/** The end of the working day that contains the working instant `ms`. */
export function endOfWorkingDay(time: WorkingTime, ms: number): number {
  return workEnd(time, Math.floor(toLocalMs(time.zone, ms) / MS_PER_DAY));
}

/** The first working-hours start on a working day strictly after local day `day`. */
export function firstWorkStartAfterDay(time: WorkingTime, day: number): { readonly at: number; readonly nominal: number; readonly moves: readonly Shift[] } {
  const nominal = workStart(time, day + 1);
  const { at, moves } = nextWorkingInstant(time, nominal);
  return { at, nominal, moves };
}

/** Whether a local day is a working day: one of the working weekdays and not a holiday. */
function isWorkingDay(time: WorkingTime, day: number): boolean {
  return blockerOn(time, day) === undefined;
}

/**
 * The nearest working day from local day `day` (itself included), searching forward (`1`) or
 * back (`-1`). A working day is at most (holidays + 1) weeks away, so the search is bounded.
 */
function nearestWorkingDay(time: WorkingTime, day: number, direction: 1 | -1): number {
  const limit = (time.holidays.size + 2) * 7;
  for (let step = 0; step < limit; step++) {
    const candidate = day + direction * step;
    if (isWorkingDay(time, candidate)) return candidate;
  }
  // Unreachable for a validated policy (at least one working day, bounded holidays).
  throw new RangeError('no working day found');
}

/** The last working day on or before local day `day`. */
export function workingDayOnOrBefore(time: WorkingTime, day: number): number {
  return nearestWorkingDay(time, day, -1);
}

/**
 * `days` working days after the instant `ms`: the `days`-th working day strictly after its local
 * date, at its wall time (a wall time in a gap moves forward). Not yet moved into working hours.
 */
export function addWorkingDays(time: WorkingTime, ms: number, days: number): number {
  const local = toLocalMs(time.zone, ms);
  const start = Math.floor(local / MS_PER_DAY);
  return fromLocalMs(time.zone, nthWorkingDayAfter(time, start, days) * MS_PER_DAY + (local - start * MS_PER_DAY));
}

/** The `n`-th working day strictly after local day `day` (n ≥ 1). */
export function nthWorkingDayAfter(time: WorkingTime, day: number, n: number): number {
  let current = day;
  for (let found = 0; found < n; found++) current = nearestWorkingDay(time, current + 1, 1);
  return current;
}
