import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, FollowUpError, planApplication, planFollowUps, reviewDraft, validateApplication,
  type ApplicationActivity, type ApplicationInput, type ApplicationPlan, type InterviewInput, type PlanOptions,
} from '../../src/index.js';
import { acme as acmeInterview, tuesday } from '../helpers/interviews.js';

/** The DESIGN.md example, as written. */
const acme: ApplicationInput = {
  id: 'acme-staff-eng',
  company: 'Acme', position: 'Staff Engineer',
  timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
  contact: { name: 'Rita Diaz', email: 'rita@acme.example', role: 'recruiter' },
  rounds: [
    { id: 'acme-screen', start: '2026-11-10T10:00', interviewers: [{ name: 'Rita Diaz', email: 'rita@acme.example' }],
      decisionDate: '2026-11-13', followUpPermission: 'granted' },
    { id: 'acme-onsite', start: '2026-11-20T14:00', end: '2026-11-20T17:00',
      interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen' }] },
  ],
  activities: [
    { type: 'thank-you-sent', round: 'acme-screen', interviewer: 'Rita Diaz', at: '2026-11-11T15:00:00Z' },
    { type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' },
  ],
};

/** A one-round application in New York, employer's zone the same. */
function single(activities: readonly ApplicationActivity[] = [], extra: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    id: 'globex', company: 'Globex', position: 'Product Manager', timeZone: 'America/New_York',
    rounds: [{ id: 'globex-1', start: '2026-11-17T10:00', end: '2026-11-17T11:00', interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }], decisionDate: '2026-11-24' }],
    activities, ...extra,
  };
}

const find = (plan: ApplicationPlan, id: string, round?: string) => plan.steps.find((step) => step.id === id && step.round === round);
const times = (plan: ApplicationPlan, id: string, round?: string) => {
  const step = find(plan, id, round);
  return [step?.opensAt, step?.suggestedAt, step?.dueAt, step?.status];
};

describe('planApplication: the DESIGN.md example', () => {
  const plan = planApplication(acme, { now: '2026-12-03T12:00:00Z' });

  it('holds an offer, due at the end of working hours on the deadline, suggested the working day before', () => {
    expect([plan.state, plan.outcome]).toEqual(['offer', { type: 'offer', at: '2026-12-02T11:00:00.000-05:00', deadline: '2026-12-09' }]);
    // Chicago 09:00 on Tuesday 8 December is 10:00 in New York; the deadline's 17:00 is 18:00.
    expect(times(plan, 'offer-response')).toEqual(['2026-12-02T11:00:00.000-05:00', '2026-12-08T10:00:00.000-05:00', '2026-12-09T18:00:00.000-05:00', 'open']);
    expect(find(plan, 'offer-response')?.recipient).toEqual({ name: 'Rita Diaz', email: 'rita@acme.example' });
    expect(find(plan, 'offer-response')?.deadline).toBe('2026-12-09');
  });

  it('cancels the screen\'s check-ins (a later round) and the onsite\'s (an offer), keeping every thank-you', () => {
    const checks = plan.steps.filter((step) => step.kind === 'check-in').map((step) => [step.round, step.id, step.status]);
    expect(checks).toEqual([
      ['acme-screen', 'check-in-1', 'cancelled'], ['acme-screen', 'check-in-2', 'cancelled'],
      ['acme-onsite', 'check-in-1', 'cancelled'], ['acme-onsite', 'check-in-2', 'cancelled'],
    ]);
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => [step.round, step.id, step.status])).toEqual([
      ['acme-screen', 'thank-you-email-rita-diaz', 'done'],
      ['acme-onsite', 'thank-you-email-ana-ruiz', 'overdue'], ['acme-onsite', 'thank-you-email-bo-chen', 'overdue'],
    ]);
  });

  it('addresses check-ins and the answer to the contact, and names the earliest pending message', () => {
    expect(find(plan, 'check-in-1', 'acme-onsite')?.recipient?.name).toBe('Rita Diaz');
    expect([plan.nextStepId, plan.nextStepRound]).toEqual(['thank-you-email-ana-ruiz', 'acme-onsite']);
  });

  it('keeps one weekly reminder cadence for the application, from the first round\'s end', () => {
    const reminders = plan.steps.filter((step) => step.kind === 'keep-searching');
    expect(reminders[0]?.suggestedAt).toBe('2026-11-17T11:00:00.000-05:00');
    expect(reminders.every((step) => step.round === undefined)).toBe(true);
  });

  it('warns about the onsite round with its path and round', () => {
    expect(plan.warnings.find((warning) => warning.code === 'missing-email')).toMatchObject({ path: 'rounds[1].interviewers[1].email', round: 'acme-onsite' });
  });
});

