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
 * - Greetings never guess a gender: "Madame, Monsieur," to a team or when nobody is named, a
 *   given salutation as given ("Madame Ruiz,"), else the name alone ("Bonjour Ana Ruiz,").
 * - Emails close with "Cordialement,"; letters with "Je vous prie d'agréer, Madame, Monsieur,
 *   l'expression de mes salutations distinguées.", repeating the greeting's form of address.
 * - No sentence of a draft agrees with the candidate's gender.
 * - A narrow no-break space (U+202F) before ; : ! ? and %, inside « », and in "10 h 30".
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
 * //=> 'Madame Ruiz,'
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
