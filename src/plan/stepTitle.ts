import type { FollowUpStep, PlannedInterview } from './types.js';

/** The parts of a plan a step title reads; a {@link FollowUpPlan} fits. */
export interface TitledPlan {
  /** The interview, for the company and the role. */
  readonly interview: Pick<PlannedInterview, 'company' | 'position'>;
}

/** The parts of a step a title reads; a {@link FollowUpStep} fits. */
export type TitledStep = Pick<FollowUpStep, 'kind' | 'recipient' | 'attempt' | 'attempts'>;

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
  const { company, position } = plan.interview;
  const person = step.recipient?.name ?? 'your interviewer';
  const count = step.attempt !== undefined && step.attempts !== undefined ? ` (${step.attempt} of ${step.attempts})` : '';
  switch (step.kind) {
    case 'before-leaving': return `Before you leave the ${company} interview: ask about next steps`;
    case 'thank-you-email': return step.recipient === undefined ? `Thank the ${company} hiring team for the interview` : `Thank ${person} for the ${company} interview`;
    case 'thank-you-letter': return `Post a thank-you letter to ${person} (${company})`;
    case 'check-in': return `Check in with ${company} about the ${position} role${count}`;
    case 'keep-searching': return `Keep your job search going while ${company} decides${count}`;
  }
}
