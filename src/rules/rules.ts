import { presetsChanging, type PresetName } from '../policy/presets.js';

/**
 * The id of a rule the library encodes. Every step's `rule`, every warning's `rule` and every
 * adjustment's `rule` is one of these, so any date in a plan traces back to the advice behind it.
 * The first twelve come from the source article; the others are the library's common-sense
 * defaults and other published career guidance (`docs/rules.md` cites each).
 */
export type RuleId =
  | 'ask-next-steps'
  | 'ask-decision-date'
  | 'ask-permission'
  | 'collect-contacts'
  | 'fallback-two-weeks'
  | 'thank-you-window'
  | 'thank-you-each'
  | 'thank-you-content'
  | 'thank-you-letter'
  | 'check-in-after-date'
  | 'repeat-two-weeks'
  | 'keep-searching'
  | 'working-hours'
  | 'holidays'
  | 'max-check-ins'
  | 'reply-stops-cadence'
  | 'cadence-from-actual'
  | 'permission-declined'
  | 'missing-email'
  | 'late-is-better'
  | 'next-round'
  | 'rejection-reply'
  | 'offer-response'
  | 'offer-expedite'
  | 'withdraw-others'
  | 'follow-up-after-applying'
  | 'repeat-after-applying'
  | 'invited'
  | 'missed'
  | 'employer-overdue'
  | 'ghosted'
  | 'rescheduled'
  | 'candidate-hours';

/**
 * Where a rule comes from: the source article, the library's own default, or other published
 * career guidance (cited in `docs/rules.md`).
 */
export type RuleSource = 'article' | 'library-default' | 'published-guidance';

/** One entry of the {@link rules} catalogue. */
export interface Rule {
  /** The rule's stable id. */
  readonly id: RuleId;
  /** The rule in one line, in the library's words. */
  readonly summary: string;
  /** Where it comes from. */
  readonly source: RuleSource;
  /** The {@link Policy} keys that set its numbers, if any. */
  readonly policyKeys: readonly string[];
  /** The {@link presets} that change its numbers from the defaults. */
  readonly presets: readonly PresetName[];
}

/* @__NO_SIDE_EFFECTS__ */
const rule = (
  id: RuleId,
  source: RuleSource,
  summary: string,
  policyKeys: readonly string[] = [],
): Rule => Object.freeze({ id, source, summary, policyKeys: Object.freeze([...policyKeys]), presets: presetsChanging(policyKeys) });

/**
 * The catalogue of every rule, keyed by id: a one-line summary, the source (`'article'` for the
 * interview follow-up article the defaults come from, `'library-default'` for the common-sense
 * choices the article leaves open) and the policy keys that tune it.
 *
 * @example
 * ```ts
 * import { rules } from 'interview-followup';
 *
 * rules['thank-you-window'].summary;
 * //=> 'Send each thank-you note between 24 and 48 hours after the interview ends.'
 * ```
 */
