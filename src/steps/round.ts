import type { CheckedInput, CheckedInterviewer } from '../input/types.js';
import { checkIns, type SeriesLog } from './cadences.js';
import { beforeLeaving, thankYou, thankYouTiming, type PendingStep } from './steps.js';
import { thanked } from './warnings.js';

/** One round's steps, before anything is marked done. */
export interface RoundSteps {
  /** The before-leaving asks and the thank-yous: their times never depend on the log. */
  readonly fixed: readonly PendingStep[];
  /** The check-ins, timed from what the log says was sent. */
  readonly checks: readonly PendingStep[];
  /** When the thank-you window opens: no check-in comes before it. */
  readonly thanksOpenAt: number;
}

/**
 * One interview's steps: the before-leaving asks, a thank-you per interviewer (letters too when
 * the policy asks or the log shows one was posted), and the check-ins to `checkInTo` (the
 * application's contact, else the round's first interviewer).
 */
export function roundSteps(input: CheckedInput, checkInTo: CheckedInterviewer | undefined, log: SeriesLog): RoundSteps {
  const wantsLetter = (person: CheckedInterviewer): boolean => input.policy.letters || input.activities.some(
    (activity) => activity.type === 'thank-you-sent' && activity.channel === 'letter' && activity.interviewer === person.index);
  const timing = thankYouTiming(input);
  // With nobody named, the thanks still go out: one note to the hiring team.
  const thanks = input.interviewers.length === 0
    ? [thankYou(input, timing, undefined, 'thank-you-email')]
    : thanked(input).flatMap((person) => [
      thankYou(input, timing, person, 'thank-you-email'),
      ...(wantsLetter(person) ? [thankYou(input, timing, person, 'thank-you-letter')] : []),
    ]);
  return { fixed: [beforeLeaving(input), ...thanks], checks: roundCheckIns(input, checkInTo, log, timing.opensAt), thanksOpenAt: timing.opensAt };
}

/** A round's check-ins alone, rebuilt when the log changes what was sent. */
export function roundCheckIns(input: CheckedInput, checkInTo: CheckedInterviewer | undefined, log: SeriesLog, thanksOpenAt: number = thankYouTiming(input).opensAt): PendingStep[] {
  return checkIns(input, thanksOpenAt, checkInTo ?? input.interviewers[0], log);
}
