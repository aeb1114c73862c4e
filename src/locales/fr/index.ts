import { registerLocale } from '../resolve.js';
import type { Locale } from '../types.js';
import { dates } from './dates.js';
import { drafts } from './drafts.js';
import { checklist, presets, rules } from './lists.js';
import { agenda, calendar, insights } from './outputs.js';
import { adjustments, explanations, titles, warnings } from './plans.js';
import { review } from './review.js';

/**
 * French (`fr`): every text a plan, a draft, a calendar or the command writes, in the register of
 * French business correspondence. Loading this module makes the language known, so a plan
 * written in French is read back in French without passing the locale again.
 *
 * Conventions:
 * - The candidate is addressed with "vous"; step titles are infinitives, as a to-do list reads.
 * - Greetings never guess a gender: an email greets "Bonjour Madame Ruiz," when a salutation is
 *   given, "Bonjour Ana Ruiz," when only a name is, and "Madame, Monsieur," when it goes to a
 *   team or to nobody named. A posted letter opens with the title alone ("Madame,"), never a surname; with a name
 *   alone it names the person on an "À l'attention de …" line and opens "Madame, Monsieur,".
 * - Emails close with "Cordialement,"; letters with "Je vous prie d'agréer, Madame,
 *   l'expression de mes salutations distinguées.", repeating the letter's opening address.
 * - No sentence of a draft agrees with the candidate's gender.
 * - A narrow no-break space (U+202F) before ; : ! ? and %, inside « », and in "10 h 30". The
 *   apostrophe is the straight one a keyboard types, so a draft edited by hand stays consistent.
 * - "de" elides before a vowel and before the silent "h" of French words ("d'Hôtesse"), never
 *   before an English or brand "h" ("de Head of Data", "de Hooli").
 * - Dates read "9 décembre 2026" and "1er décembre 2026"; "lundi 23 novembre 2026 à 10 h" in
 *   sentences, "lun. 23/11/2026 10:00" in lists. Names come from `Intl` with the tag `fr`.
 * - Drafts are reviewed in words, with French word lists and limits about a fifth above English.
 *
 * @example
 * Plan an interview and write its first thank-you in French (the planners read `locale` as an
 * option, like the draft functions):
 * ```ts
 * import { draftForStep, planFollowUps } from 'interview-followup';
 * import { fr } from 'interview-followup/locales/fr';
 * const plan = planFollowUps({ id: 'acme', company: 'Acme', position: 'Ingénieur logiciel',
 *   start: '2026-11-17T10:00', timeZone: 'Europe/Paris',
 *   interviewers: [{ name: 'Ana Ruiz', salutation: 'Madame Ruiz' }] }, { locale: fr });
 * const step = plan.steps.find((s) => s.kind === 'thank-you-email');
 * draftForStep(plan, step!, { senderName: 'Sam Lee' })?.body.split('\n')[0];
 * //=> 'Bonjour Madame Ruiz,'
 * ```
 */
export const fr: Locale = registerLocale(Object.freeze({
  tag: 'fr',
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
