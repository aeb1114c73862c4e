import type { ApplicationPlan } from '../application/planTypes.js';
import { draftForStored, mailtoLink, type StepDraft } from '../drafts/draftForStep.js';
import { FollowUpError, guarded, isFollowUpError, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import type { FollowUpPlan } from '../interview/types.js';
import type { Locale } from '../locales/types.js';
import type { PipelinePlan } from '../pipeline/types.js';
import { titleIn } from '../steps/labels.js';
import type { ApplicationStep } from '../steps/types.js';
import { readStoredPlan, type StoredStep } from '../stored/storedPlan.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { closestName } from '../validate/suggest.js';
import { cleanForUrl, DEFAULT_EVENT_MINUTES, serviceUrl, SERVICES, type LinkEvent } from './urls.js';

/** Options of {@link calendarLinks}. */
export interface CalendarLinkOptions {
  /** The round the step belongs to, when its id repeats in an application's rounds. */
  readonly round?: string;
  /** The application the step belongs to, when its id repeats in a search. */
  readonly application?: string;
  /** The language of the title and description (`de` from `interview-followup/locales/de`, …); the plan's own by default. */
  readonly locale?: Locale;
}

/** "Add to calendar" URLs for one step, each at most 2,000 characters long. */
export interface CalendarLinks {
  /** Google Calendar (`calendar.google.com/calendar/render`). */
  readonly google: string;
  /** Outlook.com (`outlook.live.com`). */
  readonly outlook: string;
  /** Outlook for Microsoft 365 work and school accounts (`outlook.office.com`). */
  readonly office365: string;
  /** Yahoo Calendar (`calendar.yahoo.com`). */
  readonly yahoo: string;
}

/**
 * "Add to calendar" URLs for one step of a plan, for a page or an email that cannot attach an
 * `.ics` file: Google Calendar, Outlook.com, Outlook for Microsoft 365 and Yahoo. The event is
 * titled as the calendar titles the step (its {@link stepTitle}), starts at the step's
 * `remindAt`, lasts 15 minutes (the calendar's default) and is written in UTC; its description
 * holds the step's explanation and checklist and, when the step's draft has an address, a
 * `mailto:` link that opens the draft (the subject-only link, or none, when the whole one leaves
 * too little room). The description is cut so every URL stays under 2,000 characters.
 *
 * @param plan - A plan from `planFollowUps`, `planApplication` or `planPipeline` (or the same data parsed back from JSON).
 * @param stepId - The step's `id`.
 * @param options - `round` or `application` to pick the step when its id repeats in the plan; `locale`: the language.
 * @returns One URL per calendar.
 * @throws {@link FollowUpError} `invalid-choice` at `stepId` when no step has the id, or when it
 * repeats and `round`/`application` do not pick one; other codes for a malformed plan or options.
 *
 * @example
 * ```ts
 * import { calendarLinks, planFollowUps } from 'interview-followup';
 *
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00',
 *   timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana Ruiz' }] });
 * new URL(calendarLinks(plan, 'check-in-1').google).searchParams.get('text');
 * //=> 'Check in with Acme about the Engineer role (1 of 2)'
 * ```
 */
export function calendarLinks(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, stepId: string, options?: CalendarLinkOptions): CalendarLinks {
  return guarded('', () => {
    const { round, application, locale: given } = readLinkOptions(options);
    const { steps, locale } = readStoredPlan(plan, 'plan', 'all', given);
    if (typeof stepId !== 'string') throw new FollowUpError([issue('invalid-type', 'stepId', `expected a step id, got ${describeType(stepId)}`)]);
    const stored = chooseStep(steps, stepId, round, application);
    const event = linkEvent(locale, stored);
    return {
      google: serviceUrl(SERVICES.google, event), outlook: serviceUrl(SERVICES.outlook, event),
      office365: serviceUrl(SERVICES.office365, event), yahoo: serviceUrl(SERVICES.yahoo, event),
    };
  });
}

function readLinkOptions(options: unknown): { readonly round?: string; readonly application?: string; readonly locale?: unknown } {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw new FollowUpError([issue('invalid-type', 'options', `expected { round?, application?, locale? }, got ${describeType(options)}`)]);
  const issues: ValidationIssue[] = [...keyIssues(options, ['round', 'application', 'locale'], '')];
  const picked: { round?: string; application?: string } = {};
  for (const key of ['round', 'application'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value === 'string') picked[key] = value;
    else issues.push(issue('invalid-type', key, `expected the ${key}'s id, got ${describeType(value)}`));
  }
  throwIfIssues(issues);
  return { ...picked, ...(options['locale'] === undefined ? {} : { locale: options['locale'] }) };
}

/** The one step `stepId` names, in `round` and `application` when given. */
function chooseStep(steps: readonly StoredStep[], stepId: string, round: string | undefined, application: string | undefined): StoredStep {
  const where = (stored: StoredStep): ApplicationStep => stored.step as ApplicationStep;
  const named = steps.filter((stored) => stored.step.id === stepId);
  const matching = named.filter((stored) => (round === undefined || where(stored).round === round) && (application === undefined || where(stored).application === application));
  const [only, ...others] = matching;
  if (only !== undefined && others.length === 0) return only;
  const show = JSON.stringify(stepId.slice(0, 100));
  const placesOf = (list: readonly StoredStep[]): string => `${list.slice(0, 5).map((stored) => [where(stored).application, where(stored).round].filter((part) => part !== undefined).join('/') || 'the plan itself').join(', ')}${list.length > 5 ? ', …' : ''}`;
  if (only !== undefined) {
    const key = matching.every((stored) => where(stored).round !== undefined) ? 'round' : 'application';
    throw new FollowUpError([issue('invalid-choice', 'stepId', `${show} names ${matching.length} steps (${placesOf(matching)}); pass { ${key} } to pick one`)]);
  }
  if (named.length > 0) {
    const asked = [application === undefined ? '' : `application ${JSON.stringify(application)}`, round === undefined ? '' : `round ${JSON.stringify(round)}`].filter(Boolean).join(', ');
    throw new FollowUpError([issue('invalid-choice', 'stepId', `no step ${show} in ${asked}; it is in ${placesOf(named)}`)]);
  }
  const ids = [...new Set(steps.map((stored) => stored.step.id))];
  const near = closestName(stepId, ids);
  throw new FollowUpError([issue('invalid-choice', 'stepId', `no step ${show} in the plan${near === undefined ? `; its steps are ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}` : `; did you mean "${near}"?`}`)]);
}

/** The event a link adds: the step's title, its reminder time, and its explanation, checklist and draft link. */
function linkEvent(locale: Locale, stored: StoredStep): LinkEvent {
  const { step, context } = stored;
  const words = locale.calendar;
  const parts = [step.explanation];
  if (stored.checklist.length > 0) parts.push(`${words.checklist}\n${stored.checklist.map((item) => `- ${item}`).join('\n')}`);
  let draft: StepDraft | undefined;
  try {
    draft = draftForStored(context, step, {}, locale);
  } catch (error) {
    // A hand-edited plan with a name the drafts refuse still gets its links, without a draft.
    if (!isFollowUpError(error)) throw error;
  }
  const closing = draft?.mailto === undefined || draft.to === undefined ? [] : [
    `${words.openInMail} ${draft.mailto}`,
    `${words.openInMail} ${mailtoLink(draft.to, draft.subject ?? '', '')}`,
  ];
  return {
    title: cleanForUrl(titleIn(locale, context, step), true),
    details: cleanForUrl(parts.join('\n\n')),
    closing,
    start: stored.remindAt,
    end: stored.remindAt + DEFAULT_EVENT_MINUTES * 60_000,
  };
}
