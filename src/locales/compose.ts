// The joins every language's drafts are built from, so a translator writes sentences, not glue.

/** Paragraphs separated by a blank line, the empty ones left out. @internal */
export function paragraphs(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\n\n');
}

/** Sentences joined into one paragraph with a space (a language written without spaces joins them itself). @internal */
export function sentences(...parts: readonly string[]): string {
  return parts.join(' ');
}

/** The sentence built around the candidate's own phrase, or the one that stands in for it. @internal */
export function either(value: string | undefined, withIt: (text: string) => string, without: string): string {
  return value === undefined ? without : withIt(value);
}
