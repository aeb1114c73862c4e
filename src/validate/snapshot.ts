import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { limits } from './limits.js';

/** Lists longer than this are never walked: every list limit is below it. */
const MAX_WALKED_LENGTH = 1_000;

/**
 * The longest valid list under each key: a longer one is refused by its length alone, so it is
 * not read at all (a million hostile getters cost nothing). Other lists are walked up to
 * {@link MAX_WALKED_LENGTH}.
 */
const LIST_LIMITS: Readonly<Record<string, number>> = {
  applications: limits.maxApplications, rounds: limits.maxRounds, interviewers: limits.maxInterviewers, activities: limits.maxActivities,
};
/** Inputs nest a few levels deep (a search, its applications, their rounds, their people). */
const MAX_DEPTH = 8;

/** The message for a value that threw when it was read. */
function unreadable(path: string, error: unknown): ValidationIssue {
  let detail: string;
  try {
    detail = String(error).slice(0, 200);
  } catch {
    detail = 'a value that cannot be shown';
  }
  return issue('invalid-type', path, `the input could not be read: ${detail}`);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The input as plain data the checkers can read without surprises, made in one walk:
 *
 * - a property that is `null` is left out, so `null` means absent for every optional field at
 *   every level (a required one is then reported missing);
 * - a property whose getter throws (a proxy, a getter) becomes an issue at its own path, and the
 *   rest of the input is still read, so every other problem is reported too;
 * - plain objects are copied with their own keys (`__proto__` included, as a plain key the
 *   checkers refuse), lists element by element; a list too long to be valid is not walked, only
 *   its length is kept; `Date`s, class instances and the keys in `keep` stay as they are.
 *
 * Values that are not plain data (`Date`s and other objects) are handed on untouched for the
 * checkers to accept or refuse by type. @internal
 */
export function snapshot(value: unknown, path: string, issues: ValidationIssue[], keep: ReadonlySet<string> = NO_KEYS, depth: number = 0, longest: number = MAX_WALKED_LENGTH): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  try {
    if (Array.isArray(value)) {
      const length = value.length;
      // Checkers refuse a list by its length before walking it: keep only the length.
      if (length > Math.min(longest, MAX_WALKED_LENGTH)) return new Array<unknown>(length);
      const copy: unknown[] = [];
      for (let index = 0; index < length; index++) copy.push(readProperty(value, index, `${path}[${index}]`, issues, NO_KEYS, depth));
      return copy;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return value;
    const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'symbol') continue;
      const at = join(path, key);
      const item = keep.has(key) ? readRaw(value, key, at, issues) : readProperty(value, key, at, issues, NO_KEYS, depth, LIST_LIMITS[key]);
      if (item !== null && item !== undefined) copy[key] = item;
    }
    return copy;
  } catch (error) {
    issues.push(unreadable(path, error));
    return undefined;
  }
}

const NO_KEYS: ReadonlySet<string> = new Set();

function readRaw(source: object, key: string | number, path: string, issues: ValidationIssue[]): unknown {
  try {
    return (source as Record<string | number, unknown>)[key];
  } catch (error) {
    issues.push(unreadable(path, error));
    return undefined;
  }
}

function readProperty(source: object, key: string | number, path: string, issues: ValidationIssue[], keep: ReadonlySet<string>, depth: number, longest?: number): unknown {
  const before = issues.length;
  const raw = readRaw(source, key, path, issues);
  return issues.length > before ? undefined : snapshot(raw, path, issues, keep, depth + 1, longest);
}

/**
 * Drops the issues reported at a path whose value could not be read: the unreadable value is the
 * one problem there ("missing" would only repeat it). @internal
 */
export function withoutEchoes(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const unreadablePaths = new Set(issues.filter((found) => found.message.includes('the input could not be read')).map((found) => found.path));
  if (unreadablePaths.size === 0) return [...issues];
  return issues.filter((found) => !unreadablePaths.has(found.path) || found.message.includes('the input could not be read'));
}