describe('a single-round application plans exactly as planFollowUps', () => {
  const scenarios: [string, InterviewInput, PlanOptions][] = [
    ['design example', acmeInterview, { now: '2026-11-22T09:00:00Z', activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Ana Ruiz' }], policy: { maxCheckIns: 3 } }],
    ['letters, holidays, overdue', tuesday({ interviewers: [{ name: 'Cy Park', email: 'cy@globex.example', title: 'CTO' }, { name: 'Dee Tran' }], decisionDate: '2026-11-26', followUpPermission: 'granted', nextSteps: 'Reference checks' }), { now: '2026-11-25T12:00:00-05:00', policy: { letters: true, holidays: ['2026-11-27'] } }],
    ['declined, no interviewers', tuesday({ interviewers: [], followUpPermission: 'declined' }), {}],
    ['early check-in, rebased', tuesday({ decisionDate: '2026-12-10' }), { activities: [{ type: 'check-in-sent', at: '2026-11-20T10:00:00-05:00' }, { type: 'check-in-sent', at: '2026-12-11T19:00:00-05:00' }] }],
    ['reply ends the cadence', tuesday(), { now: '2026-12-20T12:00:00Z', activities: [{ type: 'reply-received', at: '2026-12-03T12:00:00Z' }] }],
    ['window without working time', tuesday({ start: '2026-11-19T17:00', end: '2026-11-19T19:00', employerTimeZone: 'Europe/London' }), { now: '2026-11-30T12:00:00Z' }],
  ];

  it.each(scenarios)('%s: same steps, ids and times', (_name, interview, options) => {
    const { company, position, timeZone, employerTimeZone, ...round } = interview;
    const plan = planApplication({
      id: `${interview.id}-application`, company, position, timeZone, ...(employerTimeZone === undefined ? {} : { employerTimeZone }),
      rounds: [round], ...(options.activities === undefined ? {} : { activities: options.activities }),
    }, { ...(options.now === undefined ? {} : { now: options.now }), ...(options.policy === undefined ? {} : { policy: options.policy }) });
    const withoutRound = plan.steps.map(({ round: stepRound, ...step }) => {
      expect(stepRound === undefined || stepRound === interview.id).toBe(true);
      return step;
    });
    expect(withoutRound).toEqual(planFollowUps(interview, options).steps);
  });
});

describe('planApplication: rounds', () => {
  it('times each round in its own employer\'s working hours', () => {
    const plan = planApplication({
      id: 'initech', company: 'Initech', position: 'Engineer', timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
      rounds: [
        { id: 'initech-1', start: '2026-11-09T16:00', interviewers: [{ name: 'Ann' }] },
        { id: 'initech-2', start: '2026-11-16T16:00', employerTimeZone: 'Europe/London', interviewers: [{ name: 'Ben' }] },
      ],
    });
    // Round 1 ends 17:00 New York (16:00 Chicago): 24 h later is inside Chicago's hours.
    expect(times(plan, 'thank-you-email-ann', 'initech-1')).toEqual(['2026-11-10T17:00:00.000-05:00', '2026-11-10T17:00:00.000-05:00', '2026-11-11T17:00:00.000-05:00', 'upcoming']);
    // Round 2 ends 22:00 London: 24 h later London is closed, so the note waits for 09:00 London (04:00 New York).
    expect(times(plan, 'thank-you-email-ben', 'initech-2')).toEqual(['2026-11-17T17:00:00.000-05:00', '2026-11-18T04:00:00.000-05:00', '2026-11-18T17:00:00.000-05:00', 'upcoming']);
  });

  it('cancels an earlier round\'s check-ins when the next round is booked before they are due', () => {
    const plan = planApplication({
      ...single(), rounds: [
        { id: 'globex-1', start: '2026-11-10T10:00', interviewers: [{ name: 'Cy Park' }], decisionDate: '2026-11-13' },
        { id: 'globex-2', start: '2026-11-14T10:00', interviewers: [{ name: 'Dee Tran' }] },
      ],
    }, { now: '2026-11-14T09:00:00-05:00' });
    expect(times(plan, 'check-in-1', 'globex-1')).toEqual(['2026-11-16T09:00:00.000-05:00', '2026-11-16T09:00:00.000-05:00', '2026-11-16T17:00:00.000-05:00', 'cancelled']);
    // Thanks stay: overdue, not cancelled.
    expect(find(plan, 'thank-you-email-cy-park', 'globex-1')?.status).toBe('overdue');
    expect(plan.state).toBe('scheduled');
  });

  it('plans rounds given in any order by their start', () => {
    const plan = planApplication({ ...acme, rounds: [...(acme.rounds ?? [])].reverse() }, { now: '2026-12-03T12:00:00Z' });
    expect(plan.application.rounds.map((round) => round.id)).toEqual(['acme-screen', 'acme-onsite']);
  });
});

describe('planApplication: outcomes', () => {
  it('answers a Friday-evening rejection on Monday morning, cancelling everything still pending', () => {
    const plan = planApplication(single([{ type: 'rejection-received', at: '2026-11-27T18:00' }]), { now: '2026-11-28T12:00:00Z' });
    // The 24–48 h window (Saturday 18:00 to Sunday 18:00) holds no working time.
    expect(times(plan, 'rejection-reply')).toEqual(['2026-11-28T18:00:00.000-05:00', '2026-11-30T09:00:00.000-05:00', '2026-11-30T17:00:00.000-05:00', 'upcoming']);
    expect(find(plan, 'rejection-reply')?.adjustments.map((adjustment) => adjustment.reason)).toEqual(['non-working-day', 'window-without-working-time']);
    expect([plan.state, plan.outcome]).toEqual(['closed', { type: 'rejected', at: '2026-11-27T18:00:00.000-05:00' }]);
    expect(plan.steps.filter((step) => step.kind !== 'rejection-reply').every((step) => step.status === 'cancelled' || step.status === 'done')).toBe(true);
    expect(plan.nextStepId).toBe('rejection-reply');
  });

  it.each([
    ['on a holiday (Friday 25 December)', '2026-12-25', ['2026-12-23T09:00:00.000-05:00', '2026-12-24T17:00:00.000-05:00']],
    ['on a Saturday', '2026-12-12', ['2026-12-10T09:00:00.000-05:00', '2026-12-11T17:00:00.000-05:00']],
    ['on a Monday', '2026-12-14', ['2026-12-11T09:00:00.000-05:00', '2026-12-14T17:00:00.000-05:00']],
  ])('answers an offer with its deadline %s by the last working day before it', (_name, deadline, [suggestedAt, dueAt]) => {
    const plan = planApplication(single([{ type: 'offer-received', at: '2026-12-01T10:00', deadline }]), { policy: { holidays: ['2026-12-25'] } });
    expect(times(plan, 'offer-response')).toEqual(['2026-12-01T10:00:00.000-05:00', suggestedAt, dueAt, 'upcoming']);
    expect(plan.warnings.some((warning) => warning.code === 'no-offer-deadline')).toBe(false);
  });

  it('asks for a deadline at once when an offer has none, and warns', () => {
    const plan = planApplication(single([{ type: 'offer-received', at: '2026-12-02T16:00:00Z' }]), { now: '2026-12-02T17:00:00Z' });
    expect(times(plan, 'offer-response')).toEqual(['2026-12-02T11:00:00.000-05:00', '2026-12-02T11:00:00.000-05:00', '2026-12-02T17:00:00.000-05:00', 'open']);
    expect(plan.warnings.find((warning) => warning.code === 'no-offer-deadline')).toEqual({
      code: 'no-offer-deadline', rule: 'offer-response', stepId: 'offer-response',
      message: 'Globex\'s offer has no deadline yet: ask by when they need your answer.',
    });
    expect(draftForStep(plan, find(plan, 'offer-response')!)?.body).toContain('Could you let me know by when you would like my answer?');
    expect(plan.steps.filter((step) => step.kind === 'check-in').map((step) => step.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('closes on acceptance, marks the answer done, and still takes a check-in logged afterwards', () => {
    const plan = planApplication(single([
      { type: 'offer-received', at: '2026-12-01T10:00', deadline: '2026-12-04' },
      { type: 'offer-accepted', at: '2026-12-02T10:00' },
      { type: 'check-in-sent', at: '2026-12-03T10:00' },
    ]), { now: '2026-12-05T10:00:00-05:00' });
    expect([plan.state, plan.outcome]).toEqual(['closed', { type: 'accepted', at: '2026-12-02T10:00:00.000-05:00' }]);
    expect([find(plan, 'offer-response')?.status, find(plan, 'offer-response')?.doneAt]).toEqual(['done', '2026-12-02T10:00:00.000-05:00']);
    expect(plan.steps.filter((step) => step.kind === 'check-in').map((step) => step.status)).toEqual(['done', 'cancelled']);
    expect(plan.nextStepId).toBeUndefined();
  });

  it.each([
    ['offer-declined', 'declined'],
    ['withdrew', 'withdrawn'],
  ] as const)('closes on %s, cancelling what is pending', (type, outcome) => {
    const plan = planApplication(single([{ type, at: '2026-11-20T10:00' }]), { now: '2026-11-21T10:00:00-05:00' });
    expect([plan.state, plan.outcome?.type]).toEqual(['closed', outcome]);
    expect(plan.steps.every((step) => step.status === 'cancelled')).toBe(true);
  });

  it('marks any step done with step-done, reminders included, and warns about a step it does not know', () => {
    const plan = planApplication(single([
      { type: 'step-done', step: 'keep-searching-1', at: '2026-11-25T10:00' },
      { type: 'step-done', step: 'before-leaving', round: 'globex-1', at: '2026-11-17T10:30' },
      { type: 'step-done', step: 'check-in-9', at: '2026-11-25T10:00' },
    ]));
    expect(find(plan, 'keep-searching-1')?.status).toBe('done');
    expect(find(plan, 'before-leaving', 'globex-1')?.doneAt).toBe('2026-11-17T10:30:00.000-05:00');
    expect(plan.warnings.filter((warning) => warning.code === 'unknown-step').map((warning) => warning.path)).toEqual(['activities[2].step']);
  });
});

describe('planApplication: state at now', () => {
  const sent = [
    { type: 'check-in-sent', at: '2026-11-25T10:00' },
    { type: 'check-in-sent', at: '2026-12-09T10:00' },
  ] as const;

  it.each([
    ['before the round', single(), '2026-11-16T10:00:00-05:00', 'scheduled'],
    ['during the round', single(), '2026-11-17T10:30:00-05:00', 'scheduled'],
    ['at its end exactly', single(), '2026-11-17T11:00:00-05:00', 'waiting'],
    ['the first check-in open', single(), '2026-11-25T09:00:00-05:00', 'following-up'],
    ['the first check-in sent', single([sent[0]]), '2026-11-26T09:00:00-05:00', 'following-up'],
    ['both sent, 14 days not yet passed', single([...sent]), '2026-12-23T09:59:59-05:00', 'following-up'],
    ['both sent, 14 days passed exactly', single([...sent]), '2026-12-23T10:00:00-05:00', 'no-response'],
    ['a reply and no new round', single([{ type: 'reply-received', at: '2026-11-26T10:00' }]), '2026-12-30T10:00:00-05:00', 'waiting'],
  ] as const)('%s: %s', (_name, application, now, state) => {
    expect(planApplication(application, { now }).state).toBe(state);
  });

  it('without now, reads the state at the latest round start or activity', () => {
    expect(planApplication(single()).state).toBe('scheduled');
    expect(planApplication(single([...sent])).state).toBe('following-up');
  });
});

describe('planApplication: input', () => {
  it.each([
    ['overlapping rounds', { rounds: [{ id: 'a', start: '2026-11-17T10:00', end: '2026-11-17T12:00' }, { id: 'b', start: '2026-11-17T11:00' }] }, 'overlap', 'rounds[1].start'],
    ['two rounds with one id', { rounds: [{ id: 'a', start: '2026-11-17T10:00' }, { id: 'a', start: '2026-11-18T10:00' }] }, 'duplicate', 'rounds[1].id'],
    ['no rounds', { rounds: [] }, 'missing-field', 'rounds'],
    ['an activity naming an unknown round', { activities: [{ type: 'reply-received', at: '2026-11-20T10:00', round: 'nope' }] }, 'unknown-round', 'activities[0].round'],
    ['a deadline before the offer', { activities: [{ type: 'offer-received', at: '2026-11-20T10:00', deadline: '2026-11-19' }] }, 'out-of-range', 'activities[0].deadline'],
    ['an impossible deadline', { activities: [{ type: 'offer-received', at: '2026-11-20T10:00', deadline: '2026-02-30' }] }, 'invalid-date', 'activities[0].deadline'],
    ['a round with a company of its own', { rounds: [{ id: 'a', start: '2026-11-17T10:00', company: 'X' }] }, 'unknown-key', 'rounds[0].company'],
    ['a bad round start', { rounds: [{ id: 'a', start: 'soon' }] }, 'invalid-date', 'rounds[0].start'],
    ['a contact without a name', { contact: { email: 'x@y.example' } }, 'missing-field', 'contact.name'],
  ])('refuses %s with a path', (_name, change, code, path) => {
    const input = { ...single(), ...change } as unknown as ApplicationInput;
    expect(validateApplication(input)[0]).toMatchObject({ code, path });
    let error: unknown;
    try {
      planApplication(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FollowUpError);
    expect(error).toMatchObject({ code, path });
  });

  it('accepts rounds that touch', () => {
    expect(validateApplication({ ...single(), rounds: [{ id: 'a', start: '2026-11-17T10:00', end: '2026-11-17T11:00' }, { id: 'b', start: '2026-11-17T11:00' }] })).toEqual([]);
  });

  it('assigns an activity without a round to the latest round started by then', () => {
    const plan = planApplication({
      ...single(), rounds: [
        { id: 'r1', start: '2026-11-10T10:00', interviewers: [{ name: 'Ann' }] },
        { id: 'r2', start: '2026-11-17T10:00', interviewers: [{ name: 'Ann' }] },
      ],
      activities: [{ type: 'thank-you-sent', interviewer: 'Ann', at: '2026-11-12T10:00' }, { type: 'thank-you-sent', interviewer: 'Ann', at: '2026-11-18T10:00' }],
    });
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => [step.round, step.doneAt])).toEqual([
      ['r1', '2026-11-12T10:00:00.000-05:00'], ['r2', '2026-11-18T10:00:00.000-05:00'],
    ]);
  });
});

describe('planFollowUps with the new activities', () => {
  it('plans the answer to an offer as a single-round application does', () => {
    const plan = planFollowUps(tuesday(), { activities: [{ type: 'offer-received', at: '2026-12-01T10:00', deadline: '2026-12-04' }] });
    const answer = plan.steps.find((step) => step.kind === 'offer-response');
    expect([answer?.suggestedAt, answer?.dueAt, answer?.recipient?.name]).toEqual(['2026-12-03T09:00:00.000-05:00', '2026-12-04T17:00:00.000-05:00', 'Cy Park']);
  });
});

describe('drafts and calendar of an application', () => {
  const plan = planApplication(acme, { now: '2026-12-03T12:00:00Z' });

  it('drafts every message step, and every draft passes review', () => {
    for (const step of plan.steps) {
      const draft = draftForStep(plan, step, { senderName: 'Sam Lee' });
      if (draft === undefined) continue;
      const interview = { company: 'Acme', position: 'Staff Engineer' };
      expect(reviewDraft({ ...draft, recipient: step.recipient?.name }, { interview }).findings, `${step.round ?? ''} ${step.id}`).toEqual([]);
    }
  });

  it('keeps each round step\'s single-interview UID and writes cancelled steps as cancelled', () => {
    const text = toICalendar(plan, { generatedAt: '2026-12-03T12:00:00Z' }).replace(/\r\n /g, '');
    const uids = [...text.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]);
    expect(uids).toContain('acme-onsite.thank-you-email-ana-ruiz@interview-followup');
    expect(uids).toContain('acme-staff-eng.offer-response@interview-followup');
    expect(uids).toHaveLength(plan.steps.length);
    expect(text).toContain('SUMMARY:Cancelled: Check in with Acme about the Staff Engineer role (1 of 2)');
    expect(text).toContain('SUMMARY:Answer the Acme offer for the Staff Engineer role');
    const onsite = planFollowUps({ ...acmeInterview, id: 'acme-onsite' });
    const single = toICalendar(onsite, { generatedAt: '2026-12-03T12:00:00Z' });
    expect(single).toContain('UID:acme-onsite.thank-you-email-ana-ruiz@interview-followup');
  });
});

describe('docs/applications.md: the worked example', () => {
  const application: ApplicationInput = {
    id: 'initech-staff', company: 'Initech', position: 'Staff Engineer', timeZone: 'Europe/Berlin', employerTimeZone: 'Europe/London',
    contact: { name: 'Pam Lee', email: 'pam@initech.example', role: 'recruiter' },
    rounds: [
      { id: 'initech-screen', start: '2026-11-02T15:00', end: '2026-11-02T15:30', interviewers: [{ name: 'Pam Lee', email: 'pam@initech.example' }], decisionDate: '2026-11-06', followUpPermission: 'granted' },
      { id: 'initech-tech', start: '2026-11-11T11:00', end: '2026-11-11T13:00', interviewers: [{ name: 'Raj Patel', email: 'raj@initech.example' }, { name: 'Lena Vogel' }] },
      { id: 'initech-final', start: '2026-11-20T16:00', interviewers: [{ name: 'Dana Scott', email: 'dana@initech.example', title: 'VP Engineering' }], decisionDate: '2026-11-27', followUpPermission: 'granted' },
    ],
    activities: [
      { type: 'thank-you-sent', round: 'initech-screen', interviewer: 'Pam Lee', at: '2026-11-03T16:00' },
      { type: 'thank-you-sent', round: 'initech-tech', interviewer: 'Raj Patel', at: '2026-11-12T14:00' },
      { type: 'thank-you-sent', round: 'initech-tech', interviewer: 'Lena Vogel', at: '2026-11-12T14:05' },
      { type: 'offer-received', at: '2026-12-01T17:30', deadline: '2026-12-05' },
    ],
  };
  const plan = planApplication(application, { now: '2026-12-02T09:00' });

  it('gives the dates and states the guide shows', () => {
    expect([plan.state, plan.outcome, plan.nextStepId, plan.nextStepRound]).toEqual([
      'offer', { type: 'offer', at: '2026-12-01T17:30:00.000+01:00', deadline: '2026-12-05' }, 'offer-response', undefined,
    ]);
    expect(times(plan, 'check-in-1', 'initech-screen')).toEqual(['2026-11-09T10:00:00.000+01:00', '2026-11-09T10:00:00.000+01:00', '2026-11-09T18:00:00.000+01:00', 'cancelled']);
    expect(times(plan, 'thank-you-email-dana-scott', 'initech-final')).toEqual(['2026-11-21T17:00:00.000+01:00', '2026-11-23T10:00:00.000+01:00', '2026-11-23T18:00:00.000+01:00', 'missed']);
    expect(times(plan, 'check-in-1', 'initech-final')).toEqual(['2026-11-30T10:00:00.000+01:00', '2026-11-30T10:00:00.000+01:00', '2026-11-30T18:00:00.000+01:00', 'cancelled']);
    expect(times(plan, 'offer-response')).toEqual(['2026-12-01T17:30:00.000+01:00', '2026-12-03T10:00:00.000+01:00', '2026-12-04T18:00:00.000+01:00', 'open']);
    expect(plan.steps.filter((step) => step.kind === 'keep-searching').map((step) => step.suggestedAt)).toEqual(
      ['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07'].map((day) => `${day}T15:30:00.000+01:00`));
    expect(plan.warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['missing-email', 'rounds[1].interviewers[1].email'],
    ]);
  });

  it('closes on acceptance as the guide says', () => {
    const accepted = planApplication({ ...application, activities: [...application.activities ?? [], { type: 'offer-accepted', at: '2026-12-03T11:00' }] }, { now: '2026-12-03T12:00' });
    expect([accepted.state, accepted.outcome?.type, find(accepted, 'offer-response')?.status]).toEqual(['closed', 'accepted', 'done']);
    expect(accepted.steps.filter((step) => step.kind === 'keep-searching' && step.status !== 'done').every((step) => step.status === 'cancelled')).toBe(true);
  });
});
