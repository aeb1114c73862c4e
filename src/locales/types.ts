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
}

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
}

/** The sentence of an adjustment: where a step was moved, in the employer's zone. */
export interface AdjustmentTexts {
  /** A move from one time to another, and why. */
  readonly moved: (params: { readonly from: string; readonly to: string; readonly zone: string; readonly reason: AdjustmentReason }) => string;
  /** A window that closed without working time, so the step is due at the end of the next working day. */
  readonly windowClosed: (params: { readonly from: string; readonly to: string; readonly zone: string }) => string;
}

/** The parameters of each warning's message. */
export interface WarningParams {
  /** An interviewer without an email address. */
  readonly 'missing-email': {
    /** Their name. */
    readonly person: string;
  };
  /** No decision date: the first check-in falls `days` after the interview. */
  readonly 'no-decision-date': {
    /** How many days. */
    readonly days: number;
    /** Calendar or working days. */
    readonly unit: DayUnit;
  };
  /** No parameters. */
  readonly 'permission-not-asked': Record<string, never>;
  /** The employer asked not to be chased. */
  readonly 'follow-up-declined': {
    /** The employer. */
    readonly company: string;
  };
  /** No parameters. */
  readonly 'no-interviewers': Record<string, never>;
  /** A thank-you past its window. */
  readonly 'thank-you-late': {
    /** The employer. */
    readonly company: string;
    /** The person it is for, when one is named. */
    readonly person?: string;
  };
  /** The employer replied. */
  readonly 'reply-received': {
    /** The employer. */
    readonly company: string;
    /** When, as a date label. */
    readonly date: string;
  };
  /** Every check-in went out unanswered. */
  readonly 'check-ins-complete': {
    /** How many were sent. */
    readonly count: number;
  };
  /** More check-ins logged than the plan allows. */
  readonly 'extra-check-in': {
    /** How many were logged. */
    readonly logged: number;
    /** How many the plan allows. */
    readonly allowed: number;
  };
  /** An offer without a deadline. */
  readonly 'no-offer-deadline': {
    /** The employer. */
    readonly company: string;
  };
  /** An activity names a step the plan does not have. */
  readonly 'unknown-step': {
    /** The step it names. */
    readonly step: string;
    /** The round it names, when it names one. */
    readonly round?: string;
    /** Whether it names one of the search's reminders. */
    readonly reminder?: boolean;
  };
}

/** One title per step kind. */
export type TitleTexts = { readonly [K in StepKind]: (params: TitleParams) => string };

/** One message per warning code. */
export type WarningTexts = { readonly [K in WarningCode]: (params: WarningParams[K]) => string };

/** The calendar's own words around each step. */
export interface CalendarTexts {
  /** The summary of a step that is done, cancelled or missed. */
  readonly settled: (params: { readonly status: 'done' | 'cancelled'; readonly title: string }) => string;
  /** The heading of the checklist. */
  readonly checklist: string;
  /** What the employer said the next steps are. */
  readonly nextSteps: (params: { readonly text: string }) => string;
  /** When the step is due. */
  readonly dueBy: (params: { readonly time: string; readonly zone: string }) => string;
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
  /** One application in a header: its rounds and where it stands (`status`). */
  readonly application: (params: { readonly company: string; readonly position: string; readonly rounds: number; readonly status: string }) => string;
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
  readonly titles: TitleTexts;
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
  /** The message drafts. */
  readonly drafts: DraftTexts;
  /** How drafts are reviewed, and the findings' messages. */
  readonly review: ReviewTexts;
}
