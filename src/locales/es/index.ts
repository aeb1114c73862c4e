import { registerLocale } from '../resolve.js';
import type { Locale } from '../types.js';
import { checklist, presets, rules } from './advice.js';
import { dates } from './dates.js';
import { drafts } from './drafts.js';
import { agenda, calendar, insights } from './outputs.js';
import { adjustments, explanations, titles, warnings } from './plans.js';
import { review } from './review.js';

/**
 * Spanish (`es`): every text a plan, a draft, a calendar or the command writes, written as
 * Spanish business correspondence is. Codes, ids, kinds, statuses and times stay as in every
 * language; loading this entry makes the tag `es` known, so a stored plan written in Spanish is
 * read back in Spanish without passing the locale again.
 *
 * Conventions:
 * - messages address the recipient as usted; they greet with "Estimado/a Ana Ruiz:" when no
 *   salutation is given (no gender is guessed from a name), "Estimada Sra. Ruiz:" or
 *   "Estimado Mr. Chen:" when the salutation says it, "Estimado equipo de Acme:" to a team,
 *   with the colon Spanish letters put after the greeting; they close with "Un cordial saludo,"
 *   and variants, and the letters with "Atentamente,";
 * - no adjective describes the candidate or the recipient, so every draft fits any sender;
 * - dates in sentences read "9 de diciembre de 2026", with weekday and month names from `Intl`
 *   (`es`) and digits written by the library; agenda lines start with "lun 23/11/2026 10:00";
 * - percentages carry a space before the sign ("22 %");
 * - the review counts words (accents folded), compares three-word runs, allows about 15% more
 *   words than English, and looks for Spanish words of thanks, interest, pressure and feedback.
 *
 * @example
 * Plan an interview in Spanish and draft the first thank-you:
 * ```ts
 * import { draftForStep, planFollowUps } from 'interview-followup';
 * import { es } from 'interview-followup/locales/es';
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Analista de datos',
 *   start: '2026-11-17T10:00', timeZone: 'Europe/Madrid',
 *   interviewers: [{ name: 'Ana Ruiz', salutation: 'Sra. Ruiz' }] }, { locale: es });
 * const step = plan.steps.find((s) => s.kind === 'thank-you-email');
 * draftForStep(plan, step!, { senderName: 'Sam Lee' })?.body.split('\n')[0];
 * //=> 'Estimada Sra. Ruiz:'
 * ```
 */
export const es: Locale = registerLocale(Object.freeze({
  tag: 'es',
  dates: Object.freeze(dates),
  titles: Object.freeze(titles),
  explanations: Object.freeze(explanations),
  adjustments: Object.freeze(adjustments),
  warnings: Object.freeze(warnings),
  checklist: Object.freeze(checklist),
  rules: Object.freeze(rules),
  presets: Object.freeze(presets),
  calendar: Object.freeze(calendar),
  agenda: Object.freeze(agenda),
  insights: Object.freeze(insights),
  drafts: Object.freeze(drafts),
  review: Object.freeze(review),
}));
