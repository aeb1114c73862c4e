// Where a JSON text first goes wrong, worked out from the text itself: engines word their errors
// differently (Node 20 gives only an offset), and a person needs a line and a column.

/** The first problem of a JSON text: its offset and what was expected there. */
export interface JsonProblem {
  /** Offset of the character that is wrong (the text's length when it ends too early). */
  readonly offset: number;
  /** What is wrong, for people: `expected "," or "}", got "]"`. */
  readonly message: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'] as const;

function shown(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  return char === '"' ? '\'"\'' : JSON.stringify(char);
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** The end of the string starting at `start` (a `"`), or the problem inside it. */
function stringEnd(text: string, start: number): number | JsonProblem {
  for (let i = start + 1; ; i++) {
    const char = text[i];
    if (char === undefined) return { offset: i, message: 'the text ends inside a string' };
    if (char === '"') return i + 1;
    if (char === '\\') {
      const escaped = text[i + 1];
      if (escaped === 'u' && HEX.test(text.slice(i + 2, i + 6))) i += 5;
      else if (escaped !== undefined && ESCAPES.has(escaped)) i += 1;
      else if (escaped === undefined) return { offset: i + 1, message: 'the text ends inside a string' };
      else return { offset: i, message: `invalid escape "\\${escaped}" in a string` };
    } else if (char < ' ') {
      return { offset: i, message: char === '\n' || char === '\r' ? 'a line break inside a string (write it as \\n)' : 'a control character inside a string' };
    }
  }
}

/** The end of the number starting at `start`, or the problem inside it. */
function numberEnd(text: string, start: number): number | JsonProblem {
  let i = text[start] === '-' ? start + 1 : start;
  const digits = (): boolean => {
    if (!isDigit(text[i])) return false;
    while (isDigit(text[i])) i++;
    return true;
  };
  if (text[i] === '0') i++;
  else if (!digits()) return { offset: i, message: `expected a digit, got ${shown(text[i])}` };
  if (text[i] === '.') {
    i++;
    if (!digits()) return { offset: i, message: `expected a digit after the decimal point, got ${shown(text[i])}` };
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!digits()) return { offset: i, message: `expected a digit in the exponent, got ${shown(text[i])}` };
  }
  return i;
}

/** The end of the value starting at `start` when it is a string, number or literal. */
function scalarEnd(text: string, start: number, afterComma: boolean): number | JsonProblem {
  const char = text[start];
  if (char === '"') return stringEnd(text, start);
  if (char === '-' || isDigit(char)) return numberEnd(text, start);
  const literal = LITERALS.find((word) => word[0] === char);
  if (literal !== undefined) {
    for (let k = 1; k < literal.length; k++) {
      if (text[start + k] !== literal[k]) return { offset: start + k, message: `expected ${literal}, got ${shown(text[start + k])}` };
    }
    return start + literal.length;
  }
  if (char === ']' && afterComma) return { offset: start, message: 'a comma before "]"; remove it' };
  if (char === '\'') return { offset: start, message: 'strings take double quotes, not "\'"' };
  return { offset: start, message: char === undefined ? 'the text ends where a value should be' : `expected a value, got ${shown(char)}` };
}

/**
 * The first problem of `text` as JSON, or `undefined` when `JSON.parse` would accept it. Reads
 * with a stack of its own, so a deeply nested text cannot overflow the call stack.
 */
export function jsonProblem(text: string): JsonProblem | undefined {
  const closers: string[] = [];
  let want: 'value' | 'key' | 'colon' | 'after' = 'value';
  let afterComma = false;
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    const char = text[i];
    const closer = closers[closers.length - 1];
    if (want === 'after') {
      if (closer === undefined) return char === undefined ? undefined : { offset: i, message: `unexpected ${shown(char)} after the end of the data` };
      if (char === closer) {
        closers.pop();
        i++;
      } else if (char === ',') {
        want = closer === '}' ? 'key' : 'value';
        afterComma = true;
        i++;
      } else {
        return { offset: i, message: `expected "," or "${closer}", got ${shown(char)}` };
      }
    } else if (want === 'colon') {
      if (char !== ':') return { offset: i, message: `expected ":" after the key, got ${shown(char)}` };
      want = 'value';
      i++;
    } else if (want === 'key') {
      if (char !== '"') {
        const message = char === '}' ? 'a comma before "}"; remove it' : char === '\'' ? 'keys take double quotes, not "\'"' : `expected a key in double quotes, got ${shown(char)}`;
        return { offset: i, message };
      }
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      want = 'colon';
      afterComma = false;
    } else if (char === '{' || char === '[') {
      closers.push(char === '{' ? '}' : ']');
      i++;
      while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
      if (text[i] === closers[closers.length - 1]) {
        closers.pop();
        i++;
        want = 'after';
      } else {
        want = char === '{' ? 'key' : 'value';
      }
      afterComma = false;
    } else {
      const end = scalarEnd(text, i, afterComma);
      if (typeof end !== 'number') return end;
      i = end;
      want = 'after';
      afterComma = false;
    }
  }
}

/** The 1-based line and column of `offset` in `text`; `\r\n`, `\n` and `\r` each end a line. */
export function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
