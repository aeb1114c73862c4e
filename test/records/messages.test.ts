import { describe, expect, it } from 'vitest';
import { planApplication, planFollowUps, validateApplication, type ApplicationActivity, type ApplicationInput, type ApplicationPlan, type MessageChannel, type PolicyOverrides } from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// A tracker logs "emailed ana@acme.example" or "LinkedIn message", not a step id. `message-sent`
// marks done the earliest (by suggestedAt) message step not done nor cancelled (a missed one
// included), open at the message's time (a thank-you from its round's end), whose recipient
// matches `to`; no match warns `unmatched-activity` and changes nothing else. Only a letter marks
// a thank-you letter, and a letter marks nothing else.

/** A screen on Tuesday 10 November 10:00–11:00 New York with two interviewers; check-ins go to the recruiter. */
const acme: ApplicationInput = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer', timeZone: 'America/New_York',
  contact: { name: 'Rita Diaz', email: 'rita@acme.example' },
  rounds: [{ id: 'acme-screen', start: '2026-11-10T10:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen', email: 'bo@acme.example' }] }],
});
// Thank-yous open at 11:00 on the 10th (suggested 11:00 on the 11th); check-in 1 on Tuesday 24 November 11:00, check-in 2 on 8 December.

const LATER = '2026-12-30T12:00:00Z';

function planWith(activities: readonly ApplicationActivity[], policy: PolicyOverrides = {}): ApplicationPlan {
  return planApplication({ ...acme, activities }, { now: LATER, policy });
}

/** Each message step that was marked, with when. */
function marked(plan: ApplicationPlan): string[] {
  return plan.steps.filter((step) => step.doneAt !== undefined).map((step) => `${step.id}@${step.doneAt}`);
}

const unmatched = (plan: ApplicationPlan): (string | undefined)[] => plan.warnings.filter((warning) => warning.code === 'unmatched-activity').map((warning) => warning.path);

