import type { DayUnit } from '../../policy/policy.js';

// The small pieces of French every text file shares: elision, plurals, durations and the email closing.

/**
 * French words that begin with a silent "h" and so take "d'": the job titles and places a role or
 * an employer's name is likely to start with ("Hôtesse d'accueil", "Huissier", "Hydrogéologue").
 * Any other "h" keeps "de": English titles and most brand names treat it as aspirated ("de Head
 * of Data", "de Hooli").
 */
const SILENT_H = /^h(?:abill|ébergeu|élico|ématolog|erborist|istori|oméopath|ôpita|orlog|orticult|ospital|ôte|ôtel|uissi|ydr|ygién|ypnoth)/i;

/**
 * "de" before a name, elided before a vowel or a silent "h": "d'Acme", "d'Ingénieur", "d'Hôtesse",
 * "de Globex", "de Hooli". A person's first name elides before any "h" ("d'Hélène", "d'Hugo"), as
 * French first names mostly begin with a silent one. @internal
 */
export function de(name: string, person = false): string {
  // A "y" before a vowel sounds as a consonant ("de Yahoo"); before a consonant, as a vowel ("d'Ynov").
  const vowel = /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(name) || /^y[^aeiouàâäéèêëîïôöùûü]/i.test(name);
  const silent = person ? /^h[aeiouàâäéèêëîïôöùûüy]/i.test(name) : SILENT_H.test(name);
  return vowel || silent ? `d'${name}` : `de ${name}`;
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
