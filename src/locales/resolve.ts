import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { en } from './en/index.js';
import type { Locale } from './types.js';

// Which language a call writes in: the `locale` option when given, else the language a stored
// plan records, else English.

/** Languages this process knows by tag: English, and every locale entry imported or passed in. */
const known = new Map<string, Locale>([['en', en]]);
/** Locale objects already found to have every text: checked once each. */
const checked = new WeakSet<object>();

/**
 * Makes a language known by its tag, so a stored plan written in it is read back in it without
 * the locale being passed again. Each locale entry calls this when it is loaded. @internal
 */
export function registerLocale<T extends Locale>(locale: T): T {
  known.set(locale.tag, locale);
  checked.add(locale);
  return locale;
}

const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The first place `value` differs in shape from `model` (a missing text or one of another type), or `undefined`. */
function shapeProblem(value: Readonly<Record<string, unknown>>, model: Readonly<Record<string, unknown>>, path: string, depth: number): string | undefined {
  for (const key of Object.keys(model)) {
    const expected = model[key];
    const actual = value[key];
    const at = `${path}.${key}`;
    if (Array.isArray(expected)) {
      const inner = listProblem(actual, expected, at);
      if (inner !== undefined) return inner;
    } else if (typeof expected === 'object' && expected !== null && depth < 3) {
      if (!isPlainObject(actual)) return `${at}: expected an object of texts, got ${describeType(actual)}`;
      const inner = shapeProblem(actual, expected as Readonly<Record<string, unknown>>, at, depth + 1);
      if (inner !== undefined) return inner;
    } else if (typeof actual !== typeof expected) {
      return `${at}: expected a ${typeof expected === 'function' ? 'function' : typeof expected}, got ${describeType(actual)}`;
    }
  }
  return undefined;
}

/**
 * A list's problem: a list of texts (functions, such as a message's wordings) needs at least one;
 * a list of words (what a review check looks for) needs at least one too, or may be left out,
 * which skips that check for the language.
 */
function listProblem(actual: unknown, model: readonly unknown[], at: string): string | undefined {
  const item = typeof model[0];
  if (actual === undefined && item === 'string') return undefined;
  if (!Array.isArray(actual) || actual.length === 0) return `${at}: expected a list of at least one ${item}, got ${describeType(actual)}`;
  const wrong = actual.findIndex((entry: unknown) => typeof entry !== item);
  return wrong < 0 ? undefined : `${at}[${wrong}]: expected a ${item}, got ${describeType(actual[wrong])}`;
}

/**
 * Reads a `locale` option: a {@link Locale} object with every text the English one has (checked
 * once per object). Pushes an issue and returns `undefined` when it is not one. @internal
 */
export function readLocale(value: unknown, path: string, issues: ValidationIssue[]): Locale | undefined {
  if (value === undefined) return en;
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as Locale;
  if (typeof value === 'string') {
    issues.push(issue('invalid-choice', path, `pass the locale object, not its name: import { ${value.slice(0, 12).replace(/[^a-z]/gi, '')} } from 'interview-followup/locales/${value.slice(0, 12).replace(/[^a-z-]/gi, '')}'`));
    return undefined;
  }
  if (!isPlainObject(value) || typeof value['tag'] !== 'string' || !TAG.test(value['tag'])) {
    issues.push(issue('invalid-type', path, `expected a locale such as the one exported by interview-followup/locales/de, got ${describeType(value)}`));
    return undefined;
  }
  const problem = shapeProblem(value, en as unknown as Readonly<Record<string, unknown>>, path, 0);
  if (problem !== undefined) {
    issues.push(issue('invalid-type', path, `the locale lacks a text: ${problem}`));
    return undefined;
  }
  checked.add(value);
  return value as unknown as Locale;
}

/**
 * The language a stored plan was written in, from its `locale` tag (absent: English), unless
 * the caller passed one. A tag this process does not know needs its locale passed. @internal
 */
export function localeOfPlan(option: unknown, tag: unknown, path: string, issues: ValidationIssue[]): Locale | undefined {
  if (option !== undefined) return readLocale(option, 'locale', issues);
  if (tag === undefined) return en;
  const found = typeof tag === 'string' ? known.get(tag) : undefined;
  if (found !== undefined) return found;
  const name = typeof tag === 'string' ? tag.slice(0, 12).replace(/[^a-z-]/gi, '') : '';
  issues.push(issue('invalid-choice', `${path}.locale`, typeof tag === 'string' && TAG.test(tag)
    ? `the plan is written in "${name}": import { ${name.replace(/-/g, '')} } from 'interview-followup/locales/${name}' and pass { locale: ${name.replace(/-/g, '')} }`
    : `expected a language tag such as "de", got ${describeType(tag)}`));
  return undefined;
}

/** The `locale` field of a plan written in `locale`: absent for English. @internal */
export function tagOf(locale: Locale): { readonly locale?: string } {
  return locale.tag === 'en' ? {} : { locale: locale.tag };
}
