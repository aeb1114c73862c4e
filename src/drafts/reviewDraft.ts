import type { FindingCode, ReviewedKind } from '../rules/codes.js';
import { FollowUpError, guarded, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { limits } from '../validate/limits.js';
import type { RuleId } from '../rules/rules.js';
import type { DraftInterview, DraftRecipient } from './details.js';

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

/** Word limits per kind of message. */
export const draftWordLimits = {
  /** A thank-you email: brief. */
  'thank-you-email': 200,
  /** A posted thank-you letter. */
  'thank-you-letter': 250,
  /** A check-in: shorter still. */
  'check-in': 160,
  /** A reply to a rejection: a few lines. */
  'rejection-reply': 150,
  /** An answer to an offer. */
  'offer-response': 150,
  /** A note to another employer about an offer. */
  'expedite-request': 150,
  /** A withdrawal. */
  'withdrawal-note': 120,
} as const;

/** What each kind of message must do: thank, or restate interest; and the rule its findings cite. */
const KIND_RULES: Readonly<Record<ReviewedKind, { readonly thanks: boolean; readonly interest: boolean; readonly subject: boolean; readonly rule: RuleId }>> = {
  'thank-you-email': { thanks: true, interest: false, subject: true, rule: 'thank-you-content' },
  'thank-you-letter': { thanks: true, interest: false, subject: false, rule: 'thank-you-content' },
  'check-in': { thanks: false, interest: true, subject: true, rule: 'check-in-after-date' },
  'rejection-reply': { thanks: true, interest: false, subject: true, rule: 'rejection-reply' },
  'offer-response': { thanks: true, interest: false, subject: true, rule: 'offer-response' },
  'expedite-request': { thanks: false, interest: true, subject: true, rule: 'offer-expedite' },
  'withdrawal-note': { thanks: true, interest: false, subject: true, rule: 'withdraw-others' },
};
const FEEDBACK = /\b(?:feedback|advice|stronger|improve)\b/i;

/** Longest body reviewed; longer text is cut first so review time stays bounded. */
const MAX_REVIEW_LENGTH = 20_000;
const MAX_OTHERS = 50;
/** Share of three-word sequences two notes have in common above which one is a copy of the other. */
const COPY_THRESHOLD = 0.8;

const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{[^}\n]{0,40}\}\}|<[A-Za-z][^>@\n]{0,40}>|\b(?:TODO|TBD|XXX|undefined|null|NaN)\b/;
const THANKS = /\b(?:thank|thanks|grateful|appreciate|appreciated|appreciation)\b/i;
const INTEREST = /\b(?:interest|interested|keen|keener|eager|excited|enthusiastic|want|first choice|drawn|would love|would like|would very much like|glad to join|still open)\b/i;
const PUSHY = /\b(?:urgent|urgently|asap|immediately|right away|demand|must reply|expect a reply|final notice)\b|!{2,}/i;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

function shingles(tokens: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 3 <= tokens.length; i++) set.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  return set;
}

