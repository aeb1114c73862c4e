import { FollowUpError, guarded } from '../errors/FollowUpError.js';
import { checkDraftInput, type CheckedDraftInput, type DraftDetails, type DraftInterview, type DraftRecipient } from './details.js';
import { either, longDate, paragraphs, sentences, signature } from './wording.js';

/** An email ready to edit and send. */
export interface EmailDraft {
  /** One line, never a line break. */
  readonly subject: string;
  /** The message, paragraphs separated by blank lines, signed with `senderName`. */
  readonly body: string;
}

/** A thank-you letter to post. */
export interface LetterDraft {
  /** The letter from greeting to signature. */
  readonly body: string;
  /** The envelope's first lines: the person, their title when known, the company. */
  readonly addressee: readonly string[];
}

/** Details of a check-in: the usual details plus which check-in this is and, optionally, to whom. */
export interface CheckInDetails extends DraftDetails {
  /** 1 for the first check-in, 2 for the next, and so on. */
  readonly attempt: number;
  /** Who to write to; the interview's first interviewer when absent, else the company's team. */
  readonly recipient?: DraftRecipient;
}

type EmailTemplate = (input: CheckedDraftInput, name: string) => EmailDraft;

// Three wordings, so notes to different interviewers of one interview never read the same.
const EMAILS: readonly EmailTemplate[] = [
  (input, name) => ({
    subject: `Thank you for the ${input.position} interview at ${input.company}`,
    body: paragraphs(
      `Dear ${name},`,
      sentences(
        `Thank you for taking the time to talk with me about the ${input.position} role at ${input.company}.`,
        either(input.highlight, (text) => `I especially enjoyed ${text}.`, 'I enjoyed hearing how the team works and where it is heading.'),
        either(input.interest, (text) => `What draws me to the role is ${text}.`, `Our conversation made me even keener to join ${input.company}.`),
        either(input.strength, (text) => `I am confident that ${text} would let me contribute from the first weeks.`, 'I am confident I could contribute from the first weeks.'),
      ),
      'Please let me know if I can send anything else that would help.',
      signature('Best regards', input),
    ),
  }),
  (input, name) => ({
    subject: `Thanks for meeting about the ${input.position} role at ${input.company}`,
    body: paragraphs(
      `Dear ${name},`,
      sentences(
        `Many thanks for meeting with me to discuss the ${input.position} position at ${input.company}.`,
        either(input.highlight, (text) => `The part I enjoyed most was ${text}.`, 'I came away with a clear picture of the job and enjoyed our exchange.'),
        either(input.interest, (text) => `I am keen on this role because of ${text}.`, 'I left even more interested in the position.'),
        either(input.strength, (text) => `With ${text}, I believe I can make a real difference on the team.`, 'I believe my background would let me make a real difference on the team.'),
      ),
      'I look forward to hearing about the next stage.',
      signature('Kind regards', input),
    ),
  }),
  (input, name) => ({
    subject: `Thank you: ${input.position} at ${input.company}`,
    body: paragraphs(
      `Dear ${name},`,
      sentences(
        `I appreciated the time you gave me to talk about the ${input.position} opening at ${input.company}, and I wanted to say thank you.`,
        either(input.highlight, (text) => `I keep thinking about ${text}.`, 'I keep thinking about the challenges you described.'),
        either(input.interest, (text) => `The role stands out to me for ${text}.`, 'The role stands out among the ones I am considering.'),
        either(input.strength, (text) => `I think ${text} makes me a strong fit for it.`, 'I think my experience makes me a strong fit for it.'),
      ),
      'Thanks again, and I hope we can continue the conversation soon.',
      signature('With appreciation', input),
    ),
  }),
];

