import type { RuleId } from '../rules/rules.js';
import type { Locale } from '../locales/types.js';
import { flat, wallClock } from '../time/civil.js';
import type { Shift } from '../time/workingTime.js';
import { formatInstant, toLocalMs, type Zone } from '../time/zone.js';
import type { Adjustment } from './types.js';
import type { AdjustmentReason } from '../rules/codes.js';

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

/** One sentence for people, with local times in the employer's zone. */
function noteFor(locale: Locale, zone: Zone, move: Move): string {
  const from = locale.dates.dateTime(wallClock(toLocalMs(zone, move.from)), 'long');
  const to = locale.dates.dateTime(wallClock(toLocalMs(zone, move.to)), 'long');
  if (move.reason === 'window-without-working-time') return locale.adjustments.windowClosed({ from, to, zone: zone.name });
  return locale.adjustments.moved({ from, to, zone: zone.name, reason: move.reason });
}

/**
 * Writes moves as adjustments. Steps that share a timing (every thank-you of a plan) share one
 * frozen list, so the work and memory are paid once.
 */
export function adjustmentWriter(locale: Locale, zone: Zone, employerZone: Zone, iso: (zone: Zone, ms: number) => string = formatInstant): (moves: readonly Move[]) => readonly Adjustment[] {
  // A Map, not a WeakMap: the writer lives for one plan, and weak tables cost the collector dearly.
  const written = new Map<readonly Move[], readonly Adjustment[]>();
  return (moves) => {
    let adjustments = written.get(moves);
    if (adjustments === undefined) {
      adjustments = Object.freeze(moves.map((move) => ({
        rule: move.rule, reason: move.reason, from: iso(zone, move.from), to: iso(zone, move.to), note: flat(noteFor(locale, employerZone, move)),
      })));
      written.set(moves, adjustments);
    }
    return adjustments;
  };
}
