import { FollowUpError, guarded, issue, throwIfIssues, type ValidationIssue } from '../errors/FollowUpError.js';
import type { Locale } from '../locales/types.js';
import type { TextOptions } from '../steps/labels.js';
import { describeType } from '../validate/guards.js';
import { readStoredPlan, readStoredStep, type StoredInterview } from '../stored/storedPlan.js';
import type { FollowUpPlan } from '../interview/types.js';
import type { FollowUpStep, ApplicationStep } from '../steps/types.js';
import type { ApplicationPlan } from '../application/planTypes.js';
import type { PipelinePlan } from '../pipeline/types.js';
import { expediteRequestFor, offerResponseFor, rejectionReplyFor, withdrawalNoteFor } from './outcomeDrafts.js';
import { checkDraftInput, type DraftDetails } from './details.js';
import { checkInFor, emailFor, letterFor } from './drafts.js';
import { followUpFor } from './followUpDraft.js';
import type { ReviewedKind } from '../rules/codes.js';
import { givenLocale } from './language.js';

/** A step's message, ready to edit and send. */
export interface StepDraft {
  /** Which kind of message. */
  readonly kind: ReviewedKind;
  /** The subject line, for emails. */
  readonly subject?: string;
  /** The text. */
  readonly body: string;
  /** The recipient's address, when known. */
  readonly to?: string;
  /** A `mailto:` link that opens the draft in a mail program, when the address is known. */
  readonly mailto?: string;
}

/** Longest `mailto:` link; past it the body is left out and only the subject is kept. */
export const MAX_MAILTO_LENGTH = 2000;

/**
 * A `mailto:` link with the subject and body URL-encoded (RFC 6068), at most
 * {@link MAX_MAILTO_LENGTH} characters: when the body would not fit, it is left out.
 *
 * @param to - The address.
 * @param subject - The subject line.
 * @param body - The message.
 * @returns The link.
 *
 * @example
 * ```ts
 * import { mailtoLink } from 'interview-followup';
 *
 * mailtoLink('ana@acme.example', 'Thank you', 'Dear Ana,');
 * //=> 'mailto:ana@acme.example?subject=Thank%20you&body=Dear%20Ana%2C'
 * ```
 */
export function mailtoLink(to: string, subject: string, body: string): string {
  return guarded('', () => {
    for (const [name, value] of [['to', to], ['subject', subject], ['body', body]] as const) {
      if (typeof value !== 'string') throw new FollowUpError([issue('invalid-type', name, `expected a string, got ${describeType(value)}`)]);
    }
    // The address is encoded within what the link can hold, so no address, however long, makes it longer.
    const address = `mailto:${encodeWithin(to, MAX_MAILTO_LENGTH - 'mailto:?subject='.length, encodeAddress)}`;
    const base = `${address}?subject=`;
    const withSubject = `${base}${encodeWithin(subject, MAX_MAILTO_LENGTH - base.length, encodeURIComponent)}`;
    const full = `${withSubject}&body=${encodeWithin(body.replace(/\r?\n/g, '\r\n'), Infinity, encodeURIComponent)}`;
    return full.length <= MAX_MAILTO_LENGTH ? full : withSubject;
  });
}

