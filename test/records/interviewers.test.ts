import { describe, expect, it } from 'vitest';
import { draftForStep, planApplication, planFollowUps, type ApplicationInput, type Interviewer } from '../../src/index.js';

// "Rita Diaz" and "rita diaz" in one round are one person: listings of one round that repeat a
// name (ignoring case) or an address are merged into the first, with a warning
// `duplicate-interviewer` at the repeat's path, instead of an error.

function screen(interviewers: readonly Interviewer[], activities: ApplicationInput['activities'] = []): ApplicationInput {
  return {
    id: 'acme', company: 'Acme', position: 'Staff Engineer', timeZone: 'America/New_York',
    rounds: [{ id: 'acme-screen', start: '2026-11-10T10:00', interviewers, decisionDate: '2026-11-13', followUpPermission: 'granted' }],
    activities,
  };
}

describe('repeated interviewers in one round', () => {
  it.each([
    ['the same name in another case', [{ name: 'Rita Diaz' }, { name: 'rita diaz' }], [{ name: 'Rita Diaz' }]],
    ['the same name with spaces around it', [{ name: 'Rita Diaz' }, { name: '  RITA DIAZ ' }], [{ name: 'Rita Diaz' }]],
    ['the same address in another case', [{ name: 'Rita Diaz', email: 'rita@acme.example' }, { name: 'R. Diaz', email: 'RITA@acme.example' }], [{ name: 'Rita Diaz', email: 'rita@acme.example' }]],
    ['a name whose repeat adds the address, title and salutation', [{ name: 'Rita Diaz' }, { name: 'rita diaz', email: 'rita@acme.example', title: 'Recruiter', salutation: 'Ms. Diaz' }],
      [{ name: 'Rita Diaz', email: 'rita@acme.example', title: 'Recruiter', salutation: 'Ms. Diaz' }]],
    ['a name whose repeat has another address: the first is kept', [{ name: 'Rita Diaz', email: 'rita@acme.example' }, { name: 'Rita Diaz', email: 'r.diaz@acme.example' }], [{ name: 'Rita Diaz', email: 'rita@acme.example' }]],
  ])('merges %s into the first listing', (_name, interviewers, merged) => {
    const plan = planApplication(screen(interviewers));
    expect(plan.application.rounds[0]?.interviewers).toEqual(merged);
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => step.id)).toEqual(['thank-you-email-rita-diaz']);
    expect(plan.warnings.filter((warning) => warning.code === 'duplicate-interviewer')).toEqual([{
      code: 'duplicate-interviewer', rule: 'thank-you-each', path: 'rounds[0].interviewers[1]', round: 'acme-screen',
      message: 'Rita Diaz is listed twice in one round; the two listings were merged into one.',
    }]);
  });

  it('warns at each repeat, and merges a third listing through an address only the second gave', () => {
    const plan = planApplication(screen([{ name: 'Rita Diaz' }, { name: 'rita diaz', email: 'rita@acme.example' }, { name: 'R. Diaz', email: 'Rita@Acme.example' }, { name: 'Bo Chen' }]));
    expect(plan.application.rounds[0]?.interviewers).toEqual([{ name: 'Rita Diaz', email: 'rita@acme.example' }, { name: 'Bo Chen' }]);
    expect(plan.warnings.filter((warning) => warning.code === 'duplicate-interviewer').map((warning) => warning.path)).toEqual(['rounds[0].interviewers[1]', 'rounds[0].interviewers[2]']);
    // Bo Chen keeps his own path for his missing address.
    expect(plan.warnings.filter((warning) => warning.code === 'missing-email').map((warning) => warning.path)).toEqual(['rounds[0].interviewers[3].email']);
  });

  it('keeps apart people who only look alike: another name with no shared address, the same name in another round', () => {
    const plan = planApplication({
      ...screen([{ name: 'Rita Diaz' }, { name: 'Rita Díaz' }, { name: 'Rita  Diaz' }]),
      rounds: [
        { id: 'acme-screen', start: '2026-11-10T10:00', interviewers: [{ name: 'Rita Diaz' }, { name: 'Rita Díaz' }, { name: 'Rita  Diaz' }] },
        { id: 'acme-onsite', start: '2026-11-17T10:00', interviewers: [{ name: 'rita diaz' }] },
      ],
    });
    expect(plan.warnings.filter((warning) => warning.code === 'duplicate-interviewer')).toEqual([]);
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => `${step.round}/${step.id}`))
      .toEqual(['acme-screen/thank-you-email-rita-diaz', 'acme-screen/thank-you-email-rita-diaz-2', 'acme-screen/thank-you-email-rita-diaz-3', 'acme-onsite/thank-you-email-rita-diaz']);
  });

  it('resolves a thank-you or a message that names any listing to the merged person', () => {
    const plan = planApplication(screen(
      [{ name: 'Rita Diaz' }, { name: 'rita diaz', email: 'rita@acme.example' }, { name: 'Bo Chen', email: 'bo@acme.example' }, { name: 'Bob Chen', email: 'BO@acme.example' }],
      [{ type: 'thank-you-sent', at: '2026-11-11T10:00', interviewer: 'RITA@ACME.EXAMPLE' }, { type: 'message-sent', at: '2026-11-11T10:05', to: 'bob chen' }],
    ), { now: '2026-11-12T12:00:00Z' });
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => [step.id, step.status, step.recipient])).toEqual([
      ['thank-you-email-rita-diaz', 'done', { name: 'Rita Diaz', email: 'rita@acme.example' }],
      ['thank-you-email-bo-chen', 'done', { name: 'Bo Chen', email: 'bo@acme.example' }],
    ]);
  });

  it('drafts to the merged person with the address a repeat supplied', () => {
    const plan = planApplication(screen([{ name: 'Rita Diaz' }, { name: 'rita diaz', email: 'rita@acme.example', salutation: 'Ms. Diaz' }]));
    const draft = draftForStep(plan, plan.steps.find((step) => step.kind === 'thank-you-email')!);
    expect([draft?.to, draft?.body.split('\n')[0]]).toEqual(['rita@acme.example', 'Dear Ms. Diaz,']);
  });

  it('merges in an interview planned on its own, warning at interviewers[i]', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-10T10:00', timeZone: 'UTC', interviewers: [{ name: 'Ana Ruiz' }, { name: 'ANA RUIZ', email: 'ana@acme.example' }] });
    expect([plan.interview.interviewers, plan.warnings.filter((warning) => warning.code === 'duplicate-interviewer')]).toEqual([
      [{ name: 'Ana Ruiz', email: 'ana@acme.example' }],
      [{ code: 'duplicate-interviewer', rule: 'thank-you-each', path: 'interviewers[1]', message: 'Ana Ruiz is listed twice in one round; the two listings were merged into one.' }],
    ]);
  });
});
