import type { RuleId } from '../rules/rules.js';

/** One thing to do or check, with the rule it comes from. */
export interface ChecklistItem {
  /** Stable id, unique across all checklists. */
  readonly id: string;
  /** What to do, in one sentence. */
  readonly text: string;
  /** The rule behind it. */
  readonly rule: RuleId;
}

/** The advice checklists, one per moment of the follow-up. */
export interface Checklists {
  /** The four asks before leaving the interview. */
  readonly beforeLeaving: readonly ChecklistItem[];
  /** Writing each interviewer's thank-you email. */
  readonly thankYouNote: readonly ChecklistItem[];
  /** The optional posted thank-you letter. */
  readonly thankYouLetter: readonly ChecklistItem[];
  /** A check-in after the decision date has passed. */
  readonly checkIn: readonly ChecklistItem[];
  /** What to keep doing while waiting. */
  readonly whileWaiting: readonly ChecklistItem[];
  /** Replying to a rejection. */
  readonly rejectionReply: readonly ChecklistItem[];
  /** Answering an offer. */
  readonly offerResponse: readonly ChecklistItem[];
  /** Telling another employer about an offer. */
  readonly expediteRequest: readonly ChecklistItem[];
  /** Withdrawing after accepting an offer elsewhere. */
  readonly withdrawalNote: readonly ChecklistItem[];
  /** Added to a keep-searching reminder when one application or none is still alive. */
  readonly oneBasket: readonly ChecklistItem[];
}

/* @__NO_SIDE_EFFECTS__ */
const item = (id: string, rule: RuleId, text: string): ChecklistItem => Object.freeze({ id, rule, text });
/* @__NO_SIDE_EFFECTS__ */
const list = (...items: ChecklistItem[]): readonly ChecklistItem[] => Object.freeze(items);

/**
 * The advice as checklists. Plan steps carry the items that apply to them; apps can show the
 * lists on their own too. Every item names the rule it comes from.
 *
 * @example
 * ```ts
 * import { checklists } from 'interview-followup';
 *
 * checklists.beforeLeaving.map((entry) => entry.rule);
 * //=> ['ask-next-steps', 'ask-decision-date', 'ask-permission', 'collect-contacts']
 * ```
 */
export const checklists: Checklists = /* @__PURE__ */ Object.freeze({
  beforeLeaving: list(
    item('ask-next-steps', 'ask-next-steps', 'Ask what the next stages of the hiring process are and who will contact you.'),
    item('ask-decision-date', 'ask-decision-date', 'Ask when they expect to reach a final decision, and write the date down.'),
    item('ask-permission', 'ask-permission', 'Ask whether you may get in touch if that date comes and goes without news.'),
    item('collect-contacts', 'collect-contacts', 'Get a card or email address from each interviewer; the hiring manager or whoever sees you out can help.'),
  ),
  thankYouNote: list(
    item('thank-you-matters', 'thank-you-window', 'Do not skip it: in one survey, 22% of hiring managers said a missing thank-you makes them less inclined to hire, since it reads as low interest.'),
    item('thank-you-personal', 'thank-you-each', 'Write to this interviewer alone and mention something only the two of you discussed.'),
    item('thank-you-time', 'thank-you-content', 'Open by thanking them for the time they gave you.'),
    item('thank-you-highlight', 'thank-you-content', 'Add a sentence on a part of the conversation you enjoyed.'),
    item('thank-you-interest', 'thank-you-content', 'Say why the role appeals to you.'),
    item('thank-you-fit', 'thank-you-content', 'Say in a line what makes you a strong match for it.'),
    item('thank-you-brief', 'thank-you-content', 'Keep it to a short email and proofread it: it doubles as a writing sample.'),
  ),
  thankYouLetter: list(
    item('letter-new-words', 'thank-you-letter', 'Word the paper note differently from your email rather than copying it.'),
    item('letter-handwriting', 'thank-you-letter', 'Write it by hand if your writing is tidy; otherwise type it and print it.'),
    item('letter-post', 'thank-you-letter', 'Post it alongside the email: an inbox message can be deleted or filtered, a card on a desk is hard to miss.'),
  ),
  checkIn: list(
    item('check-in-brief', 'check-in-after-date', 'Keep it short, courteous and free of pressure.'),
    item('check-in-status', 'check-in-after-date', 'Ask how far along their decision is.'),
    item('check-in-interest', 'check-in-after-date', 'Say once more that you want the role.'),
    item('check-in-patience', 'repeat-two-weeks', 'Silence is not a rejection: if nobody answers, wait two weeks before writing again, and stop after the last planned check-in.'),
  ),
  whileWaiting: list(
    item('waiting-apply', 'keep-searching', 'Send out new applications this week.'),
    item('waiting-interview', 'keep-searching', 'Book or prepare for other interviews.'),
    item('waiting-network', 'keep-searching', 'Get in touch with someone in your network.'),
  ),
  rejectionReply: list(
    item('rejection-thanks', 'rejection-reply', 'Thank them for the time they spent considering you, without arguing the decision.'),
    item('rejection-feedback', 'rejection-reply', 'Ask, once and lightly, what would have made your application stronger.'),
    item('rejection-door', 'rejection-reply', 'Say you would welcome hearing about future openings, and keep it to a few lines.'),
  ),
  offerResponse: list(
    item('offer-thanks', 'offer-response', 'Thank them for the offer and say you are glad to have it.'),
    item('offer-deadline', 'offer-response', 'If no deadline was given, ask by when they need your answer.'),
    item('offer-extension', 'offer-response', 'Need more time? Ask early for a few more working days and say when you will answer.'),
    item('offer-terms', 'offer-response', 'Get the terms in writing before you accept.'),
  ),
  expediteRequest: list(
    item('expedite-offer', 'offer-expedite', 'Tell them you have an offer and by when you must answer it.'),
    item('expedite-preference', 'offer-expedite', 'Say this role is still the one you want, if it is.'),
    item('expedite-timeline', 'offer-expedite', 'Ask whether they can share their timeline, without asking them to rush.'),
  ),
  withdrawalNote: list(
    item('withdraw-prompt', 'withdraw-others', 'Write soon, so they can move on to other candidates.'),
    item('withdraw-thanks', 'withdraw-others', 'Thank them for their time and say you have accepted another role.'),
    item('withdraw-door', 'withdraw-others', 'Keep it short and warm: you may cross paths again.'),
  ),
  oneBasket: list(
    item('one-basket', 'keep-searching', 'Only one application or none is still alive: line up more now, before you need them.'),
  ),
});
