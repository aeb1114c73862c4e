import type { GreetingParams } from '../types.js';

// The greeting and the closing of a Spanish message. A Spanish business letter greets with
// "Estimado/a …" followed by a colon; it never guesses a gender from a name, so without a
// salutation it writes both endings. A salutation that carries a gender ("Sra. Ruiz",
// "Mr. Chen", "Frau Dr. Ruiz") gives the adjective its ending; one that does not ("田中様",
// "Prof. Tanaka") keeps both.

/** Titles that say the person is addressed as a woman, lower case and without their full stop. */
const FEMININE = new Set(['sra', 'señora', 'srta', 'srita', 'señorita', 'dra', 'doctora', 'doña', 'dña', 'lda', 'lcda', 'licda', 'licenciada', 'ingeniera', 'profa', 'profesora', 'mrs', 'ms', 'miss', 'frau', 'mme', 'madame', 'mlle', 'mademoiselle']);
/** Titles that say the person is addressed as a man. */
const MASCULINE = new Set(['sr', 'señor', 'dr', 'doctor', 'don', 'd', 'ldo', 'lcdo', 'licenciado', 'ingeniero', 'profesor', 'mr', 'herr', 'm', 'monsieur']);

/** "Estimada", "Estimado" or "Estimado/a", from the salutation's first word. */
function dear(salutation: string): string {
  const first = salutation.trim().split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '') ?? '';
  if (FEMININE.has(first)) return 'Estimada';
  if (MASCULINE.has(first)) return 'Estimado';
  return 'Estimado/a';
}

/** The team a thank-you goes to when no interviewer is named. */
export const hiringTeam = ({ company }: { readonly company: string }): string => `equipo de selección de ${company}`;

/** "Estimada Sra. Ruiz:", "Estimado/a Ana Ruiz:", "Estimado equipo de Acme:". */
export function greeting({ name, salutation, company }: GreetingParams): string {
  if (salutation !== undefined) return `${dear(salutation)} ${salutation}:`;
  if (name === undefined) return `Estimado equipo de ${company}:`;
  // The hiring team stands where a person would: "equipo" is masculine, and no guess.
  return name === hiringTeam({ company }) ? `Estimado ${name}:` : `Estimado/a ${name}:`;
}

/** The words of a message that change when it goes to a team (ustedes) rather than to one person (usted). */
export interface Address {
  /** "le" or "les". */
  readonly le: string;
  /** "Le" or "Les", at the start of a sentence. */
  readonly Le: string;
  /** "usted" or "ustedes". */
  readonly usted: string;
  /** The verb form for one person or for the team: `n('dedicó', 'dedicaron')`. */
  readonly n: (one: string, many: string) => string;
}

const ONE: Address = { le: 'le', Le: 'Le', usted: 'usted', n: (one) => one };
const TEAM: Address = { le: 'les', Le: 'Les', usted: 'ustedes', n: (_one, many) => many };

/** Whom a message addresses, read from the greeting this locale wrote: a team, or one person. */
export function addressOf(greetingLine: string): Address {
  return greetingLine.startsWith('Estimado equipo de ') ? TEAM : ONE;
}

/** The closing line and the sender's name; without a name the closing stands alone, ready for a signature. */
export function signed(closing: string, sender: string | undefined): string {
  return sender === undefined ? closing : `${closing},\n${sender}`;
}