describe('message-sent: which step it marks', () => {
  it.each([
    ['the earliest open one, with no recipient named', { at: '2026-11-10T11:30' }, 'thank-you-email-ana-ruiz@2026-11-10T11:30:00.000-05:00'],
    ['a thank-you from its round\'s end, before its window opens', { at: '2026-11-10T11:00' }, 'thank-you-email-ana-ruiz@2026-11-10T11:00:00.000-05:00'],
    ['the person named by address, in any case', { at: '2026-11-10T11:30', to: 'BO@ACME.EXAMPLE' }, 'thank-you-email-bo-chen@2026-11-10T11:30:00.000-05:00'],
    ['the person named by name, in any case', { at: '2026-11-12T09:00', to: 'bo chen' }, 'thank-you-email-bo-chen@2026-11-12T09:00:00.000-05:00'],
    ['the recruiter\'s check-in once it is open', { at: '2026-11-24T11:00', to: 'rita@acme.example' }, 'check-in-1@2026-11-24T11:00:00.000-05:00'],
    ['a thank-you missed long ago, which becomes done', { at: '2026-11-30T09:00', to: 'Ana Ruiz' }, 'thank-you-email-ana-ruiz@2026-11-30T09:00:00.000-05:00'],
    ['the earliest by suggestedAt, a missed thank-you before an open check-in', { at: '2026-11-30T09:00' }, 'thank-you-email-ana-ruiz@2026-11-30T09:00:00.000-05:00'],
  ])('marks %s', (_name, message, expected) => {
    const plan = planWith([{ type: 'message-sent', ...message }]);
    expect(marked(plan)).toEqual([expected]);
    expect(unmatched(plan)).toEqual([]);
  });

  it.each([
    ['before the round ends', { at: '2026-11-10T10:59' }],
    ['to someone who is on no open step', { at: '2026-11-12T09:00', to: 'Rita Diaz' }],
    ['to someone not in the plan at all', { at: '2026-11-12T09:00', to: 'zed@elsewhere.example' }],
    ['to the recruiter before the check-in opens', { at: '2026-11-24T10:59', to: 'Rita Diaz' }],
  ])('matches nothing %s: warns unmatched-activity and changes nothing else', (_name, message) => {
    const plan = planWith([{ type: 'message-sent', ...message }]);
    const { input: _a, warnings, ...rest } = plan;
    const { input: _b, warnings: before, ...unchanged } = planWith([]);
    expect(rest).toEqual(unchanged);
    expect(warnings).toEqual([...before, {
      code: 'unmatched-activity', rule: 'cadence-from-actual', path: 'activities[0]',
      message: `A message sent on ${message.at.slice(0, 10)}${'to' in message ? ` to ${message.to}` : ''} matches no step that was open then; it is ignored.`,
    }]);
  });

  it('marks the next open step with each further message, in time order', () => {
    const plan = planWith([
      { type: 'message-sent', at: '2026-11-11T09:00' }, { type: 'message-sent', at: '2026-11-11T09:05' }, { type: 'message-sent', at: '2026-11-24T12:00' }, { type: 'message-sent', at: '2026-11-24T12:30' },
    ]);
    expect(marked(plan)).toEqual([
      'thank-you-email-ana-ruiz@2026-11-11T09:00:00.000-05:00', 'thank-you-email-bo-chen@2026-11-11T09:05:00.000-05:00', 'check-in-1@2026-11-24T12:00:00.000-05:00',
    ]);
    // Check-in 2 counts from check-in 1's send and opens 8 December 12:00: nothing was open at 12:30 on the 24th.
    expect(unmatched(plan)).toEqual(['activities[3]']);
  });

  it('applies messages at the same instant in list order', () => {
    const anyFirst = planWith([{ type: 'message-sent', at: '2026-11-11T09:00' }, { type: 'message-sent', at: '2026-11-11T09:00', to: 'Ana Ruiz' }]);
    expect([marked(anyFirst), unmatched(anyFirst)]).toEqual([['thank-you-email-ana-ruiz@2026-11-11T09:00:00.000-05:00'], ['activities[1]']]);
    const namedFirst = planWith([{ type: 'message-sent', at: '2026-11-11T09:00', to: 'Ana Ruiz' }, { type: 'message-sent', at: '2026-11-11T09:00' }]);
    expect([marked(namedFirst), unmatched(namedFirst)]).toEqual([['thank-you-email-ana-ruiz@2026-11-11T09:00:00.000-05:00', 'thank-you-email-bo-chen@2026-11-11T09:00:00.000-05:00'], []]);
  });

  it('lands on what was pending when it was sent: a later rejection does not undo it, an earlier reply leaves nothing to land on', () => {
    const beforeRejection = planWith([{ type: 'message-sent', at: '2026-11-25T09:00', to: 'Rita Diaz' }, { type: 'rejection-received', at: '2026-11-26T09:00' }]);
    expect(beforeRejection.steps.filter((step) => step.kind === 'check-in').map((step) => step.status)).toEqual(['done', 'cancelled']);
    const afterReply = planWith([{ type: 'reply-received', at: '2026-11-20T09:00' }, { type: 'message-sent', at: '2026-11-25T09:00', to: 'Rita Diaz' }]);
    expect([afterReply.steps.filter((step) => step.kind === 'check-in').map((step) => step.status), unmatched(afterReply)]).toEqual([['cancelled', 'cancelled'], ['activities[1]']]);
  });

  it('marks a follow-up after applying, and the next counts from the message', () => {
    const plan = planApplication({ id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/New_York', appliedAt: '2026-11-02T10:00', contact: { name: 'Gavin Belson' },
      activities: [{ type: 'message-sent', at: '2026-11-10T15:00', to: 'gavin belson', channel: 'linkedin' }] });
    expect(plan.steps.filter((step) => step.kind === 'application-follow-up').map((step) => [step.id, step.status, step.doneAt ?? step.suggestedAt]))
      .toEqual([['application-follow-up-1', 'done', '2026-11-10T15:00:00.000-05:00'], ['application-follow-up-2', 'upcoming', '2026-11-17T15:00:00.000-05:00']]);
  });

  it('marks a step of an interview planned on its own too', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-10T10:00', timeZone: 'America/New_York', interviewers: [{ name: 'Ana Ruiz' }] },
      { activities: [{ type: 'message-sent', at: '2026-11-10', to: 'Ana Ruiz', channel: 'phone' }] });
    expect(plan.steps.filter((step) => step.status === 'done').map((step) => [step.id, step.doneAt])).toEqual([['thank-you-email-ana-ruiz', '2026-11-10T12:00:00.000-05:00']]);
  });
});

