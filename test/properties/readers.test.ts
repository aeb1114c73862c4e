import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, limits, planApplication, planFollowUps, planPipeline, policyLimits, statusesAt,
  type ApplicationActivity, type ApplicationInput, type ApplicationPlan, type FollowUpPlan, type PipelinePlan,
} from '../../src/index.js';
import { run } from '../helpers/cli.js';
import { interviewOf, plansOf, searches, type Search } from './searches.js';

// Every reader accepts every plan a planner returns, and the same plan after a trip through JSON,
// with the same result: the calendar, the plan seen at another moment, the drafts, the command.

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 60);
const generatedAt = '2026-11-22T09:00:00Z';
type Plan = FollowUpPlan | ApplicationPlan | PipelinePlan;

/** Steps to draft: all of a small plan; of a large one, the first of each kind and the last, since each draft reads the whole plan. */
function sampled(plan: Plan): number[] {
  if (plan.steps.length <= 60) return plan.steps.map((_, index) => index);
  const first = new Map<string, number>();
  plan.steps.forEach((step, index) => { if (!first.has(step.kind)) first.set(step.kind, index); });
  return [...new Set([...first.values(), plan.steps.length - 1])];
}

/** Reads `plan` and its JSON copy with every library reader and expects the same from both. */
function expectReadersAgree(plan: Plan, later: string): void {
  const copy = JSON.parse(JSON.stringify(plan)) as Plan;
  const calendar = toICalendar(plan, { generatedAt });
  expect(calendar.match(/^BEGIN:VEVENT\r$/gm) ?? []).toHaveLength(plan.steps.length);
  expect(toICalendar(copy, { generatedAt })).toBe(calendar);
  expect(statusesAt(copy as never, later)).toEqual(statusesAt(plan as never, later));
  for (const index of sampled(plan)) {
    const details = { senderName: 'Sam Lee' };
    expect(draftForStep(copy, copy.steps[index]!, details), plan.steps[index]?.id).toEqual(draftForStep(plan, plan.steps[index]!, details));
  }
}

describe('every reader accepts what every planner returns, and its JSON copy', () => {
  it('toICalendar, statusesAt and draftForStep, for any search the planners accept', () => {
    let planned = 0;
    fc.assert(fc.property(searches(), (search) => {
      for (const plan of Object.values(plansOf(search))) {
        planned++;
        expectReadersAgree(plan, search.later);
      }
    }), { numRuns });
    // Most searches are valid: the property is about plans, not about refusals.
    expect(planned).toBeGreaterThan(numRuns);
  }, 600_000);
});

