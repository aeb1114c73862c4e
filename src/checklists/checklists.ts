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
  /** Following up on an application that has had no answer yet. */
  readonly applicationFollowUp: readonly ChecklistItem[];
}

/** The id of a checklist item: stable across languages. */
export type ChecklistItemId =
  | 'ask-next-steps'
  | 'ask-decision-date'
  | 'ask-permission'
  | 'collect-contacts'
  | 'thank-you-matters'
  | 'thank-you-personal'
  | 'thank-you-time'
  | 'thank-you-highlight'
  | 'thank-you-interest'
  | 'thank-you-fit'
  | 'thank-you-brief'
  | 'letter-new-words'
  | 'letter-handwriting'
  | 'letter-post'
  | 'check-in-brief'
  | 'check-in-status'
  | 'check-in-interest'
  | 'check-in-patience'
  | 'waiting-apply'
  | 'waiting-interview'
  | 'waiting-network'
  | 'rejection-thanks'
  | 'rejection-feedback'
  | 'rejection-door'
  | 'offer-thanks'
  | 'offer-deadline'
  | 'offer-extension'
  | 'offer-terms'
  | 'expedite-offer'
  | 'expedite-preference'
  | 'expedite-timeline'
  | 'withdraw-prompt'
  | 'withdraw-thanks'
  | 'withdraw-door'
  | 'one-basket'
  | 'follow-up-brief'
  | 'follow-up-question'
  | 'follow-up-stop';

/** Which items each list holds, in order, with the rule each comes from; texts come from a language. */
const SHAPE: Readonly<Record<keyof Checklists, readonly (readonly [ChecklistItemId, RuleId])[]>> = {
  beforeLeaving: [['ask-next-steps', 'ask-next-steps'], ['ask-decision-date', 'ask-decision-date'], ['ask-permission', 'ask-permission'], ['collect-contacts', 'collect-contacts']],
  thankYouNote: [['thank-you-matters', 'thank-you-window'], ['thank-you-personal', 'thank-you-each'], ['thank-you-time', 'thank-you-content'], ['thank-you-highlight', 'thank-you-content'], ['thank-you-interest', 'thank-you-content'], ['thank-you-fit', 'thank-you-content'], ['thank-you-brief', 'thank-you-content']],
  thankYouLetter: [['letter-new-words', 'thank-you-letter'], ['letter-handwriting', 'thank-you-letter'], ['letter-post', 'thank-you-letter']],
  checkIn: [['check-in-brief', 'check-in-after-date'], ['check-in-status', 'check-in-after-date'], ['check-in-interest', 'check-in-after-date'], ['check-in-patience', 'repeat-two-weeks']],
  whileWaiting: [['waiting-apply', 'keep-searching'], ['waiting-interview', 'keep-searching'], ['waiting-network', 'keep-searching']],
  rejectionReply: [['rejection-thanks', 'rejection-reply'], ['rejection-feedback', 'rejection-reply'], ['rejection-door', 'rejection-reply']],
  offerResponse: [['offer-thanks', 'offer-response'], ['offer-deadline', 'offer-response'], ['offer-extension', 'offer-response'], ['offer-terms', 'offer-response']],
  expediteRequest: [['expedite-offer', 'offer-expedite'], ['expedite-preference', 'offer-expedite'], ['expedite-timeline', 'offer-expedite']],
  withdrawalNote: [['withdraw-prompt', 'withdraw-others'], ['withdraw-thanks', 'withdraw-others'], ['withdraw-door', 'withdraw-others']],
  oneBasket: [['one-basket', 'keep-searching']],
  applicationFollowUp: [['follow-up-brief', 'follow-up-after-applying'], ['follow-up-question', 'follow-up-after-applying'], ['follow-up-stop', 'repeat-after-applying']],
};


