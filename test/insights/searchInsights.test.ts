import { describe, expect, it } from 'vitest';
import { planPipeline, searchInsights, type ApplicationInput, type InsightsOptions, type PipelineOptions, type SearchInsights } from '../../src/index.js';

// Every number below was counted by hand from the applications' logs; `now` is Friday
// 2026-12-04 12:00 in New York unless a test says otherwise.
const NOW = '2026-12-04T12:00';

function application(id: string, fields: Omit<Partial<ApplicationInput>, 'id'>): ApplicationInput {
  return { id, company: `${id[0]?.toUpperCase()}${id.slice(1)}`, position: 'Engineer', timeZone: 'America/New_York', ...fields };
}

function insightsOf(applications: readonly ApplicationInput[], options: PipelineOptions = {}, insightsOptions?: InsightsOptions): SearchInsights {
  return searchInsights(planPipeline(applications, { now: NOW, ...options }), insightsOptions);
}

/** The numbers of a search of one application, without the silent list. */
function numbers(insights: SearchInsights): Omit<SearchInsights, 'silentEmployers' | 'followUps'> {
  const { silentEmployers: _silent, followUps: _followUps, ...rest } = insights;
  return rest;
}

describe('searchInsights: the ambiguous cases', () => {
  it('counts an application with only an undated round as responded, not interviewed, and leaves it out of the median', () => {
    const insights = insightsOf([application('initech', { appliedAt: '2026-11-09T10:00', rounds: [{ id: 'initech-onsite', label: 'Onsite' }] })]);
    expect(numbers(insights)).toEqual({
      applications: 1, withInterview: 0, responded: 1, responseRate: 1, interviewRate: 0, offerRate: 0, firstResponses: 0,
      funnel: { applied: 1, interviewed: 0, offered: 0, accepted: 0 },
    });
  });

  it('times a reply that came before any round as the first response (3 days, not the round\'s 10)', () => {
    const insights = insightsOf([application('acme', {
      appliedAt: '2026-11-02T10:00', rounds: [{ id: 'acme-1', start: '2026-11-12T10:00' }],
      activities: [{ type: 'reply-received', at: '2026-11-05T14:00' }],
    })]);
    expect(numbers(insights)).toEqual({
      applications: 1, withInterview: 1, responded: 1, responseRate: 1, interviewRate: 1, offerRate: 0,
      medianDaysToFirstResponse: 3, firstResponses: 1, funnel: { applied: 1, interviewed: 1, offered: 0, accepted: 0 },
    });
  });

  it('takes the mean of the two middle values for an even count: 3, 8, 9 and 30 days give 8.5', () => {
    const insights = insightsOf([
      application('a', { appliedAt: '2026-11-02T10:00', activities: [{ type: 'reply-received', at: '2026-11-05T09:00' }] }),
      application('b', { appliedAt: '2026-11-02T10:00', rounds: [{ id: 'b-1', start: '2026-11-10T10:00' }] }),
      application('c', { appliedAt: '2026-11-01T10:00', activities: [{ type: 'rejection-received', at: '2026-12-01T10:00' }] }),
      application('d', { appliedAt: '2026-11-02T10:00', activities: [{ type: 'reply-received', at: '2026-11-11T18:00' }] }),
    ]);
    expect([insights.medianDaysToFirstResponse, insights.firstResponses]).toEqual([8.5, 4]);
  });

  it('counts a round that starts after now as an interview, timed at now (18 days, not 22)', () => {
    const insights = insightsOf([application('hooli', { appliedAt: '2026-11-16T10:00', rounds: [{ id: 'hooli-1', start: '2026-12-08T10:00' }] })]);
    expect(numbers(insights)).toEqual({
      applications: 1, withInterview: 1, responded: 1, responseRate: 1, interviewRate: 1, offerRate: 0,
      medianDaysToFirstResponse: 18, firstResponses: 1, funnel: { applied: 1, interviewed: 1, offered: 0, accepted: 0 },
    });
  });

  it('gives zeros, no median and empty lists for a search where every application was skipped', () => {
    const plan = planPipeline([{ id: 'x' }, { id: 'y', company: 'Y' }] as unknown as ApplicationInput[], { now: NOW, invalid: 'skip' });
    expect(plan.skipped).toHaveLength(2);
    expect(searchInsights(plan)).toEqual({
      applications: 0, withInterview: 0, responded: 0, responseRate: 0, interviewRate: 0, offerRate: 0, firstResponses: 0,
      funnel: { applied: 0, interviewed: 0, offered: 0, accepted: 0 }, followUps: [], silentEmployers: [],
    });
  });
});

