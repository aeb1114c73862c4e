import type { DayUnit } from '../../policy/policy.js';

// The small pieces of French every text file shares: elision, plurals, durations and closings.

/**
 * "de" before a name, elided before a vowel: "d'Acme", "d'Ingénieur", "de Globex". A leading
 * "h" keeps "de": brand names mostly treat it as aspirated ("de Hooli"). @internal
 */
export function de(name: string): string {
  return /^[aeiouàâäéèêëîïôöùûü]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/** A count with its noun, joined by a narrow no-break space; French keeps the singular for 0 and 1 ("0 candidature", "2 candidatures"). @internal */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n}\u202f${n <= 1 ? singular : plural}`;
}

/** "14 jours", "5 jours ouvrés". @internal */
export function days(n: number, unit: DayUnit): string {
  return unit === 'days' ? count(n, 'jour') : count(n, 'jour ouvré', 'jours ouvrés');
}

/** The French name of the hiring team, also the name a team thank-you greets. @internal */
export function team(company: string): string {
  return `l'équipe de recrutement ${de(company)}`;
}

/** An email's closing line and the sender's name; without a name the closing stands alone. @internal */
export function emailClosing(sender: string | undefined): string {
  return sender === undefined ? 'Cordialement,' : `Cordialement,\n${sender}`;
}

/**
 * A letter's closing formula, which repeats the greeting's form of address: "Madame Ruiz",
 * "Madame, Monsieur"; a greeting by name ("Bonjour Ana Ruiz,") has none to repeat, and the
 * formula then does without. The signature follows after a blank line. @internal
 */
export function letterClosing(greeting: string, sender: string | undefined): string {
  const address = greeting.startsWith('Bonjour ') ? '' : greeting.replace(/,$/, '');
  const formula = address === ''
    ? 'Je vous prie d\'agréer l\'expression de mes salutations distinguées.'
    : `Je vous prie d'agréer, ${address}, l'expression de mes salutations distinguées.`;
  return sender === undefined ? formula : `${formula}\n\n${sender}`;
}
