import type { GreetingParams } from '../types.js';

// The frame of a German business letter: the greeting and the closing.

/** The closing every German draft ends with. */
export const CLOSING = 'Mit freundlichen Grüßen';

/** The closing, then the sender's name on its own line, without a comma (DIN 5008); without a name the closing stands alone. */
export function signed(sender: string | undefined): string {
  return sender === undefined ? CLOSING : `${CLOSING}\n${sender}`;
}

/** Who a thank-you goes to when the plan names no interviewer. */
export function hiringTeam({ company }: { readonly company: string }): string {
  return `Recruiting-Team von ${company}`;
}

/**
 * "Sehr geehrte Frau Dr. Ruiz," or "Sehr geehrter Herr Chen," when the salutation says Frau or
 * Herr; any other salutation ("Mr. Chen", "田中様") and a bare name get the neutral "Guten Tag …,",
 * so no gender is ever guessed; a team gets "Sehr geehrte Damen und Herren,". The text after the
 * greeting starts in lower case, as German letters do.
 */
export function greeting({ name, salutation, company }: GreetingParams): string {
  if (salutation !== undefined) {
    if (/^frau\b/i.test(salutation)) return `Sehr geehrte ${salutation},`;
    if (/^herr\b/i.test(salutation)) return `Sehr geehrter ${salutation},`;
    return `Guten Tag ${salutation},`;
  }
  if (name === undefined || name === hiringTeam({ company })) return 'Sehr geehrte Damen und Herren,';
  return `Guten Tag ${name},`;
}