describe('searchInsights: rates, days and the funnel', () => {
  it('divides each count by the applications in the plan', () => {
    const insights = insightsOf([
      application('a', { appliedAt: '2026-11-02T10:00', activities: [{ type: 'reply-received', at: '2026-11-05T09:00' }] }),
      application('b', { appliedAt: '2026-11-02T10:00', rounds: [{ id: 'b-1', start: '2026-11-10T10:00' }] }),
      application('c', { appliedAt: '2026-11-02T10:00' }),
    ]);
    expect([insights.responded, insights.responseRate, insights.withInterview, insights.interviewRate, insights.offerRate]).toEqual([2, 2 / 3, 1, 1 / 3, 0]);
  });

  it.each([
    ['a calendar date later in the candidate\'s zone, one hour on', 'America/New_York', '2026-11-02T23:30', '2026-11-03T00:30', 1],
    ['two hours on, the same date in New York', 'America/New_York', '2026-11-02T09:00', '2026-11-02T11:00', 0],
    ['the same two instants for a candidate in Tokyo, a date apart there', 'Asia/Tokyo', '2026-11-02T23:00', '2026-11-03T01:00', 1],
    ['0 days, not -1, for a round the day before the application date (the employer was in touch first)', 'America/New_York', '2026-11-10T10:00', '2026-11-09T10:00', 0],
  ])('counts days as calendar dates in the candidate\'s zone: %s', (_name, timeZone, appliedAt, start, days) => {
    const insights = insightsOf([application('a', { timeZone, appliedAt, rounds: [{ id: 'a-1', start }] })]);
    expect(insights.medianDaysToFirstResponse).toBe(days);
  });

  it('leaves applications without appliedAt out of the median, and answers after now out of everything', () => {
    const insights = insightsOf([
      application('a', { rounds: [{ id: 'a-1', start: '2026-11-10T10:00' }] }),
      application('b', { appliedAt: '2026-11-02T10:00', activities: [{ type: 'reply-received', at: '2026-12-05T10:00' }] }),
    ]);
    expect([insights.responded, insights.firstResponses, insights.medianDaysToFirstResponse]).toEqual([1, 0, undefined]);
  });

  it('counts as offered an offer that is open, declined, accepted, or withdrawn from by accepting another', () => {
    const insights = insightsOf([
      application('a', { rounds: [{ id: 'a-1', start: '2026-11-02T10:00' }], activities: [{ type: 'offer-received', at: '2026-11-20T10:00', deadline: '2026-12-10' }] }),
      application('b', { rounds: [{ id: 'b-1', start: '2026-11-03T10:00' }], activities: [{ type: 'offer-received', at: '2026-11-18T10:00', deadline: '2026-12-10' }, { type: 'offer-declined', at: '2026-11-19T10:00' }] }),
      application('c', { rounds: [{ id: 'c-1', start: '2026-11-04T10:00' }], activities: [{ type: 'offer-received', at: '2026-11-21T10:00', deadline: '2026-12-10' }, { type: 'offer-accepted', at: '2026-11-25T10:00' }] }),
      application('d', { appliedAt: '2026-11-01T10:00', activities: [{ type: 'rejection-received', at: '2026-11-06T10:00' }] }),
      application('e', { appliedAt: '2026-11-01T10:00', activities: [{ type: 'offer-received', at: '2026-12-06T10:00' }] }),
    ]);
    expect(insights.funnel).toEqual({ applied: 5, interviewed: 3, offered: 3, accepted: 1 });
    expect([insights.responded, insights.offerRate, insights.silentEmployers.map((entry) => entry.application)]).toEqual([4, 3 / 5, ['e']]);
  });
});

