import type { CheckedInput, CheckedInterviewer, CheckedApplication, UndatedRound } from '../input/types.js';
import type { Policy } from '../policy/policy.js';
import { remindAt, type CandidateHours } from '../time/candidateHours.js';
import { flat, parseClockTime } from '../time/civil.js';
import { formatInstant, type Zone } from '../time/zone.js';
import { adjustmentWriter, type Move } from './adjustments.js';
import { statusAt } from './status.js';
import type { PendingStep } from './steps.js';
import type { Adjustment, PlannedInterview, PlannedInvitation, Recipient, ApplicationStep } from './types.js';
import type { StepStatus } from '../rules/codes.js';

/** What writing steps needs: the zones, the rounds (for their zones) and `now`. */
export type WriteContext = Pick<CheckedApplication, 'zone' | 'employerZone' | 'rounds' | 'now' | 'locale' | 'policy'>;

/** The public form of a checked person. */
function asRecipient(person: CheckedInterviewer): Recipient {
  return {
    name: person.name,
    ...(person.email === undefined ? {} : { email: person.email }),
    ...(person.title === undefined ? {} : { title: person.title }),
    ...(person.salutation === undefined ? {} : { salutation: person.salutation }),
  };
}

function statusOf(step: PendingStep, now: number | undefined): StepStatus {
  const settled = step.doneAt !== undefined ? 'done' : step.cancelled === true ? 'cancelled' : undefined;
  return statusAt(settled, step.opensAt, step.dueAt, now, step.missedFrom);
}

/** The candidate's own hours in `zone`, from the policy. */
function hoursIn(zone: Zone, policy: Policy): CandidateHours {
  return { zone, startMinute: parseClockTime(policy.candidateHours.start) ?? 480, endMinute: parseClockTime(policy.candidateHours.end) ?? 1260 };
}

/** A round as the plan shows it: the interview it was, times in its candidate's zone. */
export function plannedInterview(round: CheckedInput): PlannedInterview {
  const iso = (ms: number): string => formatInstant(round.zone, ms);
  return {
    id: round.id, company: round.company, position: round.position,
    ...(round.label === undefined ? {} : { label: round.label }),
    start: iso(round.start), end: iso(round.end),
    timeZone: round.zone.name, employerTimeZone: round.employerZone.name,
    interviewers: round.interviewers.map(asRecipient),
    ...(round.decisionDate === undefined ? {} : { decisionDate: round.decisionDate }),
    followUpPermission: round.permission,
    ...(round.nextSteps === undefined ? {} : { nextSteps: round.nextSteps }),
  };
}

/** When to remind the candidate of a step: never before the first instant plans accept (1970), where the suggested time stays. */
function reminderOf(hours: CandidateHours, step: PendingStep): number {
  const at = remindAt(hours, step.suggestedAt, step.dueAt);
  return at < 0 ? step.suggestedAt : at;
}

/** A round not scheduled yet, as the plan shows it. */
export function plannedInvitation(round: UndatedRound): PlannedInvitation {
  return { id: round.id, ...(round.label === undefined ? {} : { label: round.label }), interviewers: round.interviewers.map(asRecipient) };
}

/**
 * Writes pending steps as the plan shows them: ISO times in the candidate's zone of their round
 * (or application), statuses at `now`, adjustments worded in the employer's zone. `withRound`
 * keeps each step's round; `application` tags every step with the application's id.
 */
export function writeSteps(app: WriteContext, steps: readonly PendingStep[], options: { readonly withRound: boolean; readonly application?: string }): ApplicationStep[] {
  // A plan repeats its instants (every thank-you opens at one time): each is written once.
  const written = new Map<Zone, Map<number, string>>();
  const iso = (zone: Zone, ms: number): string => {
    let byMs = written.get(zone);
    if (byMs === undefined) written.set(zone, (byMs = new Map()));
    let text = byMs.get(ms);
    if (text === undefined) byMs.set(ms, (text = formatInstant(zone, ms)));
    return text;
  };
  // One writer per pair of zones; a plan has one pair per round at most, so a list is searched.
  const writers: { readonly zone: Zone; readonly employerZone: Zone; readonly write: (moves: readonly Move[]) => readonly Adjustment[] }[] = [];
  const writerFor = (zone: Zone, employerZone: Zone): ((moves: readonly Move[]) => readonly Adjustment[]) => {
    let found = writers.find((writer) => writer.zone === zone && writer.employerZone === employerZone);
    if (found === undefined) writers.push((found = { zone, employerZone, write: adjustmentWriter(app.locale, zone, employerZone, iso) }));
    return found.write;
  };
  const hours = new Map<Zone, CandidateHours>();
  const hoursOf = (zone: Zone): CandidateHours => {
    let found = hours.get(zone);
    if (found === undefined) hours.set(zone, (found = hoursIn(zone, app.policy)));
    return found;
  };
  return steps.map((step) => {
    const { zone, employerZone } = zonesOf(app, step);
    // Built field by field (conditional spreads allocate an object each): same keys, same order.
    const out: { -readonly [K in keyof ApplicationStep]?: ApplicationStep[K] } = {
      id: flat(step.id), kind: step.kind, rule: step.rule,
      opensAt: iso(zone, step.opensAt), dueAt: iso(zone, step.dueAt), suggestedAt: iso(zone, step.suggestedAt),
      remindAt: iso(zone, reminderOf(hoursOf(zone), step)),
    };
    if (step.recipient !== undefined) out.recipient = asRecipient(step.recipient);
    if (step.attempt !== undefined) out.attempt = step.attempt;
    if (step.attempts !== undefined) out.attempts = step.attempts;
    out.status = statusOf(step, app.now);
    out.optional = step.optional;
    if (step.doneAt !== undefined) out.doneAt = iso(zone, step.doneAt);
    if (step.deadline !== undefined) out.deadline = step.deadline;
    if (step.activeApplications !== undefined) out.activeApplications = step.activeApplications;
    out.adjustments = writerFor(zone, employerZone)(step.moves);
    out.checklist = step.checklist;
    out.explanation = flat(step.explanation);
    if (options.withRound && step.round !== undefined) out.round = step.round;
    if (step.roundLabel !== undefined) out.roundLabel = step.roundLabel;
    if (options.application !== undefined) out.application = options.application;
    return out as ApplicationStep;
  });
}

/** The zones a step's times are written in: its round's, else the application's. */
export function zonesOf(app: Pick<CheckedApplication, 'zone' | 'employerZone' | 'rounds'>, step: PendingStep): { readonly zone: Zone; readonly employerZone: Zone } {
  return (step.round === undefined ? undefined : app.rounds.find((candidate) => candidate.id === step.round)) ?? app;
}
