import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { readLocale } from '../locales/resolve.js';
import type { Locale } from '../locales/types.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';

// Callers give the language in the object a function already takes (`details`, `context`) or in
// a last `options` argument; both are read, and the last argument wins.

/**
 * The `locale` given to a draft or review function: `options.locale`, else `within.locale`
 * (`within` at `path`), else `undefined`. Every problem goes to `issues`.
 * @internal
 */
export function givenLocale(within: unknown, path: string, options: unknown, issues: ValidationIssue[]): Locale | undefined {
  const inner = isPlainObject(within) && within['locale'] !== undefined ? readLocale(within['locale'], `${path}.locale`, issues) : undefined;
  if (options === undefined) return inner;
  if (!isPlainObject(options)) {
    issues.push(issue('invalid-type', 'options', `expected { locale? }, got ${describeType(options)}`));
    return undefined;
  }
  issues.push(...keyIssues(options, ['locale'], ''));
  return options['locale'] === undefined ? inner : readLocale(options['locale'], 'locale', issues);
}