describe('searchInsights: follow-ups answered', () => {
  const checkIn = (reply: string, fields: Omit<Partial<ApplicationInput>, 'id'> = {}): ApplicationInput => application('g', {
    rounds: [{ id: 'g-1', start: '2026-11-02T10:00' }], ...fields,
    activities: [{ type: 'check-in-sent', at: '2026-11-16T10:00' }, { type: 'reply-received', at: reply }],
  });

  it.each([
    ['a reply 14 days later to the minute', '2026-11-30T10:00', 1],
    ['a reply one minute past 14 days', '2026-11-30T10:01', 0],
    ['a reply at the very time of the check-in', '2026-11-16T10:00', 0],
  ])('answers a check-in within repeatDays (14): %s', (_name, reply, answered) => {
    expect(insightsOf([checkIn(reply)]).followUps).toEqual([{ attempt: 1, sent: 1, answered }]);
  });

  it.each([
    ['a reply 7 days later', '2026-11-16T10:00', 1],
    ['a reply 7 days and a minute later, which a check-in\'s 14 days would count', '2026-11-16T10:01', 0],
  ])('answers a follow-up after applying within applicationRepeatDays (7): %s', (_name, reply, answered) => {
    const insights = insightsOf([application('h', { appliedAt: '2026-11-02T10:00', activities: [{ type: 'follow-up-sent', at: '2026-11-09T10:00' }, { type: 'reply-received', at: reply }] })]);
    expect(insights.followUps).toEqual([{ attempt: 1, sent: 1, answered }]);
  });

  it.each([
    ['Berlin, where clocks went back: 14 days end at 10:00 CET, after the reply', 'Europe/Berlin', 1],
    ['Abidjan, without daylight saving time: 14 days end at 08:00 UTC, before the reply', 'Africa/Abidjan', 0],
  ])('counts calendar days at the same wall time in the employer\'s zone: %s', (_name, employerTimeZone, answered) => {
    const insights = insightsOf([application('k', {
      employerTimeZone, rounds: [{ id: 'k-1', start: '2026-10-01T10:00:00+02:00' }],
      activities: [{ type: 'check-in-sent', at: '2026-10-20T10:00:00+02:00' }, { type: 'reply-received', at: '2026-11-03T08:30:00Z' }],
    })]);
    expect(insights.followUps).toEqual([{ attempt: 1, sent: 1, answered }]);
  });

  it.each([
    ['working days: Friday plus 2 ends Tuesday 10:00', 'working-days', 1],
    ['calendar days: Friday plus 2 ends Sunday 10:00', 'days', 0],
  ] as const)('counts the repeat interval in the policy\'s unit, for a Monday reply: %s', (_name, repeatUnit, answered) => {
    const insights = insightsOf([application('w', {
      rounds: [{ id: 'w-1', start: '2026-11-02T10:00' }],
      activities: [{ type: 'check-in-sent', at: '2026-11-20T10:00' }, { type: 'reply-received', at: '2026-11-23T16:00' }],
    })], { policy: { repeatUnit, repeatDays: 2 } });
    expect(insights.followUps).toEqual([{ attempt: 1, sent: 1, answered }]);
  });

  it('puts check-ins and follow-ups after applying in one row per attempt; a new round\'s start and an offer answer them', () => {
    const insights = insightsOf([
      // Follow-up 1 answered by the round on 11-12; check-in 1 (11-23) by the offer on 11-30.
      application('a', {
        appliedAt: '2026-11-02T10:00', rounds: [{ id: 'a-1', start: '2026-11-12T10:00' }],
        activities: [{ type: 'follow-up-sent', at: '2026-11-09T10:00' }, { type: 'check-in-sent', at: '2026-11-23T10:00' }, { type: 'offer-received', at: '2026-11-30T10:00' }],
      }),
      // Follow-ups 1 and 2 unanswered; the round after now is counted at now, 11 days after follow-up 2.
      application('b', {
        appliedAt: '2026-11-02T10:00', rounds: [{ id: 'b-1', start: '2026-12-10T10:00' }],
        activities: [{ type: 'follow-up-sent', at: '2026-11-09T10:00' }, { type: 'follow-up-sent', at: '2026-11-23T10:00' }],
      }),
      // Follow-up 2 answered by the round after now, counted at now, 4 days after it.
      application('c', {
        appliedAt: '2026-11-02T10:00', rounds: [{ id: 'c-1', start: '2026-12-10T10:00' }],
        activities: [{ type: 'follow-up-sent', at: '2026-11-09T10:00' }, { type: 'follow-up-sent', at: '2026-11-30T10:00' }],
      }),
    ]);
    expect(insights.followUps).toEqual([{ attempt: 1, sent: 4, answered: 2 }, { attempt: 2, sent: 2, answered: 1 }]);
  });

  it('has no rows when nothing was sent, whatever was planned', () => {
    expect(insightsOf([application('a', { appliedAt: '2026-11-02T10:00' })]).followUps).toEqual([]);
  });
});
