import { registerLocale } from '../resolve.js';
import type { Locale } from '../types.js';
import { checklist, presets, rules } from './advice.js';
import { dates } from './dates.js';
import { drafts } from './drafts.js';
import { agenda, calendar, insights } from './outputs.js';
import { adjustments, explanations, titles, warnings } from './plans.js';
import { review } from './review.js';

/** Freezes a section and the objects and lists inside it: a locale is shared by every plan written in it. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * German (`de`): every text a plan, a draft, a calendar or the command writes, worded as German
 * business correspondence is, not translated from the English.
 *
 * - The reader is addressed as "Sie" throughout; step titles are to-do items in the infinitive
 *   ("Ana Ruiz für das Gespräch bei Acme danken").
 * - Drafts greet "Sehr geehrte Frau …," or "Sehr geehrter Herr …," only when the recipient's
 *   `salutation` starts with a title that says the gender: Frau or Herr, or Mrs./Ms./Mr. and the
 *   like, written as Frau and Herr ("Mr. Chen": "Sehr geehrter Herr Chen,"). Any other salutation
 *   ("Dr. Park") and a bare name get the neutral "Guten Tag Ana Ruiz,"; with nobody named,
 *   "Sehr geehrte Damen und Herren,". The text after the greeting starts in lower case, and every
 *   draft closes with "Mit freundlichen Grüßen" and the sender's name on the next line, without
 *   a comma.
 * - The candidate's phrases (`highlight`, `interest`, `strength`) are used verbatim, in
 *   apposition ("…, nämlich die offene Diskussion über …") or after a colon, so give them as
 *   noun phrases in the nominative, singular or plural.
 * - Dates read "9. Dezember 2026" in sentences, "Montag, 23. November 2026, 10:00 Uhr" with a
 *   time, and "Mo 23.11.2026 10:00" in lists (always 19 characters). The names of weekdays and
 *   months come from `Intl` with the tag `de`; the digits and the pattern are fixed.
 * - The review counts words, as in English, with the same limits (a compound is one word), and
 *   looks for German words of thanks, interest, pressure and requests for feedback.
 *
 * Importing it makes the language known, so a stored plan written in German is read back in it.
 *
 * @example
 * Plan an interview in German, then print its first thank-you draft:
 * ```ts
 * import { draftForStep, planFollowUps } from 'interview-followup';
 * import { de } from 'interview-followup/locales/de';
 * const plan = planFollowUps({ id: 'acme', company: 'Acme', position: 'Staff Engineer',
 *   start: '2026-11-20T14:00', timeZone: 'Europe/Berlin',
 *   interviewers: [{ name: 'Ana Ruiz', salutation: 'Frau Dr. Ruiz' }] }, { locale: de });
 * const step = plan.steps.find((one) => one.kind === 'thank-you-email');
 * draftForStep(plan, step!, { senderName: 'Sam Lee' })?.body.split('\n')[0];
 * //=> 'Sehr geehrte Frau Dr. Ruiz,'
 * ```
 */
export const de: Locale = registerLocale(frozen<Locale>({
  tag: 'de',
  dates,
  titles,
  explanations,
  adjustments,
  warnings,
  checklist,
  rules,
  presets,
  calendar,
  agenda,
  insights,
  drafts,
  review,
}));
