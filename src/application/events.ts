import type { CheckedActivity, CheckedApplication } from '../input/types.js';
import type { ApplicationState } from '../rules/codes.js';
import type { PendingStep } from '../steps/steps.js';
import type { Outcome } from './planTypes.js';

// What the log says the employer and the candidate decided, up to a moment: replies, offers and
// the outcomes that close an application. An outcome logged after `now` changes nothing at `now`.

/** The activities that decide an application's outcome, and the outcome each stands for. */
export const OUTCOME_TYPES: Readonly<Partial<Record<CheckedActivity['type'], Outcome['type']>>> = {
  'offer-received': 'offer', 'rejection-received': 'rejected', 'offer-accepted': 'accepted', 'offer-declined': 'declined', withdrew: 'withdrawn', ghosted: 'ghosted',
};

/** The log's decisions up to a moment. */
export interface Events {
  /** Replies from the employer. */
  readonly replies: readonly CheckedActivity[];
  /** Offers received. */
  readonly offers: readonly CheckedActivity[];
  /** Outcomes that close the application: a rejection, an answer to an offer, a withdrawal, giving up. */
  readonly closings: readonly CheckedActivity[];
  /** Offers and closings, in time order. */
  readonly outcomes: readonly CheckedActivity[];
  /** An offer accepted elsewhere in the search: the application is withdrawn from then. */
  readonly withdrawnAt?: number;
}

/** The decisions in `app`'s log up to `until` (all of them without), and a withdrawal because an offer was accepted elsewhere. */
export function eventsOf(app: Pick<CheckedApplication, 'activities'>, until: number | undefined, withdrawnAt?: number): Events {
  const seen = (activity: CheckedActivity): boolean => until === undefined || activity.at <= until;
  const outcomes = app.activities.filter((activity) => OUTCOME_TYPES[activity.type] !== undefined && seen(activity));
  return {
    replies: app.activities.filter((activity) => activity.type === 'reply-received' && seen(activity)),
    offers: outcomes.filter((activity) => activity.type === 'offer-received'),
    closings: outcomes.filter((activity) => activity.type !== 'offer-received'),
    outcomes,
    ...(withdrawnAt === undefined || (until !== undefined && withdrawnAt > until) ? {} : { withdrawnAt }),
  };
}

/** The offer an application holds or how it ended, at the end of `events`: the latest outcome (a withdrawal for an offer accepted elsewhere counts). */
export function outcomeOf(events: Events): { readonly type: Outcome['type']; readonly at: number; readonly activity?: CheckedActivity } | undefined {
  const last = events.outcomes[events.outcomes.length - 1];
  if (events.withdrawnAt !== undefined && (last === undefined || last.at < events.withdrawnAt)) return { type: 'withdrawn', at: events.withdrawnAt };
  return last === undefined ? undefined : { type: OUTCOME_TYPES[last.type] as Outcome['type'], at: last.at, activity: last };
}

const ACTIVE: ReadonlySet<ApplicationState> = new Set<ApplicationState>(['applied', 'scheduled', 'waiting', 'following-up', 'offer']);

/** Whether an application counts as active: `applied`, `scheduled`, `waiting`, `following-up` or `offer`. */
export function isActive(state: ApplicationState): boolean {
  return ACTIVE.has(state);
}

/**
 * Whether a step is cancelled by what the log decided, whatever its times (a step marked done
 * stays done): later rounds end the earlier rounds' check-ins; any round or a reply before the
 * first ends the follow-ups after applying; a reply ends its round's check-ins; an offer ends
 * every check-in and follow-up, and the reply to a rejection before it; a closing outcome ends everything made before it; an offer
 * accepted elsewhere ends everything but the withdrawal note; a reply to the latest round ends the
 * application's own reminders.
 */
export function cancellation(app: CheckedApplication, events: Events): (step: PendingStep) => boolean {
  const latest = app.rounds[app.rounds.length - 1];
  const first = app.rounds[0];
  const invited = app.invitations.length > 0;
  const repliedRounds = new Set(app.rounds.filter((round) => round.activities.some((activity) => events.replies.includes(activity))).map((round) => round.id));
  const answeredEarly = events.replies.some((reply) => first === undefined || reply.at < first.start);
  const offered = events.offers.length > 0;
  // A reply to the latest round (or, before any round, to the application) ends the application's own reminders.
  const quietened = latest === undefined ? events.replies.length > 0 : repliedRounds.has(latest.id);
  return (step) => {
    const origin = step.origin ?? Number.NEGATIVE_INFINITY;
    if (events.closings.some((closing) => closing.at > origin)) return true;
    if (events.withdrawnAt !== undefined && step.kind !== 'withdrawal-note' && origin < events.withdrawnAt) return true;
    if (step.kind === 'check-in') {
      return offered || invited || step.round !== latest?.id || (step.round !== undefined && repliedRounds.has(step.round));
    }
    if (step.kind === 'application-follow-up') return offered || invited || first !== undefined || answeredEarly;
    // An offer after a rejection reopens the application: the reply to the rejection is moot.
    if (step.kind === 'rejection-reply') return events.offers.some((offer) => offer.at > origin);
    return step.kind === 'keep-searching' && quietened;
  };
}
