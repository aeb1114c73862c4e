import { checklistsIn, type ChecklistItem, type Checklists } from '../checklists/checklists.js';
import type { Locale } from '../locales/types.js';
import type { CheckedInput, CheckedInterviewer } from '../input/types.js';
import type { RuleId } from '../rules/rules.js';
import { MS_PER_HOUR } from '../time/civil.js';
import { addWorkingDays, endOfWorkingDay, firstWorkStartAfterDay, nextWorkingInstant, nthWorkingDayAfter, workStart, type WorkingTime } from '../time/workingTime.js';
import type { DayUnit } from '../policy/policy.js';
import { addCalendarDays, type Zone } from '../time/zone.js';
import { movesOf, type Move } from './adjustments.js';
import type { StepKind } from '../rules/codes.js';

/** A step while the plan is built, times in epoch ms; `finish` turns it into a {@link FollowUpStep}. */
export interface PendingStep {
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
  /** Ties between steps at one time are broken by kind, then by this. */
  readonly order: number;
  readonly recipient?: CheckedInterviewer;
  readonly attempt?: number;
  readonly attempts?: number;
  readonly doneAt?: number;
  readonly cancelled?: boolean;
  /** The round a step of an application belongs to. */
  readonly round?: string;
  /** The offer's deadline, for offer-response and expedite-request steps. */
  readonly deadline?: string;
  /** For a pipeline's reminders: how many applications are active then. */
  readonly activeApplications?: number;
}

/** The fields a step may be changed in after it is made. */
type StepChange = Partial<Pick<PendingStep, 'recipient' | 'doneAt' | 'cancelled'>>;

/**
 * A copy of `step` with `change` applied, built key by key in one order. Copying a step by
 * spreading it into a literal with a field added makes an object the engine reads slowly ever
 * after (writing the plan took twice as long); every copy goes through here instead. A key
 * given as `undefined` in `change` is dropped.
 */
export function changed(step: PendingStep, change: StepChange): PendingStep {
  const next: { -readonly [K in keyof PendingStep]?: PendingStep[K] } = {
    id: step.id, kind: step.kind, rule: step.rule, opensAt: step.opensAt, dueAt: step.dueAt, suggestedAt: step.suggestedAt,
    moves: step.moves, checklist: step.checklist, explanation: step.explanation, optional: step.optional, order: step.order,
  };
  const recipient = 'recipient' in change ? change.recipient : step.recipient;
  if (recipient !== undefined) next.recipient = recipient;
  if (step.attempt !== undefined) next.attempt = step.attempt;
  if (step.attempts !== undefined) next.attempts = step.attempts;
  const doneAt = 'doneAt' in change ? change.doneAt : step.doneAt;
  if (doneAt !== undefined) next.doneAt = doneAt;
  const cancelled = 'cancelled' in change ? change.cancelled : step.cancelled;
  if (cancelled !== undefined) next.cancelled = cancelled;
  if (step.round !== undefined) next.round = step.round;
  if (step.deadline !== undefined) next.deadline = step.deadline;
  if (step.activeApplications !== undefined) next.activeApplications = step.activeApplications;
  return next as PendingStep;
}

/** The checklists in the language of a plan (built once per language). */
export function listsOf(source: { readonly locale: Locale }): Checklists {
  return checklistsIn(source.locale.checklist);
}

/** Longest run of keep-searching reminders, whatever the horizon. */
const MAX_REMINDERS = 52;

/** The working instant at or after `ms`, with the moves that led there. */
export function workingAt(time: WorkingTime, ms: number): { readonly at: number; readonly moves: readonly Move[] } {
  const { at, moves } = nextWorkingInstant(time, ms);
  return { at, moves: movesOf(moves) };
}

function working(input: CheckedInput, ms: number): { readonly at: number; readonly moves: readonly Move[] } {
  return workingAt(input.working, ms);
}

export function beforeLeaving(input: CheckedInput): PendingStep {
  return {
    id: 'before-leaving', kind: 'before-leaving', rule: 'ask-next-steps',
    opensAt: input.start, dueAt: input.end, suggestedAt: input.start, moves: [],
    checklist: listsOf(input).beforeLeaving, optional: false, order: 0,
    explanation: input.locale.explanations.beforeLeaving(),
  };
}

/** When the thank-you window's notes are due; the same for every interviewer, so computed once. */
export interface ThankYouTiming {
  readonly opensAt: number;
  readonly suggestedAt: number;
  readonly dueAt: number;
  readonly moves: readonly Move[];
  readonly inWindow: boolean;
}

/**
 * The window `fromHours` to `toHours` elapsed hours after `after`, and its earliest working
 * instant; when it holds none, the next working-hours start after it, due at the end of that day.
 */