/** The English text of every item. @internal */
export const englishChecklist: Readonly<Record<ChecklistItemId, string>> = /* @__PURE__ */ Object.freeze({
  'ask-next-steps': 'Ask what the next stages of the hiring process are and who will contact you.',
  'ask-decision-date': 'Ask when they expect to reach a final decision, and write the date down.',
  'ask-permission': 'Ask whether you may get in touch if that date comes and goes without news.',
  'collect-contacts': 'Get a card or email address from each interviewer; the hiring manager or whoever sees you out can help.',
  'thank-you-matters': 'Do not skip it: in one survey, 22% of hiring managers said a missing thank-you makes them less inclined to hire, since it reads as low interest.',
  'thank-you-personal': 'Write to this interviewer alone and mention something only the two of you discussed.',
  'thank-you-time': 'Open by thanking them for the time they gave you.',
  'thank-you-highlight': 'Add a sentence on a part of the conversation you enjoyed.',
  'thank-you-interest': 'Say why the role appeals to you.',
  'thank-you-fit': 'Say in a line what makes you a strong match for it.',
  'thank-you-brief': 'Keep it to a short email and proofread it: it doubles as a writing sample.',
  'letter-new-words': 'Word the paper note differently from your email rather than copying it.',
  'letter-handwriting': 'Write it by hand if your writing is tidy; otherwise type it and print it.',
  'letter-post': 'Post it alongside the email: an inbox message can be deleted or filtered, a card on a desk is hard to miss.',
  'check-in-brief': 'Keep it short, courteous and free of pressure.',
  'check-in-status': 'Ask how far along their decision is.',
  'check-in-interest': 'Say once more that you want the role.',
  'check-in-patience': 'Silence is not a rejection: if nobody answers, wait two weeks before writing again, and stop after the last planned check-in.',
  'waiting-apply': 'Send out new applications this week.',
  'waiting-interview': 'Book or prepare for other interviews.',
  'waiting-network': 'Get in touch with someone in your network.',
  'rejection-thanks': 'Thank them for the time they spent considering you, without arguing the decision.',
  'rejection-feedback': 'Ask, once and lightly, what would have made your application stronger.',
  'rejection-door': 'Say you would welcome hearing about future openings, and keep it to a few lines.',
  'offer-thanks': 'Thank them for the offer and say you are glad to have it.',
  'offer-deadline': 'If no deadline was given, ask by when they need your answer.',
  'offer-extension': 'Need more time? Ask early for a few more working days and say when you will answer.',
  'offer-terms': 'Get the terms in writing before you accept.',
  'expedite-offer': 'Tell them you have an offer and by when you must answer it.',
  'expedite-preference': 'Say this role is still the one you want, if it is.',
  'expedite-timeline': 'Ask whether they can share their timeline, without asking them to rush.',
  'withdraw-prompt': 'Write soon, so they can move on to other candidates.',
  'withdraw-thanks': 'Thank them for their time and say you have accepted another role.',
  'withdraw-door': 'Keep it short and warm: you may cross paths again.',
  'one-basket': 'Only one application or none is still alive: line up more now, before you need them.',
  'follow-up-brief': 'Keep it to a few lines: the role, when you applied, and that you are still interested.',
  'follow-up-question': 'Ask one clear question: where your application stands, or when they expect to decide.',
  'follow-up-stop': 'Two follow-ups without an answer are an answer: stop, and put the time into new applications.',
});

/** Checklists already built, by the texts they were built from: every plan in one language shares them. */
const built = new WeakMap<Readonly<Record<ChecklistItemId, string>>, Checklists>();

/**
 * The checklists with a language's texts, built once per set of texts: every item keeps its id
 * and rule, and is frozen. @internal
 */
export function checklistsIn(texts: Readonly<Record<ChecklistItemId, string>>): Checklists {
  let lists = built.get(texts);
  if (lists === undefined) {
    const out: Record<string, readonly ChecklistItem[]> = {};
    for (const [name, entries] of Object.entries(SHAPE)) {
      out[name] = Object.freeze(entries.map(([id, rule]) => Object.freeze({ id, rule, text: texts[id] })));
    }
    lists = Object.freeze(out) as unknown as Checklists;
    built.set(texts, lists);
  }
  return lists;
}

/**
 * The advice as checklists, in English. Plan steps carry the items that apply to them, in the
 * plan's language; apps can show the lists on their own too. Every item names the rule it comes
 * from.
 *
 * @example
 * ```ts
 * import { checklists } from 'interview-followup';
 *
 * checklists.beforeLeaving.map((entry) => entry.rule);
 * //=> ['ask-next-steps', 'ask-decision-date', 'ask-permission', 'collect-contacts']
 * ```
 */
export const checklists: Checklists = /* @__PURE__ */ checklistsIn(englishChecklist);
