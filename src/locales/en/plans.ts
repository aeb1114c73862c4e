import type { DayUnit } from '../../policy/policy.js';
import type { AdjustmentReason } from '../../rules/codes.js';
import type { AdjustmentTexts, ExplanationTexts, Locale, WarningTexts } from '../types.js';

// What an English plan says: step titles, explanations, adjustments and warnings.

const days = (count: number, unit: DayUnit): string => `${count} ${unit === 'days' ? 'days' : 'working days'}`;
const label = (round: string | undefined): string => (round === undefined ? '' : ` (${round})`);
const count = (attempt: number | undefined, attempts: number | undefined): string =>
  (attempt !== undefined && attempts !== undefined ? ` (${attempt} of ${attempts})` : '');

/** Step titles: what to do, at a glance. */
export const titles: Locale['titles'] = {
  'before-leaving': ({ company, round }) => `Before you leave the ${company} interview${label(round)}: ask about next steps`,
  'thank-you-email': ({ company, person, round }) => (person === undefined ? `Thank the ${company} hiring team for the interview${label(round)}` : `Thank ${person} for the ${company} interview${label(round)}`),
  'thank-you-letter': ({ company, person, round }) => `Post a thank-you letter to ${person ?? 'your interviewer'} (${company}${round === undefined ? '' : `, ${round}`})`,
  'check-in': ({ company, position, attempt, attempts }) => `Check in with ${company} about the ${position} role${count(attempt, attempts)}`,
  'keep-searching': ({ company, active, attempt, attempts }) => (active === undefined
    ? `Keep your job search going while ${company} decides${count(attempt, attempts)}`
    : `Keep your job search going: ${active === 1 ? 'one application' : `${active} applications`} active${count(attempt, attempts)}`),
  'rejection-reply': ({ company }) => `Reply to ${company}'s decision: thank them and ask for feedback`,
  'offer-response': ({ company, position }) => `Answer the ${company} offer for the ${position} role`,
  'expedite-request': ({ company }) => `Tell ${company} about your offer and ask about their timeline`,
  'withdrawal-note': ({ company }) => `Withdraw from the ${company} process, with thanks`,
  'application-follow-up': ({ company, position, attempt, attempts }) => `Follow up on your ${company} application for the ${position} role${count(attempt, attempts)}`,
};

/** Why each step is there. */
export const explanations: ExplanationTexts = {
  beforeLeaving: () => 'Before the interview ends, ask about the next stages, the decision date and permission to follow up, and collect every interviewer\'s contact details.',
  thankYou: ({ letter, person, company, fromHours, toHours, moved }) =>
    `${letter ? 'Post a thank-you letter to' : 'Email a thank-you to'} ${person ?? `the ${company} hiring team (no interviewer is named)`} ${fromHours} to ${toHours} hours after the interview ends, ${moved ? 'at the first working time inside that window' : 'as soon as the window opens'}.`,
  thankYouAfterWindow: ({ letter, person, company, fromHours, toHours }) =>
    `${letter ? 'Post a thank-you letter to' : 'Email a thank-you to'} ${person ?? `the ${company} hiring team (no interviewer is named)`} at the first working time after the ${fromHours} to ${toHours} hour window, which holds none; late thanks beat none.`,
  checkInAfterDate: ({ company, decisionDate, graceDays }) => (graceDays === 0
    ? `${company} expected to decide by ${decisionDate}; with no news by then, check in at the start of the next working day.`
    : `${company} expected to decide by ${decisionDate}; with no news ${days(graceDays, 'working-days')} after it, check in at the start of the next working day.`),
  checkInFallback: ({ days: count, unit }) => `No decision date is known, so check in ${days(count, unit)} after the interview.`,
  checkInRepeat: ({ previous, days: count, unit, sent }) => `If check-in ${previous} gets no answer, write once more ${days(count, unit)} after ${sent ? 'it was sent' : 'it'}.`,
  keepSearching: ({ company }) => `Keep applying, interviewing and networking while ${company} decides.`,
  keepSearchingAll: ({ active }) => `Keep applying, interviewing and networking: ${active === 1 ? 'one application is' : `${active} applications are`} still active.`,
  rejectionReply: ({ company, fromHours, toHours }) => `${company} said no. Reply ${fromHours} to ${toHours} hours later: thank them, ask what would have made you stronger, and leave the door open.`,
  offerWithoutDeadline: ({ company }) => `${company} made an offer without a deadline: thank them and ask by when they need your answer.`,
  offerByDeadline: ({ company, deadline, dueDay }) => `Answer ${company}'s offer by ${deadline}${dueDay === undefined ? '' : ` (the last working day before it is ${dueDay})`}; if you need longer, ask now for a few more working days.`,
  expediteRequest: ({ company, holder, deadline }) => `${holder} made you an offer${deadline === undefined ? '' : ` to answer by ${deadline}`}: tell ${company} and ask about their timeline.`,
  withdrawalNote: ({ company, holder }) => `You accepted ${holder}'s offer: withdraw from ${company} promptly, with thanks, so they can move on.`,
  applicationFollowUp: ({ company, days: count, unit }) => `No word from ${company} ${days(count, unit)} after you applied: follow up once, briefly and politely.`,
  applicationRepeat: ({ previous, days: count, unit, sent, last }) => `If follow-up ${previous} gets no answer, write once more ${days(count, unit)} after ${sent ? 'it was sent' : 'it'}${last ? '; after that, silence is the answer' : ''}.`,
};

