import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFollowUps, type InterviewInput, type PlanOptions } from '../../src/index.js';
import { acme, tuesday } from '../helpers/interviews.js';

/** Plans covering every rule, warning and adjustment, compared field for field with reviewed JSON. */
const scenarios: Record<string, [InterviewInput, PlanOptions]> = {
  'design example': [acme, { now: '2026-11-22T09:00:00Z', activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Ana Ruiz' }], policy: { maxCheckIns: 3 } }],
  'letters, titles, holidays, overdue thanks': [
    tuesday({ interviewers: [{ name: 'Cy Park', email: 'cy@globex.example', title: 'CTO' }, { name: 'Dee Tran' }], decisionDate: '2026-11-26', followUpPermission: 'granted', nextSteps: 'Reference checks' }),
    { now: '2026-11-25T12:00:00-05:00', policy: { letters: true, holidays: ['2026-11-27'] } },
  ],
  'declined, no interviewers': [tuesday({ interviewers: [], followUpPermission: 'declined' }), {}],
  'early check-in, rebased, extra and complete': [
    tuesday({ decisionDate: '2026-12-10' }),
    { activities: [{ type: 'check-in-sent', at: '2026-11-20T10:00:00-05:00' }, { type: 'check-in-sent', at: '2026-12-11T19:00:00-05:00' }, { type: 'check-in-sent', at: '2026-12-30T10:00:00-05:00' }] },
  ],
  'reply ends the cadence': [tuesday(), { now: '2026-12-20T12:00:00Z', activities: [{ type: 'reply-received', at: '2026-12-03T12:00:00Z' }, { type: 'thank-you-sent', at: '2026-11-18T16:00:00Z', interviewer: 'cy@globex.example' }] }],
  'window without working time': [tuesday({ start: '2026-11-19T17:00', end: '2026-11-19T19:00', employerTimeZone: 'Europe/London' }), { now: '2026-11-30T12:00:00Z' }],
};

describe('plans (golden)', () => {
  it('match the reviewed JSON exactly, keys in the same order', () => {
    const actual = Object.fromEntries(Object.entries(scenarios).map(([name, [interview, options]]) => [name, planFollowUps(interview, options)]));
    const path = join(import.meta.dirname, '../fixtures/plans.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(`${JSON.stringify(actual, null, 2)}\n`).toBe(readFileSync(path, 'utf8'));
  });
});
