import type { CheckedActivity, CheckedInterviewer, CheckedApplication } from '../input/types.js';
import { formatIsoDate } from '../time/civil.js';
import { endOfWorkingDay, workEnd, workingDayOnOrBefore, workStart, type WorkingTime } from '../time/workingTime.js';
import { localDay } from '../time/zone.js';
import { listsOf, windowTiming, workingAt, type PendingStep } from './steps.js';

/** The application's own steps are addressed here: its contact, else the latest round's first interviewer. */
export function applicationRecipient(app: CheckedApplication): CheckedInterviewer | undefined {
  if (app.contact !== undefined) return { ...app.contact, slug: 'contact', index: 0 };
  return app.rounds[app.rounds.length - 1]?.interviewers[0];
}

function addressed(recipient: CheckedInterviewer | undefined): { recipient?: CheckedInterviewer } {
  return recipient === undefined ? {} : { recipient };
}

/** A gracious reply to a rejection, in the window after it arrived (rule `rejection-reply`). */
export function rejectionReply(app: CheckedApplication, rejection: CheckedActivity): PendingStep {
  const window = app.policy.rejectionReplyWindow;
  const timing = windowTiming(app.working, rejection.at, window, 'rejection-reply');
  return {
    id: 'rejection-reply', kind: 'rejection-reply', rule: 'rejection-reply', origin: rejection.at,
    opensAt: timing.opensAt, suggestedAt: timing.suggestedAt, dueAt: timing.dueAt, moves: timing.moves,
    checklist: listsOf(app).rejectionReply, optional: false, order: 0, ...addressed(applicationRecipient(app)),
    explanation: app.locale.explanations.rejectionReply({ company: app.company, fromHours: window.fromHours, toHours: window.toHours }),
  };
}

/**
 * When to answer an offer with a deadline: due at the end of working hours on the deadline (the
 * last working day before it when it is not one), suggested at the start of the working day
 * before that, or at the first working instant after the offer when that is already past.
 */
function deadlineTiming(time: WorkingTime, offerAt: number, deadlineDay: number): { suggestedAt: number; dueAt: number; moves: PendingStep['moves'] } {
  const dueDay = workingDayOnOrBefore(time, deadlineDay);
  const dayBefore = workingDayOnOrBefore(time, dueDay - 1);
  let dueAt = workEnd(time, dueDay);
  let suggestedAt = workStart(time, dayBefore);
  let moves: PendingStep['moves'] = [];
  if (suggestedAt < offerAt) ({ at: suggestedAt, moves } = workingAt(time, offerAt));
  // An offer that arrives after the last working moment before its deadline: answer at once.
  if (suggestedAt > dueAt) dueAt = endOfWorkingDay(time, suggestedAt);
  return { suggestedAt, dueAt, moves };
}

/** An answer to an offer by its deadline, or a request for the deadline (rule `offer-response`). */
export function offerResponse(app: CheckedApplication, offer: CheckedActivity): PendingStep {
  const base = {
    id: 'offer-response', kind: 'offer-response', rule: 'offer-response', opensAt: offer.at, origin: offer.at,
    checklist: listsOf(app).offerResponse, optional: false, order: 0, ...addressed(applicationRecipient(app)),
  } as const;
  if (offer.deadlineDay === undefined) {
    const { at, moves } = workingAt(app.working, offer.at);
    return {
      ...base, suggestedAt: at, dueAt: endOfWorkingDay(app.working, at), moves,
      explanation: app.locale.explanations.offerWithoutDeadline({ company: app.company }),
    };
  }
  const { suggestedAt, dueAt, moves } = deadlineTiming(app.working, offer.at, offer.deadlineDay);
  const dueDay = formatIsoDate(localDay(app.working.zone, dueAt));
  return {
    ...base, suggestedAt, dueAt, moves, ...(offer.deadline === undefined ? {} : { deadline: offer.deadline }),
    explanation: app.locale.explanations.offerByDeadline({ company: app.company, deadline: offer.deadline ?? dueDay, ...(dueDay === offer.deadline ? {} : { dueDay }) }),
  };
}

/**
 * A note to `app`'s employer that `holder` made an offer (rule `offer-expedite`): at the first
 * working instant after the offer in `app`'s own working time, due the same working day.
 * Cancelled when the offer was answered, since there is nothing left to hurry.
 */
export function expediteRequest(app: CheckedApplication, holder: CheckedApplication, offer: CheckedActivity, answered: boolean, id: string): PendingStep {
  const { at, moves } = workingAt(app.working, offer.at);
  return {
    id, kind: 'expedite-request', rule: 'offer-expedite', opensAt: offer.at, suggestedAt: at, dueAt: endOfWorkingDay(app.working, at), moves, origin: offer.at,
    checklist: listsOf(app).expediteRequest, optional: false, order: 0, ...addressed(applicationRecipient(app)),
    ...(offer.deadline === undefined ? {} : { deadline: offer.deadline }),
    ...(answered ? { cancelled: true } : {}),
    explanation: app.locale.explanations.expediteRequest({ company: app.company, holder: holder.company, ...(offer.deadline === undefined ? {} : { deadline: offer.deadline }) }),
  };
}

/**
 * A courteous withdrawal from `app` after accepting `holder`'s offer (rule `withdraw-others`),
 * timed like an expedite request. Done when `app`'s log says the candidate withdrew.
 */
export function withdrawalNote(app: CheckedApplication, holder: CheckedApplication, accepted: CheckedActivity): PendingStep {
  const { at, moves } = workingAt(app.working, accepted.at);
  const withdrew = app.activities.find((activity) => activity.type === 'withdrew' && activity.at >= accepted.at);
  return {
    id: 'withdrawal-note', kind: 'withdrawal-note', rule: 'withdraw-others', opensAt: accepted.at, suggestedAt: at, dueAt: endOfWorkingDay(app.working, at), moves, origin: accepted.at,
    checklist: listsOf(app).withdrawalNote, optional: false, order: 0, ...addressed(applicationRecipient(app)),
    ...(withdrew === undefined ? {} : { doneAt: withdrew.at }),
    explanation: app.locale.explanations.withdrawalNote({ company: app.company, holder: holder.company }),
  };
}
