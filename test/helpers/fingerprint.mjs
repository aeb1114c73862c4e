// Shared by scripts/fingerprint.mjs and the originality test: one normalisation, one hash.
import { createHash } from 'node:crypto';

/** Words per run compared between the article and shipped texts. */
export const RUN_LENGTH = 8;

/** Lower-case words (letters, digits, apostrophes), curly apostrophes made straight. */
export function words(text) {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Every run of `size` consecutive words, joined by single spaces. */
export function runs(text, size = RUN_LENGTH) {
  const list = words(text);
  return list.slice(size - 1).map((_, i) => list.slice(i, i + size).join(' '));
}

/** The hash of one run: the first 16 hex digits of its SHA-256. */
export function hashRun(run) {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

/** The hashes of every 8-word run of a text. */
export function runHashes(text) {
  return runs(text).map(hashRun);
}