/** An address part of a `mailto:` URI: characters URIs allow, with `?`, `#` and `&` escaped too. */
function encodeAddress(text: string): string {
  return encodeURI(text).replace(/[?#&]/g, encodeURIComponent);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Percent-encodes `text` (unpaired surrogates as U+FFFD, which encoding cannot take) up to
 * `budget` characters, whole characters only, so a cut never splits an escape or a UTF-8 sequence.
 */
function encodeWithin(text: string, budget: number, encode: (text: string) => string): string {
  const clean = text.replace(LONE_SURROGATE, '\ufffd');
  const whole = encode(clean);
  if (whole.length <= budget) return whole;
  let out = '';
  for (const char of clean) {
    const piece = encode(char);
    if (out.length + piece.length > budget) break;
    out += piece;
  }
  return out;
}

/**
 * The draft for a plan step: a thank-you email or letter for its interviewer, or the k-th
 * check-in (to the interview's first interviewer, usually the hiring manager). Other steps have
 * no message. Without `senderName` the draft ends with the closing line, ready for a signature.
 * The draft is written in the plan's own language unless `locale` says otherwise.
 *
 * @param plan - The plan the step belongs to.
 * @param step - One of `plan.steps`.
 * @param details - Optional `senderName`, `highlight`, `interest`, `strength` and `locale`.
 * @param options - `locale`: the language (the plan's own, else English, by default); it wins over `details.locale`.
 * @returns The draft with a `mailto:` link when the address is known, or `undefined` for steps without a message.
 * @throws {@link FollowUpError} for hostile or over-long details, or a bad locale.
 *
 * @example
 * ```ts
 * import { draftForStep, planFollowUps } from 'interview-followup';
 *
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Staff Engineer', start: '2026-11-17T10:00',
 *   timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }] });
 * const step = plan.steps.find((s) => s.kind === 'thank-you-email');
 * draftForStep(plan, step!, { senderName: 'Sam Lee' })?.to;
 * //=> 'ana@acme.example'
 * ```
 */
export function draftForStep(
  plan: FollowUpPlan | ApplicationPlan | PipelinePlan, step: FollowUpStep | ApplicationStep, details: Partial<DraftDetails> & TextOptions = {}, options?: TextOptions,
): StepDraft | undefined {
  return guarded('', () => {
    const issues: ValidationIssue[] = [];
    const given = givenLocale(details, 'details', options, issues);
    throwIfIssues(issues);
    const { contexts, locale } = readStoredPlan(plan, 'plan', 'all', given);
    const stored = readStoredStep(step, contexts, 'step');
    return draftForStored(stored.context, stored.step, details, locale);
  });
}

/**
 * The draft for a step of a plan that was read already (the calendar reads the plan once and
 * drafts every step from it), in `locale`.
 * @internal
 */
export function draftForStored(interview: StoredInterview, step: FollowUpStep, details: Partial<DraftDetails>, locale: Locale): StepDraft | undefined {
  const check = { senderOptional: true, locale };
  const address = (email: string | undefined, subject: string, body: string): { to?: string; mailto?: string } =>
    email === undefined ? {} : { to: email, mailto: mailtoLink(email, subject, body) };
  switch (step.kind) {
    case 'thank-you-email': {
      // A plan that names no interviewer thanks the hiring team as a whole.
      const recipient = step.recipient ?? { name: locale.drafts.hiringTeam({ company: interview.company }) };
      const draft = emailFor(checkDraftInput(interview, recipient, details, check));
      return { kind: step.kind, ...draft, ...address(step.recipient?.email, draft.subject, draft.body) };
    }
    case 'thank-you-letter': {
      if (step.recipient === undefined) return undefined;
      return { kind: step.kind, body: letterFor(checkDraftInput(interview, step.recipient, details, check)).body };
    }
    case 'check-in': {
      const contact = step.recipient ?? interview.interviewers[0];
      const draft = checkInFor(checkDraftInput(interview, contact, details, check), step.attempt ?? 1);
      return { kind: step.kind, ...draft, ...address(contact?.email, draft.subject, draft.body) };
    }
    case 'rejection-reply':
    case 'offer-response':
    case 'expedite-request':
    case 'withdrawal-note': {
      const input = checkDraftInput(interview, step.recipient, details, check);
      const draft = step.kind === 'rejection-reply' ? rejectionReplyFor(input)
        : step.kind === 'offer-response' ? offerResponseFor(input, step.deadline === undefined ? 'ask-deadline' : 'accept', step.deadline, 3)
        : step.kind === 'expedite-request' ? expediteRequestFor(input, step.deadline)
        : withdrawalNoteFor(input);
      return { kind: step.kind, ...draft, ...address(step.recipient?.email, draft.subject, draft.body) };
    }
    case 'application-follow-up': {
      const input = checkDraftInput(interview, step.recipient, details, check);
      const draft = followUpFor(input, step.attempt ?? 1, interview.appliedOn);
      return { kind: step.kind, ...draft, ...address(step.recipient?.email, draft.subject, draft.body) };
    }
    default:
      return undefined;
  }
}
