import type { CheckedInput, CheckedInterviewer } from '../input/types.js';
import { beforeLeaving, changed, checkIns, thankYou, thankYouTiming, type PendingStep } from './steps.js';
import { thanked } from './warnings.js';

/** Marks each thank-you done by the `thank-you-sent` activity for its person and channel. */
function markThankYous(input: CheckedInput, steps: readonly PendingStep[]): PendingStep[] {
  return steps.map((step) => {
    const channel = step.kind === 'thank-you-letter' ? 'letter' : 'email';
    const sent = input.activities.find((activity) => activity.type === 'thank-you-sent' &&
      activity.interviewer === step.recipient?.index && activity.channel === channel);
    return sent === undefined ? step : changed(step, { doneAt: sent.at });
  });
}

/**
 * One interview's steps: the before-leaving asks, a thank-you per interviewer (letters too when
 * asked or logged), and the check-ins; `checkInTo` addresses the check-ins (an application's contact).
 */
export function roundSteps(input: CheckedInput, checkInTo?: CheckedInterviewer): { readonly steps: PendingStep[]; readonly checks: readonly PendingStep[] } {
  const wantsLetter = (person: CheckedInterviewer): boolean => input.policy.letters || input.activities.some(
    (activity) => activity.type === 'thank-you-sent' && activity.channel === 'letter' && activity.interviewer === person.index);
  const timing = thankYouTiming(input);
  // With nobody named, the thanks still go out: one note to the hiring team.
  const thanks = markThankYous(input, input.interviewers.length === 0
    ? [thankYou(input, timing, undefined, 'thank-you-email')]
    : thanked(input).flatMap((person) => [
      thankYou(input, timing, person, 'thank-you-email'),
      ...(wantsLetter(person) ? [thankYou(input, timing, person, 'thank-you-letter')] : []),
    ]));
  const checks = checkIns(input, timing.opensAt).map((step) => (checkInTo === undefined ? step : changed(step, { recipient: checkInTo })));
  return { steps: [beforeLeaving(input), ...thanks, ...checks], checks };
}
