import { afterEach, describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  checklists, draftForStep, FollowUpError, limits, planApplication, planPipeline, reviewDraft, validatePipeline,
  type ApplicationActivity, type ApplicationInput, type PipelinePlan,
} from '../../src/index.js';
import { findZone, type Zone } from '../../src/time/zone.js';

/** An application with one round on `day` at 10:00 New York, employer zone `employer`. */
function application(id: string, day: string, activities: readonly ApplicationActivity[] = [], employer = 'America/New_York'): ApplicationInput {
  return {
    id, company: id[0]!.toUpperCase() + id.slice(1), position: 'Engineer', timeZone: 'America/New_York', employerTimeZone: employer,
    rounds: [{ id: `${id}-1`, start: `${day}T10:00`, interviewers: [{ name: 'Ana Ruiz', email: `ana@${id}.example` }], ...(day <= '2026-11-25' ? { decisionDate: '2026-11-25' } : {}) }],
    activities,
  };
}

const step = (plan: PipelinePlan, application: string | undefined, id: string) => plan.steps.find((candidate) => candidate.application === application && candidate.id === id);

describe('planPipeline: offers across applications', () => {
  const offer: ApplicationActivity = { type: 'offer-received', at: '2026-12-02T16:30', deadline: '2026-12-09' };

  it('asks every other active application about its timeline, in its own employer\'s working time', () => {
    const plan = planPipeline([
      application('acme', '2026-11-16', [offer]),
      application('globex', '2026-11-17', [], 'Europe/London'),
      application('initech', '2026-11-18', [{ type: 'rejection-received', at: '2026-11-30T10:00' }]),
    ], { now: '2026-12-02T17:00' });
    // 16:30 New York is 21:30 London: after hours, so 09:00 London the next day (04:00 New York).
    const expedite = step(plan, 'globex', 'expedite-request-acme');
    expect([expedite?.opensAt, expedite?.suggestedAt, expedite?.dueAt, expedite?.status, expedite?.deadline]).toEqual([
      '2026-12-02T16:30:00.000-05:00', '2026-12-03T04:00:00.000-05:00', '2026-12-03T12:00:00.000-05:00', 'open', '2026-12-09',
    ]);
    expect(expedite?.adjustments.map((adjustment) => adjustment.reason)).toEqual(['outside-hours']);
    // Initech closed before the offer: nothing to hurry there.
    expect(plan.steps.filter((candidate) => candidate.kind === 'expedite-request').map((candidate) => candidate.application)).toEqual(['globex']);
    expect(plan.applications.map((entry) => entry.state)).toEqual(['offer', 'following-up', 'closed']);
  });

  it('cancels the expedite requests once the offer is declined', () => {
    const plan = planPipeline([
      application('acme', '2026-11-16', [offer, { type: 'offer-declined', at: '2026-12-04T10:00' }]),
      application('globex', '2026-11-17'),
    ], { now: '2026-12-04T12:00' });
    expect(step(plan, 'globex', 'expedite-request-acme')?.status).toBe('cancelled');
  });

  it('withdraws from every other active application once an offer is accepted, ending their pending steps', () => {
    const plan = planPipeline([
      application('acme', '2026-11-16', [offer, { type: 'offer-accepted', at: '2026-12-03T11:00' }]),
      application('globex', '2026-11-17'),
      application('hooli', '2026-11-18', [{ type: 'withdrew', at: '2026-12-03T15:00' }]),
    ], { now: '2026-12-03T12:00' });
    const note = step(plan, 'globex', 'withdrawal-note');
    expect([note?.opensAt, note?.suggestedAt, note?.dueAt, note?.status]).toEqual([
      '2026-12-03T11:00:00.000-05:00', '2026-12-03T11:00:00.000-05:00', '2026-12-03T17:00:00.000-05:00', 'open',
    ]);
    expect(new Set(plan.steps.filter((candidate) => candidate.application === 'globex' && candidate.id !== 'withdrawal-note').map((candidate) => candidate.status))).toEqual(new Set(['cancelled']));
    expect(plan.steps.filter((candidate) => candidate.application === 'globex' && candidate.kind === 'check-in').map((candidate) => candidate.status)).toEqual(['cancelled', 'cancelled']);
    // Withdrawing is logged in Hooli's own log: its note is done.
    expect(step(plan, 'hooli', 'withdrawal-note')?.doneAt).toBe('2026-12-03T15:00:00.000-05:00');
    expect(plan.applications.find((entry) => entry.application.id === 'globex')?.nextStepId).toBe('withdrawal-note');
  });

  it('drafts the expedite request and the withdrawal, and both pass review', () => {
    const plan = planPipeline([
      application('acme', '2026-11-16', [offer, { type: 'offer-accepted', at: '2026-12-03T11:00' }]),
      application('globex', '2026-11-17'),
    ]);
    for (const id of ['expedite-request-acme', 'withdrawal-note']) {
      const found = step(plan, 'globex', id)!;
      const draft = draftForStep(plan, found, { senderName: 'Sam Lee' })!;
      expect(draft.to).toBe('ana@globex.example');
      expect(reviewDraft({ ...draft, recipient: 'Ana Ruiz' }, { interview: { company: 'Globex', position: 'Engineer' } }).findings).toEqual([]);
    }
    expect(draftForStep(plan, step(plan, 'globex', 'expedite-request-acme')!)?.body).toContain('which I need to answer by 9 December 2026');
  });
});

