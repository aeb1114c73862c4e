import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { closestName } from './suggest.js';

/** Keys that could reach `Object.prototype` if an input were merged carelessly. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A plain data object: an object literal or `JSON.parse` output (from any realm), or an
 * `Object.create(null)` object. Class instances, arrays and objects with a custom prototype are not.
 * @internal
 */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A short, bounded description of a value's type for messages. @internal */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * The issue for a required field that is absent or of the wrong type: `missing-field` saying it is
 * missing (`start: missing; expected …`) when it is `undefined`, else `invalid-type` with what it
 * got (`start: expected …, got 5`). `missing` is what to ask for when it differs from `expected`.
 * @internal
 */
export function typeIssue(value: unknown, path: string, expected: string, missing: string = expected): ValidationIssue {
  return value === undefined
    ? issue('missing-field', path, `missing; expected ${missing}`)
    : issue('invalid-type', path, `expected ${expected}, got ${describeType(value)}`);
}

const MAX_KEY_ISSUES = 20;

/** Issues for forbidden and unknown own keys of `value`. @internal */
export function keyIssues(value: object, allowed: readonly string[], path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const prefix = path === '' ? '' : `${path}.`;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') continue;
    // Enough to fix the input; a hostile object with a million keys gets no million issues.
    if (issues.length >= MAX_KEY_ISSUES) break;
    const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push(issue('forbidden-key', `${prefix}${shown}`, `the key "${shown}" is not allowed`));
    } else if (!allowed.includes(key)) {
      const near = closestName(key, allowed);
      issues.push(issue('unknown-key', `${prefix}${shown}`, near === undefined
        ? `unknown key "${shown}"; expected one of ${allowed.join(', ')}`
        : `unknown key "${shown}"; did you mean "${near}"?`));
    }
  }
  return issues;
}
