import type { CheckedActivity, CheckedApplication, CheckedInput, InputNotice } from '../input/types.js';
import type { WarningCode } from '../rules/codes.js';
import { fixedOffsetZone } from '../time/abbreviations.js';
import { wallClock } from '../time/civil.js';
import { workEnd, workingDayOnOrBefore } from '../time/workingTime.js';
import { formatInstant, toLocalMs } from '../time/zone.js';
import type { PendingStep } from '../steps/steps.js';
import type { PlanWarning } from '../steps/types.js';
import { warningsFor } from '../steps/warnings.js';
import type { Events } from './events.js';
import type { ApplicationMode } from './planChecked.js';
import type { Outcome } from './planTypes.js';
import { overdueRound } from './state.js';

/** Warnings about chasing an answer, moot once an offer or a close is the answer. */
const CHASING: ReadonlySet<WarningCode> = new Set<WarningCode>(['no-decision-date', 'permission-not-asked', 'check-ins-complete']);

/** What the warnings of an application are read from. */
export interface WarningSources {
  readonly steps: readonly PendingStep[];
  readonly events: Events;
  readonly mode: ApplicationMode;
  /** `step-done` and `step-rescheduled` activities naming no step. */
  readonly unplaced: readonly CheckedActivity[];
  /** Warnings made while reading the log (messages matching no step). */
  readonly marked: readonly PlanWarning[];
  readonly outcome: { readonly type: Outcome['type'] } | undefined;
}

/** A notice from the checkers as a warning in the plan's language. */
function noticeWarning(app: CheckedApplication, notice: InputNotice, round: CheckedInput | undefined): PlanWarning {
  const texts = app.locale.warnings;
  switch (notice.code) {
    case 'duplicate-interviewer':
      return { code: notice.code, rule: 'thank-you-each', path: notice.path, message: texts['duplicate-interviewer']({ person: notice.name ?? '' }) };
    case 'no-interview-time': {
      const zone = round?.employerZone ?? app.employerZone;
      const start = round?.start ?? 0;
      return { code: notice.code, rule: 'working-hours', path: notice.path,
        message: texts['no-interview-time']({ date: round?.startDate ?? '', time: app.locale.dates.time(wallClock(toLocalMs(zone, start))), zone: zone.name }) };
    }
    case 'fixed-offset-zone': {
      const fixed = fixedOffsetZone(notice.name ?? '') ?? { offset: '', instead: '', seasonal: false };
      return { code: notice.code, rule: 'working-hours', path: notice.path, message: texts['fixed-offset-zone']({ zone: notice.name ?? '', ...fixed }) };
    }
  }
}

/**
 * Whether an offer arrived after the working day its deadline falls on (or the last one before
 * it): working hours end at `workEnd`, so an offer at that instant already finds none left.
 */
function offerTooLate(app: CheckedApplication, offer: CheckedActivity): boolean {
  if (offer.deadlineDay === undefined) return false;
  return offer.at >= workEnd(app.working, workingDayOnOrBefore(app.working, offer.deadlineDay));
}

/**
 * Everything the candidate should know about an application, late thanks aside: each round's
 * warnings (all of them for the latest round, those about its people for earlier ones), what the
 * checkers noticed, the offer's deadline, an employer that is taking too long, and log entries that
 * name no step or match none.
 */
export function applicationWarnings(app: CheckedApplication, sources: WarningSources): PlanWarning[] {
  const { steps, events, mode } = sources;
  const texts = app.locale.warnings;
  const latest = app.rounds[app.rounds.length - 1];
  const seen = (activity: CheckedActivity): boolean => events.replies.includes(activity) || activity.type !== 'reply-received';
  const warnings: PlanWarning[] = app.notices.map((notice) => noticeWarning(app, notice, undefined));
  for (const round of app.rounds) {
    const prefix = app.roundPaths.get(round.id) ?? '';
    warnings.push(...warningsFor(round, steps, seen)
      .filter((warning) => round === latest || warning.code === 'missing-email' || warning.code === 'no-interviewers')
      .map((warning) => ({ ...warning, ...(warning.path === undefined ? {} : { path: `${prefix}${warning.path}` }), ...(mode.single ? {} : { round: round.id }) })));
    warnings.push(...round.notices.map((notice) => ({ ...noticeWarning(app, notice, round), ...(mode.single ? {} : { round: round.id }) })));
  }
  const offer = events.offers[events.offers.length - 1];
  if (offer !== undefined && offer.deadline === undefined) {
    warnings.push({ code: 'no-offer-deadline', rule: 'offer-response', stepId: 'offer-response', message: texts['no-offer-deadline']({ company: app.company }) });
  }
  if (offer !== undefined && offer.deadline !== undefined && offerTooLate(app, offer)) {
    warnings.push({ code: 'offer-deadline-passed', rule: 'offer-response', stepId: 'offer-response', path: `${offer.path}.deadline`, message: texts['offer-deadline-passed']({ company: app.company, deadline: offer.deadline }) });
  }
  const overdue = sources.outcome === undefined ? overdueRound(app, app.now) : undefined;
  if (overdue !== undefined) {
    const path = app.roundPaths.get(overdue.id) ?? '';
    warnings.push({ code: 'employer-overdue', rule: 'employer-overdue', path: path.endsWith('.') ? path.slice(0, -1) : path, ...(mode.single ? {} : { round: overdue.id }),
      message: texts['employer-overdue']({ company: app.company, days: app.policy.employerResponseDays ?? 0, date: formatInstant(overdue.zone, overdue.end).slice(0, 10) }) });
  }
  for (const activity of sources.unplaced) {
    const round = activity.round ?? app.rounds.find((candidate) => candidate.activities.includes(activity))?.id;
    warnings.push({ code: 'unknown-step', rule: activity.type === 'step-rescheduled' ? 'rescheduled' : 'reply-stops-cadence', path: `${activity.path}.step`,
      message: texts['unknown-step']({ step: activity.step ?? '', ...(round === undefined ? {} : { round }) }) });
  }
  warnings.push(...sources.marked);
  return sources.outcome === undefined ? warnings : warnings.filter((warning) => !CHASING.has(warning.code));
}

