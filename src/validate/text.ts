import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { typeIssue } from './guards.js';

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: none belongs in a name.
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Free text may hold tabs and line breaks (CR, LF), nothing else from those ranges.
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** How a text field is checked. */
export interface TextRule {
  readonly max: number;
  readonly multiline?: boolean;
  readonly what?: string;
}

/**
 * Checks a text field: a string, not blank, within `max`, no forbidden characters. Returns the
 * trimmed text, or `undefined` after pushing an issue.
 * @internal
 */
export function checkText(value: unknown, path: string, rule: TextRule, issues: ValidationIssue[]): string | undefined {
  const what = rule.what ?? 'a text';
  if (typeof value !== 'string') {
    issues.push(typeIssue(value, path, what));
    return undefined;
  }
  if (value.length > rule.max) {
    issues.push(issue('too-long', path, `at most ${rule.max} characters, got ${value.length}`));
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === '') {
    issues.push(issue('missing-field', path, `expected ${what}, got an empty string`));
    return undefined;
  }
  if ((rule.multiline === true ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value)) {
    issues.push(issue('invalid-text', path, rule.multiline === true
      ? 'control characters are not allowed'
      : 'line breaks and control characters are not allowed'));
    return undefined;
  }
  if (LONE_SURROGATE.test(value)) {
    issues.push(issue('invalid-text', path, 'the text holds an unpaired UTF-16 surrogate'));
    return undefined;
  }
  return trimmed;
}

const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+$/;

/** Checks an email address: plausible shape, bounded length. @internal */
export function checkEmail(value: unknown, path: string, max: number, issues: ValidationIssue[]): string | undefined {
  const text = checkText(value, path, { max, what: 'an email address' }, issues);
  if (text === undefined) return undefined;
  if (!EMAIL.test(text)) {
    issues.push(issue('invalid-email', path, `not an email address: ${JSON.stringify(text.slice(0, 60))}`));
    return undefined;
  }
  return text;
}
