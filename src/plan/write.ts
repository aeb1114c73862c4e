import type { CheckedInput, CheckedInterviewer } from '../input/types.js';
import type { CheckedApplication } from '../input/applicationTypes.js';
import { formatInstant, type Zone } from '../time/zone.js';
import { adjustmentWriter, type Move } from './adjustments.js';
import { zonesOf } from './application.js';
import { statusAt } from './status.js';
import type { PendingStep } from './steps.js';
import type { Adjustment, PlannedInterview, Recipient, StepStatus } from './types.js';
import type { ApplicationStep } from './applicationTypes.js';

/** What writing steps needs: the zones, the rounds (for their zones) and `now`. */
export type WriteContext = Pick<CheckedApplication, 'zone' | 'employerZone' | 'rounds' | 'now'>;

/** The public form of a checked person. */
function asRecipient(person: CheckedInterviewer): Recipient {
  return {
    name: person.name,
    ...(person.email === undefined ? {} : { email: person.email }),
    ...(person.title === undefined ? {} : { title: person.title }),
  };
}

function statusOf(step: PendingStep, now: number | undefined): StepStatus {
  const settled = step.doneAt !== undefined ? 'done' : step.cancelled === true ? 'cancelled' : undefined;
  return statusAt(settled, step.opensAt, step.dueAt, now);
}

/** A round as the plan shows it: the interview it was, times in its candidate's zone. */
export function plannedInterview(round: CheckedInput): PlannedInterview {
  const iso = (ms: number): string => formatInstant(round.zone, ms);
  return {
    id: round.id, company: round.company, position: round.position,
    start: iso(round.start), end: iso(round.end),
    timeZone: round.zone.name, employerTimeZone: round.employerZone.name,
    interviewers: round.interviewers.map(asRecipient),
    ...(round.decisionDate === undefined ? {} : { decisionDate: round.decisionDate }),
    followUpPermission: round.permission,
    ...(round.nextSteps === undefined ? {} : { nextSteps: round.nextSteps }),
  };
}

/**
 * Writes pending steps as the plan shows them: ISO times in the candidate's zone of their round
 * (or application), statuses at `now`, adjustments worded in the employer's zone. `withRound`
 * keeps each step's round; `application` tags every step with the application's id.
 */
export function writeSteps(app: WriteContext, steps: readonly PendingStep[], options: { readonly withRound: boolean; readonly application?: string }): ApplicationStep[] {
  const writers = new Map<string, (moves: readonly Move[]) => readonly Adjustment[]>();
  const writerFor = (zone: Zone, employerZone: Zone): ((moves: readonly Move[]) => readonly Adjustment[]) => {
    const key = `${zone.name} ${employerZone.name}`;
    let writer = writers.get(key);
    if (writer === undefined) writers.set(key, (writer = adjustmentWriter(zone, employerZone)));
    return writer;
  };
  return steps.map((step) => {
    const { zone, employerZone } = zonesOf(app, step);
    // Built field by field (conditional spreads allocate an object each): same keys, same order.
    const out: { -readonly [K in keyof ApplicationStep]?: ApplicationStep[K] } = {
      id: step.id, kind: step.kind, rule: step.rule,
      opensAt: formatInstant(zone, step.opensAt), dueAt: formatInstant(zone, step.dueAt), suggestedAt: formatInstant(zone, step.suggestedAt),
    };
    if (step.recipient !== undefined) out.recipient = asRecipient(step.recipient);
    if (step.attempt !== undefined) out.attempt = step.attempt;
    if (step.attempts !== undefined) out.attempts = step.attempts;
    out.status = statusOf(step, app.now);
    out.optional = step.optional;
    if (step.doneAt !== undefined) out.doneAt = formatInstant(zone, step.doneAt);
    if (step.deadline !== undefined) out.deadline = step.deadline;
    if (step.activeApplications !== undefined) out.activeApplications = step.activeApplications;
    out.adjustments = writerFor(zone, employerZone)(step.moves);
    out.checklist = step.checklist;
    out.explanation = step.explanation;
    if (options.withRound && step.round !== undefined) out.round = step.round;
    if (options.application !== undefined) out.application = options.application;
    return out as ApplicationStep;
  });
}