const folder = mkdtempSync(join(tmpdir(), 'ifu-readers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The command's input for one kind of plan of a search, and the plan the library makes of it. */
function commandInput(search: Search, kind: 'interview' | 'application' | 'search', now: string): { input: unknown; plan: Plan } | undefined {
  const policy = search.policy === undefined ? {} : { policy: search.policy };
  try {
    if (kind === 'interview') {
      const single = interviewOf(search);
      if (single === undefined) return undefined;
      return { input: { interview: single.interview, activities: single.activities, ...policy }, plan: planFollowUps(single.interview, { now, activities: single.activities, ...policy }) };
    }
    if (kind === 'application') return { input: { application: search.applications[0], ...policy }, plan: planApplication(search.applications[0]!, { now, ...policy }) };
    const options = { ...policy, ...(search.id === undefined ? {} : { id: search.id }), ...(search.timeZone === undefined ? {} : { timeZone: search.timeZone }) };
    return { input: { applications: search.applications, ...options }, plan: planPipeline(search.applications, { now, ...options, invalid: 'skip' }) };
  } catch {
    return undefined;
  }
}

/** Runs the command on `input`: the JSON plan and the calendar in one run, the agenda in another. */
function expectCommandAgrees(input: unknown, plan: Plan, now: string): void {
  const text = JSON.stringify(input);
  const ics = join(folder, 'plan.ics');
  const written = run(['-', '--now', now, '--generated-at', generatedAt, '--json', '--ics', ics], text);
  expect([written.status, written.stderr]).toEqual([0, `Wrote ${plan.steps.length} events to ${ics}\n`]);
  expect(JSON.parse(written.stdout)).toEqual(JSON.parse(JSON.stringify(plan)));
  expect(readFileSync(ics, 'utf8')).toBe(toICalendar(plan, { generatedAt }));
  const agenda = run(['-', '--now', now], text);
  expect([agenda.status, agenda.stderr]).toEqual([0, '']);
  // The agenda lists every step, one line each, after its header.
  expect(agenda.stdout.trimEnd().split('\n').length).toBeGreaterThanOrEqual(plan.steps.length + 2);
}

describe('the command accepts every input the planners accept', () => {
  it('gives the planner\'s plan as JSON, its calendar with --ics, and an agenda', () => {
    let ran = 0;
    fc.assert(fc.property(searches(3), fc.constantFrom('interview', 'application', 'search') as fc.Arbitrary<'interview' | 'application' | 'search'>, (search, kind) => {
      const now = search.now ?? search.later;
      const found = commandInput(search, kind, now);
      if (found === undefined) return;
      ran++;
      expectCommandAgrees(found.input, found.plan, now);
    }), { numRuns: Math.max(4, Math.round(numRuns / 10)) });
    expect(ran).toBeGreaterThan(0);
  }, 600_000);
});

/** An application with one round on Monday 16 November 2026, one interviewer, and `activities`. */
function oneRound(index: number, activities: readonly ApplicationActivity[] = []): ApplicationInput {
  return {
    id: `app-${index}`, company: `Company ${index}`, position: 'Engineer', timeZone: 'America/New_York',
    rounds: [{ id: `round-${index}`, start: '2026-11-16T10:00', interviewers: [{ name: 'Ana Ruiz', email: `ana@c${index}.example` }] }], activities,
  };
}

/** One application at every documented limit: names, ids, notes and addresses at their longest, every list full, letters on. */
function atEveryLimit(): { application: ApplicationInput; policy: { letters: true; maxCheckIns: number; maxApplicationFollowUps: number; keepSearchingEveryDays: number; holidays: string[] } } {
  const long = (text: string, length: number): string => `${text}${'x'.repeat(length - text.length)}`;
  const rounds = Array.from({ length: limits.maxRounds }, (_, round) => ({
    id: long(`round-${round}-`, limits.maxIdLength), start: `2026-11-${String(round + 2).padStart(2, '0')}T10:00`,
    nextSteps: long('Next: ', limits.maxNoteLength), decisionDate: '2026-12-31',
    interviewers: Array.from({ length: limits.maxInterviewers }, (_, person) => ({
      name: long(`Person ${round}-${person} `, limits.maxNameLength), email: long(`p${round}-${person}-`, limits.maxEmailLength - '@acme.example'.length) + '@acme.example',
    })),
  }));
  const activities: ApplicationActivity[] = rounds.slice(0, limits.maxActivities / limits.maxInterviewers).flatMap((round, index) => round.interviewers.map((person) => ({
    type: 'thank-you-sent' as const, at: `2026-11-${String(index + 2).padStart(2, '0')}T16:00`, interviewer: person.name, note: long('Sent ', limits.maxNoteLength),
  })));
  // Every holiday a policy may list, weekdays from 2027 on, so none of them moves this year's steps.
  const holidays = Array.from({ length: policyLimits.maxHolidays }, (_, index) => new Date(Date.UTC(2027, 0, 4) + index * 86_400_000).toISOString().slice(0, 10));
  return {
    application: {
      id: long('acme-', limits.maxIdLength), company: long('Acme [EU] ', limits.maxNameLength), position: long('Software Engineer [Remote] ', limits.maxNameLength),
      timeZone: 'America/New_York', employerTimeZone: 'Europe/Berlin', appliedAt: '2026-10-01T10:00',
      contact: { name: long('Rita Diaz ', limits.maxNameLength), email: 'rita@acme.example' }, rounds, activities,
    },
    policy: { letters: true, maxCheckIns: policyLimits.maxCheckIns, maxApplicationFollowUps: policyLimits.maxApplicationFollowUps, keepSearchingEveryDays: 1, holidays },
  };
}

describe('every reader at the planners\' limits (the cases that once went past the readers\' caps)', () => {
  const later = '2026-12-20T12:00:00Z';

  it('refuses a search that would plan more than limits.maxSteps steps, so no reader meets one', () => {
    const crowded = (index: number): ApplicationInput => ({
      ...oneRound(index), rounds: [{ id: `round-${index}`, start: '2026-11-16T10:00', interviewers: Array.from({ length: 48 }, (_, person) => ({ name: `Person ${person}` })) }],
    });
    expect(() => planPipeline(Array.from({ length: limits.maxApplications }, (_, index) => crowded(index))))
      .toThrow(expect.objectContaining({ code: 'too-many', path: 'applications', message: 'applications: the search would plan 25504 steps; at most 25000 fit in one plan, so plan it in parts' }));
  }, 300_000);

  it('500 one-round applications', () => {
    const plan = planPipeline(Array.from({ length: limits.maxApplications }, (_, index) => oneRound(index)), { now: '2026-11-20T12:00:00Z' });
    expect(plan.steps.length).toBe(2004);
    expectReadersAgree(plan, later);
  }, 300_000);

  it('100 applications, 20 of them with an offer', () => {
    const offer = (index: number): ApplicationActivity[] => (index < limits.maxOffers ? [{ type: 'offer-received', at: `2026-12-01T${String(9 + (index % 8)).padStart(2, '0')}:00`, deadline: '2026-12-11' }] : []);
    const plan = planPipeline(Array.from({ length: 100 }, (_, index) => oneRound(index, offer(index))), { now: '2026-12-02T12:00:00Z' });
    expect(plan.steps.filter((step) => step.kind === 'expedite-request')).toHaveLength(limits.maxOffers * 99);
    expect(plan.steps.length).toBe(2404);
    expectReadersAgree(plan, later);
  }, 300_000);

  it('one application at every documented limit, with letters', () => {
    const { application, policy } = atEveryLimit();
    const plan = planApplication(application, { now: '2026-12-01T12:00:00Z', policy });
    expect(plan.steps.length).toBe(2282);
    expectReadersAgree(plan, later);
  }, 300_000);

  it('1,000 Monday holidays with only Mondays working: one step with over 2,000 adjustments, through the command too', () => {
    const holidays = Array.from({ length: policyLimits.maxHolidays }, (_, index) => new Date(Date.UTC(2026, 10, 23) + index * 7 * 86_400_000).toISOString().slice(0, 10));
    const interview = { id: 'mondays', company: 'Acme', position: 'Engineer', start: '2026-11-16T10:00', timeZone: 'UTC', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }] };
    const policy = { workingDays: [1] as const, holidays };
    const plan = planFollowUps(interview, { now: '2026-11-20T12:00:00Z', policy: { ...policy, workingDays: [1] } });
    expect(Math.max(...plan.steps.map((step) => step.adjustments.length))).toBe(2002);
    expectReadersAgree(plan, later);
    expectCommandAgrees({ interview, policy }, plan, '2026-11-20T12:00:00Z');
  }, 300_000);

  it('a valid 500-application search of over 2 MB, through the command', () => {
    const note = (index: number, which: string): string => `${which} ${index}: ${'notes from the call, '.repeat(90)}`;
    const applications = Array.from({ length: limits.maxApplications }, (_, index) => oneRound(index, [
      { type: 'thank-you-sent', at: '2026-11-17T09:00', interviewer: 'Ana Ruiz', note: note(index, 'thanks') },
      { type: 'reply-received', at: '2026-11-18T09:00', note: note(index, 'reply') },
    ]));
    const input = { applications };
    expect(JSON.stringify(input).length).toBeGreaterThan(2_000_000);
    const now = '2026-11-20T12:00:00Z';
    const plan = planPipeline(applications, { now, invalid: 'skip' });
    expect([plan.applications.length, plan.steps.length]).toEqual([limits.maxApplications, 2001]);
    expectCommandAgrees(input, plan, now);
  }, 300_000);
});
