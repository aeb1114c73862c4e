import type { GreetingParams } from '../types.js';
import { de, team } from './words.js';

// The frame of a French message: the greeting, and for a posted letter its opening and its
// closing formula. An email greets "Bonjour Madame Ruiz,", or "Bonjour Ana Ruiz," when no title
// is given; a letter opens with the title alone ("Madame,"), never a surname, and its formula
// repeats that title. No gender is ever guessed from a name.

const TEAM = 'Madame, Monsieur';

/** The titles that say how a person is addressed, lower case and without their full stop, and the word a letter writes for each. */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['madame', 'Madame'], ['mme', 'Madame'], ['mrs', 'Madame'], ['ms', 'Madame'], ['frau', 'Madame'],
  ['mademoiselle', 'Mademoiselle'], ['mlle', 'Mademoiselle'], ['miss', 'Mademoiselle'],
  ['monsieur', 'Monsieur'], ['m', 'Monsieur'], ['mr', 'Monsieur'], ['herr', 'Monsieur'],
  ['maître', 'Maître'], ['me', 'Maître'], ['docteur', 'Docteur'], ['dr', 'Docteur'], ['professeur', 'Professeur'], ['pr', 'Professeur'],
]);

/** The greeting line. A known form of address after "Bonjour"; a team, or nobody named, "Madame, Monsieur,". */
export function greeting({ name, salutation, company }: GreetingParams): string {
  if (salutation !== undefined) return `Bonjour ${salutation},`;
  if (name === undefined || name === team(company)) return `${TEAM},`;
  return `Bonjour ${name},`;
}

/** The title a form of address opens with ("Madame" for "Mme Ruiz"), if it is one this locale knows. */
function titleOf(who: string): string | undefined {
  return TITLES.get((who.split(/\s+/)[0] ?? '').toLowerCase().replace(/\.$/, ''));
}

/**
 * Whom a letter addresses, read from the greeting this locale wrote, and the person to name above
 * it when the address leaves the name out: "Madame Ruiz" is addressed "Madame"; a title followed
 * by a function ("Madame la Directrice") as given; a name without a title, "Madame, Monsieur".
 */
function addressOf(greetingLine: string): { readonly address: string; readonly person?: string } {
  if (!greetingLine.startsWith('Bonjour ')) return { address: greetingLine.replace(/,$/, '') };
  const who = greetingLine.slice('Bonjour '.length).replace(/,$/, '');
  const title = titleOf(who);
  if (title === undefined) return { address: TEAM, person: who };
  return /^(?:la|le|les)$|^l'/i.test(who.split(/\s+/)[1] ?? '') ? { address: who } : { address: title, person: who };
}

/**
 * A letter's first lines: "À l'attention de …" when the address leaves the person's name out,
 * then the address alone ("Madame,", "Madame, Monsieur,"). @internal
 */
export function letterOpening(greetingLine: string): string {
  const { address, person } = addressOf(greetingLine);
  return person === undefined ? `${address},` : `À l'attention ${de(person, titleOf(person) === undefined)}\n\n${address},`;
}

/**
 * A letter's closing formula, which repeats the letter's address ("Madame", "Madame, Monsieur"),
 * then the signature after a blank line; without a name the formula stands alone. @internal
 */
export function letterClosing(greetingLine: string, sender: string | undefined): string {
  const formula = `Je vous prie d'agréer, ${addressOf(greetingLine).address}, l'expression de mes salutations distinguées.`;
  return sender === undefined ? formula : `${formula}\n\n${sender}`;
}
