import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  limits, planApplication, planPipeline, validatePipeline,
  type ApplicationActivity, type ApplicationInput, type PipelinePlan,
} from '../../src/index.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 100);

/** An application with one round at `start` (New York wall time) and one interviewer. */
function application(id: string, start: string, activities: readonly ApplicationActivity[] = [], extra: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    id, company: `${id[0]!.toUpperCase()}${id.slice(1)}`, position: 'Engineer', timeZone: 'America/New_York',
    rounds: [{ id: `${id}-1`, start, interviewers: [{ name: 'Ana Ruiz', email: 'ana@example.com' }] }], activities, ...extra,
  };
}

const ofKind = (plan: PipelinePlan, kind: string): string[] => plan.steps.filter((step) => step.kind === kind).map((step) => `${step.application} ${step.id}`);

describe('states and "active at T" read only the log up to that moment', () => {
  // Globex: a round on Monday 9 November, check-ins due 23 November and 7 December, silent from
  // Monday 21 December 11:00. A check-in is logged on 10 January. Acme's offer comes on 28 December.
  const globex = application('globex', '2026-11-09T10:00', [{ type: 'check-in-sent', at: '2027-01-10T10:00' }]);
  const acme = application('acme', '2026-12-01T10:00', [{ type: 'offer-received', at: '2026-12-28T10:00', deadline: '2027-01-08' }]);
  const plan = planPipeline([acme, globex], { now: '2027-01-15T10:00' });

  it.each([
    ['2026-12-21T10:59:59', 'following-up'],
    ['2026-12-21T11:00:00', 'no-response'],
    ['2027-01-09T12:00:00', 'no-response'],
    ['2027-01-10T10:00:00', 'following-up'],
  ])('Globex at %s is %s', (now, state) => {
    expect(planApplication(globex, { now }).state).toBe(state);
  });

  it('asks no expedite request of Globex for the offer of 28 December: it was silent then', () => {
    expect(ofKind(plan, 'expedite-request')).toEqual([]);
  });

  it('counts Globex active on the search\'s reminders before 21 December and from 10 January, not between', () => {
    expect(plan.steps.filter((step) => step.kind === 'keep-searching').map((step) => [step.suggestedAt.slice(0, 10), step.activeApplications])).toEqual([
      ['2026-11-16', 1], ['2026-11-23', 1], ['2026-11-30', 1], ['2026-12-07', 2], ['2026-12-14', 2], ['2026-12-21', 1],
      ['2026-12-28', 1], ['2027-01-04', 1], ['2027-01-11', 2], ['2027-01-18', 2],
    ]);
  });

  it('still marks the check-in of 10 January done, and Globex is following up at now', () => {
    expect(plan.steps.filter((step) => step.application === 'globex' && step.kind === 'check-in').map((step) => [step.id, step.status, step.doneAt]))
      .toEqual([['check-in-1', 'done', '2027-01-10T10:00:00.000-05:00'], ['check-in-2', 'upcoming', undefined]]);
    expect(plan.applications.map((entry) => [entry.application.id, entry.state])).toEqual([['acme', 'offer'], ['globex', 'following-up']]);
  });
});

describe('offer-accepted closes every other application active at that moment', () => {
  const accepted = '2026-12-03T11:00';
  const plan = planPipeline([
    application('acme', '2026-11-16T10:00', [{ type: 'offer-received', at: '2026-12-01T10:00', deadline: '2026-12-09' }, { type: 'offer-accepted', at: accepted }]),
    application('globex', '2026-11-17T10:00'),
    application('initech', '2026-11-18T10:00', [{ type: 'rejection-received', at: '2026-11-30T10:00' }]),
    { id: 'hooli', company: 'Hooli', position: 'Engineer', timeZone: 'America/New_York', appliedAt: '2026-12-04T10:00' },
  ], { now: '2026-12-03T12:00' });

  it.each([
    ['acme, which accepted', 'closed', { type: 'accepted', at: '2026-12-03T11:00:00.000-05:00' }],
    ['globex, active then: withdrawn at the acceptance', 'closed', { type: 'withdrawn', at: '2026-12-03T11:00:00.000-05:00' }],
    ['initech, rejected before', 'closed', { type: 'rejected', at: '2026-11-30T10:00:00.000-05:00' }],
    ['hooli, applied for afterwards', 'applied', undefined],
  ])('%s', (name, state, outcome) => {
    const found = plan.applications.find((entry) => entry.application.id === name.split(',')[0]);
    expect([found?.state, found?.outcome]).toEqual([state, outcome]);
  });

  it('keeps the withdrawal note to send, and cancels everything else still pending there', () => {
    expect(plan.steps.filter((step) => step.application === 'globex').map((step) => [step.id, step.status])).toEqual([
      ['before-leaving', 'cancelled'], ['thank-you-email-ana-ruiz', 'cancelled'], ['expedite-request-acme', 'cancelled'], ['check-in-1', 'cancelled'],
      ['withdrawal-note', 'open'], ['check-in-2', 'cancelled'],
    ]);
    expect(ofKind(plan, 'withdrawal-note')).toEqual(['globex withdrawal-note']);
  });
});