/** Jaccard similarity of three-word sequences, with people's names taken out. */
function similarity(a: string, b: string, names: ReadonlySet<string>): number {
  const strip = (text: string): string[] => words(text).filter((word) => !names.has(word));
  const left = shingles(strip(a));
  const right = shingles(strip(b));
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
 * Reviews a message the candidate wrote against the advice: brief, personal, naming the person,
 * the company and the role, thanking (for thank-you notes), restating interest without pressure
 * (for check-ins), with no template leftovers. Every draft this library writes passes.
 *
 * @param draft - The message: `kind`, `body`, and `subject`/`recipient` when known.
 * @param context - The interview, and `others`: bodies (strings) already written for other interviewers.
 * @returns `{ ok, findings }`; each finding has a code, a message and the rule behind it.
 * @throws {@link FollowUpError} when `draft` or `context` is not the expected shape, such as an
 *   `others` entry that is not a string (`invalid-type` at `context.others[0]`).
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
export function reviewDraft(draft: DraftToReview, context: ReviewContext): DraftReview {
  return guarded('', () => {
    if (!isPlainObject(draft) || typeof draft['body'] !== 'string' || !Object.hasOwn(KIND_RULES, draft['kind'] as string)) {
      throw new FollowUpError([{ code: 'invalid-type', path: 'draft', message: `draft: expected { kind: ${Object.keys(KIND_RULES).map((kind) => `"${kind}"`).join(' | ')}, body, subject?, recipient? }` }]);
    }
    const interview = isPlainObject(context) && isPlainObject(context['interview']) ? context['interview'] : undefined;
    if (interview === undefined || typeof interview['company'] !== 'string' || typeof interview['position'] !== 'string') {
      throw new FollowUpError([{ code: 'invalid-type', path: 'context.interview', message: 'context.interview: expected an interview with company and position' }]);
    }
    const kind = draft.kind;
    const body = draft.body.slice(0, MAX_REVIEW_LENGTH);
    const subject = typeof draft.subject === 'string' ? draft.subject.slice(0, 1000) : undefined;
    const text = subject === undefined ? body : `${subject}\n${body}`;
    const expects = KIND_RULES[kind];
    const contentRule: RuleId = expects.rule;
    const findings: DraftFinding[] = [];
    const add = (code: FindingCode, rule: RuleId, message: string): void => {
      findings.push({ code, rule, message });
    };

    const count = words(body).length;
    const limit = draftWordLimits[kind];
    if (count > limit) add('too-long', contentRule, `${count} words; keep it under ${limit} so it gets read.`);
    const placeholder = PLACEHOLDER.exec(text);
    if (placeholder !== null) add('placeholder-left', contentRule, `"${placeholder[0]}" looks like template text left in; replace it before sending.`);

    const recipient = typeof draft.recipient === 'string' ? draft.recipient : isPlainObject(draft.recipient) && typeof draft.recipient['name'] === 'string' ? draft.recipient['name'] : undefined;
    if (recipient !== undefined && recipient.trim() !== '' && !mentions(body, recipient.trim()) && !mentions(body, recipient.trim().split(/\s+/)[0] ?? '')) {
      add('missing-recipient-name', 'thank-you-each', `The message never names ${recipient.trim().slice(0, 80)}; address them by name.`);
    }

    const others = othersOf(context.others);
    const people = Array.isArray(interview['interviewers']) ? interview['interviewers'].slice(0, limits.maxInterviewers) : [];
    const names = new Set([...people.flatMap((person: unknown) => (isPlainObject(person) && typeof person['name'] === 'string' ? words(person['name']) : [])), ...(recipient === undefined ? [] : words(recipient))]);
    if (others.some((other) => similarity(body, other.slice(0, MAX_REVIEW_LENGTH), names) >= COPY_THRESHOLD)) {
      add('not-personalised', 'thank-you-each', 'This reads like the note written for another interviewer; mention something specific to this person.');
    }

    if (expects.thanks && !THANKS.test(body)) add('no-thanks', contentRule, 'Thank them for their time; that is the point of the note.');
    if (kind === 'rejection-reply' && !FEEDBACK.test(body)) add('no-feedback-request', 'rejection-reply', 'Ask, once and lightly, for feedback on what would have made you stronger.');
    const company = interview['company'].trim();
    const position = interview['position'].trim();
    if (company !== '' && !mentions(text, company)) add('company-not-named', contentRule, `Name the company (${company.slice(0, 80)}) so the message is clearly about this application.`);
    if (position !== '' && !mentions(text, position)) add('role-not-named', contentRule, `Name the role (${position.slice(0, 80)}).`);
    if (expects.interest && !INTEREST.test(body)) add('no-interest', contentRule, 'Say that you still want the job; a check-in is a chance to restate it.');
    if (PUSHY.test(text)) add('pushy-tone', 'repeat-two-weeks', 'Drop the pressure words and extra exclamation marks: persistent, never pushy.');
    if (expects.subject && (subject === undefined || subject.trim() === '')) add('missing-subject', contentRule, 'Give the email a subject that names the role.');
    if (subject !== undefined && /[\r\n\u2028\u2029]/.test(subject)) add('subject-line-break', contentRule, 'A subject must be one line.');
    return { ok: findings.length === 0, findings };
  });
}
