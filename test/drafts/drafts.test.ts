import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftCheckIn, draftForStep, draftThankYouEmail, draftThankYouLetter, FollowUpError, mailtoLink, planFollowUps, reviewDraft,
  type DraftDetails, type DraftInterview,
} from '../../src/index.js';
import { acme, deepFreeze } from '../helpers/interviews.js';

const interview: DraftInterview = deepFreeze({
  company: 'Acme', position: 'Staff Engineer', decisionDate: '2026-12-01',
  interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen', title: 'VP Engineering' }, { name: 'Cy Park' }],
});
const minimal: DraftDetails = deepFreeze({ senderName: 'Sam Lee' });
const full: DraftDetails = deepFreeze({
  senderName: 'Sam Lee',
  highlight: 'the deep dive into the billing migration',
  interest: 'the chance to build tools engineers rely on every day',
  strength: 'eight years of running payment systems.',
});
const people = interview.interviewers ?? [];

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function allDrafts(details: DraftDetails) {
  return {
    emails: people.map((person) => draftThankYouEmail(interview, person, details)),
    letters: people.map((person) => draftThankYouLetter(interview, person, details)),
    checkIns: [1, 2, 3].map((attempt) => draftCheckIn(interview, { ...details, attempt })),
  };
}

/** Share of three-word sequences two texts have in common (Jaccard). */
function overlap(a: string, b: string): number {
  const grams = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    return new Set(words.slice(2).map((_, i) => words.slice(i, i + 3).join(' ')));
  };
  const left = grams(a);
  const right = grams(b);
  const shared = [...left].filter((gram) => right.has(gram)).length;
  return shared / (left.size + right.size - shared);
}

