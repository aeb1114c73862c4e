import { FollowUpError } from '../errors/FollowUpError.js';
import type { DateTimeInput } from '../input/interview.js';
import { EARLIEST_MS, LATEST_MS, limits } from '../input/limits.js';
import { parseInstant } from '../time/iso.js';
import { findZone, formatInstant } from '../time/zone.js';
import { lateThanks } from './planFollowUps.js';
import type { FollowUpPlan, FollowUpStep, StepStatus } from './types.js';

function statusAt(step: FollowUpStep, now: number): StepStatus {
  if (step.status === 'done' || step.status === 'cancelled') return step.status;
  if (now < Date.parse(step.opensAt)) return 'upcoming';
  return now <= Date.parse(step.dueAt) ? 'open' : 'overdue';
}

/**
 * The same plan seen at another moment: statuses and `thank-you-late` warnings recomputed for
 * `now`, everything else kept. The result equals `planFollowUps(interview, { ...options, now })`,
 * at a fraction of the cost, so a dashboard can keep plans and only move the clock.
 *
 * @param plan - A plan from {@link planFollowUps}.
 * @param now - The new current time.
 * @returns A new plan; the given one is not modified.
 * @throws {@link FollowUpError} when `now` is not a valid date-time.
 *
 * @example
 * ```ts
 * import { planFollowUps, statusesAt } from 'interview-followup';
 *
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00',
 *   timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana Ruiz' }] });
 * statusesAt(plan, '2026-11-18T12:00:00+01:00').steps[1]?.status;
 * //=> 'open'
 * ```
 */
export function statusesAt(plan: FollowUpPlan, now: DateTimeInput): FollowUpPlan {
  const zone = findZone(plan.interview.timeZone);
  const ms = zone === undefined ? undefined
    : now instanceof Date ? now.getTime()
    : typeof now === 'string' && now.length <= 64 && now.includes('T') ? parseInstant(now, zone) : undefined;
  if (zone === undefined || ms === undefined || Number.isNaN(ms)) {
    throw new FollowUpError([{ code: 'invalid-date', path: 'now', message: 'now: expected an ISO 8601 date-time or a valid Date' }]);
  }
  if (ms < EARLIEST_MS || ms >= LATEST_MS) {
    throw new FollowUpError([{ code: 'out-of-range', path: 'now', message: `now: dates from ${limits.earliestDate} to ${limits.latestDate} are accepted` }]);
  }
  const steps = plan.steps.map((step) => {
    const status = statusAt(step, ms);
    return status === step.status ? step : { ...step, status };
  });
  const late = steps
    .filter((step) => (step.kind === 'thank-you-email' || step.kind === 'thank-you-letter') && step.status === 'overdue')
    .map((step) => lateThanks(step.id, step.recipient?.name ?? ''));
  return {
    ...plan,
    now: formatInstant(zone, ms),
    steps,
    warnings: [...plan.warnings.filter((warning) => warning.code !== 'thank-you-late'), ...late],
  };
}
