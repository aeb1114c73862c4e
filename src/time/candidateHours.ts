import { MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import { fromLocalMs, toLocalMs, type Zone } from './zone.js';

/** The candidate's own hours in their zone, in minutes after midnight, both ends included. */
export interface CandidateHours {
  readonly zone: Zone;
  readonly startMinute: number;
  readonly endMinute: number;
}

/**
 * When to remind the candidate of a step suggested at `suggestedAt` and due at `dueAt`: then,
 * when that falls in their hours; else the first moment of their hours after it, when that is
 * still before `dueAt`; else the last moment of their hours before it, so the message can be
 * scheduled to go out in the employer's working hours.
 */
export function remindAt(hours: CandidateHours, suggestedAt: number, dueAt: number): number {
  const local = toLocalMs(hours.zone, suggestedAt);
  const day = Math.floor(local / MS_PER_DAY);
  const minute = (local - day * MS_PER_DAY) / MS_PER_MINUTE;
  if (minute >= hours.startMinute && minute <= hours.endMinute) return suggestedAt;
  const at = (onDay: number, atMinute: number): number => fromLocalMs(hours.zone, onDay * MS_PER_DAY + atMinute * MS_PER_MINUTE);
  const nextStart = minute < hours.startMinute ? at(day, hours.startMinute) : at(day + 1, hours.startMinute);
  if (nextStart < dueAt) return nextStart;
  return minute > hours.endMinute ? at(day, hours.endMinute) : at(day - 1, hours.endMinute);
}
