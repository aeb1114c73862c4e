import { FollowUpError, issue } from '../errors/FollowUpError.js';
import type { StepStatus } from '../rules/codes.js';

/** One event as the size limit sees it: its bytes with and without its draft, its status and its time. */
export interface SizedEvent {
  /** UTF-8 bytes of its block as written. */
  readonly bytes: number;
  /** UTF-8 bytes of its block without its draft; absent when it has none. */
  readonly withoutDraft?: number;
  /** The step's status. */
  readonly status: StepStatus;
  /** The step's `suggestedAt`, epoch ms: what "oldest" and "latest" go by. */
  readonly at: number;
}

/** What is left out so the calendar fits: events by index, drafts by index (of events that stay). */
export interface Omissions {
  /** Events left out. */
  readonly steps: ReadonlySet<number>;
  /** Events written without their draft. */
  readonly drafts: ReadonlySet<number>;
}

/** The calendar header property that says what was left out. */
export const OMITTED_PROPERTY = 'X-INTERVIEW-FOLLOWUP-OMITTED';

/** The line that says what was left out, as written: a TEXT value, so its `;` is escaped. */
export function omittedLine(steps: number, drafts: number): string {
  return `${OMITTED_PROPERTY}:${steps}\\;${drafts}\r\n`;
}

const settled = (status: StepStatus): boolean => status === 'done' || status === 'cancelled' || status === 'missed';

/**
 * Chooses what to leave out so a calendar of `fixed` bytes (header and footer) plus `events` is at
 * most `maxBytes`, in this order, stopping as soon as it fits: the drafts of done, cancelled and
 * missed steps (oldest first), then those steps themselves (oldest first), then the drafts of the
 * other steps (latest first). Upcoming, open and overdue steps always stay. Every size is measured
 * once by the caller; this only adds and subtracts, so it costs a sort of the events.
 *
 * @throws `FollowUpError` with code `too-large` at `maxBytes` when even that does not fit.
 */
export function fitWithin(maxBytes: number, fixed: number, events: readonly SizedEvent[]): Omissions {
  const steps = new Set<number>();
  const drafts = new Set<number>();
  let total = fixed;
  for (const event of events) total += event.bytes;
  if (total <= maxBytes) return { steps, drafts };
  const fits = (): boolean => total + omittedLine(steps.size, drafts.size).length <= maxBytes;
  const indexes = events.map((_, index) => index);
  const at = (index: number): number => events[index]?.at ?? 0;
  const oldestFirst = indexes.filter((index) => settled(events[index]?.status ?? 'upcoming')).sort((a, b) => at(a) - at(b) || a - b);
  const latestFirst = indexes.filter((index) => !settled(events[index]?.status ?? 'upcoming')).sort((a, b) => at(b) - at(a) || b - a);
  const dropDraft = (index: number): boolean => {
    const event = events[index];
    if (event?.withoutDraft === undefined) return false;
    total -= event.bytes - event.withoutDraft;
    drafts.add(index);
    return fits();
  };
  for (const index of oldestFirst) if (dropDraft(index)) return { steps, drafts };
  for (const index of oldestFirst) {
    const event = events[index];
    if (event === undefined) continue;
    // A step left out counts as a step only, whatever happened to its draft before.
    total -= drafts.delete(index) ? event.withoutDraft ?? event.bytes : event.bytes;
    steps.add(index);
    if (fits()) return { steps, drafts };
  }
  for (const index of latestFirst) if (dropDraft(index)) return { steps, drafts };
  const needed = total + omittedLine(steps.size, drafts.size).length;
  throw new FollowUpError([issue('too-large', 'maxBytes', `the calendar needs ${needed} bytes with only its upcoming, open and overdue steps and no drafts, more than ${maxBytes}`)]);
}
