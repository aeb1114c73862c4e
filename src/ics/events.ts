import type { EventAttributes } from 'ics';
import { draftForStored, type StepDraft } from '../drafts/draftForStep.js';
import { isFollowUpError } from '../errors/FollowUpError.js';
import type { Locale } from '../locales/types.js';
import { localTimeLabel, titleIn } from '../steps/labels.js';
import type { FollowUpStep } from '../steps/types.js';
import type { StoredInterview, StoredStep } from '../stored/storedPlan.js';
import { calendarTextLimits, type Settings } from './options.js';
import { cleanLine, cleanParam, cleanText, escapeText, uidPart } from './text.js';

function summaryOf(locale: Locale, interview: StoredInterview, step: FollowUpStep): string {
  const title = titleIn(locale, interview, step);
  return step.status === 'done' || step.status === 'cancelled' || step.status === 'missed' ? locale.calendar.settled({ status: step.status, title }) : title;
}

function descriptionOf(locale: Locale, interview: StoredInterview, stored: StoredStep, draft: StepDraft | undefined): string {
  const { step } = stored;
  const words = locale.calendar;
  const summary = (locale.rules as Readonly<Record<string, string | undefined>>)[step.rule];
  const parts = [step.explanation];
  if (stored.checklist.length > 0) parts.push(`${words.checklist}\n${stored.checklist.map((item) => `- ${item}`).join('\n')}`);
  if (interview.nextSteps !== undefined && (step.kind === 'check-in' || step.kind === 'before-leaving')) parts.push(words.nextSteps({ text: interview.nextSteps }));
  parts.push([words.dueBy({ time: localTimeLabel(step.dueAt, 'long', { locale }), zone: interview.timeZone }), ...stored.notes].join('\n'));
  parts.push(words.rule({ id: step.rule, ...(summary === undefined ? {} : { summary }) }));
  if (draft !== undefined) {
    parts.push(`${words.draft(draft.to === undefined ? {} : { to: draft.to })}\n${draft.subject === undefined ? '' : `${words.subject({ subject: draft.subject })}\n\n`}${draft.body}`);
  }
  // The link goes last and whole: the cap cuts the text before it, never inside an escape (`%E…`).
  const link = draft?.mailto === undefined ? '' : `\n\n${words.openInMail} ${draft.mailto}`;
  return `${cleanText(parts.join('\n\n'), calendarTextLimits.description - link.length)}${link}`;
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
    description: cleanText(descriptionOf(locale, interview, stored, draft), calendarTextLimits.description),
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
