import { describe, expect, it } from 'vitest';
import {
  draftCheckIn, draftForStep, draftOfferResponse, draftThankYouEmail, draftThankYouLetter, en, FollowUpError, planApplication, planFollowUps, reviewDraft,
  statusesAt, validateApplication, validateInterview, type DraftInterview,
} from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

const interview: DraftInterview = deepFreeze({
  company: 'Acme', position: 'Staff Engineer',
  interviewers: [{ name: 'Bo Chen', salutation: 'Mr. Chen' }, { name: 'Ana Ruiz', salutation: 'Frau Dr. Ruiz' }, { name: 'Cy Park' }],
});
const details = deepFreeze({ senderName: 'Sam Lee' });
const firstLine = (text: string | undefined): string | undefined => text?.split('\n')[0];

const failure = (run: () => unknown): [string, string] => {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a FollowUpError');
};

describe('the greeting', () => {
  it.each([
    ['a salutation when the person gave one', { name: 'Bo Chen', salutation: 'Mr. Chen' }, 'Dear Mr. Chen,'],
    ['one in any language, as given', { name: '田中 太郎', salutation: '田中様' }, 'Dear 田中様,'],
    ['the name when there is no salutation', { name: 'Ana Ruiz' }, 'Dear Ana Ruiz,'],
    ['the company\'s team when no one is named', { company: 'Acme' }, 'Dear Acme team,'],
  ])('uses %s', (_case, params, expected) => {
    expect(en.drafts.greeting({ company: 'Acme', ...params })).toBe(expected);
  });

  it('greets each interviewer by their salutation, in every note to them', () => {
    expect(firstLine(draftThankYouEmail(interview, interview.interviewers![0]!, details).body)).toBe('Dear Mr. Chen,');
    expect(firstLine(draftThankYouLetter(interview, interview.interviewers![1]!, details).body)).toBe('Dear Frau Dr. Ruiz,');
    expect(firstLine(draftThankYouEmail(interview, interview.interviewers![2]!, details).body)).toBe('Dear Cy Park,');
    expect(firstLine(draftThankYouEmail(interview, 'Bo Chen', details).body)).toBe('Dear Bo Chen,');
    expect(firstLine(draftCheckIn(interview, { ...details, attempt: 1 }).body)).toBe('Dear Mr. Chen,');
    expect(firstLine(draftOfferResponse(interview, { ...details, recipient: { name: 'Rita Diaz', salutation: 'Ms. Diaz' } }).body)).toBe('Dear Ms. Diaz,');
  });

  it('keeps the envelope to the person\'s name and title', () => {
    expect(draftThankYouLetter(interview, { name: 'Bo Chen', title: 'VP Engineering', salutation: 'Mr. Chen' }, details).addressee).toEqual(['Bo Chen', 'VP Engineering', 'Acme']);
  });

  it('passes the review, which takes the salutation as naming the person', () => {
    const bo = interview.interviewers![0]!;
    const email = draftThankYouEmail(interview, bo, details);
    expect(reviewDraft({ kind: 'thank-you-email', ...email, recipient: bo }, { interview })).toEqual({ ok: true, findings: [] });
    expect(reviewDraft({ kind: 'thank-you-email', ...email, recipient: 'Ana Ruiz' }, { interview }).findings.map((finding) => finding.code)).toEqual(['missing-recipient-name']);
  });

  it.each([
    ['the surname after a title', 'Dear Ms. Ruiz,', []],
    ['the first name alone', 'Dear Ana,', []],
    ['the surname of the salutation after another title', 'Dear Dr. Ortega,', []],
    ['neither', 'Dear hiring team,', ['missing-recipient-name']],
  ])('counts %s as naming the person, or not', (_case, opening, codes) => {
    const body = `${opening}\n\nThank you for talking with me about the Staff Engineer role at Acme.\n\nBest regards,\nSam Lee`;
    const recipient = { name: 'Ana Ruiz', salutation: 'Ms. Ortega' };
    expect(reviewDraft({ kind: 'thank-you-email', subject: 'Thank you', body, recipient }, { interview }).findings.map((finding) => finding.code)).toEqual(codes);
  });
});

describe('salutation in plans', () => {
  const input = deepFreeze({
    id: 'acme', company: 'Acme', position: 'Staff Engineer', start: '2026-11-20T14:00', end: '2026-11-20T15:00', timeZone: 'America/New_York',
    interviewers: [{ name: 'Bo Chen', email: 'bo@acme.example', salutation: 'Mr. Chen' }, { name: 'Ana Ruiz' }],
  });

  it('is carried on the steps\' recipients and the planned interview, and read back from a stored plan', () => {
    const plan = planFollowUps(input);
    const stored = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect(plan.interview.interviewers).toEqual([{ name: 'Bo Chen', email: 'bo@acme.example', salutation: 'Mr. Chen' }, { name: 'Ana Ruiz' }]);
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => step.recipient)).toEqual([
      { name: 'Bo Chen', email: 'bo@acme.example', salutation: 'Mr. Chen' }, { name: 'Ana Ruiz' },
    ]);
    expect(plan.steps.flatMap((step) => draftForStep(stored, step) ?? []).map((draft) => [draft.kind, firstLine(draft.body)])).toEqual([
      ['thank-you-email', 'Dear Mr. Chen,'], ['thank-you-email', 'Dear Ana Ruiz,'], ['check-in', 'Dear Mr. Chen,'], ['check-in', 'Dear Mr. Chen,'],
    ]);
    expect(statusesAt(stored, '2026-11-22T09:00:00Z').steps[1]?.recipient).toEqual({ name: 'Bo Chen', email: 'bo@acme.example', salutation: 'Mr. Chen' });
  });

  it('greets an application\'s contact by theirs', () => {
    const plan = planApplication({
      id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York',
      contact: { name: 'Rita Diaz', email: 'rita@acme.example', role: 'recruiter', salutation: 'Ms. Diaz' },
      rounds: [{ id: 'r1', start: '2026-11-10T10:00' }], activities: [{ type: 'offer-received', at: '2026-12-01T10:00' }],
    });
    expect(plan.application.contact).toEqual({ name: 'Rita Diaz', email: 'rita@acme.example', role: 'recruiter', salutation: 'Ms. Diaz' });
    const answer = plan.steps.find((step) => step.kind === 'offer-response')!;
    expect(firstLine(draftForStep(JSON.parse(JSON.stringify(plan)) as typeof plan, answer)?.body)).toBe('Dear Ms. Diaz,');
  });

  it.each([
    ['a line break', 'Mr.\nChen', 'invalid-text'],
    ['more than 200 characters', 'M'.repeat(201), 'too-long'],
    ['a number', 42, 'invalid-type'],
  ])('is single-line text of at most 200 characters: %s is refused', (_case, salutation, code) => {
    const issues = validateInterview({ ...input, interviewers: [{ name: 'Bo Chen', salutation }] });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([[code, 'interviewers[0].salutation']]);
    const contact = validateApplication({ id: 'a', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', contact: { name: 'Rita Diaz', salutation }, rounds: [{ id: 'r1', start: '2026-11-10T10:00' }] });
    expect(contact.map((issue) => [issue.code, issue.path])).toEqual([[code, 'contact.salutation']]);
    expect(failure(() => draftThankYouEmail(interview, { name: 'Bo Chen', salutation } as never, details))).toEqual([code, 'interviewer.salutation']);
  });
});
