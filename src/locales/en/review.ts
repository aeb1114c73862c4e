import type { ReviewTexts } from '../types.js';

// How English drafts are reviewed: counted in words, compared three words at a time, and the
// words each check looks for.

/** Word limits per kind of message. */
export const wordLimits = {
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
  'application-follow-up': 120,
} as const;

/** The English review. */
export const review: ReviewTexts = {
  units: (text) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [],
  sequence: 3,
  limits: wordLimits,
  thanks: ['thank', 'thanks', 'grateful', 'appreciate', 'appreciated', 'appreciation'],
  interest: [
    'interest', 'interests', 'interested', 'keen', 'keener', 'eager', 'excited', 'enthusiastic', 'want', 'first choice', 'drawn',
    'would love', 'would like', 'would very much like', 'glad to join', 'still open',
  ],
  pushy: ['urgent', 'urgently', 'asap', 'immediately', 'right away', 'demand', 'must reply', 'expect a reply', 'final notice'],
  feedback: ['feedback', 'advice', 'stronger', 'improve'],
  findings: {
    'too-long': ({ count, limit }) => `${count} words; keep it under ${limit} so it gets read.`,
    'placeholder-left': ({ text }) => `"${text}" looks like template text left in; replace it before sending.`,
    'missing-recipient-name': ({ name }) => `The message never names ${name}; address them by name.`,
    'not-personalised': () => 'This reads like the note written for another interviewer; mention something specific to this person.',
    'no-thanks': () => 'Thank them for their time; that is the point of the note.',
    'no-feedback-request': () => 'Ask, once and lightly, for feedback on what would have made you stronger.',
    'company-not-named': ({ company }) => `Name the company (${company}) so the message is clearly about this application.`,
    'role-not-named': ({ position }) => `Name the role (${position}).`,
    'no-interest': () => 'Say that you still want the job; a check-in is a chance to restate it.',
    'pushy-tone': () => 'Drop the pressure words and extra exclamation marks: persistent, never pushy.',
    'missing-subject': () => 'Give the email a subject that names the role.',
    'subject-line-break': () => 'A subject must be one line.',
  },
};