const REASONS: Readonly<Record<AdjustmentReason, string>> = {
  'outside-hours': 'outside working hours',
  'non-working-day': 'not a working day',
  holiday: 'a holiday',
  'window-without-working-time': 'the window holds no working time',
  'rebased-on-actual': 'counted from when the previous check-in was really sent',
  'before-decision-date': 'the decision date had not passed yet',
  'before-thanks': 'thanks come before a check-in',
  rescheduled: 'you rescheduled it',
};

/** Where a step was moved, and why. */
export const adjustments: AdjustmentTexts = {
  moved: ({ from, to, zone, reason }) => `Moved from ${from} to ${to} (${zone}): ${REASONS[reason]}.`,
  windowClosed: ({ from, to, zone }) => `The window closed ${from} (${zone}) without working time, so the step is due at the end of the next working day, ${to}.`,
};

/** What the candidate should know. */
export const warnings: WarningTexts = {
  'missing-email': ({ person }) => `No email address for ${person}: ask the hiring manager for it before the thank-you is due.`,
  'no-decision-date': ({ days: count, unit }) => `No decision date is known, so the first check-in falls ${days(count, unit)} after the interview.`,
  'permission-not-asked': () => 'Nobody asked whether following up is welcome; the check-ins assume it is.',
  'follow-up-declined': ({ company }) => `${company} asked not to be chased, so no check-ins are planned; thank-you notes still are.`,
  'no-interviewers': () => 'No interviewer is listed, so one thank-you to the hiring team is planned; add each person you met so each gets a note of their own.',
  'thank-you-late': ({ company, person }) => `The thank-you to ${person ?? `the ${company} hiring team`} is past its window; send it anyway, late thanks beat none.`,
  'reply-received': ({ company, date }) => `${company} replied on ${date}, so the check-ins and reminders still pending are cancelled.`,
  'check-ins-complete': ({ count: sent }) => `All ${sent} check-ins went out without an answer; stop writing and put the time into other applications.`,
  'extra-check-in': ({ logged, allowed }) => `${logged} check-ins were logged but the plan allows ${allowed}; more risks looking pushy.`,
  'no-offer-deadline': ({ company }) => `${company}'s offer has no deadline yet: ask by when they need your answer.`,
  'unknown-step': ({ step, round, reminder }) => (reminder === true
    ? `No reminder "${step}" is in the plan; the activity is ignored.`
    : `No step "${step}"${round === undefined ? '' : ` in round ${round}`} is in the plan; the activity is ignored.`),
  'unmatched-activity': ({ date, to }) => `A message sent on ${date}${to === undefined ? '' : ` to ${to}`} matches no step that was open then; it is ignored.`,
  'duplicate-interviewer': ({ person }) => `${person} is listed twice in one round; the two listings were merged into one.`,
  'no-interview-time': ({ date, time, zone }) => `The interview on ${date} has no time, so it is planned at ${time} (${zone}), when working hours start; add the time for exact timing.`,
  'fixed-offset-zone': ({ zone, offset, instead, seasonal }) => (seasonal
    ? `${zone} is ${offset} all year, with no daylight saving time; if you mean the place, use ${instead}.`
    : `${zone} is ${offset} all year, as ${instead} is; ${instead} names the place.`),
  'employer-overdue': ({ company, days: count, date }) => `${company} has not decided ${count} days after your interview on ${date}: ask for an answer, or put your time elsewhere.`,
  'offer-deadline-passed': ({ company, deadline }) => `${company}'s offer arrived after its deadline of ${deadline}: answer at once.`,
  'skipped-application': ({ id, index, count: problems, problem }) => `${id === undefined ? `Application ${index + 1}` : `"${id}"`} was left out: ${problem}${problems > 1 ? ` (and ${problems - 1} more)` : ''}`,
};
