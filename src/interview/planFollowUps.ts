import { guarded, issuesOrFailure, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkInterview } from './checkInterview.js';
import type { CheckedInput, CheckedApplication } from '../input/types.js';
import type { InterviewInput, PlanOptions, FollowUpPlan } from './types.js';
import { formatInstant } from '../time/zone.js';
import { planCheckedApplication } from '../application/planChecked.js';
import { recordOf } from '../application/planApplication.js';
import { tagOf } from '../locales/resolve.js';
import { lateThanks } from '../steps/status.js';
import type { FollowUpStep } from '../steps/types.js';
import { plannedInterview, writeSteps } from '../steps/write.js';

/** An interview as a single-round application, so both planners share every rule. */
function asApplication(input: CheckedInput): CheckedApplication {
  return {
    id: input.id, company: input.company, position: input.position, zone: input.zone, employerZone: input.employerZone,
    rounds: [input], roundPaths: new Map([[input.id, '']]), activities: input.activities, policy: input.policy,
    working: input.working, path: '', locale: input.locale, invitations: [], notices: [], ...(input.now === undefined ? {} : { now: input.now }),
  };
}

/** Builds the plan from checked input. @internal */
export function planFromChecked(input: CheckedInput): FollowUpPlan {
  const app = asApplication(input);
  const planned = planCheckedApplication(app, { reminders: true, single: true });
  const steps: FollowUpStep[] = writeSteps(app, planned.steps, { withRound: false });
  return {
    interview: plannedInterview(input),
    ...(input.now === undefined ? {} : { now: formatInstant(input.zone, input.now) }),
    policy: input.policy,
    steps,
    warnings: [...planned.warnings, ...lateThanks(steps, input.company, input.locale)],
    ...tagOf(input.locale),
    input: { interview: recordOf(input.record?.interview), ...(input.record?.activities === undefined ? {} : { activities: recordOf(input.record.activities) }) },
  };
}

/**
 * Plans everything to do after an interview: the before-leaving asks, a thank-you per
 * interviewer 24–48 hours after the end, check-ins after the decision date (or two weeks after
 * the interview) repeated every two weeks up to the cap, and keep-searching reminders. Every
 * step says which rule timed it and why; moves out of non-working time are recorded.
 *
 * Pure: the same arguments give the same plan under any process time zone or locale; inputs
 * are never modified.
 *
 * @param interview - What the candidate knows about the interview.
 * @param options - `now` for statuses, logged `activities`, and `policy` overrides.
 * @returns The plan, with steps sorted by `suggestedAt`.
 * @throws {@link FollowUpError} when the input is invalid (see {@link validateInterview}).
 *
 * @example
 * ```ts
 * import { planFollowUps } from 'interview-followup';
 *
 * const plan = planFollowUps({
 *   id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer',
 *   start: '2026-11-20T14:00', end: '2026-11-20T15:00', timeZone: 'America/New_York',
 *   interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }],
 * });
 * plan.steps[1]?.suggestedAt;
 * //=> '2026-11-23T09:00:00.000-05:00' (the Friday interview's note moves to Monday)
 * ```
 */
export function planFollowUps(interview: InterviewInput, options?: PlanOptions): FollowUpPlan {
  const { input, issues } = safeCheck(interview, options);
  throwIfIssues(issues);
  // checkInput returns input exactly when there are no issues.
  return guarded('', () => planFromChecked(input as CheckedInput));
}

/**
 * Checks an interview (and, optionally, plan options) without throwing.
 *
 * @param interview - The value to check, of any type.
 * @param options - Plan options to check with it.
 * @returns Every problem found as `{ code, path, message }`; empty when planning would succeed.
 *
 * @example
 * ```ts
 * import { validateInterview } from 'interview-followup';
 *
 * validateInterview({ id: 'x', company: 'Acme', position: 'Engineer',
 *   start: '2026-11-20T14:00', end: '2026-11-20T13:00', timeZone: 'Europe/Paris' });
 * //=> [{ code: 'end-before-start', path: 'end', message: 'end: the interview must end after it starts' }]
 * ```
 */
export function validateInterview(interview: unknown, options?: unknown): readonly ValidationIssue[] {
  return safeCheck(interview, options).issues;
}

function safeCheck(interview: unknown, options: unknown): ReturnType<typeof checkInterview> {
  let result: ReturnType<typeof checkInterview> = { issues: [] };
  // A throwing getter or proxy in the input is reported, not let loose in the caller.
  const issues = issuesOrFailure('', () => (result = checkInterview(interview, options)).issues);
  return issues === result.issues ? result : { issues };
}
