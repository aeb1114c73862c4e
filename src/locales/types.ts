import type { ChecklistItemId } from '../checklists/checklists.js';
import type { PresetName } from '../policy/presets.js';
import type { DayUnit } from '../policy/policy.js';
import type { AdjustmentReason, ApplicationState, StepKind, StepStatus, WarningCode } from '../rules/codes.js';
import type { RuleId } from '../rules/rules.js';
import type { WallClock } from '../time/civil.js';
import type { DraftTexts, ReviewTexts } from './draftTypes.js';

export type { WallClock };
export type * from './draftTypes.js';

// The shape of a language: every text a person reads, as a function of its parameters. Codes,
// ids, kinds, states, statuses and times never change with the language; only these texts do.

/** Dates and times as a language writes them. */
export interface DateTexts {
  /** A date and time: `long` in sentences ("Monday 2026-11-23 10:00"), `short` in lists ("Mon 2026-11-23 10:00"). */
  readonly dateTime: (time: WallClock, style: 'long' | 'short') => string;
  /** A date in running text, from its `YYYY-MM-DD` form ("9 December 2026"). */
  readonly date: (iso: string) => string;
  /** A clock time alone ("15:00"). */
  readonly time: (time: WallClock) => string;
}

/** What a step title may name. */
export interface TitleParams {
  /** The employer. */
  readonly company: string;
  /** The role. */
  readonly position: string;
  /** The person the step is for, when it names one. */
  readonly person?: string;
  /** Which attempt of a cadence this is, from 1, with `attempts`. */
  readonly attempt?: number;
  /** How many attempts the cadence plans. */
  readonly attempts?: number;
  /** For the search's reminders: how many applications are active. */
  readonly active?: number;
  /** The label of the round the step belongs to ("Phone screen"), when it has one. */
  readonly round?: string;
}

/** A step's title by its kind: what to do, at a glance (the calendar's summary, the agenda's line). */
export type StepTitleTexts = Readonly<Record<StepKind, (params: TitleParams) => string>>;

/** Why a step is there and timed as it is: one sentence per case. */
export interface ExplanationTexts {
  /** The before-leaving asks. */
  readonly beforeLeaving: () => string;
  /** A thank-you inside its window (`moved`: at the first working time in it, not its start). */
  readonly thankYou: (params: { readonly letter: boolean; readonly person?: string; readonly company: string; readonly fromHours: number; readonly toHours: number; readonly moved: boolean }) => string;
  /** A thank-you whose window holds no working time. */
  readonly thankYouAfterWindow: (params: { readonly letter: boolean; readonly person?: string; readonly company: string; readonly fromHours: number; readonly toHours: number }) => string;
  /** The first check-in after the decision date (`graceDays` working days after it, 0 for the next working day). */
  readonly checkInAfterDate: (params: { readonly company: string; readonly decisionDate: string; readonly graceDays: number }) => string;
  /** The first check-in when no decision date is known. */
  readonly checkInFallback: (params: { readonly days: number; readonly unit: DayUnit }) => string;
  /** A further check-in (`sent`: counted from the previous one's logged send). */
  readonly checkInRepeat: (params: { readonly previous: number; readonly days: number; readonly unit: DayUnit; readonly sent: boolean }) => string;
  /** An application's own keep-searching reminder. */
  readonly keepSearching: (params: { readonly company: string }) => string;
  /** A reminder of the whole search, counting the applications still active. */
  readonly keepSearchingAll: (params: { readonly active: number }) => string;
  /** The reply to a rejection. */
  readonly rejectionReply: (params: { readonly company: string; readonly fromHours: number; readonly toHours: number }) => string;
  /** The answer to an offer without a deadline. */
  readonly offerWithoutDeadline: (params: { readonly company: string }) => string;
  /** The answer to an offer by its deadline (`dueDay`: the last working day before it, when that differs). */
  readonly offerByDeadline: (params: { readonly company: string; readonly deadline: string; readonly dueDay?: string }) => string;
  /** Telling `company` about an offer from `holder`. */
  readonly expediteRequest: (params: { readonly company: string; readonly holder: string; readonly deadline?: string }) => string;
  /** Withdrawing from `company` after accepting `holder`'s offer. */
  readonly withdrawalNote: (params: { readonly company: string; readonly holder: string }) => string;
  /** The first follow-up on an application, `days` (in `unit`) after applying. */
  readonly applicationFollowUp: (params: { readonly company: string; readonly days: number; readonly unit: DayUnit }) => string;
  /** A further follow-up (`sent`: counted from the previous one's logged send); `last` when it is the final one. */
  readonly applicationRepeat: (params: { readonly previous: number; readonly days: number; readonly unit: DayUnit; readonly sent: boolean; readonly last: boolean }) => string;
}

