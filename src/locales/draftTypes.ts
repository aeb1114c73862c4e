import type { FindingCode, ReviewedKind } from '../rules/codes.js';
import type { DateTexts } from './types.js';

// The shape of a language's drafts and of their review: the `drafts` and `review` sections of a
// `Locale`. Every template is a function of one object of parameters, so a translator can reorder
// a sentence freely; the parameters come already checked and, for dates, already written.

/** Who a draft greets: a person, by `salutation` when one is given, else by `name`; with neither, the company's team. */
export interface GreetingParams {
  /** The person's name ("Ana Ruiz"). */
  readonly name?: string;
  /** How the person asked to be addressed ("Mr. Chen", "Frau Dr. Ruiz", "田中様"); a greeting never guesses one. */
  readonly salutation?: string;
  /** The employer, for a greeting to its team. */
  readonly company: string;
}

/** What every draft reads. The candidate's phrases are used verbatim, without a final full stop. */
export interface DraftParams {
  /** The employer. */
  readonly company: string;
  /** The role. */
  readonly position: string;
  /** The round's name, when the message is about one round of an application ("Onsite"). */
  readonly round?: string;
  /** The greeting line, as {@link DraftTexts.greeting} wrote it ("Dear Ana Ruiz,"). */
  readonly greeting: string;
  /** The candidate's name, to sign with; absent, the draft ends with its closing line, ready for a signature. */
  readonly sender?: string;
  /** What the candidate enjoyed in the conversation ("the deep dive into the billing migration"). */
  readonly highlight?: string;
  /** Why they want the job ("the chance to build tools engineers rely on"). */
  readonly interest?: string;
  /** Why they fit ("eight years of running payment systems"). */
  readonly strength?: string;
}

/** What a check-in reads. */
export interface CheckInParams extends DraftParams {
  /** Which check-in this is: 1 for the first, 2 for the next, and so on. */
  readonly attempt: number;
  /** The decision date the employer gave, written with {@link DateTexts.date}. */
  readonly decisionDate?: string;
}

/** What a follow-up on an application reads. */
export interface FollowUpParams extends DraftParams {
  /** Which follow-up this is: 1 for the first, 2 for the next. */
  readonly attempt: number;
  /** The day the candidate applied, written with {@link DateTexts.date}, when known. */
  readonly appliedOn?: string;
}

/**
 * What an answer to an offer says:
 * - `ask-deadline`: thanks, and by when they need an answer;
 * - `ask-extension`: thanks, and a few more working days past the deadline;
 * - `accept`: a warm acceptance that asks for the next steps.
 */
export type OfferReply = 'ask-deadline' | 'ask-extension' | 'accept';

/** What an answer to an offer reads. */
export interface OfferParams extends DraftParams {
  /** Which answer. */
  readonly reply: OfferReply;
  /** The offer's deadline, written with {@link DateTexts.date}, when one was given. */
  readonly deadline?: string;
  /** For `ask-extension`: how many more working days to ask for. */
  readonly extraDays: number;
}

/** What a note to another employer about an offer reads. */
export interface ExpediteParams extends DraftParams {
  /** The offer's deadline, written with {@link DateTexts.date}, when one was given. */
  readonly deadline?: string;
}

/** An email ready to edit and send. */
export interface EmailDraft {
  /** One line, never a line break. */
  readonly subject: string;
  /** The message, paragraphs separated by blank lines, signed with the sender's name. */
  readonly body: string;
}

/** One wording of the thank-you email. */
export type ThankYouEmailWording = (params: DraftParams) => EmailDraft;

/** One wording of the thank-you letter: the letter from greeting to signature. */
export type ThankYouLetterWording = (params: DraftParams) => string;

