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
  /** The label of the step's round, for titles. */
  readonly roundLabel?: string;
  /** For outcome steps: when the activity that made them happened (an outcome before it does not cancel them). */
  readonly origin?: number;
  /** From this instant on, the step can no longer help: it is `missed` unless done or cancelled. */
  readonly missedFrom?: number;
}

/** The fields a step may be changed in after it is made. */
type StepChange = Partial<Pick<PendingStep, 'recipient' | 'doneAt' | 'cancelled' | 'missedFrom' | 'opensAt' | 'dueAt' | 'suggestedAt' | 'moves'>>;

/**
 * A copy of `step` with `change` applied, built key by key in one order. Copying a step by
 * spreading it into a literal with a field added makes an object the engine reads slowly ever
 * after (writing the plan took twice as long); every copy goes through here instead. A key
 * given as `undefined` in `change` is dropped.
 */
export function changed(step: PendingStep, change: StepChange): PendingStep {
  const next: { -readonly [K in keyof PendingStep]?: PendingStep[K] } = {
    id: step.id, kind: step.kind, rule: step.rule, opensAt: change.opensAt ?? step.opensAt, dueAt: change.dueAt ?? step.dueAt,
    suggestedAt: change.suggestedAt ?? step.suggestedAt, moves: change.moves ?? step.moves, checklist: step.checklist,
    explanation: step.explanation, optional: step.optional, order: step.order,
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
  if (step.roundLabel !== undefined) next.roundLabel = step.roundLabel;
  if (step.origin !== undefined) next.origin = step.origin;
  const missedFrom = 'missedFrom' in change ? change.missedFrom : step.missedFrom;
  if (missedFrom !== undefined) next.missedFrom = missedFrom;
  return next as PendingStep;
}

/** The checklists in the language of a plan (built once per language). */
export function listsOf(source: { readonly locale: Locale }): Checklists {
  return checklistsIn(source.locale.checklist);
}

/** The working instant at or after `ms`, with the moves that led there. */
export function workingAt(time: WorkingTime, ms: number): { readonly at: number; readonly moves: readonly Move[] } {
  const { at, moves } = nextWorkingInstant(time, ms);
  return { at, moves: movesOf(moves) };
}

/** The round a step of `input` belongs to, and its label: every round step carries them. */
export function roundOfStep(input: CheckedInput): { readonly round: string; readonly roundLabel?: string } {
  return input.label === undefined ? { round: input.id } : { round: input.id, roundLabel: input.label };
}

/** The before-leaving asks: open during the interview, missed once it is over. */
export function beforeLeaving(input: CheckedInput): PendingStep {
  return {
    id: 'before-leaving', kind: 'before-leaving', rule: 'ask-next-steps',
    opensAt: input.start, dueAt: input.end, suggestedAt: input.start, moves: NO_MOVES,
    checklist: listsOf(input).beforeLeaving, optional: false, order: 0,
    explanation: input.locale.explanations.beforeLeaving(), ...roundOfStep(input), missedFrom: input.end + 1,
  };
}

/** The moves of a step that was not moved: one frozen empty list for all. */
export const NO_MOVES: readonly Move[] = /* @__PURE__ */ Object.freeze([]);

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

/** The thank-you checklist for a note to the hiring team: nobody to write to alone. */
function teamNote(list: readonly ChecklistItem[]): readonly ChecklistItem[] {
  return list.filter((item) => item.id !== 'thank-you-personal');
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
    ...(person === undefined ? {} : { recipient: person }), ...roundOfStep(input),
    checklist: letter ? listsOf(input).thankYouLetter : person === undefined ? teamNote(listsOf(input).thankYouNote) : listsOf(input).thankYouNote,
    explanation: timing.inWindow
      ? input.locale.explanations.thankYou({ ...texts, moved: timing.moves.length > 0 })
      : input.locale.explanations.thankYouAfterWindow(texts),
  };
}

/** `days` calendar or working days after `ms`, at the same wall time in the employer's zone. */
export function afterDays(source: { readonly working: WorkingTime }, ms: number, days: number, unit: DayUnit): number {
  return unit === 'days' ? addCalendarDays(source.working.zone, ms, days) : addWorkingDays(source.working, ms, days);
}

const KIND_ORDER: Readonly<Record<StepKind, number>> = {
  'before-leaving': 0, 'thank-you-email': 1, 'thank-you-letter': 2, 'offer-response': 3, 'rejection-reply': 4,
  'withdrawal-note': 5, 'expedite-request': 6, 'application-follow-up': 7, 'check-in': 8, 'keep-searching': 9,
};

/** Steps at one instant come in a fixed order of kind, then by their own order. */
export function compareSteps(a: PendingStep, b: PendingStep): number {
  return a.suggestedAt - b.suggestedAt || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order;
}
