import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonProblem, lineAndColumn } from '../../src/cli/json.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 2000);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('where a JSON text goes wrong', () => {
  it.each([
    ['{\n  "id": "x",\n  "company": "Acme" "position"\n}', 3, 21, 'expected "," or "}", got \'"\''],
    ['{"id": "x",}', 1, 12, 'a comma before "}"; remove it'],
    ['[1, 2,\n]', 2, 1, 'a comma before "]"; remove it'],
    ["{'id': 'x'}", 1, 2, 'keys take double quotes, not "\'"'],
    ["{\"id\": 'x'}", 1, 8, 'strings take double quotes, not "\'"'],
    ['{ "id": ', 1, 9, 'the text ends where a value should be'],
    ['{"id" "x"}', 1, 7, 'expected ":" after the key, got \'"\''],
    ['{id: 1}', 1, 2, 'expected a key in double quotes, got "i"'],
    ['[1, 2]]', 1, 7, 'unexpected "]" after the end of the data'],
    ['{"a":\r\n tru}', 2, 5, 'expected true, got "}"'],
    ['{"a":\r 1,\r "b": x}', 3, 7, 'expected a value, got "x"'],
    ['"one\ntwo"', 1, 5, 'a line break inside a string (write it as \\n)'],
    ['"tab\u0001"', 1, 5, 'a control character inside a string'],
    ['"a\\x"', 1, 3, 'invalid escape "\\x" in a string'],
    ['"a\\u12"', 1, 3, 'invalid escape "\\u" in a string'],
    ['"open', 1, 6, 'the text ends inside a string'],
    ['"open\\', 1, 7, 'the text ends inside a string'],
    ['-x', 1, 2, 'expected a digit, got "x"'],
    ['1.e5', 1, 3, 'expected a digit after the decimal point, got "e"'],
    ['1e+', 1, 4, 'expected a digit in the exponent, got the end of the text'],
    ['01', 1, 2, 'unexpected "1" after the end of the data'],
    ['undefined', 1, 1, 'expected a value, got "u"'],
  ])('%j: line %i, column %i: %s', (text, line, column, message) => {
    const problem = jsonProblem(text);
    expect(problem?.message).toBe(message);
    expect(lineAndColumn(text, problem?.offset ?? -1)).toEqual({ line, column });
  });

  it.each(['{}', '[]', ' [1, -0.5e+3, true, false, null, "a\\u00e9\\n"] ', '{"a": {"b": [[], {}]}}', '"\u2028"'])('finds nothing wrong in %j', (text) => {
    expect(jsonProblem(text)).toBeUndefined();
  });

  it('reads a million nested brackets without overflowing the stack', () => {
    expect(jsonProblem('['.repeat(1_000_000))).toEqual({ offset: 1_000_000, message: 'the text ends where a value should be' });
  });

  it('agrees with JSON.parse on which texts are JSON, for near-JSON texts', () => {
    const alphabet = fc.constantFrom(...'{}[]:,"\\ \n\r\t\u001f0123456789.eE+-truefalsnu\'x/'.split(''));
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.option(alphabet, { nil: undefined })).map(([json, at, insert]) => {
      const cut = at % (json.length + 1);
      // Drop one character, or put a stray one in.
      return insert === undefined ? json.slice(0, cut) + json.slice(cut + 1) : json.slice(0, cut) + insert + json.slice(cut);
    });
    fc.assert(fc.property(fc.oneof(damaged, fc.json(), fc.string({ unit: alphabet, maxLength: 30 })), (text) => {
      const problem = jsonProblem(text);
      expect(problem === undefined).toBe(parses(text));
      if (problem !== undefined) expect(problem.offset).toBeLessThanOrEqual(text.length);
    }), { numRuns });
  });
});