describe('channels', () => {
  const letters = { letters: true };
  const CHANNELS: readonly MessageChannel[] = ['email', 'linkedin', 'phone', 'other'];

  it.each(CHANNELS)('a message by %s marks the thank-you email, never the letter', (channel) => {
    expect(marked(planWith([{ type: 'message-sent', at: '2026-11-11T09:00', to: 'Ana Ruiz', channel }], letters))).toEqual(['thank-you-email-ana-ruiz@2026-11-11T09:00:00.000-05:00']);
  });

  it.each(CHANNELS)('a thank-you by %s marks the email step, never the letter', (channel) => {
    expect(marked(planWith([{ type: 'thank-you-sent', at: '2026-11-11T09:00', interviewer: 'Ana Ruiz', channel }], letters))).toEqual(['thank-you-email-ana-ruiz@2026-11-11T09:00:00.000-05:00']);
  });

  it('a letter marks only a thank-you letter, by message or by thank-you', () => {
    expect(marked(planWith([{ type: 'message-sent', at: '2026-11-11T09:00', channel: 'letter' }], letters))).toEqual(['thank-you-letter-ana-ruiz@2026-11-11T09:00:00.000-05:00']);
    expect(marked(planWith([{ type: 'thank-you-sent', at: '2026-11-11T09:00', interviewer: 'Bo Chen', channel: 'letter' }], letters))).toEqual(['thank-you-letter-bo-chen@2026-11-11T09:00:00.000-05:00']);
  });

  it('a letter with no letter step planned matches nothing, even an open check-in', () => {
    const plan = planWith([{ type: 'message-sent', at: '2026-11-24T12:00', to: 'Rita Diaz', channel: 'letter' }]);
    expect([marked(plan), unmatched(plan)]).toEqual([[], ['activities[0]']]);
  });

  it.each([...CHANNELS, 'letter'] as const)('a check-in logged as sent by %s marks the check-in: the activity says which step', (channel) => {
    expect(marked(planWith([{ type: 'check-in-sent', at: '2026-11-24T12:00', channel }]))).toEqual(['check-in-1@2026-11-24T12:00:00.000-05:00']);
  });

  it.each([...CHANNELS, 'letter'] as const)('a follow-up logged as sent by %s marks the follow-up', (channel) => {
    const plan = planApplication({ id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/New_York', appliedAt: '2026-11-02T10:00', activities: [{ type: 'follow-up-sent', at: '2026-11-09T12:00', channel }] });
    expect(marked(plan)).toEqual(['application-follow-up-1@2026-11-09T12:00:00.000-05:00']);
  });

  it.each([
    ['LinkedIn', '; did you mean "linkedin"?'],
    ['mail', '; did you mean "email"?'],
    ['sms', ''],
  ])('refuses the channel %j with the values it takes', (channel, hint) => {
    expect(validateApplication({ ...acme, activities: [{ type: 'message-sent', at: '2026-11-11T09:00', channel: channel as MessageChannel }] })).toEqual([{
      code: 'invalid-choice', path: 'activities[0].channel',
      message: `activities[0].channel: expected one of email, letter, linkedin, phone, other, got "${channel}"${hint}`,
    }]);
  });

  it.each(['reply-received', 'offer-received', 'step-done'] as const)('refuses a channel on %s, which sends nothing', (type) => {
    expect(validateApplication({ ...acme, activities: [{ type, at: '2026-11-11T09:00', step: 'check-in-1', channel: 'email' } as never] }).map(({ code, path }) => [code, path]))
      .toEqual([...(type === 'step-done' ? [] : [['unknown-key', 'activities[0].step']]), ['unknown-key', 'activities[0].channel']]);
  });

  it('refuses an empty to: only an email field reads "" as absent', () => {
    expect(validateApplication({ ...acme, activities: [{ type: 'message-sent', at: '2026-11-11T09:00', to: '' }] }).map(({ code, path }) => [code, path])).toEqual([['missing-field', 'activities[0].to']]);
  });
});