describe('planPipeline: one reminder cadence for the search', () => {
  it('runs weekly from the earliest round\'s end, counting active applications, none per application', () => {
    const plan = planPipeline([application('acme', '2026-11-16'), application('globex', '2026-11-10', [{ type: 'rejection-received', at: '2026-11-20T10:00' }])], { now: '2026-11-18T12:00' });
    const reminders = plan.steps.filter((candidate) => candidate.kind === 'keep-searching');
    expect(reminders.every((candidate) => candidate.application === undefined)).toBe(true);
    expect(reminders.map((candidate) => [candidate.suggestedAt, candidate.activeApplications])).toEqual([
      ['2026-11-17T11:00:00.000-05:00', 2],
      ['2026-11-24T11:00:00.000-05:00', 1],
      ['2026-12-01T11:00:00.000-05:00', 1],
      ['2026-12-08T11:00:00.000-05:00', 1],
    ]);
    // With one application or none alive, the reminder says so.
    expect(reminders[0]?.checklist).toEqual(checklists.whileWaiting);
    expect(reminders[1]?.checklist).toEqual([...checklists.whileWaiting, ...checklists.oneBasket]);
    expect(reminders[1]?.explanation).toBe('Keep applying, interviewing and networking: one application is still active.');
    expect(plan.applications.every((entry) => entry.steps.every((candidate) => candidate.kind !== 'keep-searching'))).toBe(true);
  });

  it('has no reminder after an accepted offer', () => {
    const plan = planPipeline([application('acme', '2026-11-16', [{ type: 'offer-received', at: '2026-11-20T10:00' }, { type: 'offer-accepted', at: '2026-11-25T10:00' }])]);
    expect(plan.steps.filter((candidate) => candidate.kind === 'keep-searching').map((candidate) => candidate.suggestedAt)).toEqual(['2026-11-23T11:00:00.000-05:00']);
  });

  it('marks the search\'s own reminders done with the pipeline\'s activities', () => {
    const plan = planPipeline([application('acme', '2026-11-16')], { activities: [{ type: 'step-done', step: 'keep-searching-1', at: '2026-11-24T10:00' }], id: 'my-search' });
    expect(step(plan, undefined, 'keep-searching-1')?.status).toBe('done');
    expect(toICalendar(plan, { generatedAt: '2026-11-24T12:00:00Z' })).toContain('UID:my-search.keep-searching-1@interview-followup');
  });

  it('summarises the states', () => {
    const plan = planPipeline([
      application('acme', '2026-11-16', [{ type: 'offer-received', at: '2026-11-20T10:00' }]),
      application('globex', '2026-11-10', [{ type: 'withdrew', at: '2026-11-12T10:00' }]),
      application('hooli', '2026-12-10'),
    ], { now: '2026-11-30T12:00' });
    expect(plan.summary).toEqual({ active: 2, byState: { applied: 0, scheduled: 1, waiting: 0, 'following-up': 0, 'no-response': 0, offer: 1, closed: 1 } });
  });
});

describe('planPipeline: input', () => {
  it.each([
    ['two applications with one id', [application('acme', '2026-11-16'), application('acme', '2026-11-17')], 'duplicate', 'applications[1].id'],
    ['one round id in two applications', [application('acme', '2026-11-16'), { ...application('globex', '2026-11-17'), rounds: [{ id: 'acme-1', start: '2026-11-17T10:00' }] }], 'duplicate', 'applications[1].rounds[0].id'],
    ['a bad round start', [application('acme', '2026-11-16'), { ...application('globex', '2026-11-17'), rounds: [{ id: 'g', start: 'soon' }] }], 'invalid-date', 'applications[1].rounds[0].start'],
    ['no applications', [], 'missing-field', 'applications'],
  ] as const)('refuses %s at its path, given as a list or as { applications }', (_name, applications, code, path) => {
    for (const input of [applications, { applications }]) {
      expect(validatePipeline(input)[0]).toMatchObject({ code, path });
      expect(() => planPipeline(input as never)).toThrow(FollowUpError);
    }
  });

  it('refuses more applications than the limit before reading any', () => {
    const many = new Proxy(new Array(limits.maxApplications + 1), { get: (target, key, receiver) => {
      if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error('read an application');
      return Reflect.get(target, key, receiver);
    } });
    expect(validatePipeline(many)).toEqual([{ code: 'too-many', path: 'applications', message: `applications: at most ${limits.maxApplications} applications, got ${limits.maxApplications + 1}` }]);
  });

  it('plans a one-application pipeline with the application\'s steps, each naming it', () => {
    const one = application('acme', '2026-11-16');
    const alone = planApplication(one);
    const plan = planPipeline([one]);
    const own = plan.steps.filter((candidate) => candidate.application === 'acme').map(({ application: _application, ...rest }) => rest);
    expect(own).toEqual(alone.steps.filter((candidate) => candidate.kind !== 'keep-searching'));
  });
});

describe('planPipeline: work grows linearly with the applications (counted, not timed)', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  function lookups(count: number): number {
    const zone = findZone('America/New_York') as { offsetAt: Zone['offsetAt'] };
    const original = zone.offsetAt;
    let calls = 0;
    zone.offsetAt = (ms) => {
      calls++;
      return original(ms);
    };
    restore = () => { zone.offsetAt = original; };
    const days = Array.from({ length: count }, (_, index) => `2026-11-${String(2 + (index % 25)).padStart(2, '0')}`);
    planPipeline(days.map((day, index) => application(`app${index}`, day, index === 0 ? [{ type: 'offer-received', at: '2026-12-01T10:00' }] : [])), { now: '2026-12-02T10:00' });
    restore();
    return calls;
  }

  it('doubling the applications at most doubles the time arithmetic', () => {
    const half = lookups(100);
    const full = lookups(200);
    expect(half).toBeGreaterThan(0);
    expect(full).toBeLessThanOrEqual(2.1 * half);
  });
});
