import { FollowUpError, guarded, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { localeOfPlan } from '../locales/resolve.js';
import type { Locale } from '../locales/types.js';
import { flat, wallClock } from '../time/civil.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import type { ApplicationStep, FollowUpStep, PlannedInterview } from './types.js';

/** The parts of a plan a step title reads; a {@link FollowUpPlan} fits. */
export interface TitledPlan {
  /** The interview, for the company and the role. */
  readonly interview: Pick<PlannedInterview, 'company' | 'position'>;
  /** The language the plan was written in (`undefined` for English). */
  readonly locale?: string | undefined;
}

/** The parts of a step a title reads; a {@link FollowUpStep} fits. */
export type TitledStep = Pick<FollowUpStep, 'kind' | 'recipient' | 'attempt' | 'attempts' | 'activeApplications'> & Partial<Pick<ApplicationStep, 'roundLabel'>>;

/** Options of the functions that write text. */
export interface TextOptions {
  /** The language to write in: a locale such as `de` from `interview-followup/locales/de`; the plan's own, else English, by default. */
  readonly locale?: Locale | undefined;
}

/** The language of a call: the option, else the plan's, else English; throws when neither can be had. @internal */
export function languageOf(options: unknown, tag: unknown, path: string): Locale {
  const issues: ValidationIssue[] = [];
  if (options !== undefined && !isPlainObject(options)) issues.push(issue('invalid-type', 'options', `expected { locale? }, got ${describeType(options)}`));
  const locale = issues.length > 0 ? undefined : localeOfPlan(isPlainObject(options) ? options['locale'] : undefined, tag, path, issues);
  throwIfIssues(issues);
  return locale as Locale;
}

/** A step's title in a language. @internal */
export function titleIn(locale: Locale, interview: Pick<PlannedInterview, 'company' | 'position'>, step: TitledStep): string {
  return locale.titles[step.kind]({
    company: interview.company, position: interview.position,
    ...(step.recipient === undefined ? {} : { person: step.recipient.name }),
    ...(step.attempt === undefined || step.attempts === undefined ? {} : { attempt: step.attempt, attempts: step.attempts }),
    ...(step.activeApplications === undefined ? {} : { active: step.activeApplications }),
    ...(step.roundLabel === undefined ? {} : { round: step.roundLabel }),
  });
}

/**
 * A step's title, readable at a glance: the calendar event's summary and the command's agenda
 * line. One wording for both, so a person sees the same words in every place.
 *
 * @param plan - The plan the step belongs to.
 * @param step - One of its steps.
 * @param options - `locale`: the language (the plan's own by default).
 * @returns The title, such as "Thank Ana Ruiz for the Acme interview".
 *
 * @example
 * ```ts
 * import { planFollowUps, stepTitle } from 'interview-followup';
 *
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00',
 *   timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana Ruiz' }] });
 * stepTitle(plan, plan.steps[1]!);
 * //=> 'Thank Ana Ruiz for the Acme interview'
 * ```
 */
export function stepTitle(plan: TitledPlan, step: TitledStep, options?: TextOptions): string {
  return guarded('', () => titleIn(languageOf(options, plan.locale, 'plan'), plan.interview, step));
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * The wall-clock label of an ISO 8601 string, in the offset it is written with: plans write
 * times in the candidate's zone, so this reads as the candidate's local time. The agenda, the
 * calendar and the adjustment notes all use this one label.
 *
 * @param iso - A date-time such as `2026-11-23T10:00:00.000-05:00`.
 * @param style - `'long'` ("Monday 2026-11-23 10:00", the default) or `'short'` ("Mon 2026-11-23 10:00").
 * @param options - `locale`: the language (English by default).
 * @returns The label, or the string itself when it does not start with a date and time.
 *
 * @example
 * ```ts
 * import { localTimeLabel } from 'interview-followup';
 *
 * localTimeLabel('2026-11-23T10:00:00.000-05:00', 'short');
 * //=> 'Mon 2026-11-23 10:00'
 * ```
 */
export function localTimeLabel(iso: string, style: 'long' | 'short' = 'long', options?: TextOptions): string {
  return guarded('', () => {
    if (typeof iso !== 'string') throw new FollowUpError([issue('invalid-type', 'iso', `expected an ISO 8601 string, got ${describeType(iso)}`)]);
    const locale = languageOf(options, undefined, 'plan');
    const match = WALL_CLOCK.exec(iso);
    if (match === null) return iso;
    const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
    const local = Date.UTC(year, month - 1, day, hour, minute);
    return Number.isNaN(local) ? iso : flat(locale.dates.dateTime(wallClock(local), style === 'short' ? 'short' : 'long'));
  });
}
