import type { CheckedInput, CheckedInterviewer } from '../input/types.js';
import { formatInstant } from '../time/zone.js';
import type { PendingStep } from './steps.js';
import type { PlanWarning } from './types.js';

/** The interviewers who get a thank-you: each, or only the first (policy `thankYouTo`). */
export function thanked(input: CheckedInput): readonly CheckedInterviewer[] {
  return input.policy.thankYouTo === 'first' ? input.interviewers.slice(0, 1) : input.interviewers;
}

/** Everything the candidate should know about a plan, late thanks aside (see `status.ts`). */
export function warningsFor(input: CheckedInput, steps: readonly PendingStep[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (input.interviewers.length === 0) {
    warnings.push({ code: 'no-interviewers', rule: 'thank-you-each', path: 'interviewers',
      message: 'No interviewer is listed, so one thank-you to the hiring team is planned; add each person you met so each gets a note of their own.' });
  }
  for (const person of thanked(input)) {
    if (person.email !== undefined) continue;
    warnings.push({ code: 'missing-email', rule: 'missing-email', path: `interviewers[${person.index}].email`,
      stepId: `thank-you-email-${person.slug}`,
      message: `No email address for ${person.name}: ask the hiring manager for it before the thank-you is due.` });
  }
  if (input.decisionDay === undefined) {
    warnings.push({ code: 'no-decision-date', rule: 'fallback-two-weeks', path: 'decisionDate',
      message: `No decision date is known, so the first check-in falls ${input.policy.fallbackDays} ${input.policy.fallbackUnit === 'days' ? 'days' : 'working days'} after the interview.` });
  }
  if (input.permission === 'not-asked') {
    warnings.push({ code: 'permission-not-asked', rule: 'ask-permission', path: 'followUpPermission',
      message: 'Nobody asked whether following up is welcome; the check-ins assume it is.' });
  } else if (input.permission === 'declined') {
    warnings.push({ code: 'follow-up-declined', rule: 'permission-declined', path: 'followUpPermission',
      message: `${input.company} asked not to be chased, so no check-ins are planned; thank-you notes still are.` });
  }
  const reply = input.activities.find((activity) => activity.type === 'reply-received');
  if (reply !== undefined) {
    warnings.push({ code: 'reply-received', rule: 'reply-stops-cadence',
      message: `${input.company} replied on ${formatInstant(input.zone, reply.at).slice(0, 10)}, so the check-ins and reminders still pending are cancelled.` });
  }
  const checks = steps.filter((step) => step.kind === 'check-in');
  const sentCount = input.activities.filter((activity) => activity.type === 'check-in-sent').length;
  if (reply === undefined && checks.length > 0 && checks.every((step) => step.doneAt !== undefined)) {
    warnings.push({ code: 'check-ins-complete', rule: 'max-check-ins',
      message: `All ${checks.length} check-ins went out without an answer; stop writing and put the time into other applications.` });
  }
  if (sentCount > checks.length) {
    warnings.push({ code: 'extra-check-in', rule: 'max-check-ins', path: 'activities',
      message: `${sentCount} check-ins were logged but the plan allows ${checks.length}; more risks looking pushy.` });
  }
  return warnings;
}