export function windowTiming(time: WorkingTime, after: number, window: { readonly fromHours: number; readonly toHours: number }, rule: RuleId): ThankYouTiming {
  const opensAt = after + window.fromHours * MS_PER_HOUR;
  const closesAt = after + window.toHours * MS_PER_HOUR;
  const { at, moves } = workingAt(time, opensAt);
  if (at <= closesAt) return { opensAt, suggestedAt: at, dueAt: closesAt, moves, inWindow: true };
  const dueAt = endOfWorkingDay(time, at);
  return {
    opensAt, suggestedAt: at, dueAt, inWindow: false,
    moves: [...moves, { rule, reason: 'window-without-working-time', from: closesAt, to: dueAt }],
  };
}

export function thankYouTiming(input: CheckedInput): ThankYouTiming {
  return windowTiming(input.working, input.end, input.policy.thankYouWindow, 'thank-you-window');
}

/** A thank-you to one interviewer, or to the hiring team when nobody is named. */
export function thankYou(input: CheckedInput, timing: ThankYouTiming, person: CheckedInterviewer | undefined, kind: 'thank-you-email' | 'thank-you-letter'): PendingStep {
  const { fromHours, toHours } = input.policy.thankYouWindow;
  const letter = kind === 'thank-you-letter';
  const texts = { letter, company: input.company, fromHours, toHours, ...(person === undefined ? {} : { person: person.name }) };
  return {
    id: person === undefined ? kind : `${kind}-${person.slug}`, kind, rule: letter ? 'thank-you-letter' : 'thank-you-window',
    opensAt: timing.opensAt, suggestedAt: timing.suggestedAt, dueAt: timing.dueAt, moves: timing.moves,
    optional: letter, order: person?.index ?? 0,
    ...(person === undefined ? {} : { recipient: person }),
    checklist: letter ? listsOf(input).thankYouLetter : listsOf(input).thankYouNote,
    explanation: timing.inWindow
      ? input.locale.explanations.thankYou({ ...texts, moved: timing.moves.length > 0 })
      : input.locale.explanations.thankYouAfterWindow(texts),
  };
}

/** `days` calendar or working days after `ms`, at the same wall time in the employer's zone. */
export function afterDays(input: CheckedInput, ms: number, days: number, unit: DayUnit): number {
  return unit === 'days' ? addCalendarDays(input.employerZone, ms, days) : addWorkingDays(input.working, ms, days);
}

/** The first check-in's nominal time and rule, before the thanks-first guard. */
function firstCheckIn(input: CheckedInput): { rule: RuleId; at: number; moves: readonly Move[]; explanation: string } {
  const { fallbackDays, fallbackUnit, decisionGraceDays } = input.policy;
  if (input.decisionDay !== undefined && decisionGraceDays > 0) {
    // The (g+1)-th working day after the date, at the start of working hours.
    const at = workStart(input.working, nthWorkingDayAfter(input.working, input.decisionDay, decisionGraceDays + 1));
    return {
      rule: 'check-in-after-date', at, moves: [],
      explanation: input.locale.explanations.checkInAfterDate({ company: input.company, decisionDate: input.decisionDate ?? '', graceDays: decisionGraceDays }),
    };
  }
  if (input.decisionDay !== undefined) {
    const { at, moves } = firstWorkStartAfterDay(input.working, input.decisionDay);
    return {
      rule: 'check-in-after-date', at, moves: movesOf(moves),
      explanation: input.locale.explanations.checkInAfterDate({ company: input.company, decisionDate: input.decisionDate ?? '', graceDays: 0 }),
    };
  }
  return {
    rule: 'fallback-two-weeks', ...working(input, afterDays(input, input.end, fallbackDays, fallbackUnit)),
    explanation: input.locale.explanations.checkInFallback({ days: fallbackDays, unit: fallbackUnit }),
  };
}

/** A check-in following `previous`: `repeatDays` after it was sent (or suggested), never before the decision date. */
function repeatCheckIn(input: CheckedInput, previous: PendingStep, attempt: number): { rule: RuleId; at: number; moves: readonly Move[]; explanation: string } {
  const { repeatDays, repeatUnit } = input.policy;
  const planned = afterDays(input, previous.suggestedAt, repeatDays, repeatUnit);
  const nominal = afterDays(input, previous.doneAt ?? previous.suggestedAt, repeatDays, repeatUnit);
  const early: Move[] = nominal === planned ? [] : [{ rule: 'cadence-from-actual', reason: 'rebased-on-actual', from: planned, to: nominal }];
  // A check-in sent early (before the decision date) must not pull the next one before it too.
  const notBefore = input.decisionDay === undefined ? nominal : workStart(input.working, input.decisionDay + 1);
  if (notBefore > nominal) early.push({ rule: 'check-in-after-date', reason: 'before-decision-date', from: nominal, to: notBefore });
  const moved = working(input, Math.max(nominal, notBefore));
  return {
    rule: 'repeat-two-weeks', at: moved.at, moves: [...early, ...moved.moves],
    explanation: input.locale.explanations.checkInRepeat({ previous: attempt - 1, days: repeatDays, unit: repeatUnit, sent: previous.doneAt !== undefined }),
  };
}