/** The sentence of an adjustment: where a step was moved, in the employer's zone. */
export interface AdjustmentTexts {
  /** A move from one time to another, and why. */
  readonly moved: (params: { readonly from: string; readonly to: string; readonly zone: string; readonly reason: AdjustmentReason }) => string;
  /** A window that closed without working time, so the step is due at the end of the next working day. */
  readonly windowClosed: (params: { readonly from: string; readonly to: string; readonly zone: string }) => string;
}

/** One message per warning code, each a function of what it names. */
export interface WarningTexts {
  /** An interviewer (`person`) without an address. */
  readonly 'missing-email': (params: { readonly person: string }) => string;
  /** No decision date: the first check-in falls `days` (in `unit`) after the interview. */
  readonly 'no-decision-date': (params: { readonly days: number; readonly unit: DayUnit }) => string;
  /** Nobody asked whether following up is welcome. */
  readonly 'permission-not-asked': (params: Readonly<Record<string, never>>) => string;
  /** The employer (`company`) asked not to be chased. */
  readonly 'follow-up-declined': (params: { readonly company: string }) => string;
  /** No interviewer is named. */
  readonly 'no-interviewers': (params: Readonly<Record<string, never>>) => string;
  /** A thank-you to `person` (or the `company`'s team) is past its window. */
  readonly 'thank-you-late': (params: { readonly company: string; readonly person?: string }) => string;
  /** The employer replied on `date` (`YYYY-MM-DD`). */
  readonly 'reply-received': (params: { readonly company: string; readonly date: string }) => string;
  /** Every one of `count` check-ins went out without an answer. */
  readonly 'check-ins-complete': (params: { readonly count: number }) => string;
  /** More check-ins were `logged` than the plan `allowed`. */
  readonly 'extra-check-in': (params: { readonly logged: number; readonly allowed: number }) => string;
  /** An offer from `company` came without a deadline. */
  readonly 'no-offer-deadline': (params: { readonly company: string }) => string;
  /** A logged activity names a `step` the plan does not have (in `round`, or among the search's reminders). */
  readonly 'unknown-step': (params: { readonly step: string; readonly round?: string; readonly reminder?: boolean }) => string;
  /** A message sent on `date` (to `to`) matches no message step open then. */
  readonly 'unmatched-activity': (params: { readonly date: string; readonly to?: string }) => string;
  /** `person` was listed twice in one round; the listings were merged. */
  readonly 'duplicate-interviewer': (params: { readonly person: string }) => string;
  /** A round on `date` has no time; it is planned at `time` in `zone`. */
  readonly 'no-interview-time': (params: { readonly date: string; readonly time: string; readonly zone: string }) => string;
  /** `zone` keeps `offset` all year; `instead` names the place (`seasonal`: which keeps daylight saving time). */
  readonly 'fixed-offset-zone': (params: { readonly zone: string; readonly offset: string; readonly instead: string; readonly seasonal: boolean }) => string;
  /** `company` has not decided `days` days after the interview on `date`. */
  readonly 'employer-overdue': (params: { readonly company: string; readonly days: number; readonly date: string }) => string;
  /** An offer from `company` arrived after the working day of its `deadline`. */
  readonly 'offer-deadline-passed': (params: { readonly company: string; readonly deadline: string }) => string;
  /** An application (`id`, else its place `index` from 0) was left out for `problem`, one of `count` problems. */
  readonly 'skipped-application': (params: { readonly id?: string; readonly index: number; readonly count: number; readonly problem: string }) => string;
}

/** The calendar's own words around each step. */
export interface CalendarTexts {
  /** The summary of a step that is done, cancelled or missed. */
  readonly settled: (params: { readonly status: 'done' | 'cancelled' | 'missed'; readonly title: string }) => string;
  /** When the message should land, in the employer's time, for a reminder set earlier in the candidate's own hours. */
  readonly sendAt: (params: { readonly time: string; readonly zone: string }) => string;
  /** The heading of the checklist. */
  readonly checklist: string;
  /** What the employer said the next steps are. */
  readonly nextSteps: (params: { readonly text: string }) => string;
  /** When the step is due, in the candidate's zone, and in the employer's when theirs differs. */
  readonly dueBy: (params: { readonly time: string; readonly zone: string; readonly employerTime?: string; readonly employerZone?: string }) => string;
  /** The rule behind the step. */
  readonly rule: (params: { readonly id: string; readonly summary?: string }) => string;
  /** The heading of the draft (`to`: the address, when known). */
  readonly draft: (params: { readonly to?: string }) => string;
  /** The draft's subject line. */
  readonly subject: (params: { readonly subject: string }) => string;
  /** The line before the `mailto:` link. */
  readonly openInMail: string;
  /** The calendar's name: one company's follow-ups, or the whole search's. */
  readonly name: (params: { readonly company?: string }) => string;
  /** Every event's category. */
  readonly category: string;
}