// Letters use their own wording: a posted note should not repeat the email.
const LETTERS: readonly ((input: CheckedDraftInput, name: string) => string)[] = [
  (input, name) => paragraphs(
    `Dear ${name},`,
    sentences(
      `Alongside my email, I wanted to send a few lines on paper: thank you once more for our conversation about the ${input.position} role at ${input.company}.`,
      either(input.highlight, (text) => `Looking back, ${text} was the part I valued most.`, 'Looking back, I valued how openly you described the work.'),
      either(input.interest, (text) => `It confirmed what attracted me in the first place: ${text}.`, `It confirmed my wish to be part of ${input.company}.`),
      either(input.strength, (text) => `I hope ${text} can serve your team well.`, 'I hope to bring my skills to your team.'),
    ),
    signature('With warm regards', input),
  ),
  (input, name) => paragraphs(
    `Dear ${name},`,
    sentences(
      `A short note of thanks for meeting me about the ${input.position} position at ${input.company}.`,
      either(input.highlight, (text) => `I still remember ${text} with pleasure.`, 'I still remember our conversation with pleasure.'),
      either(input.interest, (text) => `More than ever, ${text} is why I want this role.`, 'More than ever, I want this role.'),
      either(input.strength, (text) => `I would be glad to put ${text} to work for ${input.company}.`, `I would be glad to put my experience to work for ${input.company}.`),
    ),
    signature('Yours sincerely', input),
  ),
  (input, name) => paragraphs(
    `Dear ${name},`,
    sentences(
      `I am writing to thank you, on paper this time, for discussing the ${input.position} role at ${input.company} with me.`,
      either(input.highlight, (text) => `Of everything we covered, I most enjoyed ${text}.`, 'Of everything we covered, I most enjoyed hearing about your plans.'),
      either(input.interest, (text) => `I am drawn to the role by ${text}.`, 'I remain very drawn to the role.'),
      either(input.strength, (text) => `I trust ${text} would make me a useful addition.`, 'I trust I would make a useful addition to the team.'),
    ),
    signature('All the best', input),
  ),
];

function recipientOf(input: CheckedDraftInput): NonNullable<CheckedDraftInput['recipient']> {
  if (input.recipient === undefined) {
    throw new FollowUpError([{ code: 'missing-field', path: 'interviewer', message: 'interviewer: a thank-you needs the person it is for' }]);
  }
  return input.recipient;
}

/**
 * Drafts a short, personal thank-you email to one interviewer (well under 200 words). Notes to
 * different interviewers of the same interview use different wording; `highlight`, `interest`
 * and `strength` appear verbatim when given, and the text reads naturally without them.
 *
 * @param interview - The interview (an `InterviewInput` or a plan's `interview`).
 * @param interviewer - The interviewer, or their name.
 * @param details - `senderName` and the optional personal phrases.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text (line breaks in a name, over-long phrases).
 *
 * @example
 * ```ts
 * import { draftThankYouEmail } from 'interview-followup';
 *
 * const draft = draftThankYouEmail({ company: 'Acme', position: 'Staff Engineer' }, 'Ana Ruiz', { senderName: 'Sam Lee' });
 * draft.subject;
 * //=> 'Thank you for the Staff Engineer interview at Acme'
 * ```
 */
export function draftThankYouEmail(interview: DraftInterview, interviewer: DraftRecipient, details: DraftDetails): EmailDraft {
  return guarded('', () => {
    return emailFor(checkDraftInput(interview, interviewer, details));
  });
}

/** @internal The thank-you email for checked input. */
export function emailFor(input: CheckedDraftInput): EmailDraft {
  const person = recipientOf(input);
  return (EMAILS[person.index % EMAILS.length] ?? EMAILS[0] as EmailTemplate)(input, person.name);
}

/**
 * Drafts a thank-you letter to post after the email, worded differently from it.
 *
 * @param interview - The interview (an `InterviewInput` or a plan's `interview`).
 * @param interviewer - The interviewer, or their name.
 * @param details - `senderName` and the optional personal phrases.
 * @returns `{ body, addressee }`: the letter, and the envelope's first lines.
 * @throws {@link FollowUpError} for missing or hostile text.
 *
 * @example
 * ```ts
 * import { draftThankYouLetter } from 'interview-followup';
 *
 * const letter = draftThankYouLetter({ company: 'Acme', position: 'Staff Engineer' },
 *   { name: 'Ana Ruiz', title: 'VP Engineering' }, { senderName: 'Sam Lee' });
 * letter.addressee;
 * //=> ['Ana Ruiz', 'VP Engineering', 'Acme']
 * ```
 */