/**
 * Check-ins after the decision date (or the fallback), repeated up to the cap. None comes before
 * the thank-you window opens: thanks come before chasing, so a check-in that would (a decision
 * date during a day-long interview) moves there, and the move is recorded.
 */
export function checkIns(input: CheckedInput, thanksOpenAt: number): PendingStep[] {
  if (input.permission === 'declined') return [];
  const { maxCheckIns } = input.policy;
  const sent = input.activities.filter((activity) => activity.type === 'check-in-sent');
  const replied = input.activities.some((activity) => activity.type === 'reply-received');
  const steps: PendingStep[] = [];
  for (let attempt = 1; attempt <= maxCheckIns; attempt++) {
    const previous = steps[attempt - 2];
    let { rule, at, moves, explanation } = previous === undefined ? firstCheckIn(input) : repeatCheckIn(input, previous, attempt);
    if (at < thanksOpenAt) {
      const moved = working(input, thanksOpenAt);
      moves = [...moves, { rule: 'thank-you-window', reason: 'before-thanks', from: at, to: thanksOpenAt }, ...moved.moves];
      at = moved.at;
    }
    const done = sent[attempt - 1];
    steps.push({
      id: `check-in-${attempt}`, kind: 'check-in', rule, opensAt: at, dueAt: endOfWorkingDay(input.working, at),
      suggestedAt: at, moves, checklist: listsOf(input).checkIn, optional: false, order: attempt,
      attempt, attempts: maxCheckIns, explanation,
      ...(done === undefined ? (replied ? { cancelled: true } : {}) : { doneAt: done.at }),
    });
  }
  return steps;
}

/** Where a run of keep-searching reminders starts, how often, and for whom. */
export interface ReminderRun {
  /** The candidate's zone: reminders keep the same wall time in it. */
  readonly zone: Zone;
  /** The first reminder is `every` days after this. */
  readonly from: number;
  /** Days between reminders (`keepSearchingEveryDays`; 0 plans none). */
  readonly every: number;
  /** No reminder after this, except the first. */
  readonly horizon: number;
  /** The explanation of each reminder. */
  readonly explanation: string;
  /** The checklist of each reminder. */
  readonly checklist: readonly ChecklistItem[];
  /** Whether the reminders are cancelled (a reply ended the process). */
  readonly cancelled: boolean;
}

/** Reminders every `every` days from `from` to `horizon` (at least one, at most 52). */
export function reminders(run: ReminderRun): PendingStep[] {
  if (run.every === 0) return [];
  // The times first, so each step is built once, knowing how many there are.
  const times: number[] = [];
  for (let n = 1; n <= MAX_REMINDERS; n++) {
    const at = addCalendarDays(run.zone, run.from, n * run.every);
    if (n > 1 && at > run.horizon) break;
    times.push(at);
  }
  return times.map((at, index) => ({
    id: `keep-searching-${index + 1}`, kind: 'keep-searching', rule: 'keep-searching',
    opensAt: at, suggestedAt: at, dueAt: addCalendarDays(run.zone, at, run.every), moves: NO_MOVES,
    checklist: run.checklist, optional: false, order: index + 1, attempt: index + 1, explanation: run.explanation,
    ...(run.cancelled ? { cancelled: true } : {}), attempts: times.length,
  }));
}

/** The moves of a step that was not moved: one frozen empty list for all. */
const NO_MOVES: readonly Move[] = /* @__PURE__ */ Object.freeze([]);

/** When the process is expected to close: the last check-in, or where the first would be. */
export function horizonOf(input: CheckedInput, checks: readonly PendingStep[]): number {
  const last = checks[checks.length - 1];
  if (last !== undefined) return last.suggestedAt;
  if (input.decisionDay !== undefined) return firstWorkStartAfterDay(input.working, input.decisionDay).at;
  return afterDays(input, input.end, input.policy.fallbackDays, input.policy.fallbackUnit);
}

const KIND_ORDER: Readonly<Record<StepKind, number>> = {
  'before-leaving': 0, 'thank-you-email': 1, 'thank-you-letter': 2, 'offer-response': 3, 'rejection-reply': 4,
  'withdrawal-note': 5, 'expedite-request': 6, 'check-in': 7, 'keep-searching': 8,
};

/** Steps at one instant come in a fixed order of kind, then by their own order. */
export function compareSteps(a: PendingStep, b: PendingStep): number {
  return a.suggestedAt - b.suggestedAt || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order;
}
