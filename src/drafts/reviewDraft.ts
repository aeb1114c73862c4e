import type { FindingCode, ReviewedKind } from '../rules/codes.js';
import { FollowUpError, guarded, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { en } from '../locales/en/index.js';
import { wordLimits } from '../locales/en/review.js';
import type { Locale, ReviewTexts } from '../locales/types.js';
import type { TextOptions } from '../steps/labels.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { limits } from '../validate/limits.js';
import type { RuleId } from '../rules/rules.js';
import type { DraftInterview, DraftRecipient } from './details.js';
import { givenLocale } from './language.js';

/** A message the candidate wrote (or edited) themselves. */
export interface DraftToReview {
  /** What kind of message it is. */
  readonly kind: ReviewedKind;
  /** The subject line, for emails; `undefined` is accepted, so a draft's `subject` passes straight through. */
  readonly subject?: string | undefined;
  /** The text. */
  readonly body: string;
  /** Who it is for: an interviewer or a name. */
  readonly recipient?: DraftRecipient | undefined;
}

/** What a draft is reviewed against. */
export interface ReviewContext {
  /** The interview the message is about. */
  readonly interview: DraftInterview;
  /** Bodies already written for other interviewers (strings, such as a draft's `body`), to catch copies; the first 50 are compared. */
  readonly others?: readonly string[] | undefined;
  /** The language the message is written in (English by default): its limits, word lists and messages. */
  readonly locale?: Locale | undefined;
}

/** One thing to fix in a draft. */
export interface DraftFinding {
  /** What is wrong, as a stable code. */
  readonly code: FindingCode;
  /** One sentence for people. */
  readonly message: string;
  /** The rule of the advice behind it. */
  readonly rule: RuleId;
}

/** The result of {@link reviewDraft}. */
export interface DraftReview {
  /** `true` when there are no findings. */
  readonly ok: boolean;
  /** Everything to fix, in a stable order. */
  readonly findings: readonly DraftFinding[];
}

/**
 * Word limits per kind of message, in English: thank-you email 200, letter 250, check-in 160,
 * rejection reply, offer answer and expedite request 150, withdrawal 120. Each language has its
 * own, counted in its own units, in `locale.review.limits`.
 */
export const draftWordLimits: Readonly<Record<ReviewedKind, number>> = wordLimits;

/** What each kind of message must do: thank, or restate interest; and the rule its findings cite. */
const KIND_RULES: Readonly<Record<ReviewedKind, { readonly thanks: boolean; readonly interest: boolean; readonly subject: boolean; readonly rule: RuleId }>> = {
  'thank-you-email': { thanks: true, interest: false, subject: true, rule: 'thank-you-content' },
  'thank-you-letter': { thanks: true, interest: false, subject: false, rule: 'thank-you-content' },
  'check-in': { thanks: false, interest: true, subject: true, rule: 'check-in-after-date' },
  'rejection-reply': { thanks: true, interest: false, subject: true, rule: 'rejection-reply' },
  'offer-response': { thanks: true, interest: false, subject: true, rule: 'offer-response' },
  'expedite-request': { thanks: false, interest: true, subject: true, rule: 'offer-expedite' },
  'withdrawal-note': { thanks: true, interest: false, subject: true, rule: 'withdraw-others' },
  'application-follow-up': { thanks: false, interest: true, subject: true, rule: 'follow-up-after-applying' },
};

/** Longest body reviewed; longer text is cut first so review time stays bounded. */
const MAX_REVIEW_LENGTH = 20_000;
const MAX_OTHERS = 50;
/** Share of unit sequences two notes have in common above which one is a copy of the other. */
const COPY_THRESHOLD = 0.8;

// Template leftovers and repeated exclamation marks read the same in every language.
const PLACEHOLDERS = /\[[^\]\n]{1,40}\]|\{\{[^}\n]{0,40}\}\}|<[A-Za-z][^>@\n]{0,40}>|\b(?:TODO|TBD|XXX|undefined|null|NaN)\b/g;
const EXCLAMATIONS = /[!\uff01]{2,}/;

/** The sequences of `size` units in a row, as one set. */
function sequences(units: readonly string[], size: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + size <= units.length; i++) set.add(units.slice(i, i + size).join(' '));
  return set;
}

