import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugOf, unicodeSlug } from '../../src/input/interviewers.js';

const runs = Number(process.env['FC_NUM_RUNS'] ?? 300);
const trimmed = (slug: string): string => slug.replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '') || 'person';

describe('step-id slugs of names', () => {
  it('gives a printable-ASCII name the slug the character-by-character reading gives', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 }), (name) => {
      expect(slugOf(name)).toBe(trimmed(unicodeSlug(name)));
    }), { numRuns: runs * 10 });
  });

  it.each([
    ['Ana Ruiz', 'ana-ruiz'],
    ['  O\'Brien, Dr. ', 'o-brien-dr'],
    ['José Núñez', 'jose-nunez'],
    ['王小明', 'u738bu5c0fu660e'],
    ['---', 'person'],
  ])('slugs %j as %j', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});
