import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/validate/suggest.js';

describe('edit distance', () => {
  it.each([
    ['position', 'position', 0],
    ['postion', 'position', 1],
    ['timezone', 'timeZone', 0],
    ['psoition', 'position', 1],
    ['America/NewYork', 'America/New_York', 1],
    ['abc', 'xyz', 3],
  ])('%s to %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('stops at the limit, reporting one more than it', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('closest name', () => {
  it.each([
    ['postion', ['company', 'position'], 'position'],
    ['timezone', ['timeZone', 'employerTimeZone'], 'timeZone'],
    ['germany', ['article', 'careerServices', 'uk', 'germany', 'japan'], 'germany'],
    ['Germny', ['article', 'germany', 'japan'], 'germany'],
    ['America/NewYork', ['America/New_York', 'America/Newark'], 'America/New_York'],
  ])('suggests %s → %s', (input, candidates, expected) => {
    expect(closestName(input, candidates)).toBe(expected);
  });

  it('suggests nothing when no name is close, or the input is empty or very long', () => {
    expect(closestName('frobnicate', ['company', 'position'])).toBeUndefined();
    expect(closestName('', ['a'])).toBeUndefined();
    expect(closestName('x'.repeat(65), ['x'.repeat(65)])).toBeUndefined();
  });

  it('prefers the earlier name on a tie', () => {
    expect(closestName('cat', ['bat', 'hat'])).toBe('bat');
  });
});
