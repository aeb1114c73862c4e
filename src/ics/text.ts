// Text handling for RFC 5545 output, independent of the `ics` package's own (partial) escaping.

const UNSAFE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Makes any string safe to hand to the serialiser: every kind of line break becomes `\n`,
 * other control characters are dropped, unpaired surrogates become U+FFFD, and the result is
 * cut at `max` code units (with an ellipsis) without splitting a surrogate pair.
 */
export function cleanText(text: string, max: number): string {
  let clean = text.replace(LONE_SURROGATES, '\ufffd').replace(LINE_BREAKS, '\n').replace(UNSAFE_CONTROLS, '');
  if (clean.length > max) {
    let cut = max - 1;
    const last = clean.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
    clean = `${clean.slice(0, cut)}…`;
  }
  return clean;
}

/** Cleans a single-line text: line breaks become spaces. */
export function cleanLine(text: string, max: number): string {
  return cleanText(text, max).replace(/\s*\n\s*/g, ' ');
}

/**
 * Escapes a TEXT value as RFC 5545 §3.3.11 asks (backslash, semicolon, comma, newline), for the
 * places where `ics` writes text without escaping it (alarm descriptions, the calendar name).
 */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/**
 * A parameter value may not hold a double quote, and is quoted when it holds `:;,`. Some widely
 * used parsers still split a quoted value at `;`, so quotes become `'` and semicolons `,`.
 */
export function cleanParam(text: string, max: number): string {
  return cleanLine(text, max).replace(/"/g, "'").replace(/;/g, ',');
}

function codePointBytes(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The UTF-8 length of a string, in bytes, as `TextEncoder` would write it (an unpaired surrogate as U+FFFD). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space
 * and hold at most 74 more octets. Never splits a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) >= 0x80) break;
    octets++;
  }
  if (octets === line.length && octets <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  let limit = 75;
  for (let i = 0; i < line.length;) {
    const codePoint = line.codePointAt(i) ?? 0;
    const size = codePointBytes(codePoint);
    const units = codePoint > 0xffff ? 2 : 1;
    if (used + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      used = 0;
      limit = 74;
    }
    used += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** What to write in place of one line of serialiser output: the lines with the event's draft, and without it when that differs. */
export interface Splice {
  /** The lines written in the line's place. */
  readonly lines: readonly string[];
  /** The lines written instead in the event's block without its draft; `lines` when absent. */
  readonly withoutDraft?: readonly string[];
}

/** One VEVENT block, folded, every line ended with CRLF. */
export interface WrittenBlock {
  /** The block as written. */
  readonly text: string;
  /** The block without its draft, when one of its splices says how to write that. */
  readonly withoutDraft?: string;
}

/** Serialiser output cut into the calendar's header, its VEVENT blocks in order, and the rest. */
export interface Refolded {
  /** From `BEGIN:VCALENDAR` to the line before the first event. */
  readonly head: string;
  /** Each event's block. */
  readonly blocks: readonly WrittenBlock[];
  /** `END:VCALENDAR`. */
  readonly tail: string;
  /** How many lines were found in the splices. */
  readonly spliced: number;
}

/**
 * Re-folds serialiser output in time linear in its length: undoes its folding (CRLF + tab, at 75
 * characters), writes in place of every line that is a key of `splices` the lines it maps to, and
 * folds every line at 75 octets with CRLF + space. Safe because the text fed to it holds no CR or
 * LF. Cuts the result into header, event blocks and footer, so a caller can leave events out or
 * write them one per calendar without writing anything again.
 */
export function refold(ics: string, splices: ReadonlyMap<string, Splice> = new Map()): Refolded {
  const lines: string[] = [];
  for (const piece of ics.split('\r\n')) {
    // A continuation starts with a tab or a space.
    const first = piece.charCodeAt(0);
    if ((first === 9 || first === 32) && lines.length > 0) lines[lines.length - 1] += piece.slice(1);
    else lines.push(piece);
  }
  if (lines[lines.length - 1] === '') lines.pop();
  const head: string[] = [];
  const tail: string[] = [];
  const blocks: WrittenBlock[] = [];
  let block: string[] | undefined;
  let without: string[] | undefined;
  let differs = false;
  let spliced = 0;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') {
      block = [];
      without = [];
      differs = false;
    }
    const into = block ?? (blocks.length === 0 && line !== 'END:VCALENDAR' ? head : tail);
    const splice = splices.get(line);
    if (splice === undefined) {
      const folded = foldLine(line);
      into.push(folded);
      without?.push(folded);
    } else {
      spliced++;
      for (const written of splice.lines) into.push(foldLine(written));
      if (without !== undefined) {
        if (splice.withoutDraft !== undefined) differs = true;
        for (const written of splice.withoutDraft ?? splice.lines) without.push(foldLine(written));
      }
    }
    if (line === 'END:VEVENT' && block !== undefined && without !== undefined) {
      const text = `${block.join('\r\n')}\r\n`;
      blocks.push(differs ? { text, withoutDraft: `${without.join('\r\n')}\r\n` } : { text });
      block = undefined;
      without = undefined;
    }
  }
  const joined = (part: readonly string[]): string => (part.length === 0 ? '' : `${part.join('\r\n')}\r\n`);
  return { head: joined(head), blocks, tail: joined(tail), spliced };
}

/** 64-bit FNV-1a of a string's UTF-16 code units, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The part of a UID that stands for the app's interview id: letters, digits and `-` kept, every
 * other UTF-8 byte written `_HH`. Long ids keep a readable prefix plus a hash, so UIDs stay short
 * and still differ for different ids.
 */
export function uidPart(id: string): string {
  let safe = '';
  for (const byte of new TextEncoder().encode(id)) {
    const char = String.fromCharCode(byte);
    safe += /[A-Za-z0-9-]/.test(char) ? char : `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  // `.` never appears in the encoded form, so a hashed id cannot collide with a plain one.
  return safe.length <= 64 ? safe : `${safe.slice(0, 40)}.h${fnv1a64(id)}`;
}
