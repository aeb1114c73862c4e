import { guarded, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkInstant } from '../validate/instants.js';
import type { DateTimeInput } from '../input/types.js';
import { findZone, formatInstant } from '../time/zone.js';
import { readStoredPlan } from './storedPlan.js';
import { lateThanks, statusAt } from '../steps/status.js';
import type { FollowUpPlan } from '../interview/types.js';

/**
 * The same plan seen at another moment: statuses and `thank-you-late` warnings recomputed for
 * `now`, everything else kept. The result equals `planFollowUps(interview, { ...options, now })`,
 * at a fraction of the cost, so a dashboard can keep plans and only move the clock.
 *
 * @param plan - A plan from {@link planFollowUps}, or the same data after a trip through JSON.
 * @param now - The new current time.
 * @returns A new plan; the given one is not modified.
 * @throws {@link FollowUpError} when `now` is not a valid date-time or the plan is malformed.
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
  return guarded('', () => {
    const stored = readStoredPlan(plan, 'plan', 'statuses');
    const zone = findZone(stored.interview.timeZone);
    const issues: ValidationIssue[] = [];
    if (zone === undefined) issues.push(issue('invalid-time-zone', 'plan.interview.timeZone', 'unknown IANA zone'));
    const ms = zone === undefined ? undefined : checkInstant(now, 'now', zone, issues);
    throwIfIssues(issues);
    const steps = stored.steps.map(({ step, opensAt, dueAt }) => {
      const settled = step.status === 'done' || step.status === 'cancelled' ? step.status : undefined;
      const status = statusAt(settled, opensAt, dueAt, ms);
      return status === step.status ? step : { ...step, status };
    });
    return {
      ...plan,
      now: formatInstant(zone!, ms!),
      steps,
      warnings: [...plan.warnings.filter((warning) => warning.code !== 'thank-you-late'), ...lateThanks(steps, stored.interview.company, stored.locale)],
    };
  });
}
