import type { EventAttributes } from 'ics';
import { draftForStored, type StepDraft } from '../drafts/draftForStep.js';
import { isFollowUpError } from '../errors/FollowUpError.js';
import type { Locale } from '../locales/types.js';
import { MESSAGE_KINDS } from '../rules/codes.js';
import { titleIn } from '../steps/labels.js';
import type { FollowUpStep } from '../steps/types.js';
import type { StoredInterview, StoredStep } from '../stored/storedPlan.js';
import { wallClock } from '../time/civil.js';
import { toLocalMs, type Zone } from '../time/zone.js';
import { calendarTextLimits, type Settings } from './options.js';
import { cleanLine, cleanParam, cleanText, escapeText, uidPart } from './text.js';

function summaryOf(locale: Locale, interview: StoredInterview, step: FollowUpStep): string {
  const title = titleIn(locale, interview, step);
  return step.status === 'done' || step.status === 'cancelled' || step.status === 'missed' ? locale.calendar.settled({ status: step.status, title }) : title;
}

/** A moment as the wall clock of `zone` shows it, in the language's long form. */
function labelIn(locale: Locale, zone: Zone, ms: number): string {
  return locale.dates.dateTime(wallClock(toLocalMs(zone, ms)), 'long');
}

/**
 * When the step is due, in the candidate's zone and (when its clock shows another time) the
 * employer's; for a message whose reminder comes before the moment it should land, that moment in
 * the employer's time, so it can be scheduled to go out then.
 */
function timingOf(locale: Locale, interview: StoredInterview, stored: StoredStep): string {
  const words = locale.calendar;
  const employer = interview.employerZone ?? interview.zone;
  const time = labelIn(locale, interview.zone, stored.dueAt);
  const employerTime = labelIn(locale, employer, stored.dueAt);
  const due = words.dueBy({ time, zone: interview.timeZone, ...(employerTime === time ? {} : { employerTime, employerZone: employer.name }) });
  const early = MESSAGE_KINDS.has(stored.step.kind) && stored.remindAt < stored.suggestedAt;
  const send = early ? [words.sendAt({ time: labelIn(locale, employer, stored.suggestedAt), zone: employer.name })] : [];
  return [...send, due, ...stored.notes].join('\n');
}

/**
 * The event's description: the explanation, the checklist, the next steps, the timing, the rule
 * and the draft with its `mailto:` link, cut to the calendar's cap.
 */
export function descriptionOf(locale: Locale, interview: StoredInterview, stored: StoredStep, draft: StepDraft | undefined): string {
  const { step } = stored;
  const words = locale.calendar;
  const summary = (locale.rules as Readonly<Record<string, string | undefined>>)[step.rule];
  const parts = [step.explanation];
  if (stored.checklist.length > 0) parts.push(`${words.checklist}\n${stored.checklist.map((item) => `- ${item}`).join('\n')}`);
  if (interview.nextSteps !== undefined && (step.kind === 'check-in' || step.kind === 'before-leaving')) parts.push(words.nextSteps({ text: interview.nextSteps }));
  parts.push(timingOf(locale, interview, stored));
  parts.push(words.rule({ id: step.rule, ...(summary === undefined ? {} : { summary }) }));
  if (draft !== undefined) {
    parts.push(`${words.draft(draft.to === undefined ? {} : { to: draft.to })}\n${draft.subject === undefined ? '' : `${words.subject({ subject: draft.subject })}\n\n`}${draft.body}`);
  }
  // The link goes last and whole: the cap cuts the text before it, never inside an escape (`%E…`).
  const link = draft?.mailto === undefined ? '' : `\n\n${words.openInMail} ${draft.mailto}`;
  return cleanText(`${cleanText(parts.join('\n\n'), calendarTextLimits.description - link.length)}${link}`, calendarTextLimits.description);
}

/** `ics` reads `timestamp` (DTSTAMP) at run time, but its types leave it out. */
export type Event = EventAttributes & { readonly timestamp: number };

/** The step's draft in the calendar's language, or none when drafts are off, the step sends no message, or its text cannot make one. */
export function draftOf(locale: Locale, interview: StoredInterview, step: FollowUpStep, settings: Settings): StepDraft | undefined {
  if (!settings.drafts) return undefined;
  try {
    return draftForStored(interview, step, settings.draftDetails, locale);
  } catch (error) {
    // A hand-edited plan with a name the drafts refuse (line breaks, say) still gets its event.
    if (isFollowUpError(error)) return undefined;
    throw error;
  }
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function eventOf(locale: Locale, interview: StoredInterview, stored: StoredStep, draft: StepDraft | undefined, settings: Settings): Event {
  const { step } = stored;
  const title = cleanLine(summaryOf(locale, interview, step), calendarTextLimits.summary);
  // Done, cancelled and missed steps ring no more.
  const active = step.status !== 'done' && step.status !== 'cancelled' && step.status !== 'missed';
  return {
    uid: `${uidPart(interview.id)}.${step.id}@${settings.uidDomain}`,
    timestamp: settings.stamp,
    sequence: settings.sequence(step),
    start: stored.remindAt,
    end: stored.remindAt + settings.eventMinutes * 60_000,
    title,
    description: descriptionOf(locale, interview, stored, draft),
    status: step.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: [locale.calendar.category],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    ...(settings.owner === undefined ? {} : {
      organizer: { name: cleanParam(settings.owner.name, 200), email: settings.owner.email },
    }),
    ...(active ? {
      alarms: [{
        action: 'display',
        // `ics` writes alarm text without escaping it; escape it here.
        description: escapeText(title),
        // An absolute trigger is passed as text: `ics` drops a falsy one (the epoch itself, or 0 minutes).
        trigger: settings.alarmMinutes === 0 ? utcStamp(stored.remindAt) : { before: true, minutes: settings.alarmMinutes },
      }],
    } : {}),
  };
}
