// The languages the command writes in: English built in, each other one loaded from its own
// entry only when asked for, so an English agenda never pays for the others.
import { en, type Locale } from 'interview-followup';
import { didYouMean } from './input.js';
import { InputError, printable, UsageError } from './io.js';

const LOADERS: Readonly<Record<string, () => Promise<Locale>>> = {
  en: () => Promise.resolve(en),
  de: async () => (await import('interview-followup/locales/de')).de,
  es: async () => (await import('interview-followup/locales/es')).es,
  fr: async () => (await import('interview-followup/locales/fr')).fr,
};

/** The tags `--locale` and the input's `"locale"` accept, in any case. */
export const LOCALE_TAGS: readonly string[] = Object.keys(LOADERS);

function tagNamed(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  return LOCALE_TAGS.find((tag) => tag === name.toLowerCase());
}

function unknownLocale(name: unknown): string {
  const shown = printable(JSON.stringify(typeof name === 'string' ? name.slice(0, 40) : name)?.slice(0, 40) ?? '');
  return `unknown locale ${shown}; ${typeof name === 'string' ? didYouMean(name.toLowerCase(), LOCALE_TAGS) : `expected ${LOCALE_TAGS.join(', ')}`}`;
}

/** `--locale`'s tag, checked before any file is read: an unknown tag is bad usage. */
export function optionLocale(option: string | undefined): string | undefined {
  if (option === undefined) return undefined;
  const tag = tagNamed(option);
  if (tag === undefined) throw new UsageError(unknownLocale(option));
  return tag;
}

/** The input's `locale`, English when it names none: an unknown tag is bad input. */
export function inputLocale(fromInput: unknown): string {
  if (fromInput === undefined || fromInput === null) return 'en';
  const tag = tagNamed(fromInput);
  if (tag === undefined) throw new InputError(`locale: ${unknownLocale(fromInput)}`);
  return tag;
}

/** The language for a tag `optionLocale` or `inputLocale` returned. */
export function loadLocale(tag: string): Promise<Locale> {
  return (LOADERS[tag] ?? LOADERS['en'] as () => Promise<Locale>)();
}
