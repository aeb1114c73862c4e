import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, limits, planFollowUps, planPipeline, policyLimits, statusesAt,
  type ApplicationInput, type ApplicationStep, type FollowUpPlan, type FollowUpStep,
} from '../../src/index.js';
import { acme } from '../helpers/interviews.js';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 16);
const long = (text: string, length: number): string => text.repeat(Math.ceil(length / text.length)).slice(0, length);
const bytes = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The most applications a search takes, every name and note at its longest (multi-byte text
 * included), every holiday the policy takes: 490 applications ended by a rejection whose reply
 * was sent, ten still waiting. Over 2,500 steps, every description at its 4,000-character cap.
 */
function largestSearch(): { readonly applications: ApplicationInput[]; readonly now: string; readonly holidays: string[] } {
  const start = Date.UTC(2026, 0, 5, 15);
  const applications = Array.from({ length: limits.maxApplications }, (_, index): ApplicationInput => {
    const at = start + index * DAY / 2;
    return {
      id: `app-${index}`, company: `${long('Société Générale ', limits.maxNameLength - 4)}${String(index).padStart(4, '0')}`,
      position: long('Ingénieure 👩🏽‍💻 ', limits.maxNameLength), timeZone: 'America/New_York', employerTimeZone: 'Europe/Berlin',
      rounds: [{
        id: `r-${index}`, start: iso(at), nextSteps: long('Panel next; then references. ', limits.maxNoteLength),
        interviewers: [{ name: long('Zoë Ångström ', limits.maxNameLength), email: `zoe${index}@example.com` }],
      }],
      activities: index < limits.maxApplications - 10
        ? [{ type: 'rejection-received', at: iso(at + 9 * DAY) }, { type: 'step-done', step: 'rejection-reply', at: iso(at + 10 * DAY) }]
        : [],
    };
  });
  const holidays = Array.from({ length: policyLimits.maxHolidays }, (_, index) => new Date(Date.UTC(2026, 0, 1) + index * 7 * DAY).toISOString().slice(0, 10));
  return { applications, now: new Date(start + 253 * DAY).toISOString(), holidays };
}

describe('readers accept every plan the planners return, up to their limits', () => {
  // Planning and exporting 2,500 steps takes a few seconds on an idle machine; a shared one is slower.
  it('writes a 500-application search at the input limits as a calendar within Google\'s 1 MB, every upcoming, open and overdue step kept', { timeout: 120_000 }, () => {
    const { applications, now, holidays } = largestSearch();
    const plan = planPipeline(applications, { now, policy: { holidays } });
    expect(plan.steps.length).toBeGreaterThan(2500);
    const text = toICalendar(plan, { generatedAt: now, maxBytes: 1_000_000 });
    expect(bytes(text)).toBeLessThanOrEqual(1_000_000);
    const uids = new Set([...text.replace(/\r\n /g, '').matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]));
    // A step's UID names its round, else its application, else the search.
    const uidOf = (step: ApplicationStep): string => `${step.round ?? step.application ?? 'pipeline'}.${step.id}@interview-followup`;
    const active = plan.steps.filter((step) => step.status === 'upcoming' || step.status === 'open' || step.status === 'overdue');
    expect(active.length).toBeGreaterThan(0);
    expect(active.filter((step) => !uids.has(uidOf(step)))).toEqual([]);
    const [, steps, drafts] = /^X-INTERVIEW-FOLLOWUP-OMITTED:(\d+)\\;(\d+)\r$/m.exec(text) ?? [];
    expect(Number(steps) + uids.size).toBe(plan.steps.length);
    expect(Number(drafts)).toBeGreaterThan(0);
  });

  /** A stored plan with `count` steps: the Acme plan's reminder, copied under new ids. */
  function planWithSteps(count: number, adjustments = 0): FollowUpPlan {
    const plan = planFollowUps(acme);
    const reminder = plan.steps.find((step) => step.kind === 'keep-searching') as FollowUpStep;
    const [move] = plan.steps.flatMap((step) => step.adjustments);
    const moves = Array.from({ length: adjustments }, () => move!);
    const steps = Array.from({ length: count }, (_, index) => ({ ...reminder, id: `keep-searching-${index + 1}`, adjustments: moves }));
    return { ...plan, steps, input: undefined } as unknown as FollowUpPlan;
  }

  it(`reads a plan of ${limits.maxSteps} steps (limits.maxSteps) for drafts and statuses, and refuses one more at plan.steps`, () => {
    const plan = planWithSteps(limits.maxSteps);
    expect(draftForStep(plan, plan.steps[0]!)).toBeUndefined();
    expect(statusesAt(plan, '2026-12-01T12:00:00Z').steps).toHaveLength(limits.maxSteps);
    expect(() => toICalendar(planWithSteps(limits.maxSteps + 1), { generatedAt: '2026-11-22T09:00:00Z' }))
      .toThrow(expect.objectContaining({ code: 'too-many', path: 'plan.steps' }));
  });

  it('writes a step with 2 × policyLimits.maxHolidays + 16 adjustments, and refuses one more at its adjustments', () => {
    const most = 2 * policyLimits.maxHolidays + 16;
    const text = toICalendar(planWithSteps(2, most), { generatedAt: '2026-11-22T09:00:00Z' });
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2);
    expect(() => toICalendar(planWithSteps(2, most + 1), { generatedAt: '2026-11-22T09:00:00Z' }))
      .toThrow(expect.objectContaining({ code: 'too-many', path: 'plan.steps[0].adjustments' }));
  });
});