/** The message drafts: each a function of its parameters, subjects included. */
export interface DraftTexts {
  /** The greeting line. */
  readonly greeting: (params: GreetingParams) => string;
  /** The name a thank-you goes to when the plan names no interviewer ("Acme hiring team"). */
  readonly hiringTeam: (params: { readonly company: string }) => string;
  /**
   * The thank-you email's wordings, at least one: the n-th interviewer of an interview gets the
   * n-th (round robin), so notes to different interviewers never read the same.
   */
  readonly thankYouEmails: readonly [ThankYouEmailWording, ...ThankYouEmailWording[]];
  /** The thank-you letter's wordings, at least one, picked as the emails' are; worded apart from them. */
  readonly thankYouLetters: readonly [ThankYouLetterWording, ...ThankYouLetterWording[]];
  /** A check-in; a later attempt is worded apart from the earlier ones. */
  readonly checkIn: (params: CheckInParams) => EmailDraft;
  /** The reply to a rejection: thanks, a light request for feedback, an open door. */
  readonly rejectionReply: (params: DraftParams) => EmailDraft;
  /** The answer to an offer. */
  readonly offerResponse: (params: OfferParams) => EmailDraft;
  /** A note to another employer about an offer: its deadline, continued interest, their timeline. */
  readonly expediteRequest: (params: ExpediteParams) => EmailDraft;
  /** A courteous withdrawal after accepting an offer elsewhere. */
  readonly withdrawalNote: (params: DraftParams) => EmailDraft;
  /** A follow-up on an application that has had no answer: the role, when applied, still interested, a question about the timeline. */
  readonly applicationFollowUp: (params: FollowUpParams) => EmailDraft;
}

/** The parameters of each finding's message. */
export interface FindingParams {
  /** A message over its length limit. */
  readonly 'too-long': {
    /** How long the body is, in the language's units (words, in English). */
    readonly count: number;
    /** The limit for its kind. */
    readonly limit: number;
  };
  /** Template text left in. */
  readonly 'placeholder-left': {
    /** The template text found ("[Name]"). */
    readonly text: string;
  };
  /** A message that never names its recipient. */
  readonly 'missing-recipient-name': {
    /** The recipient's name. */
    readonly name: string;
  };
  /** No parameters. */
  readonly 'not-personalised': Record<string, never>;
  /** No parameters. */
  readonly 'no-thanks': Record<string, never>;
  /** A message that never names the employer. */
  readonly 'company-not-named': {
    /** The employer. */
    readonly company: string;
  };
  /** A message that never names the role. */
  readonly 'role-not-named': {
    /** The role. */
    readonly position: string;
  };
  /** No parameters. */
  readonly 'no-interest': Record<string, never>;
  /** No parameters. */
  readonly 'pushy-tone': Record<string, never>;
  /** No parameters. */
  readonly 'missing-subject': Record<string, never>;
  /** No parameters. */
  readonly 'no-feedback-request': Record<string, never>;
  /** No parameters. */
  readonly 'subject-line-break': Record<string, never>;
}

/** One message per finding code. */
export type FindingTexts = { readonly [K in FindingCode]: (params: FindingParams[K]) => string };

/**
 * How a language's messages are reviewed. A list of words a language leaves out (`undefined`)
 * skips its check for that language; the codes, kinds and rules never change.
 */
export interface ReviewTexts {
  /**
   * Splits text into the units the length limit counts and the copy check compares, lower-cased:
   * words for a language written with spaces; a language written without them may return characters.
   */
  readonly units: (text: string) => readonly string[];
  /** How many units in a row the copy check compares: three words in English; two for character bigrams. */
  readonly sequence: number;
  /** The longest each kind of message should be, in units. */
  readonly limits: Readonly<Record<ReviewedKind, number>>;
  /** Words that thank (`no-thanks`); each matches as a run of whole units. */
  readonly thanks?: readonly string[] | undefined;
  /** Words that say the candidate still wants the job (`no-interest`). */
  readonly interest?: readonly string[] | undefined;
  /** Pressure words (`pushy-tone`); repeated exclamation marks count in every language. */
  readonly pushy?: readonly string[] | undefined;
  /** Words that ask for feedback (`no-feedback-request`). */
  readonly feedback?: readonly string[] | undefined;
  /** Each finding's message. */
  readonly findings: FindingTexts;
}
