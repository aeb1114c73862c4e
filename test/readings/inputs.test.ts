import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, FollowUpError, mailtoLink, MAX_MAILTO_LENGTH, planPipeline, reviewDraft, validateApplication, validatePipeline,
  type ApplicationInput,
} from '../../src/index.js';

/** An application with one round on Monday 16 November 2026 at 10:00 New York. */
function application(id: string, extra: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    id, company: `${id[0]!.toUpperCase()}${id.slice(1)}`, position: 'Engineer', timeZone: 'America/New_York',
    rounds: [{ id: `${id}-1`, start: '2026-11-16T10:00', interviewers: [{ name: 'Ana Ruiz', email: `ana@${id}.example` }] }], ...extra,
  };
}

/** `value` with a getter at `key` that throws. */
function throwing<T extends object>(value: T, key: string): T {
  return Object.defineProperty({ ...value }, key, { enumerable: true, get(): never { throw new Error('boom'); } });
}

const codesAndPaths = (issues: readonly { code: string; path: string }[]): string[][] => issues.map((found) => [found.code, found.path]);
const unreadable = (path: string): string[] => ['invalid-type', path];

describe('a property getter that throws is reported at its own path, alongside every other problem', () => {
  const badZone = application('globex', { timeZone: 'Mars/Olympus' });
  const badStart = (): ApplicationInput => ({ ...application('acme'), rounds: [throwing({ id: 'acme-1', start: '2026-11-16T10:00' }, 'start')] });
  const badEmail = (): ApplicationInput => ({
    ...application('acme'), rounds: [{ id: 'acme-1', start: '2026-11-16T10:00', interviewers: [throwing({ name: 'Ana Ruiz', email: 'ana@acme.example' }, 'email')] }],
  });

  it.each([
    ['an application\'s company, in a list', () => validatePipeline([throwing(application('acme'), 'company'), badZone]),
      [unreadable('applications[0].company'), ['invalid-time-zone', 'applications[1].timeZone']]],
    ['an application\'s company, in { applications }', () => validatePipeline({ applications: [throwing(application('acme'), 'company'), badZone] }),
      [unreadable('applications[0].company'), ['invalid-time-zone', 'applications[1].timeZone']]],
    ['a round\'s start, in a list', () => validatePipeline([application('initech'), badStart(), application('hooli', { position: 5 as never })]),
      [unreadable('applications[1].rounds[0].start'), ['invalid-type', 'applications[2].position']]],
    ['an interviewer\'s email, in a list', () => validatePipeline([badEmail(), application('hooli', { position: '' })]),
      [unreadable('applications[0].rounds[0].interviewers[0].email'), ['missing-field', 'applications[1].position']]],
    ['the applications themselves', () => validatePipeline(throwing({ applications: [] }, 'applications')), [unreadable('applications')]],
    ['an application\'s company, alone', () => validateApplication(throwing(application('acme', { timeZone: 'Mars/Olympus' }), 'company')),
      [unreadable('company'), ['invalid-time-zone', 'timeZone']]],
  ])('%s', (_name, validate, expected) => {
    expect(codesAndPaths(validate())).toEqual(expected);
  });

  it('says what the getter threw', () => {
    expect(validatePipeline([throwing(application('acme'), 'company')])).toEqual([
      { code: 'invalid-type', path: 'applications[0].company', message: 'applications[0].company: the input could not be read: Error: boom' },
    ]);
  });
});

describe('mailtoLink with a huge address', () => {
  it.each([
    ['a million-character address', `${'a'.repeat(1_000_000)}@x.example`, `mailto:${'a'.repeat(MAX_MAILTO_LENGTH - 16)}?subject=`],
    ['a million encoded characters', `${'é'.repeat(1_000_000)}@x.example`, `mailto:${'%C3%A9'.repeat(330)}?subject=Than`],
  ])('stays within its documented cap with %s, cut between characters', (_name, to, link) => {
    expect(MAX_MAILTO_LENGTH).toBe(2000);
    expect(mailtoLink(to, 'Thank you', 'Dear Ana,')).toBe(link);
  });
});

describe('the calendar owner\'s address', () => {
  const plan = planPipeline([application('acme')]);
  it.each([
    ['a right-to-left override', 'sam\u202e@example.com'],
    ['a left-to-right isolate', 'sam\u2066@example.com'],
    ['a zero-width joiner', 'sa\u200dm@example.com'],
    ['an accented letter', 'sám@example.com'],
    ['Cyrillic letters', 'сэм@example.com'],
  ])('with %s fails as invalid-email at owner.email', (_name, email) => {
    let error: unknown;
    try {
      toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z', owner: { name: 'Sam Lee', email } });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FollowUpError);
    expect(codesAndPaths((error as FollowUpError).issues)).toEqual([['invalid-email', 'owner.email']]);
  });
});

describe('every draft of a search for a "Software Engineer [Remote]" role passes its own review', () => {
  const remote = { position: 'Software Engineer [Remote]' };
  const plan = planPipeline([
    application('acme', { ...remote, company: 'Acme [EU]', activities: [{ type: 'offer-received', at: '2026-12-01T10:00', deadline: '2026-12-09' }, { type: 'offer-accepted', at: '2026-12-03T10:00' }] }),
    application('globex', { ...remote, activities: [{ type: 'rejection-received', at: '2026-11-20T10:00' }] }),
    application('initech', { ...remote, contact: { name: 'Rita Diaz', email: 'rita@initech.example' } }),
    { id: 'hooli', company: 'Hooli', timeZone: 'America/New_York', appliedAt: '2026-11-10T10:00', ...remote },
  ]);
  const drafted = plan.steps.flatMap((step) => {
    const draft = draftForStep(plan, step, { senderName: 'Sam Lee' });
    return draft === undefined ? [] : [{ step, draft }];
  });

  it('drafts every kind of message the search plans', () => {
    expect([...new Set(drafted.map(({ step }) => step.kind))].sort()).toEqual([
      'application-follow-up', 'check-in', 'expedite-request', 'offer-response', 'rejection-reply', 'thank-you-email', 'withdrawal-note',
    ]);
  });

  it('finds nothing in any of them', () => {
    const companies: Readonly<Record<string, string>> = { acme: 'Acme [EU]', globex: 'Globex', initech: 'Initech', hooli: 'Hooli' };
    for (const { step, draft } of drafted) {
      const review = reviewDraft(
        { kind: step.kind as never, subject: draft.subject, body: draft.body, ...(step.recipient === undefined ? {} : { recipient: step.recipient }) },
        { interview: { company: companies[step.application ?? ''] ?? '', position: remote.position } },
      );
      expect(review, `${step.application} ${step.id}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }
  });
});
