import type { CheckedActivity, CheckedInput, CheckedInterviewer } from '../input/types.js';
import { formatInstant } from '../time/zone.js';
import type { PendingStep } from './steps.js';
import type { PlanWarning } from './types.js';

/** The interviewers who get a thank-you: each, or only the first (policy `thankYouTo`). */
export function thanked(input: CheckedInput): readonly CheckedInterviewer[] {
  return input.policy.thankYouTo === 'first' ? input.interviewers.slice(0, 1) : input.interviewers;
}

/** Everything the candidate should know about one round, late thanks aside (see `status.ts`); `seen` says which of the log's replies count yet. */
export function warningsFor(input: CheckedInput, steps: readonly PendingStep[], seen: (activity: CheckedActivity) => boolean = () => true): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const texts = input.locale.warnings;
  if (input.interviewers.length === 0) {
    warnings.push({ code: 'no-interviewers', rule: 'thank-you-each', path: 'interviewers',
      message: texts['no-interviewers']({}) });
  }
  for (const person of thanked(input)) {
    if (person.email !== undefined) continue;
    warnings.push({ code: 'missing-email', rule: 'missing-email', path: `interviewers[${person.index}].email`,
      stepId: `thank-you-email-${person.slug}`,
      message: texts['missing-email']({ person: person.name }) });
  }
  if (input.decisionDay === undefined) {
    warnings.push({ code: 'no-decision-date', rule: 'fallback-two-weeks', path: 'decisionDate',
      message: texts['no-decision-date']({ days: input.policy.fallbackDays, unit: input.policy.fallbackUnit }) });
  }
  if (input.permission === 'not-asked') {
    warnings.push({ code: 'permission-not-asked', rule: 'ask-permission', path: 'followUpPermission',
      message: texts['permission-not-asked']({}) });
  } else if (input.permission === 'declined') {
    warnings.push({ code: 'follow-up-declined', rule: 'permission-declined', path: 'followUpPermission',
      message: texts['follow-up-declined']({ company: input.company }) });
  }
  const reply = input.activities.find((activity) => activity.type === 'reply-received' && seen(activity));
  if (reply !== undefined) {
    warnings.push({ code: 'reply-received', rule: 'reply-stops-cadence',
      message: texts['reply-received']({ company: input.company, date: formatInstant(input.zone, reply.at).slice(0, 10) }) });
  }
  const checks = steps.filter((step) => step.kind === 'check-in' && step.round === input.id);
  const sentCount = input.activities.filter((activity) => activity.type === 'check-in-sent').length;
  if (reply === undefined && checks.length > 0 && checks.every((step) => step.doneAt !== undefined)) {
    warnings.push({ code: 'check-ins-complete', rule: 'max-check-ins',
      message: texts['check-ins-complete']({ count: checks.length }) });
  }
  if (sentCount > checks.length) {
    warnings.push({ code: 'extra-check-in', rule: 'max-check-ins', path: 'activities',
      message: texts['extra-check-in']({ logged: sentCount, allowed: checks.length }) });
  }
  return warnings;
}
