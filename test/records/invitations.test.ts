import { describe, expect, it } from 'vitest';
import { draftForStep, draftThankYouEmail, planApplication, planPipeline, stepTitle, validateApplication, validatePipeline, type ApplicationInput, type ApplicationPlan } from '../../src/index.js';
import { run } from '../helpers/cli.js';
import { deepFreeze } from '../helpers/interviews.js';

// A tracker knows a round is coming before it knows when: a round without `start` is an
// invitation. And it names rounds ("Phone screen", "Onsite"): titles, drafts and the agenda say
// which round a step is for.

/** A phone screen on Tuesday 10 November in New York, then an onsite not scheduled yet. */
const acme: ApplicationInput = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer', timeZone: 'America/New_York',
  contact: { name: 'Rita Diaz', email: 'rita@acme.example' },
  rounds: [
    { id: 'acme-screen', label: 'Phone screen', start: '2026-11-10T10:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }] },
    { id: 'acme-onsite', label: 'Onsite', interviewers: [{ name: 'Bo Chen' }] },
  ],
});

const statuses = (plan: ApplicationPlan): string[] => plan.steps.map((step) => `${step.id}:${step.status}`);

describe('a round without start: an invitation not yet scheduled', () => {
  it('plans no steps of its own and lists it under invitations, in input order', () => {
    const plan = planApplication({ ...acme, rounds: [...acme.rounds!, { id: 'acme-final', label: 'Final' }] });
    expect(plan.steps.filter((step) => step.round === 'acme-onsite' || step.round === 'acme-final')).toEqual([]);
    expect(plan.application.rounds.map((round) => round.id)).toEqual(['acme-screen']);
    expect(plan.application.invitations).toEqual([
      { id: 'acme-onsite', label: 'Onsite', interviewers: [{ name: 'Bo Chen' }] },
      { id: 'acme-final', label: 'Final', interviewers: [] },
    ]);
  });

  it.each([
    ['before the screen', '2026-11-09T12:00:00Z'],
    ['during the screen', '2026-11-10T15:30:00Z'],
    ['a week after it', '2026-11-17T12:00:00Z'],
    ['months later', '2027-03-01T12:00:00Z'],
  ])('keeps the application scheduled %s', (_when, now) => {
    expect(planApplication(acme, { now }).state).toBe('scheduled');
  });

  it('cancels the earlier round\'s check-ins as a new round does, and keeps its thank-you', () => {
    const plan = planApplication(acme, { now: '2026-11-12T12:00:00Z' });
    expect(statuses(plan).filter((entry) => !entry.startsWith('keep-searching'))).toEqual([
      'before-leaving:missed', 'thank-you-email-ana-ruiz:open', 'check-in-1:cancelled', 'check-in-2:cancelled',
    ]);
    const screen = acme.rounds?.[0];
    const alone = planApplication({ ...acme, rounds: [screen!] }, { now: '2026-11-12T12:00:00Z' });
    expect(alone.steps.filter((step) => step.kind === 'check-in').map((step) => step.status)).toEqual(['upcoming', 'upcoming']);
  });

  it('still closes on a rejection, which cancels what is pending', () => {
    const plan = planApplication({ ...acme, activities: [{ type: 'rejection-received', at: '2026-11-12T10:00' }] }, { now: '2026-11-12T18:00:00Z' });
    expect([plan.state, plan.outcome?.type]).toEqual(['closed', 'rejected']);
    expect(plan.steps.find((step) => step.id === 'thank-you-email-ana-ruiz')?.status).toBe('cancelled');
  });

  it.each([
    ['before a dated round', [{ id: 'r2' }, { id: 'r1', start: '2026-11-10T10:00' }], [['invalid-order', 'rounds[0]']]],
    ['before a dated round, the first of two undated', [{ id: 'r2' }, { id: 'r3' }, { id: 'r1', start: '2026-11-10T10:00' }], [['invalid-order', 'rounds[0]']]],
    ['after every dated round', [{ id: 'r1', start: '2026-11-10T10:00' }, { id: 'r2' }, { id: 'r3' }], []],
    ['alone, with appliedAt', [{ id: 'r1' }], []],
  ])('is accepted or refused %s', (_name, rounds, issues) => {
    expect(validateApplication({ ...acme, appliedAt: '2026-11-02', rounds }).map(({ code, path }) => [code, path])).toEqual(issues);
  });

  it('refuses the fields that need a time, and accepts the rest', () => {
    const issues = validateApplication({ ...acme, rounds: [{ id: 'r1', start: '2026-11-10T10:00' }, { id: 'r2', end: '2026-11-20T10:00', decisionDate: '2026-11-27', followUpPermission: 'granted', nextSteps: 'Meet the team', timeZone: 'Europe/London' }] });
    expect(issues.map(({ code, path }) => [code, path])).toEqual([['invalid-choice', 'rounds[1].end'], ['invalid-choice', 'rounds[1].decisionDate'], ['invalid-choice', 'rounds[1].followUpPermission']]);
  });

  it.each([
    ['a thank-you', { type: 'thank-you-sent', round: 'acme-onsite', at: '2026-11-12T10:00', interviewer: 'Bo Chen' }, [['invalid-choice', 'activities[0].round']]],
    ['a check-in', { type: 'check-in-sent', round: 'acme-onsite', at: '2026-11-12T10:00' }, [['invalid-choice', 'activities[0].round']]],
    ['a reply', { type: 'reply-received', round: 'acme-onsite', at: '2026-11-12T10:00' }, []],
  ] as const)('refuses %s naming the invitation when it needs a held round', (_name, activity, issues) => {
    expect(validateApplication({ ...acme, activities: [activity] }).map(({ code, path }) => [code, path])).toEqual(issues);
  });

  it('keeps its id unique across a search, reported at its own path', () => {
    const other: ApplicationInput = { id: 'globex', company: 'Globex', position: 'Engineer', timeZone: 'America/New_York', appliedAt: '2026-11-02', rounds: [{ id: 'acme-onsite' }] };
    expect(validatePipeline([acme, other]).map(({ code, path }) => [code, path])).toEqual([['duplicate', 'applications[1].rounds[0].id']]);
    expect(validatePipeline([other, acme]).map(({ code, path }) => [code, path])).toEqual([['duplicate', 'applications[1].rounds[1].id']]);
  });
});

