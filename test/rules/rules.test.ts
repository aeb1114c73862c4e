import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklists, rules } from '../../src/index.js';

// docs/rules.md is the project's own statement of the rules: one table row per rule id.
const documented = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');
const documentedIds = [...documented.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);

describe('rules catalogue', () => {
  it('has exactly the rule ids documented in docs/rules.md, in its order', () => {
    expect(documentedIds.length).toBe(33);
    expect(Object.keys(rules)).toEqual(documentedIds);
  });

  it('marks the first twelve as the article\'s, eight as library defaults, five from published guidance, then the eight of the applied stage and records', () => {
    expect(Object.values(rules).map((rule) => rule.source)).toEqual([
      ...Array(12).fill('article'), ...Array(8).fill('library-default'), ...Array(5).fill('published-guidance'),
      'published-guidance', 'published-guidance', 'library-default', 'library-default', 'published-guidance', 'published-guidance', 'library-default', 'library-default',
    ]);
    for (const [id, rule] of Object.entries(rules)) expect(rule.id).toBe(id);
  });
});

describe('checklists', () => {
  it('cover every article rule that asks the candidate to do something', () => {
    const covered = new Set(Object.values(checklists).flat().map((item) => item.rule));
    for (const id of ['ask-next-steps', 'ask-decision-date', 'ask-permission', 'collect-contacts', 'thank-you-each', 'thank-you-content', 'thank-you-letter', 'check-in-after-date', 'repeat-two-weeks', 'keep-searching'] as const) {
      expect(covered.has(id), id).toBe(true);
    }
  });

  it('use ids unique across all lists', () => {
    const ids = Object.values(checklists).flat().map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cite the 22% survey fact where it motivates the thank-you', () => {
    expect(checklists.thankYouNote[0]?.text).toContain('22%');
  });
});
