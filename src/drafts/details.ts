import { FollowUpError, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { snapshot } from '../validate/snapshot.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { limits } from '../validate/limits.js';
import { checkText } from '../validate/text.js';
import { parseIsoDate } from '../time/civil.js';
import type { Interviewer } from '../input/types.js';
import { en } from '../locales/en/index.js';
import type { Locale } from '../locales/types.js';
import { givenLocale } from './language.js';

/** What the candidate adds to a draft. Only `senderName` is required. */
export interface DraftDetails {
  /** The candidate's name, used to sign the message. */
  readonly senderName: string;
  /** What the candidate enjoyed in the conversation, as a phrase ("the deep dive into the billing migration"); used verbatim. */
  readonly highlight?: string | null;
  /** Why they want the job, as a phrase ("the chance to build tools engineers rely on"); used verbatim. */
  readonly interest?: string | null;
  /** Why they fit, as a phrase ("eight years of running payment systems"); used verbatim. */
  readonly strength?: string | null;
}

/** The interview fields drafts use: an {@link InterviewInput} or a plan's `interview` both fit. */
export interface DraftInterview {
  /** The employer. */
  readonly company: string;
  /** The role. */
  readonly position: string;
  /** The interviewers, in order; a draft for one of them picks wording by its position in this list. */
  readonly interviewers?: readonly Interviewer[] | null;
  /** The decision date, when known (`YYYY-MM-DD`); check-ins mention it. */
  readonly decisionDate?: string | null;
  /** The round's name, for one round of an application ("Onsite"); thank-you subjects name it. */
  readonly label?: string | null;
}

/** A person a draft is addressed to: an interviewer object or just a name. */
export type DraftRecipient = string | Interviewer;

/** Longest detail phrase (`highlight`, `interest`, `strength`), so drafts stay brief. */
export const MAX_DETAIL_LENGTH = 160;

/** @internal Checked draft input. */
export interface CheckedDraftInput {
  readonly company: string;
  readonly position: string;
  readonly decisionDate?: string;
  readonly label?: string;
  readonly names: readonly string[];
  readonly recipient?: { readonly name: string; readonly title?: string; readonly salutation?: string; readonly index: number };
  readonly senderName: string;
  readonly highlight?: string;
  readonly interest?: string;
  readonly strength?: string;
  /** The language to write in. */
  readonly locale: Locale;
}

/** How {@link checkDraftInput} reads the details and the language. @internal */
export interface DraftCheckOptions {
  /** Keys the details may hold beyond the usual ones and `locale`. */
  readonly extraKeys?: readonly string[];
  /** Whether `senderName` may be left out. */
  readonly senderOptional?: boolean;
  /** The function's last argument, which may give `locale`. */
  readonly options?: unknown;
  /** The language, already resolved: `details.locale` and `options` are then not read. */
  readonly locale?: Locale;
}

const KEEP_LOCALE: ReadonlySet<string> = new Set(['locale']);

/**
 * An argument of a draft function read once as plain data, `null` anywhere in it read as absent
 * (a database's empty value), as the planners read their input; a value that throws when read is
 * reported at its own path. `locale` stays the object it is. @internal
 */
export function plainArg<T>(value: T, path: string): T {
  const issues: ValidationIssue[] = [];
  const copy = snapshot(value, path, issues, KEEP_LOCALE);
  throwIfIssues(issues);
  return copy as T;
}

/** Drops one trailing full stop or exclamation mark so a phrase fits inside a sentence. */
function phrase(text: string | undefined): string | undefined {
  return text?.replace(/[.!]+$/, '').trim() || undefined;
}

function single(value: unknown, path: string, max: number, issues: ValidationIssue[]): string | undefined {
  return checkText(value, path, { max }, issues)?.replace(/\s+/g, ' ');
}

/**
 * Checks the arguments of a draft function and the language it writes in (English unless
 * `locale` is given in the details or the options); throws a {@link FollowUpError} listing every
 * problem.
 * @internal
 */
export function checkDraftInput(interview: unknown, recipient: unknown, details: unknown, check: DraftCheckOptions = {}): CheckedDraftInput {
  const { extraKeys = [], senderOptional = false } = check;
  const issues: ValidationIssue[] = [];
  interview = snapshot(interview, 'interview', issues);
  recipient = snapshot(recipient, 'interviewer', issues);
  details = snapshot(details, 'details', issues, KEEP_LOCALE);
  const locale = check.locale ?? givenLocale(details, 'details', check.options, issues) ?? en;
  const source = isPlainObject(interview) ? interview : undefined;
  if (source === undefined) issues.push(issue('invalid-type', 'interview', `expected an interview with company and position, got ${describeType(interview)}`));
  const company = source === undefined ? undefined : single(source['company'], 'interview.company', limits.maxNameLength, issues);
  const position = source === undefined ? undefined : single(source['position'], 'interview.position', limits.maxNameLength, issues);
  const label = source?.['label'] === undefined ? undefined : single(source['label'], 'interview.label', limits.maxNameLength, issues);
  const rawDecision = source?.['decisionDate'];
  const decisionDate = typeof rawDecision === 'string' && rawDecision.length === 10 && parseIsoDate(rawDecision) !== undefined ? rawDecision : undefined;
  if (rawDecision !== undefined && decisionDate === undefined) {
    issues.push(issue('invalid-date', 'interview.decisionDate', `expected a real "YYYY-MM-DD" date, got ${describeType(rawDecision)}`));
  }
  const rawList = source?.['interviewers'];
  const names = Array.isArray(rawList)
    ? rawList.slice(0, limits.maxInterviewers).flatMap((person: unknown) => (isPlainObject(person) && typeof person['name'] === 'string' ? [person['name'].trim()] : []))
    : [];

  let checkedRecipient: CheckedDraftInput['recipient'];
  if (recipient !== undefined) {
    const person = typeof recipient === 'string' ? { name: recipient } : isPlainObject(recipient) ? recipient : undefined;
    if (person === undefined) {
      issues.push(issue('invalid-type', 'interviewer', `expected an interviewer or a name, got ${describeType(recipient)}`));
    } else {
      const name = single(person['name'], 'interviewer.name', limits.maxNameLength, issues);
      const title = person['title'] === undefined ? undefined : single(person['title'], 'interviewer.title', limits.maxNameLength, issues);
      const salutation = person['salutation'] === undefined ? undefined : single(person['salutation'], 'interviewer.salutation', limits.maxNameLength, issues);
      if (name !== undefined) {
        const found = names.findIndex((candidate) => candidate.toLowerCase() === name.toLowerCase());
        checkedRecipient = {
          name, index: found >= 0 ? found : indexFromName(name),
          ...(title === undefined ? {} : { title }), ...(salutation === undefined ? {} : { salutation }),
        };
      }
    }
  }

  if (details === undefined && senderOptional) details = {};
  if (!isPlainObject(details)) {
    issues.push(issue(details === undefined ? 'missing-field' : 'invalid-type', 'details', `expected { senderName, … }, got ${describeType(details)}`));
    throw new FollowUpError(issues as [ValidationIssue, ...ValidationIssue[]]);
  }
  const { senderName, highlight, interest, strength } = readDetails(details, 'details', issues, { extraKeys: ['locale', ...extraKeys], senderOptional });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
  return {
    company: company ?? '', position: position ?? '', names, senderName: senderName ?? '', locale,
    ...(decisionDate === undefined ? {} : { decisionDate }),
    ...(label === undefined ? {} : { label }),
    ...(checkedRecipient === undefined ? {} : { recipient: checkedRecipient }),
    ...(highlight === undefined ? {} : { highlight }),
    ...(interest === undefined ? {} : { interest }),
    ...(strength === undefined ? {} : { strength }),
  };
}

/** The checked details; `senderName` is `''` when it is optional and absent. */
interface CheckedDetails {
  readonly senderName?: string;
  readonly highlight?: string;
  readonly interest?: string;
  readonly strength?: string;
}

function readDetails(
  details: Readonly<Record<string, unknown>>,
  path: string,
  issues: ValidationIssue[],
  { extraKeys = [], senderOptional = false }: { readonly extraKeys?: readonly string[]; readonly senderOptional?: boolean },
): CheckedDetails {
  issues.push(...keyIssues(details, ['senderName', 'highlight', 'interest', 'strength', ...extraKeys], path));
  const senderName = senderOptional && details['senderName'] === undefined
    ? ''
    : single(details['senderName'], `${path}.senderName`, limits.maxNameLength, issues);
  const optional = (key: 'highlight' | 'interest' | 'strength'): string | undefined =>
    details[key] === undefined ? undefined : phrase(single(details[key], `${path}.${key}`, MAX_DETAIL_LENGTH, issues));
  return { senderName, highlight: optional('highlight'), interest: optional('interest'), strength: optional('strength') } as CheckedDetails;
}

/**
 * Every problem with partial draft details (`senderName` optional), paths under `path`; for
 * options that carry details, checked once up front whatever the plan holds.
 * @internal
 */
export function draftDetailsIssues(given: unknown, path: string): readonly ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const details = snapshot(given, path, issues);
  if (issues.length > 0) return issues;
  if (!isPlainObject(details)) return [issue('invalid-type', path, `expected { senderName?, highlight?, interest?, strength? }, got ${describeType(details)}`)];
  readDetails(details, path, issues, { senderOptional: true });
  return issues;
}

/** A stable small number from a name, for people not in the interview's list. */
function indexFromName(name: string): number {
  let sum = 0;
  for (let i = 0; i < name.length; i++) sum = (sum * 31 + name.charCodeAt(i)) % 9973;
  return sum;
}