describe('round labels in titles, drafts and the agenda', () => {
  const plan = planApplication(acme, { now: '2026-11-09T12:00:00Z', policy: { letters: true } });
  const titled = { interview: plan.application };

  it('names the round in the titles of its own steps, and nowhere else', () => {
    expect(plan.steps.map((step) => [step.id, step.roundLabel, stepTitle(titled, step)])).toEqual([
      ['before-leaving', 'Phone screen', 'Before you leave the Acme interview (Phone screen): ask about next steps'],
      ['thank-you-email-ana-ruiz', 'Phone screen', 'Thank Ana Ruiz for the Acme interview (Phone screen)'],
      ['thank-you-letter-ana-ruiz', 'Phone screen', 'Post a thank-you letter to Ana Ruiz (Acme, Phone screen)'],
      ['keep-searching-1', undefined, 'Keep your job search going while Acme decides (1 of 4)'],
      ['check-in-1', 'Phone screen', 'Check in with Acme about the Staff Engineer role (1 of 2)'],
      ['keep-searching-2', undefined, 'Keep your job search going while Acme decides (2 of 4)'],
      ['keep-searching-3', undefined, 'Keep your job search going while Acme decides (3 of 4)'],
      ['check-in-2', 'Phone screen', 'Check in with Acme about the Staff Engineer role (2 of 2)'],
      ['keep-searching-4', undefined, 'Keep your job search going while Acme decides (4 of 4)'],
    ]);
  });

  it('writes titles without a label for an unlabelled round', () => {
    const screen = acme.rounds?.[0];
    const { label: _label, ...unlabelled } = screen!;
    const bare = planApplication({ ...acme, rounds: [unlabelled] });
    const thanks = bare.steps.find((step) => step.kind === 'thank-you-email')!;
    expect([thanks.roundLabel, stepTitle({ interview: bare.application }, thanks)]).toEqual([undefined, 'Thank Ana Ruiz for the Acme interview']);
  });

  it('names the round in the thank-you draft\'s subject, from the plan and from draftThankYouEmail', () => {
    const thanks = plan.steps.find((step) => step.kind === 'thank-you-email')!;
    expect(draftForStep(plan, thanks)?.subject).toBe('Thank you for the Staff Engineer interview at Acme (Phone screen)');
    expect(draftThankYouEmail({ company: 'Acme', position: 'Staff Engineer', label: 'Onsite', interviewers: [{ name: 'Bo Chen' }] }, 'Bo Chen', { senderName: 'Sam Lee' }).subject)
      .toBe('Thank you for the Staff Engineer interview at Acme (Onsite)');
    expect(draftThankYouEmail({ company: 'Acme', position: 'Staff Engineer', interviewers: [{ name: 'Bo Chen' }] }, 'Bo Chen', { senderName: 'Sam Lee' }).subject)
      .toBe('Thank you for the Staff Engineer interview at Acme');
  });

  it('names it in a pipeline\'s drafts too, and refuses a label that would break the subject line', () => {
    const search = planPipeline([acme]);
    const thanks = search.steps.find((step) => step.kind === 'thank-you-email')!;
    expect(draftForStep(search, thanks)?.subject).toBe('Thank you for the Staff Engineer interview at Acme (Phone screen)');
    expect(() => draftThankYouEmail({ company: 'Acme', position: 'Staff Engineer', label: 'Onsite\nBcc: x@evil.example' }, 'Bo Chen', { senderName: 'Sam Lee' }))
      .toThrow(expect.objectContaining({ code: 'invalid-text', path: 'interview.label' }));
  });

  it('prints the label on the agenda\'s lines and counts the invitation in the header', () => {
    const result = run(['-', '--now', '2026-11-09T12:00:00Z'], JSON.stringify(acme));
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      'Acme · Staff Engineer · 2 rounds · scheduled',
      'Advice: article (the defaults, from the source article)',
      '',
      'Tue 2026-11-10 10:00  Before you leave the Acme interview (Phone screen): ask about next steps  [upcoming]',
      'Wed 2026-11-11 11:00  Thank Ana Ruiz for the Acme interview (Phone screen)  [upcoming]',
    ]);
  });
});
