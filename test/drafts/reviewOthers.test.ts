import { describe, expect, it } from 'vitest';
import { draftThankYouEmail, FollowUpError, reviewDraft, type ReviewContext } from '../../src/index.js';

const interview = { company: 'Acme', position: 'Staff Engineer', interviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }] };
const forAna = draftThankYouEmail(interview, 'Ana Ruiz', { senderName: 'Sam Lee' });
const copyForBo = { kind: 'thank-you-email', subject: forAna.subject, body: forAna.body.replace('Ana Ruiz', 'Bo Chen'), recipient: 'Bo Chen' } as const;

/** What reviewDraft throws for `others`, as its issues. */
function thrown(others: unknown): unknown {
  try {
    reviewDraft(copyForBo, { interview, others } as ReviewContext);
  } catch (error) {
    return error instanceof FollowUpError ? error.issues : error;
  }
  return 'nothing thrown';
}

describe('reviewDraft refuses others that are not message bodies', () => {
  it('compares against the bodies it is given and finds the copy', () => {
    expect(reviewDraft(copyForBo, { interview, others: [forAna.body] }).findings.map((finding) => finding.code)).toEqual(['not-personalised']);
  });

  it.each([
    ['a whole draft', [forAna], 'context.others[0]', 'expected a message body (a string, such as a draft\'s body), got an object'],
    ['a number after a body', [forAna.body, 42], 'context.others[1]', 'expected a message body (a string, such as a draft\'s body), got 42'],
    ['a hole in a sparse list', [forAna.body, , forAna.body], 'context.others[1]', 'expected a message body (a string, such as a draft\'s body), got undefined'],
    ['null', [null], 'context.others[0]', 'expected a message body (a string, such as a draft\'s body), got null'],
    ['one body instead of a list', forAna.body, 'context.others', `expected a list of message bodies (strings), got a string of ${forAna.body.length} characters`],
    ['null instead of a list', null, 'context.others', 'expected a list of message bodies (strings), got null'],
  ])('refuses %s with invalid-type at its path', (_name, others, path, detail) => {
    expect(thrown(others)).toEqual([{ code: 'invalid-type', path, message: `${path}: ${detail}` }]);
  });

  it('lists every entry that is not a string', () => {
    expect(thrown([forAna, forAna.body, { body: forAna.body }])).toEqual([
      { code: 'invalid-type', path: 'context.others[0]', message: 'context.others[0]: expected a message body (a string, such as a draft\'s body), got an object' },
      { code: 'invalid-type', path: 'context.others[2]', message: 'context.others[2]: expected a message body (a string, such as a draft\'s body), got an object' },
    ]);
  });

  it('reads only the first 50 entries, as it compares only those', () => {
    const others = [...Array.from({ length: 50 }, () => 'Another note entirely, about something else.'), forAna];
    expect(reviewDraft(copyForBo, { interview, others } as ReviewContext).findings).toEqual([]);
  });
});
