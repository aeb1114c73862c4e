import type { CheckedDraftInput } from './details.js';

// The pieces every draft is built from, so each wording reads as one voice.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "9 December 2026" of a `YYYY-MM-DD` date. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

/** Paragraphs separated by a blank line, the empty ones left out. */
export function paragraphs(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\n\n');
}

/** Sentences joined into one paragraph. */
export function sentences(...parts: readonly string[]): string {
  return parts.join(' ');
}

/** The closing line and the sender's name; without a name the closing stands alone, ready for a signature. */
export function signature(closing: string, input: CheckedDraftInput): string {
  return input.senderName === '' ? closing : `${closing},\n${input.senderName}`;
}

/** The sentence built around the candidate's own phrase, or the one that stands in for it. */
export function either(value: string | undefined, withIt: (text: string) => string, without: string): string {
  return value === undefined ? without : withIt(value);
}
