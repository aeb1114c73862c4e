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
  return `Team von ${company}`;
}

// A title that says the person's gender, in German or as English, French and Spanish write it in
// full or abbreviated (never a bare initial such as "M."): a German letter writes "Herr Park" for
// someone who asked to be "Mr. Park".
const TITLES: readonly (readonly [RegExp, 'Frau' | 'Herr'])[] = [
  [/^(?:frau|mrs\.?|ms\.?|miss|mme\.?|madame|sra\.?|señora)(?=\s|$)/iu, 'Frau'],
  [/^(?:herr|mr\.?|mister|monsieur|sr\.?|señor)(?=\s|$)/iu, 'Herr'],
];

/**
 * "Sehr geehrte Frau Dr. Ruiz," or "Sehr geehrter Herr Chen," when the salutation starts with a
 * title that says the gender (Frau or Herr, or Mrs./Ms./Mr. and the like, written as Frau and
 * Herr); any other salutation ("Dr. Park", "田中様") and a bare name get the neutral "Guten Tag …,",
 * so no gender is ever guessed; a team gets "Sehr geehrte Damen und Herren,". The text after the
 * greeting starts in lower case, as German letters do.
 */
export function greeting({ name, salutation, company }: GreetingParams): string {
  if (salutation !== undefined) {
    for (const [title, german] of TITLES) {
      const found = title.exec(salutation);
      if (found !== null) return `${german === 'Frau' ? 'Sehr geehrte' : 'Sehr geehrter'} ${german}${salutation.slice(found[0].length)},`;
    }
    return `Guten Tag ${salutation},`;
  }
  if (name === undefined || name === hiringTeam({ company })) return 'Sehr geehrte Damen und Herren,';
  return `Guten Tag ${name},`;
}
