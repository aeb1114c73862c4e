import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { limits } from '../validate/limits.js';
import { checkEmail, checkText } from '../validate/text.js';
import type { CheckedInterviewer, InputNotice } from './types.js';

const INTERVIEWER_KEYS = ['name', 'email', 'title', 'salutation'] as const;

/**
 * A stable, ASCII-only slug of a name for step ids: letters and digits kept (accents dropped),
 * other letters written as `u` + hex code point, everything else a single dash.
 */
export function slugOf(name: string): string {
  // Printable ASCII has no accents or other letters: lower-cased, every other run is one dash.
  const slug = PRINTABLE_ASCII.test(name) ? name.toLowerCase().replace(/[^a-z0-9]+/g, '-') : unicodeSlug(name);
  const trimmed = slug.replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return trimmed === '' ? 'person' : trimmed;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The slug of any name, a character at one time, before trimming. @internal */
export function unicodeSlug(name: string): string {
  let slug = '';
  for (const char of name.normalize('NFKD').toLowerCase()) {
    if (/[a-z0-9]/.test(char)) slug += char;
    else if (/\p{M}/u.test(char)) continue;
    else if (/[\p{L}\p{N}]/u.test(char)) slug += `u${(char.codePointAt(0) ?? 0).toString(16)}`;
    else if (!slug.endsWith('-')) slug += '-';
  }
  return slug;
}

/**
 * Unique slugs in one pass: each name's slug is computed once, and a repeated slug takes the
 * next free number (`ana-2`, `ana-3`, …), so many names with one slug cost linear work.
 */
function uniqueSlugs(): (name: string) => string {
  const taken = new Set<string>();
  const next = new Map<string, number>();
  return (name) => {
    const base = slugOf(name);
    let slug = base;
    let n = next.get(base) ?? 2;
    while (taken.has(slug)) slug = `${base}-${n++}`;
    next.set(base, n);
    taken.add(slug);
    return slug;
  };
}

/** Checks the interviewers list at `path`: each a `{ name, email?, title?, salutation? }`; one listed twice is merged into the first, with a notice. */
export function checkInterviewers(value: unknown, path: string, issues: ValidationIssue[], notices: InputNotice[] = []): CheckedInterviewer[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(issue('invalid-type', path, `expected a list of { name, email? }, got ${describeType(value)}`));
    return [];
  }
  if (value.length > limits.maxInterviewers) {
    issues.push(issue('too-many', path, `at most ${limits.maxInterviewers} interviewers, got ${value.length}`));
    return [];
  }
  const checked: CheckedInterviewer[] = [];
  // Each lower-cased name and address, to the interviewer it belongs to (by position in `checked`).
  const known = new Map<string, number>();
  const slugFor = uniqueSlugs();
  for (let index = 0; index < value.length; index++) {
    const at = `${path}[${index}]`;
    const person: unknown = value[index];
    if (!isPlainObject(person)) {
      issues.push(issue('invalid-type', at, `expected { name, email? }, got ${describeType(person)}`));
      continue;
    }
    const before = issues.length;
    issues.push(...keyIssues(person, INTERVIEWER_KEYS, at));
    const name = checkText(person['name'], `${at}.name`, { max: limits.maxNameLength, what: 'a name' }, issues);
    const email = optionalEmail(person['email'], `${at}.email`, issues);
    const title = person['title'] === undefined ? undefined : checkText(person['title'], `${at}.title`, { max: limits.maxNameLength }, issues);
    const salutation = person['salutation'] === undefined ? undefined : checkText(person['salutation'], `${at}.salutation`, { max: limits.maxNameLength }, issues);
    if (issues.length > before || name === undefined) continue;
    const keys = [name.toLowerCase(), ...(email === undefined ? [] : [email.toLowerCase()])];
    const twin = keys.map((key) => known.get(key)).find((found) => found !== undefined);
    if (twin !== undefined) {
      // The same person listed twice (a tracker's "Rita Diaz" and "rita diaz"): merged into the first.
      const first = checked[twin] as CheckedInterviewer;
      checked[twin] = merged(first, { name, email, title, salutation });
      for (const key of keys) known.set(key, twin);
      notices.push({ code: 'duplicate-interviewer', path: at, name: first.name });
      continue;
    }
    for (const key of keys) known.set(key, checked.length);
    checked.push({
      name, slug: slugFor(name), index,
      ...(email === undefined ? {} : { email }),
      ...(title === undefined ? {} : { title }),
      ...(salutation === undefined ? {} : { salutation }),
    });
  }
  return checked;
}

/** The first listing of a person, with what a later listing adds: an address or title it lacked, and its name and address as other ways to name them. */
function merged(first: CheckedInterviewer, later: { readonly name: string; readonly email: string | undefined; readonly title: string | undefined; readonly salutation: string | undefined }): CheckedInterviewer {
  const aliases = new Set(first.aliases);
  aliases.add(later.name.toLowerCase());
  if (later.email !== undefined) aliases.add(later.email.toLowerCase());
  const email = first.email ?? later.email;
  const title = first.title ?? later.title;
  const salutation = first.salutation ?? later.salutation;
  return {
    name: first.name, slug: first.slug, index: first.index,
    ...(email === undefined ? {} : { email }),
    ...(title === undefined ? {} : { title }),
    ...(salutation === undefined ? {} : { salutation }),
    aliases: [...aliases],
  };
}

/** An email that may be absent: `undefined` or an empty string means none was given. @internal */
export function optionalEmail(value: unknown, path: string, issues: ValidationIssue[]): string | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  return checkEmail(value, path, limits.maxEmailLength, issues);
}

/** The interviewer a name or address stands for, compared without regard to case. */
export function findInterviewer(interviewers: readonly CheckedInterviewer[], key: string): CheckedInterviewer | undefined {
  const wanted = key.trim().toLowerCase();
  return interviewers.find((person) => person.name.toLowerCase() === wanted || person.email?.toLowerCase() === wanted || person.aliases?.includes(wanted) === true);
}