export const rules: { readonly [K in RuleId]: Rule } = /* @__PURE__ */ Object.freeze({
  'ask-next-steps': rule('ask-next-steps', 'article',
    'Before you go, find out what the next stages of the hiring process are.'),
  'ask-decision-date': rule('ask-decision-date', 'article',
    'Ask when the final decision is expected: that is the date to expect news by.'),
  'ask-permission': rule('ask-permission', 'article',
    'Ask whether you may get in touch if that date passes in silence; schedules often slip.'),
  'collect-contacts': rule('collect-contacts', 'article',
    'With several interviewers, collect a card or email address for each of them.'),
  'fallback-two-weeks': rule('fallback-two-weeks', 'article',
    'Without a decision date, plan the first check-in two weeks after the interview.', ['fallbackDays', 'fallbackUnit']),
  'thank-you-window': rule('thank-you-window', 'article',
    'Send each thank-you note between 24 and 48 hours after the interview ends.', ['thankYouWindow']),
  'thank-you-each': rule('thank-you-each', 'article',
    'Every interviewer gets a separate note written for them.', ['thankYouTo']),
  'thank-you-content': rule('thank-you-content', 'article',
    'A short email: thanks for their time, what you liked, why you want the role, why you fit it.'),
  'thank-you-letter': rule('thank-you-letter', 'article',
    'Optionally post a paper note as well, worded differently from the email.', ['letters']),
  'check-in-after-date': rule('check-in-after-date', 'article',
    'If the decision date passes without news, send a short, polite check-in that restates your interest.', ['decisionGraceDays']),
  'repeat-two-weeks': rule('repeat-two-weeks', 'article',
    'No answer to a check-in: wait two more weeks, then write once more; persistent, not pushy.', ['repeatDays', 'repeatUnit']),
  'keep-searching': rule('keep-searching', 'article',
    'Keep applying, interviewing and networking while you wait for an answer.', ['keepSearchingEveryDays']),
  'working-hours': rule('working-hours', 'library-default',
    'Messages go out on working days inside working hours in the employer\'s time zone.', ['workingDays', 'workingHours']),
  holidays: rule('holidays', 'library-default',
    'Dates you list as holidays count as days off; the library ships no holiday data.', ['holidays']),
  'max-check-ins': rule('max-check-ins', 'library-default',
    'Stop after a fixed number of check-ins: two by default, the check-in and one repeat.', ['maxCheckIns']),
  'reply-stops-cadence': rule('reply-stops-cadence', 'library-default',
    'Once the employer replies, the check-ins still pending are cancelled.'),
  'cadence-from-actual': rule('cadence-from-actual', 'library-default',
    'The next check-in counts from when the last one was really sent, if you logged it.'),
  'permission-declined': rule('permission-declined', 'library-default',
    'If they asked you not to follow up, no check-ins are planned.'),
  'missing-email': rule('missing-email', 'library-default',
    'An interviewer without an address still gets a thank-you step, flagged to collect the address.'),
  'late-is-better': rule('late-is-better', 'library-default',
    'A thank-you whose window has passed stays in the plan as overdue: late thanks beat none.'),
  'next-round': rule('next-round', 'published-guidance',
    'An invitation to a further round is the answer: earlier rounds\' pending check-ins are dropped, and each round gets its own thanks.'),
  'rejection-reply': rule('rejection-reply', 'published-guidance',
    'Answer a rejection within a day or two: thank them, ask for feedback, leave the door open.', ['rejectionReplyWindow']),
  'offer-response': rule('offer-response', 'published-guidance',
    'Answer an offer by its deadline; without one, ask for it. A short extension asked for early is usually granted.'),
  'offer-expedite': rule('offer-expedite', 'published-guidance',
    'With an offer in hand, tell the other employers still in process and ask about their timeline.'),
  'withdraw-others': rule('withdraw-others', 'published-guidance',
    'Once you accept an offer, withdraw from the other processes promptly and courteously.'),
  'follow-up-after-applying': rule('follow-up-after-applying', 'published-guidance',
    'No word on an application: follow up once, briefly and politely, about a week after applying.', ['applicationFollowUpDays', 'applicationFollowUpUnit']),
  'repeat-after-applying': rule('repeat-after-applying', 'published-guidance',
    'Still nothing: one more follow-up about a week later, then stop; silence after two is an answer.', ['applicationRepeatDays', 'maxApplicationFollowUps']),
  invited: rule('invited', 'library-default',
    'An invitation to interview answers the application: the follow-ups after applying still pending end.'),
  missed: rule('missed', 'library-default',
    'A step that can no longer help is marked missed rather than left overdue.'),
  'employer-overdue': rule('employer-overdue', 'published-guidance',
    'Flag an employer still undecided a set number of days after your last interview (Ontario: 45 days).', ['employerResponseDays']),
  ghosted: rule('ghosted', 'published-guidance',
    'You may close an application that has gone silent; its pending steps end.'),
  rescheduled: rule('rescheduled', 'library-default',
    'A date you pin or snooze a step to wins over the rule\'s; later attempts count from it.'),
  'candidate-hours': rule('candidate-hours', 'library-default',
    'Reminders reach you while you are awake; the message can still be scheduled to land in the employer\'s working hours.', ['candidateHours']),
});
