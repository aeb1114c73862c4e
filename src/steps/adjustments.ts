import type { RuleId } from '../rules/rules.js';
import { flat, wallClockLabel } from '../time/civil.js';
import type { Shift } from '../time/workingTime.js';
import { formatInstant, toLocalMs, type Zone } from '../time/zone.js';
import type { Adjustment, AdjustmentReason } from './types.js';

/** A move made to a step's time while planning, with the rule that made it; epoch ms. */
export interface Move {
  readonly rule: RuleId;
  readonly reason: AdjustmentReason;
  readonly from: number;
  readonly to: number;
}

/** The planner's moves for the working-time shifts: a holiday under `holidays`, the rest under `working-hours`. */
export function movesOf(shifts: readonly Shift[]): Move[] {
  return shifts.map((shift) => ({ reason: shift.reason, from: shift.from, to: shift.to, rule: shift.reason === 'holiday' ? 'holidays' : 'working-hours' }));
}

const REASON_TEXT: Readonly<Record<AdjustmentReason, string>> = {
  'outside-hours': 'outside working hours',
  'non-working-day': 'not a working day',
  holiday: 'a holiday',
  'window-without-working-time': 'the window holds no working time',
  'rebased-on-actual': 'counted from when the previous check-in was really sent',
  'before-decision-date': 'the decision date had not passed yet',
  'before-thanks': 'thanks come before a check-in',
};

/** One sentence for people, with local times in the employer's zone. */
function noteFor(zone: Zone, move: Move): string {
  const from = wallClockLabel(toLocalMs(zone, move.from));
  const to = wallClockLabel(toLocalMs(zone, move.to));
  if (move.reason === 'window-without-working-time') {
    return `The window closed ${from} (${zone.name}) without working time, so the step is due at the end of the next working day, ${to}.`;
  }
  return `Moved from ${from} to ${to} (${zone.name}): ${REASON_TEXT[move.reason]}.`;
}

/**
 * Writes moves as adjustments. Steps that share a timing (every thank-you of a plan) share one
 * frozen list, so the work and memory are paid once.
 */
export function adjustmentWriter(zone: Zone, employerZone: Zone, iso: (zone: Zone, ms: number) => string = formatInstant): (moves: readonly Move[]) => readonly Adjustment[] {
  // A Map, not a WeakMap: the writer lives for one plan, and weak tables cost the collector dearly.
  const written = new Map<readonly Move[], readonly Adjustment[]>();
  return (moves) => {
    let adjustments = written.get(moves);
    if (adjustments === undefined) {
      adjustments = Object.freeze(moves.map((move) => ({
        rule: move.rule, reason: move.reason, from: iso(zone, move.from), to: iso(zone, move.to), note: flat(noteFor(employerZone, move)),
      })));
      written.set(moves, adjustments);
    }
    return adjustments;
  };
}
