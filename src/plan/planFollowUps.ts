import { checklists, type ChecklistItem } from '../checklists/checklists.js';
import { issuesOrFailure, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { checkInput, type CheckedInput, type CheckedInterviewer, type InterviewInput, type PlanOptions } from '../input/interview.js';
import type { RuleId } from '../rules/rules.js';
import { formatIsoDate, isoWeekday, MS_PER_DAY, MS_PER_HOUR, weekdayName } from '../time/civil.js';
import { endOfWorkingDay, firstWorkStartAfterDay, nextWorkingInstant, workStart, type Move } from '../time/workingTime.js';
import { addCalendarDays, formatInstant, toLocalMs, type Zone } from '../time/zone.js';
import { lateThanks, statusAt } from './status.js';
import type { Adjustment, FollowUpPlan, FollowUpStep, PlanWarning, Recipient, StepKind, StepStatus } from './types.js';

/** A step while it is being built, with times in epoch ms. */
interface Draft {
  readonly id: string;
  readonly kind: StepKind;
  readonly rule: RuleId;
  readonly opensAt: number;
  readonly dueAt: number;
  readonly suggestedAt: number;
  readonly moves: readonly Move[];
  readonly checklist: readonly ChecklistItem[];
  readonly explanation: string;
  readonly optional: boolean;
  readonly order: number;
  readonly recipient?: CheckedInterviewer;
  readonly attempt?: number;
  readonly attempts?: number;
  readonly doneAt?: number;
  readonly cancelled?: boolean;
}

const KIND_ORDER: Readonly<Record<StepKind, number>> = {
  'before-leaving': 0, 'thank-you-email': 1, 'thank-you-letter': 2, 'check-in': 3, 'keep-searching': 4,
};

/** Longest run of keep-searching reminders, whatever the horizon. */
const MAX_REMINDERS = 52;

function localLabel(zone: Zone, ms: number): string {
  const local = toLocalMs(zone, ms);
  const day = Math.floor(local / MS_PER_DAY);
  const clock = new Date(local).toISOString().slice(11, 16);
  return `${weekdayName(isoWeekday(day))} ${formatIsoDate(day)} ${clock}`;
}

const REASON_TEXT: Readonly<Record<Move['reason'], string>> = {
  'outside-hours': 'outside working hours',
  'non-working-day': 'not a working day',
  holiday: 'a holiday',
  'window-without-working-time': 'the window holds no working time',
  'rebased-on-actual': 'counted from when the previous check-in was really sent',
  'before-decision-date': 'the decision date had not passed yet',
};

function noteFor(zone: Zone, move: Move): string {
  const from = localLabel(zone, move.from);
  const to = localLabel(zone, move.to);
  if (move.reason === 'window-without-working-time') {
    return `The window closed ${from} (${zone.name}) without working time, so the step is due at the end of the next working day, ${to}.`;
  }
  return `Moved from ${from} to ${to} (${zone.name}): ${REASON_TEXT[move.reason]}.`;
}

function beforeLeaving(input: CheckedInput): Draft {
  return {
    id: 'before-leaving', kind: 'before-leaving', rule: 'ask-next-steps',
    opensAt: input.start, dueAt: input.end, suggestedAt: input.start, moves: [],
    checklist: checklists.beforeLeaving, optional: false, order: 0,
    explanation: 'Before the interview ends, ask about the next stages, the decision date and permission to follow up, and collect every interviewer\'s contact details.',
  };
}

/** When the thank-you window's notes are due; the same for every interviewer, so computed once. */
interface ThankYouTiming {
  readonly opensAt: number;
  readonly suggestedAt: number;
  readonly dueAt: number;
  readonly moves: readonly Move[];
  readonly inWindow: boolean;
}

function thankYouTiming(input: CheckedInput): ThankYouTiming {
  const { fromHours, toHours } = input.policy.thankYouWindow;
  const opensAt = input.end + fromHours * MS_PER_HOUR;
  const closesAt = input.end + toHours * MS_PER_HOUR;
  const { at, moves } = nextWorkingInstant(input.working, opensAt);
  if (at <= closesAt) return { opensAt, suggestedAt: at, dueAt: closesAt, moves, inWindow: true };
  const dueAt = endOfWorkingDay(input.working, at);
  return {
    opensAt, suggestedAt: at, dueAt, inWindow: false,
    moves: [...moves, { rule: 'thank-you-window', reason: 'window-without-working-time', from: closesAt, to: dueAt }],
  };
}

function thankYou(input: CheckedInput, timing: ThankYouTiming, person: CheckedInterviewer | undefined, kind: 'thank-you-email' | 'thank-you-letter'): Draft {
  const { fromHours, toHours } = input.policy.thankYouWindow;
  const letter = kind === 'thank-you-letter';
  const what = letter ? 'Post a thank-you letter to' : 'Email a thank-you to';
  const who = person?.name ?? `the ${input.company} hiring team (no interviewer is named)`;
  const when = timing.moves.length === 0 ? 'as soon as the window opens' : 'at the first working time inside that window';
  return {
    id: person === undefined ? kind : `${kind}-${person.slug}`, kind, rule: letter ? 'thank-you-letter' : 'thank-you-window',
    opensAt: timing.opensAt, suggestedAt: timing.suggestedAt, dueAt: timing.dueAt, moves: timing.moves,
    optional: letter, order: person?.index ?? 0,
    ...(person === undefined ? {} : { recipient: person }),
    checklist: letter ? checklists.thankYouLetter : checklists.thankYouNote,
    explanation: timing.inWindow
      ? `${what} ${who} ${fromHours} to ${toHours} hours after the interview ends, ${when}.`
      : `${what} ${who} at the first working time after the ${fromHours} to ${toHours} hour window, which holds none; late thanks beat none.`,
  };
}

function checkIns(input: CheckedInput): Draft[] {
  if (input.permission === 'declined') return [];
  const { maxCheckIns, repeatDays, fallbackDays } = input.policy;
  const sent = input.activities.filter((activity) => activity.type === 'check-in-sent');
  const replied = input.activities.some((activity) => activity.type === 'reply-received');
  const drafts: Draft[] = [];
  for (let attempt = 1; attempt <= maxCheckIns; attempt++) {
    const previous = drafts[attempt - 2];
    let rule: RuleId;
    let at: number;
    let moves: readonly Move[];
    let explanation: string;
    if (previous === undefined && input.decisionDay !== undefined) {
      rule = 'check-in-after-date';
      ({ at, moves } = firstWorkStartAfterDay(input.working, input.decisionDay));
      explanation = `${input.company} expected to decide by ${input.decisionDate ?? ''}; with no news by then, check in at the start of the next working day.`;
    } else if (previous === undefined) {
      rule = 'fallback-two-weeks';
      ({ at, moves } = nextWorkingInstant(input.working, addCalendarDays(input.employerZone, input.end, fallbackDays)));
      explanation = `No decision date is known, so check in ${fallbackDays} days after the interview.`;
    } else {
      rule = 'repeat-two-weeks';
      const planned = addCalendarDays(input.employerZone, previous.suggestedAt, repeatDays);
      const nominal = addCalendarDays(input.employerZone, previous.doneAt ?? previous.suggestedAt, repeatDays);
      const early: Move[] = nominal === planned ? [] : [{ rule: 'cadence-from-actual', reason: 'rebased-on-actual', from: planned, to: nominal }];
      // A check-in sent early (before the decision date) must not pull the next one before it too.
      const notBefore = input.decisionDay === undefined ? nominal : workStart(input.working, input.decisionDay + 1);
      if (notBefore > nominal) early.push({ rule: 'check-in-after-date', reason: 'before-decision-date', from: nominal, to: notBefore });
      const moved = nextWorkingInstant(input.working, Math.max(nominal, notBefore));
      at = moved.at;
      moves = [...early, ...moved.moves];
      explanation = `If check-in ${attempt - 1} gets no answer, write once more ${repeatDays} days after ${previous.doneAt === undefined ? 'it' : 'it was sent'}.`;
    }
    const done = sent[attempt - 1];
    drafts.push({
      id: `check-in-${attempt}`, kind: 'check-in', rule, opensAt: at, dueAt: endOfWorkingDay(input.working, at),
      suggestedAt: at, moves, checklist: checklists.checkIn, optional: false, order: attempt,
      attempt, attempts: maxCheckIns, explanation,
      ...(done === undefined ? (replied ? { cancelled: true } : {}) : { doneAt: done.at }),
    });
  }
  return drafts;
}

function keepSearching(input: CheckedInput, horizon: number): Draft[] {
  const every = input.policy.keepSearchingEveryDays;
  if (every === 0) return [];
  const replied = input.activities.some((activity) => activity.type === 'reply-received');
  const drafts: Draft[] = [];
  for (let n = 1; n <= MAX_REMINDERS; n++) {
    const at = addCalendarDays(input.zone, input.end, n * every);
    if (n > 1 && at > horizon) break;
    drafts.push({
      id: `keep-searching-${n}`, kind: 'keep-searching', rule: 'keep-searching',
      opensAt: at, suggestedAt: at, dueAt: addCalendarDays(input.zone, at, every), moves: [],
      checklist: checklists.whileWaiting, optional: false, order: n,
      attempt: n, explanation: `Keep applying, interviewing and networking while ${input.company} decides.`,
      ...(replied ? { cancelled: true } : {}),
    });
  }
  return drafts.map((draft) => ({ ...draft, attempts: drafts.length }));
}

/** When the process is expected to close: the last check-in, or where the first would be. */
function horizonOf(input: CheckedInput, checks: readonly Draft[]): number {
  const last = checks[checks.length - 1];
  if (last !== undefined) return last.suggestedAt;
  if (input.decisionDay !== undefined) return firstWorkStartAfterDay(input.working, input.decisionDay).at;
  return addCalendarDays(input.employerZone, input.end, input.policy.fallbackDays);
}

function markThankYous(input: CheckedInput, drafts: readonly Draft[]): Draft[] {
  return drafts.map((draft) => {
    const channel = draft.kind === 'thank-you-letter' ? 'letter' : 'email';
    const sent = input.activities.find((activity) => activity.type === 'thank-you-sent' &&
      activity.interviewer === draft.recipient?.index && activity.channel === channel);
    return sent === undefined ? draft : { ...draft, doneAt: sent.at };
  });
}

function statusOf(draft: Draft, now: number | undefined): StepStatus {
  const settled = draft.doneAt !== undefined ? 'done' : draft.cancelled === true ? 'cancelled' : undefined;
  return statusAt(settled, draft.opensAt, draft.dueAt, now);
}

function recipientOf(person: CheckedInterviewer): Recipient {
  return {
    name: person.name,
    ...(person.email === undefined ? {} : { email: person.email }),
    ...(person.title === undefined ? {} : { title: person.title }),
  };
}

function finish(input: CheckedInput, draft: Draft, written: WeakMap<readonly Move[], readonly Adjustment[]>): FollowUpStep {
  const iso = (ms: number): string => formatInstant(input.zone, ms);
  // Steps that share a timing (every thank-you of a plan) share one frozen list of adjustments.
  let adjustments = written.get(draft.moves);
  if (adjustments === undefined) {
    adjustments = Object.freeze(draft.moves.map((move) => ({
      rule: move.rule, reason: move.reason, from: iso(move.from), to: iso(move.to), note: noteFor(input.employerZone, move),
    })));
    written.set(draft.moves, adjustments);
  }
  return {
    id: draft.id, kind: draft.kind, rule: draft.rule,
    opensAt: iso(draft.opensAt), dueAt: iso(draft.dueAt), suggestedAt: iso(draft.suggestedAt),
    ...(draft.recipient === undefined ? {} : { recipient: recipientOf(draft.recipient) }),
    ...(draft.attempt === undefined ? {} : { attempt: draft.attempt }),
    ...(draft.attempts === undefined ? {} : { attempts: draft.attempts }),
    status: statusOf(draft, input.now),
    optional: draft.optional,
    ...(draft.doneAt === undefined ? {} : { doneAt: iso(draft.doneAt) }),
    adjustments, checklist: draft.checklist, explanation: draft.explanation,
  };
}

function warningsFor(input: CheckedInput, drafts: readonly Draft[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (input.interviewers.length === 0) {
    warnings.push({ code: 'no-interviewers', rule: 'thank-you-each', path: 'interviewers',
      message: 'No interviewer is listed, so one thank-you to the hiring team is planned; add each person you met so each gets a note of their own.' });
  }
  for (const person of input.interviewers) {
    if (person.email !== undefined) continue;
    warnings.push({ code: 'missing-email', rule: 'missing-email', path: `interviewers[${person.index}].email`,
      stepId: `thank-you-email-${person.slug}`,
      message: `No email address for ${person.name}: ask the hiring manager for it before the thank-you is due.` });
  }
  if (input.decisionDay === undefined) {
    warnings.push({ code: 'no-decision-date', rule: 'fallback-two-weeks', path: 'decisionDate',
      message: `No decision date is known, so the first check-in falls ${input.policy.fallbackDays} days after the interview.` });
  }
  if (input.permission === 'not-asked') {
    warnings.push({ code: 'permission-not-asked', rule: 'ask-permission', path: 'followUpPermission',
      message: 'Nobody asked whether following up is welcome; the check-ins assume it is.' });
  } else if (input.permission === 'declined') {
    warnings.push({ code: 'follow-up-declined', rule: 'permission-declined', path: 'followUpPermission',
      message: `${input.company} asked not to be chased, so no check-ins are planned; thank-you notes still are.` });
  }
  const reply = input.activities.find((activity) => activity.type === 'reply-received');
  if (reply !== undefined) {
    warnings.push({ code: 'reply-received', rule: 'reply-stops-cadence',
      message: `${input.company} replied on ${formatInstant(input.zone, reply.at).slice(0, 10)}, so the check-ins and reminders still pending are cancelled.` });
  }
  const checks = drafts.filter((draft) => draft.kind === 'check-in');
  const sentCount = input.activities.filter((activity) => activity.type === 'check-in-sent').length;
  if (reply === undefined && checks.length > 0 && checks.every((draft) => draft.doneAt !== undefined)) {
    warnings.push({ code: 'check-ins-complete', rule: 'max-check-ins',
      message: `All ${checks.length} check-ins went out without an answer; stop writing and put the time into other applications.` });
  }
  if (sentCount > checks.length) {
    warnings.push({ code: 'extra-check-in', rule: 'max-check-ins', path: 'activities',
      message: `${sentCount} check-ins were logged but the plan allows ${checks.length}; more risks looking pushy.` });
  }
  return warnings;
}

function compareDrafts(a: Draft, b: Draft): number {
  return a.suggestedAt - b.suggestedAt || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order;
}

/** Builds the plan from checked input. @internal */
export function planFromChecked(input: CheckedInput): FollowUpPlan {
  const letterFor = (person: CheckedInterviewer): boolean => input.policy.letters || input.activities.some(
    (activity) => activity.type === 'thank-you-sent' && activity.channel === 'letter' && activity.interviewer === person.index);
  const timing = thankYouTiming(input);
  // With nobody named, the thanks still go out: one note to the hiring team.
  const thanks = markThankYous(input, input.interviewers.length === 0
    ? [thankYou(input, timing, undefined, 'thank-you-email')]
    : input.interviewers.flatMap((person) => [
      thankYou(input, timing, person, 'thank-you-email'),
      ...(letterFor(person) ? [thankYou(input, timing, person, 'thank-you-letter')] : []),
    ]));
  const checks = checkIns(input);
  const drafts = [beforeLeaving(input), ...thanks, ...checks, ...keepSearching(input, horizonOf(input, checks))];
  drafts.sort(compareDrafts);
  const iso = (ms: number): string => formatInstant(input.zone, ms);
  const written = new WeakMap<readonly Move[], readonly Adjustment[]>();
  const steps = drafts.map((draft) => finish(input, draft, written));
  return {
    interview: {
      id: input.id, company: input.company, position: input.position,
      start: iso(input.start), end: iso(input.end),
      timeZone: input.zone.name, employerTimeZone: input.employerZone.name,
      interviewers: input.interviewers.map(recipientOf),
      ...(input.decisionDate === undefined ? {} : { decisionDate: input.decisionDate }),
      followUpPermission: input.permission,
      ...(input.nextSteps === undefined ? {} : { nextSteps: input.nextSteps }),
    },
    ...(input.now === undefined ? {} : { now: iso(input.now) }),
    policy: input.policy,
    steps,
    warnings: [...warningsFor(input, drafts), ...lateThanks(steps, input.company)],
  };
}

/**
 * Plans everything to do after an interview: the before-leaving asks, a thank-you per
 * interviewer 24–48 hours after the end, check-ins after the decision date (or two weeks after
 * the interview) repeated every two weeks up to the cap, and keep-searching reminders. Every
 * step says which rule timed it and why; moves out of non-working time are recorded.
 *
 * Pure: the same arguments give the same plan under any process time zone or locale; inputs
 * are never modified.
 *
 * @param interview - What the candidate knows about the interview.
 * @param options - `now` for statuses, logged `activities`, and `policy` overrides.
 * @returns The plan, with steps sorted by `suggestedAt`.
 * @throws {@link FollowUpError} when the input is invalid (see {@link validateInterview}).
 *
 * @example
 * ```ts
 * import { planFollowUps } from 'interview-followup';
 *
 * const plan = planFollowUps({
 *   id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer',
 *   start: '2026-11-20T14:00', end: '2026-11-20T15:00', timeZone: 'America/New_York',
 *   interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }],
 * });
 * plan.steps[1]?.suggestedAt;
 * //=> '2026-11-23T09:00:00.000-05:00' (the Friday interview's note moves to Monday)
 * ```
 */
export function planFollowUps(interview: InterviewInput, options?: PlanOptions): FollowUpPlan {
  const { input, issues } = safeCheck(interview, options);
  throwIfIssues(issues);
  // checkInput returns input exactly when there are no issues.
  return planFromChecked(input as CheckedInput);
}

/**
 * Checks an interview (and, optionally, plan options) without throwing.
 *
 * @param interview - The value to check, of any type.
 * @param options - Plan options to check with it.
 * @returns Every problem found as `{ code, path, message }`; empty when planning would succeed.
 *
 * @example
 * ```ts
 * import { validateInterview } from 'interview-followup';
 *
 * validateInterview({ id: 'x', company: 'Acme', position: 'Engineer',
 *   start: '2026-11-20T14:00', end: '2026-11-20T13:00', timeZone: 'Europe/Paris' });
 * //=> [{ code: 'end-before-start', path: 'end', message: 'end: the interview must end after it starts' }]
 * ```
 */
export function validateInterview(interview: unknown, options?: unknown): readonly ValidationIssue[] {
  return safeCheck(interview, options).issues;
}

function safeCheck(interview: unknown, options: unknown): ReturnType<typeof checkInput> {
  let result: ReturnType<typeof checkInput> = { issues: [] };
  // A throwing getter or proxy in the input is reported, not let loose in the caller.
  const issues = issuesOrFailure('', () => (result = checkInput(interview, options)).issues);
  return issues === result.issues ? result : { issues };
}
