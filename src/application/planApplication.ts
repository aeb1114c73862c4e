import { guarded, issuesOrFailure, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkApplication } from './checkApplication.js';
import type { ApplicationInput, ApplicationOptions } from './inputTypes.js';
import type { CheckedActivity, CheckedApplication } from '../input/types.js';
import { formatInstant } from '../time/zone.js';
import { nextMessageStep, planCheckedApplication, type PlannedSteps } from './planChecked.js';
import { tagOf } from '../locales/resolve.js';
import { lateThanks } from '../steps/status.js';
import type { PlanWarning } from '../steps/types.js';
import type { Answer, ApplicationPlan } from './planTypes.js';
import { plannedInterview, plannedInvitation, writeSteps } from '../steps/write.js';

const ANSWERS: Readonly<Partial<Record<CheckedActivity['type'], Answer['type']>>> = { 'reply-received': 'reply', 'offer-received': 'offer', 'rejection-received': 'rejection' };

/** What the employer said by `now`, in time order (absent when nothing yet). */
function answersOf(app: CheckedApplication, iso: (ms: number) => string): { readonly answers?: readonly Answer[] } {
  const answers = app.activities.flatMap((activity): Answer[] => {
    const type = ANSWERS[activity.type];
    return type === undefined || (app.now !== undefined && activity.at > app.now) ? [] : [{ type, at: iso(activity.at) }];
  });
  return answers.length === 0 ? {} : { answers };
}

/** Plain data a plan can keep of what it was made from: `Date`s become ISO text, nothing else changes. @internal */
export function recordOf(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * Writes a planned application. In a pipeline every step and warning names its application, and
 * the record it was made from is kept by the pipeline instead.
 * @internal
 */
export function applicationPlanFrom(app: CheckedApplication, planned: PlannedSteps, pipeline: boolean): ApplicationPlan {
  const steps = writeSteps(app, planned.steps, { withRound: true, ...(pipeline ? { application: app.id } : {}) });
  const next = nextMessageStep(planned.steps, app.now);
  const iso = (ms: number): string => formatInstant(app.zone, ms);
  const tag = (warning: PlanWarning): PlanWarning => (pipeline ? { ...warning, application: app.id } : warning);
  const { outcome, silence } = planned;
  return {
    application: {
      id: app.id, company: app.company, position: app.position, timeZone: app.zone.name, employerTimeZone: app.employerZone.name,
      ...(app.contact === undefined ? {} : { contact: { ...app.contact } }),
      ...(app.appliedAt === undefined ? {} : { appliedAt: iso(app.appliedAt) }),
      rounds: app.rounds.map(plannedInterview),
      ...(app.invitations.length === 0 ? {} : { invitations: app.invitations.map(plannedInvitation) }),
    },
    state: planned.state,
    ...(outcome === undefined || (planned.state !== 'offer' && planned.state !== 'closed') ? {} : {
      outcome: { type: outcome.type, at: iso(outcome.at), ...(outcome.deadline === undefined ? {} : { deadline: outcome.deadline }) },
    }),
    ...(silence === undefined ? {} : { silence: { since: iso(silence.since), ...(silence.days === undefined ? {} : { days: silence.days }) } }),
    ...answersOf(app, iso),
    ...(next === undefined ? {} : { nextStepId: next.id, ...(next.round === undefined ? {} : { nextStepRound: next.round }) }),
    steps,
    warnings: [...planned.warnings, ...lateThanks(steps, app.company, app.locale)].map(tag),
    policy: app.policy,
    ...(app.now === undefined ? {} : { now: iso(app.now) }),
    ...tagOf(app.locale),
    ...(pipeline ? {} : { input: { application: recordOf(app.record) } }),
  };
}

/**
 * Plans a whole application: every round as {@link planFollowUps} plans an interview, then what
 * connects them. A later round cancels the earlier rounds' pending check-ins (`next-round`); an
 * offer plans an `offer-response` by its deadline and cancels pending check-ins; a rejection
 * plans a gracious `rejection-reply`; accepting, declining or withdrawing closes the application.
 * Check-ins and answers go to the `contact` when there is one. The plan says where the
 * application stands (`state`, `outcome`) and which message is next (`nextStepId`).
 *
 * A single-round application gives the same steps, ids and times as `planFollowUps` on that
 * round. Pure, like every planner: the same arguments give the same plan anywhere.
 *
 * @param application - The application: its rounds, contact and activity log.
 * @param options - `now` for statuses and the state, `policy` overrides.
 * @returns The plan, steps sorted by `suggestedAt`, each round's steps with their `round`.
 * @throws {@link FollowUpError} when the input is invalid (see {@link validateApplication}).
 *
 * @example
 * ```ts
 * import { planApplication } from 'interview-followup';
 *
 * const plan = planApplication({
 *   id: 'acme', company: 'Acme', position: 'Staff Engineer', timeZone: 'America/New_York',
 *   rounds: [
 *     { id: 'acme-screen', start: '2026-11-10T10:00', interviewers: [{ name: 'Rita Diaz' }] },
 *     { id: 'acme-onsite', start: '2026-11-20T14:00', interviewers: [{ name: 'Ana Ruiz' }] },
 *   ],
 *   activities: [{ type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' }],
 * }, { now: '2026-12-03T12:00:00Z' });
 * [plan.state, plan.nextStepId];
 * //=> ['offer', 'offer-response']
 * ```
 */
export function planApplication(application: ApplicationInput, options?: ApplicationOptions): ApplicationPlan {
  let checked: CheckedApplication | undefined;
  throwIfIssues(issuesOrFailure('', () => {
    const result = checkApplication(application, options);
    checked = result.application;
    return result.issues;
  }));
  return guarded('', () => {
    const app = checked as CheckedApplication;
    return applicationPlanFrom(app, planCheckedApplication(app, { reminders: true, single: false }), false);
  });
}

/**
 * Checks an application (and, optionally, its options) without throwing.
 *
 * @param application - The value to check, of any type.
 * @param options - Options to check with it.
 * @returns Every problem found as `{ code, path, message }` (paths such as `rounds[1].start`); empty when planning would succeed.
 *
 * @example
 * ```ts
 * import { validateApplication } from 'interview-followup';
 *
 * validateApplication({ id: 'a', company: 'Acme', position: 'Engineer', timeZone: 'UTC', rounds: [] });
 * //=> [{ code: 'missing-field', path: 'rounds', message: 'rounds: missing; an application needs appliedAt (when you applied) or at least one round' }]
 * ```
 */
export function validateApplication(application: unknown, options?: unknown): readonly ValidationIssue[] {
  return issuesOrFailure('', () => checkApplication(application, options).issues);
}