describe('draft texts (golden)', () => {
  it('match the reviewed texts exactly, with full and minimal details', () => {
    const actual = { minimal: allDrafts(minimal), full: allDrafts(full) };
    const path = join(import.meta.dirname, '../fixtures/drafts.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('write the first email exactly as reviewed', () => {
    expect(draftThankYouEmail(interview, 'Ana Ruiz', minimal)).toEqual({
      subject: 'Thank you for the Staff Engineer interview at Acme',
      body: [
        'Dear Ana Ruiz,',
        '',
        'Thank you for taking the time to talk with me about the Staff Engineer role at Acme. I enjoyed hearing how the team works and where it is heading. Our conversation made me even keener to join Acme. I am confident I could contribute from the first weeks.',
        '',
        'Please let me know if I can send anything else that would help.',
        '',
        'Best regards,',
        'Sam Lee',
      ].join('\n'),
    });
  });
});

describe('draft qualities', () => {
  it.each([['minimal', minimal], ['full', full]] as const)('with %s details: brief, named, no leftovers, and passing their own review', (_name, details) => {
    const { emails, letters, checkIns } = allDrafts(details);
    emails.forEach((email, index) => {
      expect(wordCount(email.body)).toBeLessThan(200);
      expect(email.body).toContain(people[index]?.name);
      const others = emails.filter((other) => other !== email).map((other) => other.body);
      expect(reviewDraft({ kind: 'thank-you-email', ...email, recipient: people[index]! }, { interview, others })).toEqual({ ok: true, findings: [] });
    });
    letters.forEach((letter, index) => {
      expect(reviewDraft({ kind: 'thank-you-letter', body: letter.body, recipient: people[index]! }, { interview, others: [emails[index]!.body] })).toEqual({ ok: true, findings: [] });
    });
    checkIns.forEach((checkIn) => {
      expect(wordCount(checkIn.body)).toBeLessThan(160);
      expect(reviewDraft({ kind: 'check-in', ...checkIn, recipient: 'Ana Ruiz' }, { interview })).toEqual({ ok: true, findings: [] });
    });
    for (const text of [...emails.flatMap((e) => [e.subject, e.body]), ...letters.map((l) => l.body), ...checkIns.flatMap((c) => [c.subject, c.body])]) {
      expect(text).not.toMatch(/undefined|null|\[|\{|, ,|,\.|\.\.| {2}/);
      expect(text).toContain('Acme');
    }
  });

  it('use the personal phrases verbatim', () => {
    const { body } = draftThankYouEmail(interview, 'Bo Chen', full);
    expect(body).toContain('the deep dive into the billing migration');
    expect(body).toContain('the chance to build tools engineers rely on every day');
    expect(body).toContain('eight years of running payment systems');
  });

  it('word notes to different interviewers differently, beyond the name', () => {
    const [ana, bo, cy] = allDrafts(full).emails;
    expect(overlap(ana!.body, bo!.body)).toBeLessThan(0.5);
    expect(overlap(bo!.body, cy!.body)).toBeLessThan(0.5);
    expect(new Set([ana!.subject, bo!.subject, cy!.subject]).size).toBe(3);
  });

  it('word the letter differently from the email to the same person', () => {
    const { emails, letters } = allDrafts(minimal);
    emails.forEach((email, index) => expect(overlap(email.body, letters[index]!.body)).toBeLessThan(0.2));
  });

  it('make the second check-in no copy of the first', () => {
    const [first, second] = allDrafts(minimal).checkIns;
    expect(overlap(first!.body, second!.body)).toBeLessThan(0.2);
    expect(first!.subject).not.toBe(second!.subject);
  });

  it('address a check-in to the first interviewer, or to the company\'s team when none is known', () => {
    expect(draftCheckIn(interview, { ...minimal, attempt: 1 }).body.startsWith('Dear Ana Ruiz,')).toBe(true);
    expect(draftCheckIn({ company: 'Acme', position: 'Staff Engineer' }, { ...minimal, attempt: 1 }).body.startsWith('Dear Acme team,')).toBe(true);
    expect(draftCheckIn(interview, { ...minimal, attempt: 1, recipient: 'Dee Tran' }).body.startsWith('Dear Dee Tran,')).toBe(true);
  });

  it('give the letter its envelope lines', () => {
    expect(draftThankYouLetter(interview, people[1]!, minimal).addressee).toEqual(['Bo Chen', 'VP Engineering', 'Acme']);
  });
});

describe('hostile details', () => {
  const codeOf = (run: () => unknown): [string, string] => {
    try {
      run();
    } catch (error) {
      if (error instanceof FollowUpError) return [error.code, error.path];
      throw error;
    }
    throw new Error('expected a FollowUpError');
  };

  it.each([
    ['CR/LF in the sender name', () => draftThankYouEmail(interview, 'Ana Ruiz', { senderName: 'Sam\r\nBcc: all@example.com' }), ['invalid-text', 'details.senderName']],
    ['CR/LF in the interviewer name', () => draftThankYouEmail(interview, 'Ana\r\nSubject: x', minimal), ['invalid-text', 'interviewer.name']],
    ['CR/LF in the company, which goes into the subject', () => draftCheckIn({ ...interview, company: 'Acme\nBcc: x' }, { ...minimal, attempt: 1 }), ['invalid-text', 'interview.company']],
    ['a 100,000-character highlight', () => draftThankYouEmail(interview, 'Ana Ruiz', { ...minimal, highlight: 'x'.repeat(100_000) }), ['too-long', 'details.highlight']],
    ['no sender name', () => draftThankYouEmail(interview, 'Ana Ruiz', {} as DraftDetails), ['missing-field', 'details.senderName']],
    ['an unknown detail', () => draftThankYouEmail(interview, 'Ana Ruiz', { ...minimal, tone: 'warm' } as DraftDetails), ['unknown-key', 'details.tone']],
    ['a check-in attempt of 0', () => draftCheckIn(interview, { ...minimal, attempt: 0 }), ['out-of-range', 'details.attempt']],
  ])('%s gives a FollowUpError', (_name, run, expected) => {
    expect(codeOf(run)).toEqual(expected);
  });
});

describe('reviewDraft findings', () => {
  const good = draftThankYouEmail(interview, 'Ana Ruiz', minimal);
  const review = (draft: Parameters<typeof reviewDraft>[0], others?: readonly string[]) =>
    reviewDraft(draft, others === undefined ? { interview } : { interview, others }).findings.map((finding) => [finding.code, finding.rule]);

  it.each([
    ['too-long', { kind: 'thank-you-email', subject: good.subject, body: `${good.body} ${'more '.repeat(200)}` }, 'thank-you-content'],
    ['placeholder-left', { kind: 'thank-you-email', subject: good.subject, body: good.body.replace('Ana Ruiz', '[Interviewer name]') }, 'thank-you-content'],
    ['missing-recipient-name', { kind: 'thank-you-email', subject: good.subject, body: good.body.replace('Ana Ruiz', 'there'), recipient: 'Ana Ruiz' }, 'thank-you-each'],
    ['no-thanks', { kind: 'thank-you-email', subject: 'Staff Engineer at Acme', body: 'Dear Ana Ruiz, it was good to talk about the Staff Engineer role at Acme. Sam' }, 'thank-you-content'],
    ['company-not-named', { kind: 'thank-you-email', subject: 'Thank you', body: 'Dear Ana Ruiz, thank you for the Staff Engineer interview. Sam' }, 'thank-you-content'],
    ['role-not-named', { kind: 'thank-you-email', subject: 'Thank you', body: 'Dear Ana Ruiz, thank you for the interview at Acme. Sam' }, 'thank-you-content'],
    ['no-interest', { kind: 'check-in', subject: 'Staff Engineer at Acme', body: 'Dear Ana Ruiz, where are you with the Staff Engineer role at Acme? Sam' }, 'check-in-after-date'],
    ['pushy-tone', { kind: 'check-in', subject: 'Staff Engineer at Acme', body: 'Dear Ana Ruiz, I am still keen on the Staff Engineer role at Acme. Please reply ASAP!! Sam' }, 'repeat-two-weeks'],
    ['missing-subject', { kind: 'thank-you-email', body: good.body }, 'thank-you-content'],
    ['subject-line-break', { kind: 'thank-you-email', subject: 'Thank you\r\nBcc: x', body: good.body }, 'thank-you-content'],
  ] as const)('%s', (code, draft, rule) => {
    expect(review(draft)).toEqual([[code, rule]]);
  });

  it('not-personalised: the same note with only the name swapped', () => {
    const copy = good.body.replace('Ana Ruiz', 'Bo Chen');
    expect(review({ kind: 'thank-you-email', subject: good.subject, body: copy, recipient: 'Bo Chen' }, [good.body])).toEqual([['not-personalised', 'thank-you-each']]);
  });

  it('takes brackets and words of the company\'s or the role\'s own name as theirs, not as leftovers or pressure', () => {
    const remote = { company: 'Urgent Care [EU]', position: 'Software Engineer [Remote]', interviewers: [{ name: 'Ana Ruiz' }] };
    const own = draftThankYouEmail(remote, 'Ana Ruiz', minimal);
    expect(own.body).toContain('the Software Engineer [Remote] role at Urgent Care [EU]');
    expect(reviewDraft({ kind: 'thank-you-email', ...own }, { interview: remote })).toEqual({ ok: true, findings: [] });
    const codes = reviewDraft({ kind: 'thank-you-email', ...own, body: `${own.body} [Your name]\nUrgent: reply.` }, { interview: remote }).findings.map((finding) => finding.code);
    expect(codes).toEqual(['placeholder-left']);
    expect(review({ kind: 'thank-you-email', subject: good.subject, body: `${good.body}\nPlease reply urgently.` })).toEqual([['pushy-tone', 'repeat-two-weeks']]);
  });

  it('does not flag an email address in angle brackets as a placeholder', () => {
    expect(review({ kind: 'thank-you-email', subject: good.subject, body: `${good.body}\n<sam@example.com>` })).toEqual([]);
  });

  it('rejects something that is not a draft', () => {
    expect(() => reviewDraft({ kind: 'tweet', body: 'hi' } as never, { interview })).toThrow(FollowUpError);
  });
});

describe('draftForStep and mailtoLink', () => {
  const plan = planFollowUps(acme);

  it('drafts each message step and nothing for the others', () => {
    expect(plan.steps.map((step) => draftForStep(plan, step, minimal)?.kind ?? null)).toEqual([
      null, 'thank-you-email', 'thank-you-email', null, 'check-in', null, null, 'check-in',
    ]);
  });

  it('ends with the closing line when no sender name is given', () => {
    const step = plan.steps.find((candidate) => candidate.id === 'thank-you-email-ana-ruiz')!;
    expect(draftForStep(plan, step)?.body.endsWith('\n\nBest regards')).toBe(true);
  });

  it('builds an RFC 6068 link with CRLF line breaks, and drops the body past 2000 characters', () => {
    expect(mailtoLink('ana@acme.example', 'Hi & bye?', 'a\nb')).toBe('mailto:ana@acme.example?subject=Hi%20%26%20bye%3F&body=a%0D%0Ab');
    expect(mailtoLink('ana@acme.example', 'Hi', 'x'.repeat(3000))).toBe('mailto:ana@acme.example?subject=Hi');
  });
});

describe('reviewDraft under exactOptionalPropertyTypes', () => {
  it('accepts a draft whose subject is passed straight through, even when undefined', () => {
    const interview = { company: 'Acme', position: 'Engineer', interviewers: [{ name: 'Ana Ruiz' }] };
    const letter = draftThankYouLetter(interview, 'Ana Ruiz', { senderName: 'Sam Lee' });
    const draft: { subject?: string } = {};
    const review = reviewDraft({ kind: 'thank-you-letter', subject: draft.subject, body: letter.body, recipient: 'Ana Ruiz' }, { interview });
    expect(review.findings.map((finding) => finding.code)).toEqual([]);
  });
});
