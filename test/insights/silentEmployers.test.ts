import { describe, expect, it } from 'vitest';
import { planPipeline, searchInsights, type ApplicationInput, type PolicyOverrides } from '../../src/index.js';

const NOW = '2026-12-04T12:00';

function application(id: string, fields: Omit<Partial<ApplicationInput>, 'id'>): ApplicationInput {
  return { id, company: `${id[0]?.toUpperCase()}${id.slice(1)}`, position: 'Engineer', timeZone: 'America/New_York', ...fields };
}

// Silent since 11-16 12:00 (the round's end): 18 days at now.
const globex = application('globex', { appliedAt: '2026-11-03T10:00', rounds: [{ id: 'globex-1', start: '2026-11-16T11:00' }] });
// Silent since applying on 11-09: 25 days; scheduled, with a round not yet dated.
const initech = application('initech', { appliedAt: '2026-11-09T10:00', rounds: [{ id: 'initech-onsite' }] });
// Silent since applying on 11-16: 18 days, as long as Globex.
const hooli = application('hooli', { appliedAt: '2026-11-16T10:00', rounds: [{ id: 'hooli-1', start: '2026-12-08T10:00' }] });
// Closed: rejected.
const umbrella = application('umbrella', { appliedAt: '2026-11-04T10:00', activities: [{ type: 'rejection-received', at: '2026-11-11T16:00' }] });
// Nothing dated by now: no silence.
const wayne = application('wayne', { rounds: [{ id: 'wayne-1', start: '2026-12-09T10:00' }] });
// Holds an offer, so never overdue; silent since the offer: 4 days.
const acme = application('acme', { rounds: [{ id: 'acme-1', start: '2026-11-02T10:00' }], activities: [{ type: 'offer-received', at: '2026-11-30T10:00', deadline: '2026-12-11' }] });

/** The silent list of a search planned at `now` (`null`: without one). */
function silent(applications: readonly ApplicationInput[], policy?: PolicyOverrides, employerResponseDays?: number, now: string | null = NOW): ReturnType<typeof searchInsights>['silentEmployers'] {
  const plan = planPipeline(applications, { ...(now === null ? {} : { now }), ...(policy === undefined ? {} : { policy }) });
  return searchInsights(plan, employerResponseDays === undefined ? undefined : { employerResponseDays }).silentEmployers;
}

describe('searchInsights: silent employers', () => {
  it('lists every application not closed, longest silence first, ties in input order, nothing dated last', () => {
    expect(silent([wayne, globex, umbrella, initech, acme, hooli])).toEqual([
      { application: 'initech', company: 'Initech', since: '2026-11-09T10:00:00.000-05:00', days: 25, employerOverdue: false },
      { application: 'globex', company: 'Globex', since: '2026-11-16T12:00:00.000-05:00', days: 18, employerOverdue: false },
      { application: 'hooli', company: 'Hooli', since: '2026-11-16T10:00:00.000-05:00', days: 18, employerOverdue: false },
      { application: 'acme', company: 'Acme', since: '2026-11-30T10:00:00.000-05:00', days: 4, employerOverdue: false },
      { application: 'wayne', company: 'Wayne', employerOverdue: false },
    ]);
  });

  it('keeps ties in the order the plan lists them', () => {
    expect(silent([hooli, globex]).map((entry) => entry.application)).toEqual(['hooli', 'globex']);
  });

  it('has since but no days without a now (the plan is read at its latest round start), in plan order', () => {
    expect(silent([globex, initech], undefined, undefined, null)).toEqual([
      { application: 'globex', company: 'Globex', since: '2026-11-03T10:00:00.000-05:00', employerOverdue: false },
      { application: 'initech', company: 'Initech', since: '2026-11-09T10:00:00.000-05:00', employerOverdue: false },
    ]);
  });
});

describe('searchInsights: employerOverdue', () => {
  const overdue = (entries: ReturnType<typeof silent>): Record<string, boolean> => Object.fromEntries(entries.map((entry) => [entry.application, entry.employerOverdue]));
  const search = [globex, initech, hooli, acme];

  it.each([
    ['the plan\'s line of 14 days, from its employer-overdue warnings', { employerResponseDays: 14 }, undefined, { globex: true, initech: false, hooli: false, acme: false }],
    ['the plan\'s line of 14 days, the options\' 30 ignored', { employerResponseDays: 14 }, 30, { globex: true, initech: false, hooli: false, acme: false }],
    ['the options\' 14 days when the plan has no line', undefined, 14, { globex: true, initech: false, hooli: false, acme: false }],
    ['the options\' 18 days, reached at 12:00 on the 18th day', undefined, 18, { globex: true, initech: false, hooli: false, acme: false }],
    ['the options\' 19 days, not reached yet', undefined, 19, { globex: false, initech: false, hooli: false, acme: false }],
    ['no line anywhere', undefined, undefined, { globex: false, initech: false, hooli: false, acme: false }],
  ])('judges against %s', (_name, policy, line, expected) => {
    expect(overdue(silent(search, policy, line))).toEqual(expected);
  });

  it('is never overdue without a now', () => {
    expect(overdue(silent(search, undefined, 1, null))).toEqual({ globex: false, initech: false, hooli: false, acme: false });
  });

  it.each([1, 7, 13, 14, 17, 18, 19, 30])('agrees with the planner\'s own warnings for a line of %i days, given as an option instead', (days) => {
    const rejectedLate = application('late', { rounds: [{ id: 'late-1', start: '2026-11-02T10:00' }], activities: [{ type: 'reply-received', at: '2026-11-20T10:00' }] });
    const applications = [globex, initech, hooli, acme, rejectedLate];
    expect(overdue(silent(applications, undefined, days))).toEqual(overdue(silent(applications, { employerResponseDays: days })));
  });
});
