import { afterEach, describe, expect, it } from 'vitest';
import { calendarTextLimits, toICalendar } from '../src/ics/index.js';
import { limits, planFollowUps, reviewDraft, validateInterview, type InterviewInput } from '../src/index.js';
import { findZone, type Zone } from '../src/time/zone.js';

/** Counts zone-offset lookups (the unit of time arithmetic) made through the given zones. */
function countLookups(names: readonly string[]): { readonly count: () => number; readonly restore: () => void } {
  let count = 0;
  const restores = names.map((name) => {
    const zone = findZone(name) as { offsetAt: Zone['offsetAt'] };
    const original = zone.offsetAt;
    zone.offsetAt = (ms) => {
      count++;
      return original(ms);
    };
    return () => { zone.offsetAt = original; };
  });
  return { count: () => count, restore: () => restores.forEach((restore) => restore()) };
}

const interview = (people: number, extra: Partial<InterviewInput> = {}): InterviewInput => ({
  id: 'limits', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00', timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
  interviewers: Array.from({ length: people }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@acme.example` })),
  ...extra,
});

let counter: ReturnType<typeof countLookups> | undefined;
afterEach(() => counter?.restore());

describe('work stays linear up to the limits (counted, not timed)', () => {
  it('doubling the interviewers at most doubles the time arithmetic', () => {
    const lookups = (people: number): number => {
      counter = countLookups(['America/New_York', 'America/Chicago']);
      planFollowUps(interview(people), { policy: { letters: true } });
      const count = counter.count();
      counter.restore();
      return count;
    };
    const half = lookups(limits.maxInterviewers / 2);
    const full = lookups(limits.maxInterviewers);
    expect(half).toBeGreaterThan(0);
    expect(full).toBeLessThanOrEqual(2 * half);
  });

  it('doubling the check-ins at most doubles the time arithmetic', () => {
    const lookups = (maxCheckIns: number): number => {
      counter = countLookups(['America/New_York', 'America/Chicago']);
      planFollowUps(interview(3), { policy: { maxCheckIns, keepSearchingEveryDays: 0 } });
      const count = counter.count();
      counter.restore();
      return count;
    };
    expect(lookups(10)).toBeLessThanOrEqual(2 * lookups(5));
  });

  it('rejects over-long text before scanning it', () => {
    const issues = validateInterview(interview(1, { nextSteps: 'x'.repeat(10_000_000) }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['too-long', 'nextSteps']]);
  });

  it('keeps calendar output the same size however far a hand-edited plan\'s text goes past the caps', () => {
    const plan = planFollowUps(interview(1));
    const withText = (length: number) => toICalendar({ ...plan, steps: plan.steps.map((step) => ({ ...step, explanation: 'y'.repeat(length) })) }, { generatedAt: '2026-11-17T00:00:00Z' });
    expect(withText(100_000).length).toBe(withText(200_000).length);
    expect(withText(100_000).length).toBeLessThan(plan.steps.length * (calendarTextLimits.description * 1.1 + 3000));
  });

  it('reviews at most a bounded amount of text', () => {
    const review = reviewDraft({ kind: 'thank-you-email', subject: 'Thanks', body: 'thank you Acme Engineer '.repeat(100_000) }, { interview: { company: 'Acme', position: 'Engineer' }, others: ['thank you '.repeat(100_000)] });
    expect(review.findings.map((finding) => finding.code)).toEqual(['too-long']);
  });

  it('caps keep-searching reminders whatever the horizon', () => {
    const plan = planFollowUps(interview(1), { policy: { maxCheckIns: 10, repeatDays: 365, keepSearchingEveryDays: 1 } });
    expect(plan.steps.filter((step) => step.kind === 'keep-searching')).toHaveLength(52);
  });
});