describe('expedite-request ids depend on the holder and the offer\'s rank in its log, never on input order', () => {
  const offer = (day: string): ApplicationActivity => ({ type: 'offer-received', at: `2026-12-${day}T10:00` });

  it('names a holder\'s second offer -2, once per other application, and the calendar takes them', () => {
    const plan = planPipeline([application('acme', '2026-11-16T10:00', [offer('01'), offer('03')]), application('globex', '2026-11-17T10:00')], { now: '2026-12-04T12:00' });
    expect(ofKind(plan, 'expedite-request')).toEqual(['globex expedite-request-acme', 'globex expedite-request-acme-2']);
    expect(toICalendar(plan, { generatedAt: '2026-12-04T12:00:00Z' }).match(/^UID:/gm)).toHaveLength(plan.steps.length);
  });

  it.each([
    ['a clean id keeps its slug', ['acme'], ['expedite-request-acme']],
    ['ids that slug alike each carry a hash of the id', ['Acme', 'ACME', 'acme'], ['expedite-request-acme', 'expedite-request-acme-1ize8jz', 'expedite-request-acme-krvje7']],
    ['a clean id that another id plus a rank would repeat is hashed', ['acme', 'acme-2'], ['expedite-request-acme-2', 'expedite-request-acme-jf3zjj']],
  ])('%s: %j', (_name, holders, ids) => {
    const plan = planPipeline([...holders.map((id, index) => application(id, `2026-11-1${index}T10:00`, [offer('01')])), application('zeta', '2026-11-19T10:00')], { now: '2026-12-02T12:00' });
    expect(plan.steps.filter((step) => step.application === 'zeta' && step.kind === 'expedite-request').map((step) => step.id).sort()).toEqual(ids);
  });

  const holders = fc.uniqueArray(fc.constantFrom('acme', 'Acme', 'ACME', 'acme-2', 'Acme 2', 'acme-2-2', 'globex', 'Glo bex'), { minLength: 1, maxLength: 5 });
  it('gives every step the same id whatever the order of the applications, each id once per application', () => {
    fc.assert(fc.property(holders, fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 5, maxLength: 5 }), fc.infiniteStream(fc.nat()), (ids, offers, shuffle) => {
      const apps = [...ids.map((id, index) => application(id, '2026-11-16T10:00', Array.from({ length: offers[index]! }, (_, rank) => offer(`0${rank + 1}`)), { rounds: [{ id: `r${index}`, start: '2026-11-16T10:00' }] })), application('zeta', '2026-11-16T10:00', [], { rounds: [{ id: 'rz', start: '2026-11-16T10:00' }] })];
      const order = apps.map((app) => app);
      for (let index = order.length - 1; index > 0; index--) {
        const other = shuffle.next().value % (index + 1);
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
      const key = (plan: PipelinePlan): string[] => plan.steps.filter((step) => step.kind === 'expedite-request').map((step) => `${step.application}|${step.id}|${step.explanation}`).sort();
      const given = key(planPipeline(apps, { now: '2026-12-04T12:00' }));
      expect(key(planPipeline(order, { now: '2026-12-04T12:00' }))).toEqual(given);
      const perApplication = given.map((line) => line.split('|').slice(0, 2).join('|'));
      expect(new Set(perApplication).size).toBe(perApplication.length);
      expect(perApplication.length).toBe(ids.reduce((sum, _id, index) => sum + offers[index]! * ids.length, 0));
    }), { numRuns });
  });
});

describe('at most limits.maxOffers offers in a search', () => {
  const offers = (count: number, from = 1): ApplicationActivity[] => Array.from({ length: count }, (_, index) => ({ type: 'offer-received', at: `2026-12-${String(from + index).padStart(2, '0')}T10:00` }));

  it.each([
    ['20 in one application', [20, 0], []],
    ['20 across two', [11, 9], []],
    ['21 in one application', [21, 0], [['too-many', 'applications[0].activities[20]']]],
    ['21 across two: the 21st counted in input order', [11, 10], [['too-many', 'applications[1].activities[9]']]],
    ['22 across two', [12, 10], [['too-many', 'applications[1].activities[8]'], ['too-many', 'applications[1].activities[9]']]],
  ] as const)('%s', (_name, [first, second], expected) => {
    expect(limits.maxOffers).toBe(20);
    const found = validatePipeline([application('acme', '2026-11-16T10:00', offers(first)), application('globex', '2026-11-17T10:00', offers(second, 1))]);
    expect(found.map((issue) => [issue.code, issue.path])).toEqual(expected);
  });
});
