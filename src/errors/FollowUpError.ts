/**
 * Every way an input can be wrong, as a stable string code.
 *
 * - `invalid-type`: the value has the wrong JavaScript type (a number where a string belongs).
 * - `missing-field`: a required field is absent or empty.
 * - `unknown-key`: an object has a key the contract does not define (often a typo).
 * - `forbidden-key`: a key such as `__proto__`, `constructor` or `prototype` that could pollute
 *   prototypes.
 * - `invalid-date`: not a valid ISO 8601 date or date-time, or an invalid `Date`.
 * - `invalid-time`: not a valid `HH:MM` wall-clock time.
 * - `invalid-time-zone`: not an IANA time-zone name this runtime knows (the message suggests the
 *   closest IANA name, or the zones an abbreviation such as `EDT` usually means).
 * - `unknown-zone`: a name this runtime would accept as a zone although IANA's tzdb does not define
 *   it, such as `BST` (which ICU reads as Asia/Dhaka) or `IST`; the message says what the runtime
 *   would have read and which IANA zones were probably meant.
 * - `end-before-start`: an interval ends at or before its start.
 * - `out-of-range`: a number or date outside the accepted range.
 * - `too-long`: a text longer than its limit (see {@link limits}).
 * - `too-many`: a list longer than its limit.
 * - `invalid-text`: a text with control characters, line breaks where none are allowed, or
 *   unpaired surrogates.
 * - `invalid-email`: not a plausible email address.
 * - `invalid-choice`: not one of the allowed literal values.
 * - `duplicate`: the same interviewer, weekday or holiday listed twice.
 * - `unknown-interviewer`: an activity names an interviewer who is not in the interview.
 * - `decision-date-before-interview`: the decision date falls before the interview day.
 * - `overlap`: two rounds of one application overlap in time.
 * - `invalid-order`: a round without a start is listed before a dated round (invitations come last).
 * - `activity-before-round`: an activity names a round that starts after the activity.
 * - `unknown-round`: an activity names a round the application does not have.
 * - `calendar-error`: the calendar serialiser refused the events (should not happen; report it).
 * - `too-large`: the calendar would be larger than `maxBytes` even with only its upcoming, open
 *   and overdue steps and no drafts.
 */
export type FollowUpErrorCode =
  | 'invalid-type'
  | 'missing-field'
  | 'unknown-key'
  | 'forbidden-key'
  | 'invalid-date'
  | 'invalid-time'
  | 'invalid-time-zone'
  | 'unknown-zone'
  | 'end-before-start'
  | 'out-of-range'
  | 'too-long'
  | 'too-many'
  | 'invalid-text'
  | 'invalid-email'
  | 'invalid-choice'
  | 'duplicate'
  | 'unknown-interviewer'
  | 'decision-date-before-interview'
  | 'overlap'
  | 'invalid-order'
  | 'activity-before-round'
  | 'unknown-round'
  | 'calendar-error'
  | 'too-large';

/**
 * One problem found in an input: what is wrong (`code`), where (`path`, such as
 * `interviewers[1].email` or `policy.maxCheckIns`) and a sentence for people (`message`).
 */
export interface ValidationIssue {
  /** What is wrong, as a stable code. */
  readonly code: FollowUpErrorCode;
  /** Where it is wrong: a dotted path with `[index]` for list items; `''` for the input itself. */
  readonly path: string;
  /** A one-line explanation, including the path, fit to show a person. */
  readonly message: string;
}

/**
 * The one error class the library throws. It carries the `code` and field `path` of the first
 * problem found, and every problem in `issues`; its `message` is the first problem's, followed by
 * how many more there are (`timeZone: unknown IANA zone "Mars/Base" (and 1 more)`).
 *
 * It extends `Error`. To make one (in a test double, say), pass the problems, at least one:
 * `new FollowUpError(issues: readonly [ValidationIssue, ...ValidationIssue[]])`.
 *
 * @hideconstructor
 *
 * @example
 * ```ts
 * import { planFollowUps, FollowUpError } from 'interview-followup';
 *
 * try {
 *   planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer',
 *     start: '2026-11-20T14:00', timeZone: 'Mars/Base' });
 * } catch (error) {
 *   if (error instanceof FollowUpError) console.log(error.code, error.path);
 *   //=> invalid-time-zone timeZone
 * }
 * ```
 */
export class FollowUpError extends Error {
  /** Always `'FollowUpError'`, also across bundles where `instanceof` fails. */
  override readonly name = 'FollowUpError' as const;
  /** The code of the first problem. */
  readonly code: FollowUpErrorCode;
  /** The path of the first problem's field (`''` for the input as a whole). */
  readonly path: string;
  /** Every problem found, the first one included. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - The problems found; the first one names the error. At least one is needed.
   */
  constructor(issues: readonly [ValidationIssue, ...ValidationIssue[]]) {
    const [first] = issues;
    super(issues.length > 1 ? `${first.message} (and ${issues.length - 1} more)` : first.message);
    this.code = first.code;
    this.path = first.path;
    this.issues = issues;
  }
}

/**
 * Tells whether a value is a {@link FollowUpError}, across bundles and realms where
 * `instanceof` may fail.
 *
 * @param error - Anything caught.
 * @returns `true` when `error` is a `FollowUpError`.
 */
export function isFollowUpError(error: unknown): error is FollowUpError {
  return (
    error instanceof FollowUpError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'FollowUpError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
}

/** Builds an issue whose message starts with its path, as the CLI prints it. @internal */
export function issue(code: FollowUpErrorCode, path: string, detail: string): ValidationIssue {
  return { code, path, message: path === '' ? detail : `${path}: ${detail}` };
}

/** Throws a {@link FollowUpError} for the given issues when there is at least one. @internal */
export function throwIfIssues(issues: readonly ValidationIssue[]): void {
  const [first, ...rest] = issues;
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
}

/** A short description of anything thrown, that never throws itself (a value without a prototype has no `toString`). */
function describeThrown(error: unknown): string {
  try {
    return String(error).slice(0, 200);
  } catch {
    return 'a value that cannot be shown';
  }
}

/**
 * Runs `read` and turns anything it throws other than a {@link FollowUpError} (a throwing getter
 * or proxy in the input, a value that cannot be converted) into one, with `code` `invalid-type`
 * at `path`: public functions throw nothing else, whatever the input.
 * @internal
 */
export function guarded<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FollowUpError) throw error;
    throw new FollowUpError([issue('invalid-type', path, `the input could not be read: ${describeThrown(error)}`)]);
  }
}

/** Like {@link guarded}, for validators that return issues instead of throwing. */
export function issuesOrFailure(path: string, read: () => readonly ValidationIssue[]): readonly ValidationIssue[] {
  try {
    return read();
  } catch (error) {
    if (error instanceof FollowUpError) return error.issues;
    return [issue('invalid-type', path, `the input could not be read: ${describeThrown(error)}`)];
  }
}