/** The command's agenda. */
export interface AgendaTexts {
  /** The header of one interview's agenda (`when`: its short start and end). */
  readonly interview: (params: { readonly company: string; readonly position: string; readonly when: string; readonly zone: string }) => string;
  /** One application in a header: its rounds (or, with none yet, the day it was `applied`) and where it stands (`status`). */
  readonly application: (params: { readonly company: string; readonly position: string; readonly rounds: number; readonly status: string; readonly applied?: string }) => string;
  /** Where an application stands, with its outcome. */
  readonly status: (params: { readonly state: ApplicationState; readonly outcome?: string; readonly deadline?: string }) => string;
  /** The header of the whole search. */
  readonly search: (params: { readonly applications: number; readonly active: number; readonly zone: string }) => string;
  /** The advice in force. */
  readonly advice: (params: { readonly preset: string; readonly summary: string }) => string;
  /** Marks a step whose time was moved. */
  readonly moved: string;
  /** Each status, as the agenda shows it. */
  readonly statuses: Readonly<Record<StepStatus, string>>;
  /** The heading of the warnings. */
  readonly warnings: string;
  /** The name shown for the search's own reminders where a company would stand. */
  readonly searchName: string;
}

/** The command's summary of the search (`--insights`): labels and lines around the numbers. */
export interface InsightsTexts {
  /** The heading: how many applications, in which zone. */
  readonly title: (params: { readonly applications: number; readonly zone: string }) => string;
  /** A share as a percentage ("75%"). */
  readonly percent: (params: { readonly rate: number }) => string;
  /** The labels of the three rates: applications that got any answer, an interview, an offer. */
  readonly rates: Readonly<Record<'responses' | 'interviews' | 'offers', string>>;
  /** `count` of `total`. */
  readonly share: (params: { readonly count: number; readonly total: number }) => string;
  /** The median days from applying to the first answer, over `count` applications (`days` absent without data). */
  readonly firstResponse: (params: { readonly days?: number; readonly count: number }) => string;
  /** The heading of the funnel. */
  readonly funnel: string;
  /** The funnel's stages. */
  readonly stages: Readonly<Record<'applied' | 'interviewed' | 'offered' | 'accepted', string>>;
  /** The heading of the follow-up table. */
  readonly followUps: string;
  /** One attempt number's row label. */
  readonly attempt: (params: { readonly attempt: number }) => string;
  /** The heading of the silent employers. */
  readonly silent: string;
  /** How long an employer has been silent, since when, and whether past the policy's line. */
  readonly silence: (params: { readonly days?: number; readonly since: string; readonly overdue: boolean }) => string;
  /** Shown under a heading with nothing to list. */
  readonly none: string;
}

/**
 * A language: every text the library writes for people. `en` is built in; `de`, `fr`, `es`
 * and `ja` are entries of their own (`interview-followup/locales/de`, …). A plan records the
 * tag it was written in.
 */
export interface Locale {
  /** The language's BCP 47 tag (`en`, `de`, `fr`, `es`, `ja`); `Intl` formats dates with it. */
  readonly tag: string;
  /** Dates and times. */
  readonly dates: DateTexts;
  /** Step titles, one per kind. */
  readonly titles: StepTitleTexts;
  /** Why each step is there. */
  readonly explanations: ExplanationTexts;
  /** The sentences of adjustments. */
  readonly adjustments: AdjustmentTexts;
  /** Warning messages. */
  readonly warnings: WarningTexts;
  /** Each checklist item's text, by item id. */
  readonly checklist: Readonly<Record<ChecklistItemId, string>>;
  /** Each rule's one-line summary, by rule id. */
  readonly rules: Readonly<Record<RuleId, string>>;
  /** Each preset's one-line summary. */
  readonly presets: Readonly<Record<PresetName, string>>;
  /** The calendar's words. */
  readonly calendar: CalendarTexts;
  /** The command's agenda. */
  readonly agenda: AgendaTexts;
  /** The command's summary of the search. */
  readonly insights: InsightsTexts;
  /** The message drafts. */
  readonly drafts: DraftTexts;
  /** How drafts are reviewed, and the findings' messages. */
  readonly review: ReviewTexts;
}

/** Every warning code has its message: a code added without one fails to compile here. */
type EveryWarningHasText = [WarningCode] extends [keyof WarningTexts] ? ([keyof WarningTexts] extends [WarningCode] ? true : never) : never;
/** The check above, made to run. @internal */
export const everyWarningHasText: EveryWarningHasText = true;