export function draftThankYouLetter(interview: DraftInterview, interviewer: DraftRecipient, details: DraftDetails): LetterDraft {
  return guarded('', () => {
    return letterFor(checkDraftInput(interview, interviewer, details));
  });
}

/** @internal The thank-you letter for checked input. */
export function letterFor(input: CheckedDraftInput): LetterDraft {
  const person = recipientOf(input);
  const letter = LETTERS[person.index % LETTERS.length] ?? LETTERS[0];
  return {
    body: letter === undefined ? '' : letter(input, person.name),
    addressee: [person.name, ...(person.title === undefined ? [] : [person.title]), input.company],
  };
}

/**
 * Drafts a brief, polite check-in (under 160 words) that asks where the decision stands and
 * restates interest. The second check-in is worded differently from the first, and later ones
 * differently again.
 *
 * @param interview - The interview; its decision date is mentioned when known.
 * @param details - `senderName`, `attempt` (1, 2, …), optional `recipient` and personal phrases.
 * @returns `{ subject, body }`.
 * @throws {@link FollowUpError} for missing or hostile text, or an attempt below 1.
 *
 * @example
 * ```ts
 * import { draftCheckIn } from 'interview-followup';
 *
 * draftCheckIn({ company: 'Acme', position: 'Staff Engineer' }, { senderName: 'Sam Lee', attempt: 2, recipient: 'Ana Ruiz' }).subject;
 * //=> 'Following up again: Staff Engineer at Acme'
 * ```
 */
export function draftCheckIn(interview: DraftInterview, details: CheckInDetails): EmailDraft {
  return guarded('', () => {
    const raw = details as unknown as Readonly<Record<string, unknown>> | undefined;
    const attempt = raw?.['attempt'];
    if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 1 || attempt > 100) {
      throw new FollowUpError([{ code: attempt === undefined ? 'missing-field' : 'out-of-range', path: 'details.attempt', message: 'details.attempt: expected a whole number from 1 (the first check-in) to 100' }]);
    }
    const fallback = (interview as { interviewers?: readonly { name?: unknown }[] } | undefined)?.interviewers?.[0]?.name;
    const input = checkDraftInput(interview, raw?.['recipient'] ?? (typeof fallback === 'string' ? fallback : undefined), details, { extraKeys: ['attempt', 'recipient'] });
    return checkInFor(input, attempt);
  });
}

/** @internal The k-th check-in for checked input. */
export function checkInFor(input: CheckedDraftInput, attempt: number): EmailDraft {
  const greeting = input.recipient === undefined ? `Dear ${input.company} team,` : `Dear ${input.recipient.name},`;
  const role = `the ${input.position} role at ${input.company}`;
  const byDate = input.decisionDate === undefined ? '' : `, which you expected to settle by ${longDate(input.decisionDate)}`;
  if (attempt === 1) {
    return {
      subject: `Checking in on the ${input.position} role at ${input.company}`,
      body: paragraphs(
        greeting,
        sentences(
          `I hope all is well. I am writing to ask where things stand with the decision on ${role}${byDate}.`,
          either(input.interest, (text) => `I remain very interested in the position, not least because of ${text}.`, 'I remain very interested in the position.'),
        ),
        'If anything else would help your decision, I would be glad to provide it.',
        signature('Thank you for your time', input),
      ),
    };
  }
  if (attempt === 2) {
    return {
      subject: `Following up again: ${input.position} at ${input.company}`,
      body: paragraphs(
        greeting,
        sentences(
          `I am getting in touch again about my earlier message on ${role}.`,
          'I understand these decisions take time, and I would be grateful for any update, however brief.',
          either(input.interest, (text) => `The role is still my first choice, especially for ${text}.`, 'The role is still one I would very much like to take on.'),
        ),
        signature('Many thanks', input),
      ),
    };
  }
  return {
    subject: `A further note about the ${input.position} role at ${input.company}`,
    body: paragraphs(
      greeting,
      sentences(
        `I am writing once more about ${role}.`,
        'If the position has been filled, a short note to let me know would be very welcome; if it is still open, I remain keen.',
        either(input.interest, (text) => `What appeals to me most is still ${text}.`, 'I would still be glad to join the team.'),
      ),
      signature('With thanks', input),
    ),
  };
}
