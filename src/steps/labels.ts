import { FollowUpError, guarded, issue } from '../errors/FollowUpError.js';
import { describeType } from '../validate/guards.js';
import { wallClockLabel } from '../time/civil.js';
import type { FollowUpStep, PlannedInterview } from './types.js';

/** The parts of a plan a step title reads; a {@link FollowUpPlan} fits. */
export interface TitledPlan {
  /** The interview, for the company and the role. */
  readonly interview: Pick<PlannedInterview, 'company' | 'position'>;
}

/** The parts of a step a title reads; a {@link FollowUpStep} fits. */
export type TitledStep = Pick<FollowUpStep, 'kind' | 'recipient' | 'attempt' | 'attempts' | 'activeApplications'>;

/**
 * A step's title, readable at a glance: the calendar event's summary and the command's agenda
 * line. One wording for both, so a person sees the same words in every place.
 *
 * @param plan - The plan the step belongs to.
 * @param step - One of its steps.
 * @returns The title, such as "Thank Ana Ruiz for the Acme interview".
 *
 * @example
 * ```ts
 * import { planFollowUps, stepTitle } from 'interview-followup';
 *
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00',
 *   timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana Ruiz' }] });
 * stepTitle(plan, plan.steps[1]!);
 * //=> 'Thank Ana Ruiz for the Acme interview'
 * ```
 */
export function stepTitle(plan: TitledPlan, step: TitledStep): string {
  return guarded('', () => {
    const { company, position } = plan.interview;
    const person = step.recipient?.name ?? 'your interviewer';
    const count = step.attempt !== undefined && step.attempts !== undefined ? ` (${step.attempt} of ${step.attempts})` : '';
    switch (step.kind) {
      case 'before-leaving': return `Before you leave the ${company} interview: ask about next steps`;
      case 'thank-you-email': return step.recipient === undefined ? `Thank the ${company} hiring team for the interview` : `Thank ${person} for the ${company} interview`;
      case 'thank-you-letter': return `Post a thank-you letter to ${person} (${company})`;
      case 'check-in': return `Check in with ${company} about the ${position} role${count}`;
      case 'keep-searching': return step.activeApplications === undefined
        ? `Keep your job search going while ${company} decides${count}`
        : `Keep your job search going: ${step.activeApplications === 1 ? 'one application' : `${step.activeApplications} applications`} active${count}`;
      case 'rejection-reply': return `Reply to ${company}'s decision: thank them and ask for feedback`;
      case 'offer-response': return `Answer the ${company} offer for the ${position} role`;
      case 'expedite-request': return `Tell ${company} about your offer and ask about their timeline`;
      case 'withdrawal-note': return `Withdraw from the ${company} process, with thanks`;
    }
  });
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * The wall-clock label of an ISO 8601 string, in the offset it is written with: plans write
 * times in the candidate's zone, so this reads as the candidate's local time. The agenda, the
 * calendar and the adjustment notes all use this one label.
 *
 * @param iso - A date-time such as `2026-11-23T10:00:00.000-05:00`.
 * @param style - `'long'` ("Monday 2026-11-23 10:00", the default) or `'short'` ("Mon 2026-11-23 10:00").
 * @returns The label, or the string itself when it does not start with a date and time.
 *
 * @example
 * ```ts
 * import { localTimeLabel } from 'interview-followup';
 *
 * localTimeLabel('2026-11-23T10:00:00.000-05:00', 'short');
 * //=> 'Mon 2026-11-23 10:00'
 * ```
 */
export function localTimeLabel(iso: string, style: 'long' | 'short' = 'long'): string {
  return guarded('', () => {
    if (typeof iso !== 'string') throw new FollowUpError([issue('invalid-type', 'iso', `expected an ISO 8601 string, got ${describeType(iso)}`)]);
    const match = WALL_CLOCK.exec(iso);
    if (match === null) return iso;
    const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
    return wallClockLabel(Date.UTC(year, month - 1, day, hour, minute), style);
  });
}