/** Jaccard similarity of unit sequences, with people's names taken out. */
function similarity(a: string, b: string, names: ReadonlySet<string>, review: ReviewTexts): number {
  const strip = (text: string): string[] => review.units(text).filter((unit) => !names.has(unit));
  const size = Math.max(1, Math.floor(review.sequence));
  const left = sequences(strip(a), size);
  const right = sequences(strip(b), size);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * The bodies to compare with. Anything but a list of strings is refused: a caller without types
 * who passes whole drafts would otherwise lose the copy check without a word.
 */
function othersOf(others: unknown): string[] {
  if (others === undefined) return [];
  if (!Array.isArray(others)) {
    throw new FollowUpError([issue('invalid-type', 'context.others', `expected a list of message bodies (strings), got ${describeType(others)}`)]);
  }
  const bodies: string[] = [];
  const issues: ValidationIssue[] = [];
  // Index by index, so a hole in a sparse list is refused like any other non-string.
  for (let index = 0; index < Math.min(others.length, MAX_OTHERS); index++) {
    const other: unknown = others[index];
    if (typeof other === 'string') bodies.push(other);
    else issues.push(issue('invalid-type', `context.others[${index}]`, `expected a message body (a string, such as a draft's body), got ${describeType(other)}`));
  }
  throwIfIssues(issues);
  return bodies;
}

function mentions(text: string, name: string): boolean {
  return text.toLowerCase().includes(name.toLowerCase());
}

/**
 * Whether `units` hold one of `words` as a run of whole units ("would like": "would" then
 * "like"), so a word list works the same for languages counted in words and in characters.
 */
function says(units: readonly string[], words: readonly string[], review: ReviewTexts): boolean {
  return words.some((word) => {
    const wanted = review.units(word);
    if (wanted.length === 0) return false;
    for (let i = 0; i + wanted.length <= units.length; i++) {
      if (wanted.every((unit, k) => units[i + k] === unit)) return true;
    }
    return false;
  });
}

/**
 * The first placeholder in `text` that is not part of the company's or the role's own name
 * ("Software Engineer [Remote]", "null Labs"), or `undefined`.
 */
function placeholderIn(text: string, own: readonly string[]): string | undefined {
  const spans = own.filter((name) => name !== '' && name.length <= text.length).flatMap((name) =>
    [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'))].map((found) => [found.index, found.index + found[0].length] as const));
  for (const found of text.matchAll(PLACEHOLDERS)) {
    const [start, end] = [found.index, found.index + found[0].length];
    if (!spans.some(([from, to]) => from <= start && end <= to)) return found[0];
  }
  return undefined;
}

/**
 * Reviews a message the candidate wrote against the advice: brief, personal, naming the person,
 * the company and the role, thanking (for thank-you notes), restating interest without pressure
 * (for check-ins), with no template leftovers. Every draft this library writes passes. The
 * lengths, word lists and messages are the language's (`locale`, English by default); the codes
 * and rules are the same in every language.
 *
 * @param draft - The message: `kind`, `body`, and `subject`/`recipient` when known.
 * @param context - The interview, `others`: bodies already written for other interviewers, and optionally `locale`.
 * @param options - `locale`: the language (English by default); it wins over `context.locale`.
 * @returns `{ ok, findings }`; each finding has a code, a message and the rule behind it.
 * @throws {@link FollowUpError} when `draft` or `context` is not the expected shape (such as an `others`
 *   entry that is not a string: `invalid-type` at `context.others[0]`), or for a bad locale.
 *
 * @example
 * ```ts
 * import { reviewDraft } from 'interview-followup';
 *
 * reviewDraft({ kind: 'thank-you-email', subject: 'Hi', body: 'Dear [Name], thanks!' },
 *   { interview: { company: 'Acme', position: 'Staff Engineer' } }).findings.map((f) => f.code);
 * //=> ['placeholder-left', 'company-not-named', 'role-not-named']
 * ```
 */
export function reviewDraft(draft: DraftToReview, context: ReviewContext, options?: TextOptions): DraftReview {
  return guarded('', () => {
    if (!isPlainObject(draft) || typeof draft['body'] !== 'string' || !Object.hasOwn(KIND_RULES, draft['kind'] as string)) {
      throw new FollowUpError([{ code: 'invalid-type', path: 'draft', message: `draft: expected { kind: ${Object.keys(KIND_RULES).map((kind) => `"${kind}"`).join(' | ')}, body, subject?, recipient? }` }]);
    }
    const interview = isPlainObject(context) && isPlainObject(context['interview']) ? context['interview'] : undefined;
    if (interview === undefined || typeof interview['company'] !== 'string' || typeof interview['position'] !== 'string') {
      throw new FollowUpError([{ code: 'invalid-type', path: 'context.interview', message: 'context.interview: expected an interview with company and position' }]);
    }
    const issues: ValidationIssue[] = [];
    const { review } = givenLocale(context, 'context', options, issues) ?? en;
    throwIfIssues(issues);
    const words = review.findings;
    const kind = draft.kind;
    const body = draft.body.slice(0, MAX_REVIEW_LENGTH);
    const subject = typeof draft.subject === 'string' ? draft.subject.slice(0, 1000) : undefined;
    const text = subject === undefined ? body : `${subject}\n${body}`;
    const units = review.units(body);
    const expects = KIND_RULES[kind];
    const contentRule: RuleId = expects.rule;
    const findings: DraftFinding[] = [];
    const add = (code: FindingCode, rule: RuleId, message: string): void => {
      findings.push({ code, rule, message });
    };
    const company = interview['company'].trim();
    const position = interview['position'].trim();

    const limit = review.limits[kind];
    if (units.length > limit) add('too-long', contentRule, words['too-long']({ count: units.length, limit }));
    const placeholder = placeholderIn(text, [company, position]);
    if (placeholder !== undefined) add('placeholder-left', contentRule, words['placeholder-left']({ text: placeholder }));

    const person = isPlainObject(draft.recipient) ? draft.recipient : undefined;
    const recipient = typeof draft.recipient === 'string' ? draft.recipient : typeof person?.['name'] === 'string' ? person['name'] : undefined;
    const salutation = typeof person?.['salutation'] === 'string' ? person['salutation'].trim() : '';
    // The first name ("Ana,") or the surname, of the name or of the salutation ("Frau Ruiz", or
    // "Herr Park" in a German letter to a "Mr. Park"), names the person too.
    const parts = recipient?.trim().split(/\s+/) ?? [];
    const naming = [recipient?.trim(), parts[0], parts[parts.length - 1], salutation, salutation.split(/\s+/).pop()].filter((one): one is string => one !== undefined && one !== '');
    if (recipient !== undefined && recipient.trim() !== '' && !naming.some((one) => mentions(body, one))) {
      add('missing-recipient-name', 'thank-you-each', words['missing-recipient-name']({ name: recipient.trim().slice(0, 80) }));
    }

    const others = othersOf(isPlainObject(context) ? context['others'] : undefined);
    const people: unknown[] = [...(Array.isArray(interview['interviewers']) ? interview['interviewers'].slice(0, limits.maxInterviewers) : []), ...(person === undefined ? [] : [person])];
    const named = [...people.flatMap((one) => (isPlainObject(one) ? [one['name'], one['salutation']] : [])), recipient];
    const names = new Set(named.flatMap((name) => (typeof name === 'string' ? review.units(name.slice(0, 200)) : [])));
    if (others.some((other) => similarity(body, other.slice(0, MAX_REVIEW_LENGTH), names, review) >= COPY_THRESHOLD)) {
      add('not-personalised', 'thank-you-each', words['not-personalised']({}));
    }

    if (expects.thanks && review.thanks !== undefined && !says(units, review.thanks, review)) add('no-thanks', contentRule, words['no-thanks']({}));
    if (kind === 'rejection-reply' && review.feedback !== undefined && !says(units, review.feedback, review)) add('no-feedback-request', 'rejection-reply', words['no-feedback-request']({}));
    if (company !== '' && !mentions(text, company)) add('company-not-named', contentRule, words['company-not-named']({ company: company.slice(0, 80) }));
    if (position !== '' && !mentions(text, position)) add('role-not-named', contentRule, words['role-not-named']({ position: position.slice(0, 80) }));
    if (expects.interest && review.interest !== undefined && !says(units, review.interest, review)) add('no-interest', contentRule, words['no-interest']({}));
    // A word of the company's or the role's own name is theirs: "Urgent Care" is no pressure.
    const pushy = review.pushy?.filter((one) => !says(review.units(`${company}\n${position}`), [one], review));
    if (EXCLAMATIONS.test(text) || (pushy !== undefined && says(review.units(text), pushy, review))) add('pushy-tone', 'repeat-two-weeks', words['pushy-tone']({}));
    if (expects.subject && (subject === undefined || subject.trim() === '')) add('missing-subject', contentRule, words['missing-subject']({}));
    if (subject !== undefined && /[\r\n\u2028\u2029]/.test(subject)) add('subject-line-break', contentRule, words['subject-line-break']({}));
    return { ok: findings.length === 0, findings };
  });
}
