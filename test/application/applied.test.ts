import { describe, expect, it } from 'vitest';
import { planApplication, planPipeline, presets, statusesAt, validateApplication, type ApplicationInput, type ApplicationPlan } from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

/** Applied on Monday 2 November 2026 at 10:00 in New York, to a London employer, nothing heard since. */
const hooli: ApplicationInput = deepFreeze({
  id: 'hooli', company: 'Hooli', position: 'Site Reliability Engineer',
  timeZone: 'America/New_York', employerTimeZone: 'Europe/London',
  appliedAt: '2026-11-02T10:00',
  contact: { name: 'Gavin Belson', email: 'jobs@hooli.example' },
});

function step(plan: ApplicationPlan, id: string): readonly [string, string, string, string, string, string | undefined] {
  const found = plan.steps.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no step ${id}`);
  return [found.rule, found.opensAt, found.suggestedAt, found.dueAt, found.status, found.recipient?.name];
}

describe('follow-ups after applying (rules follow-up-after-applying, repeat-after-applying)', () => {
  it('plans the first a week after applying at the same wall time in the employer\'s zone, the second a week after it, to the contact', () => {
    const plan = planApplication(hooli, { now: '2026-11-10T12:00:00Z' });
    // 10:00 New York is 15:00 London; a week later, 15:00 London on Monday 9 November is working time.
    expect(step(plan, 'application-follow-up-1')).toEqual(['follow-up-after-applying', '2026-11-09T10:00:00.000-05:00', '2026-11-09T10:00:00.000-05:00', '2026-11-09T12:00:00.000-05:00', 'overdue', 'Gavin Belson']);
    expect(step(plan, 'application-follow-up-2')).toEqual(['repeat-after-applying', '2026-11-16T10:00:00.000-05:00', '2026-11-16T10:00:00.000-05:00', '2026-11-16T12:00:00.000-05:00', 'upcoming', 'Gavin Belson']);
    expect(plan.steps.filter((candidate) => candidate.kind === 'application-follow-up').map((candidate) => [candidate.attempt, candidate.attempts])).toEqual([[1, 2], [2, 2]]);
    expect([plan.state, plan.nextStepId, plan.nextStepRound]).toEqual(['applied', 'application-follow-up-1', undefined]);
  });

  it('counts the next one from when the last was sent, and moves a follow-up out of the night', () => {
    const plan = planApplication({ ...hooli, activities: [{ type: 'follow-up-sent', at: '2026-11-11T18:00' }] }, { now: '2026-11-12T12:00:00Z' });
    expect(step(plan, 'application-follow-up-1').slice(4)).toEqual(['done', 'Gavin Belson']);
    // 18:00 New York is 23:00 London: a week later the next working time there is 09:00 the day after.
    const second = plan.steps.find((candidate) => candidate.id === 'application-follow-up-2');
    expect([second?.suggestedAt, second?.adjustments.map((adjustment) => adjustment.reason)]).toEqual(['2026-11-19T04:00:00.000-05:00', ['rebased-on-actual', 'outside-hours']]);
    expect(second?.remindAt).toBe('2026-11-19T08:00:00.000-05:00');
  });

  it('turns no-response once every follow-up is done or past due and the repeat days have passed since the last', () => {
    const quiet = planApplication(hooli, { now: '2026-11-23T09:59:59-05:00' });
    const gone = planApplication(hooli, { now: '2026-11-23T10:00:00-05:00' });
    expect([quiet.state, gone.state]).toEqual(['applied', 'no-response']);
  });

  it('waits after a reply with no interview yet, and a reply ends the follow-ups not yet done', () => {
    const plan = planApplication({ ...hooli, activities: [{ type: 'reply-received', at: '2026-11-05T12:00:00Z' }] }, { now: '2026-11-20T12:00:00Z' });
    expect(plan.state).toBe('waiting');
    expect(plan.steps.filter((candidate) => candidate.kind === 'application-follow-up').map((candidate) => candidate.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('ends the follow-ups not yet done once a round is invited, dated or not (rule invited), and is then scheduled', () => {
    const invited = planApplication({ ...hooli, rounds: [{ id: 'hooli-screen', label: 'Phone screen' }] }, { now: '2026-11-20T12:00:00Z' });
    expect(invited.state).toBe('scheduled');
    expect(invited.steps.filter((candidate) => candidate.kind === 'application-follow-up').map((candidate) => candidate.status)).toEqual(['cancelled', 'cancelled']);
    expect(invited.application.invitations).toEqual([{ id: 'hooli-screen', label: 'Phone screen', interviewers: [] }]);
    const dated = planApplication({ ...hooli, rounds: [{ id: 'hooli-screen', start: '2026-11-25T10:00' }], activities: [{ type: 'follow-up-sent', at: '2026-11-09T11:00' }] }, { now: '2026-11-20T12:00:00Z' });
    expect(dated.steps.filter((candidate) => candidate.kind === 'application-follow-up').map((candidate) => candidate.status)).toEqual(['done', 'cancelled']);
  });

  it('plans none with maxApplicationFollowUps 0, and turns no-response after the days and the repeat, boundary included', () => {
    const policy = { maxApplicationFollowUps: 0 };
    expect(planApplication(hooli, { policy }).steps.some((candidate) => candidate.kind === 'application-follow-up')).toBe(false);
    expect(planApplication(hooli, { policy, now: '2026-11-16T09:59:59-05:00' }).state).toBe('applied');
    expect(planApplication(hooli, { policy, now: '2026-11-16T10:00:00-05:00' }).state).toBe('no-response');
  });

  it('counts working days with careerServices: five working days after applying, then five more', () => {
    const plan = planApplication(hooli, { policy: presets.careerServices });
    expect(plan.steps.filter((candidate) => candidate.kind === 'application-follow-up').map((candidate) => candidate.suggestedAt))
      .toEqual(['2026-11-09T10:00:00.000-05:00', '2026-11-16T10:00:00.000-05:00']);
  });

  it('reads appliedAt given as a date alone as 12:00 that day in the candidate\'s zone', () => {
    const plan = planApplication({ ...hooli, appliedAt: '2026-11-02' });
    expect(plan.application.appliedAt).toBe('2026-11-02T12:00:00.000-05:00');
    // 12:00 New York is 17:00 London, the end of the working day there: the follow-up moves to 09:00 London the next morning.
    expect(step(plan, 'application-follow-up-1')[2]).toBe('2026-11-10T04:00:00.000-05:00');
    const inNewYork = planApplication({ ...hooli, employerTimeZone: null, appliedAt: '2026-11-02' });
    expect(step(inNewYork, 'application-follow-up-1')[2]).toBe('2026-11-09T12:00:00.000-05:00');
  });

  it('needs appliedAt or a round, and says so at rounds', () => {
    const { appliedAt: _applied, ...bare } = hooli;
    expect(validateApplication(bare)).toEqual([{ code: 'missing-field', path: 'rounds', message: 'rounds: missing; an application needs appliedAt (when you applied) or at least one round' }]);
    expect(validateApplication({ ...bare, rounds: [] })[0]).toMatchObject({ code: 'missing-field', path: 'rounds' });
  });

  it('keeps weekly reminders from appliedAt to its last planned step', () => {
    const plan = planApplication(hooli);
    expect(plan.steps.filter((candidate) => candidate.kind === 'keep-searching').map((candidate) => candidate.suggestedAt))
      .toEqual(['2026-11-09T10:00:00.000-05:00', '2026-11-16T10:00:00.000-05:00']);
  });

  it('sees the plan again at another moment exactly as planning again does', () => {
    const plan = planApplication({ ...hooli, activities: [{ type: 'follow-up-sent', at: '2026-11-10T09:00' }] }, { now: '2026-11-10T12:00:00Z' });
    for (const now of ['2026-11-02T10:00:00Z', '2026-11-17T12:00:00Z', '2026-12-30T12:00:00Z']) {
      expect(statusesAt(plan, now)).toEqual(planApplication({ ...hooli, activities: [{ type: 'follow-up-sent', at: '2026-11-10T09:00' }] }, { now }));
    }
  });
});

describe('an applied application in a search', () => {
  const offerHolder: ApplicationInput = deepFreeze({
    id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York',
    rounds: [{ id: 'acme-1', start: '2026-11-03T10:00', interviewers: [{ name: 'Ana Ruiz' }] }],
    activities: [{ type: 'offer-received', at: '2026-11-12T15:00:00Z', deadline: '2026-11-20' }, { type: 'offer-accepted', at: '2026-11-16T15:00:00Z' }],
  });

  it('is active from appliedAt: it gets an expedite request and a withdrawal note, and the acceptance closes it', () => {
    const plan = planPipeline([offerHolder, hooli], { now: '2026-11-17T12:00:00Z' });
    const applied = plan.applications[1];
    expect(applied?.steps.filter((candidate) => candidate.kind === 'expedite-request' || candidate.kind === 'withdrawal-note').map((candidate) => [candidate.id, candidate.status, candidate.dueAt]))
      .toEqual([['expedite-request-acme', 'cancelled', '2026-11-12T12:00:00.000-05:00'], ['withdrawal-note', 'overdue', '2026-11-16T12:00:00.000-05:00']]);
    expect([applied?.state, applied?.outcome]).toEqual(['closed', { type: 'withdrawn', at: '2026-11-16T10:00:00.000-05:00' }]);
  });

  it('is not active before it was applied for: a search reminder before appliedAt does not count it', () => {
    const early: ApplicationInput = { ...offerHolder, activities: [] };
    const plan = planPipeline([early, { ...hooli, appliedAt: '2026-11-12T10:00' }], { now: '2026-11-05T12:00:00Z' });
    expect(plan.steps.filter((candidate) => candidate.kind === 'keep-searching').map((candidate) => [candidate.suggestedAt.slice(0, 10), candidate.activeApplications]).slice(0, 2))
      .toEqual([['2026-11-10', 1], ['2026-11-17', 2]]);
  });
});
