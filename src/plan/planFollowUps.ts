import { guarded, issuesOrFailure, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkInput } from '../input/checkInput.js';
import type { CheckedInput, CheckedInterviewer, InterviewInput, PlanOptions } from '../input/types.js';
import { formatInstant } from '../time/zone.js';
import { adjustmentWriter, type Move } from './adjustments.js';
import { lateThanks, statusAt } from './status.js';
import { beforeLeaving, checkIns, horizonOf, keepSearching, thankYou, thankYouTiming, type PendingStep } from './steps.js';
import type { Adjustment, FollowUpPlan, FollowUpStep, Recipient, StepKind, StepStatus } from './types.js';
import { warningsFor } from './warnings.js';

const KIND_ORDER: Readonly<Record<StepKind, number>> = {
  'before-leaving': 0, 'thank-you-email': 1, 'thank-you-letter': 2, 'check-in': 3, 'keep-searching': 4,
};

function compareSteps(a: PendingStep, b: PendingStep): number {
  return a.suggestedAt - b.suggestedAt || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order;
}

function statusOf(step: PendingStep, now: number | undefined): StepStatus {
  const settled = step.doneAt !== undefined ? 'done' : step.cancelled === true ? 'cancelled' : undefined;
  return statusAt(settled, step.opensAt, step.dueAt, now);
}

/** The public form of a checked interviewer. */
function asRecipient(person: CheckedInterviewer): Recipient {
  return {
    name: person.name,
    ...(person.email === undefined ? {} : { email: person.email }),
    ...(person.title === undefined ? {} : { title: person.title }),
  };
}

/** A pending step as the plan shows it: ISO times in the candidate's zone, status at `now`. */
function finish(input: CheckedInput, step: PendingStep, adjustmentsOf: (moves: readonly Move[]) => readonly Adjustment[]): FollowUpStep {
  const iso = (ms: number): string => formatInstant(input.zone, ms);
  return {
    id: step.id, kind: step.kind, rule: step.rule,
    opensAt: iso(step.opensAt), dueAt: iso(step.dueAt), suggestedAt: iso(step.suggestedAt),
    ...(step.recipient === undefined ? {} : { recipient: asRecipient(step.recipient) }),
    ...(step.attempt === undefined ? {} : { attempt: step.attempt }),
    ...(step.attempts === undefined ? {} : { attempts: step.attempts }),
    status: statusOf(step, input.now),
    optional: step.optional,
    ...(step.doneAt === undefined ? {} : { doneAt: iso(step.doneAt) }),
    adjustments: adjustmentsOf(step.moves), checklist: step.checklist, explanation: step.explanation,
  };
}

/** Marks each thank-you done by the `thank-you-sent` activity for its person and channel. */
function markThankYous(input: CheckedInput, steps: readonly PendingStep[]): PendingStep[] {
  return steps.map((step) => {
    const channel = step.kind === 'thank-you-letter' ? 'letter' : 'email';
    const sent = input.activities.find((activity) => activity.type === 'thank-you-sent' &&
      activity.interviewer === step.recipient?.index && activity.channel === channel);
    return sent === undefined ? step : { ...step, doneAt: sent.at };
  });
}

/** Every pending step of an interview, sorted. */
function pendingSteps(input: CheckedInput): PendingStep[] {
  const wantsLetter = (person: CheckedInterviewer): boolean => input.policy.letters || input.activities.some(
    (activity) => activity.type === 'thank-you-sent' && activity.channel === 'letter' && activity.interviewer === person.index);
  const timing = thankYouTiming(input);
  // With nobody named, the thanks still go out: one note to the hiring team.
  const thanks = markThankYous(input, input.interviewers.length === 0
    ? [thankYou(input, timing, undefined, 'thank-you-email')]
    : input.interviewers.flatMap((person) => [
      thankYou(input, timing, person, 'thank-you-email'),
      ...(wantsLetter(person) ? [thankYou(input, timing, person, 'thank-you-letter')] : []),
    ]));
  const checks = checkIns(input, timing.opensAt);
  return [beforeLeaving(input), ...thanks, ...checks, ...keepSearching(input, horizonOf(input, checks))].sort(compareSteps);
}

/** Builds the plan from checked input. @internal */
export function planFromChecked(input: CheckedInput): FollowUpPlan {
  const pending = pendingSteps(input);
  const iso = (ms: number): string => formatInstant(input.zone, ms);
  const adjustmentsOf = adjustmentWriter(input.zone, input.employerZone);
  const steps = pending.map((step) => finish(input, step, adjustmentsOf));
  return {
    interview: {
      id: input.id, company: input.company, position: input.position,
      start: iso(input.start), end: iso(input.end),
      timeZone: input.zone.name, employerTimeZone: input.employerZone.name,
      interviewers: input.interviewers.map(asRecipient),
      ...(input.decisionDate === undefined ? {} : { decisionDate: input.decisionDate }),
      followUpPermission: input.permission,
      ...(input.nextSteps === undefined ? {} : { nextSteps: input.nextSteps }),
    },
    ...(input.now === undefined ? {} : { now: iso(input.now) }),
    policy: input.policy,
    steps,
    warnings: [...warningsFor(input, pending), ...lateThanks(steps, input.company)],
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

function safeCheck(interview: unknown, options: unknown): ReturnType<typeof checkInput> {
  let result: ReturnType<typeof checkInput> = { issues: [] };
  // A throwing getter or proxy in the input is reported, not let loose in the caller.
  const issues = issuesOrFailure('', () => (result = checkInput(interview, options)).issues);
  return issues === result.issues ? result : { issues };
}
