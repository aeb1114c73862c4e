import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planApplication, planFollowUps, planPipeline, type ApplicationPlan, type IsoWeekday, type Policy } from '../../src/index.js';

// Records as apps store them, over random records: `null` anywhere a field may be absent and days
// without times anywhere a day is allowed plan exactly as the same record with the nulls removed;
// reschedules keep steps in working time and after the previous attempt's send; follow-ups after
// applying stay in working time, in order, a repeat apart, ended by any round, never missed once
// done or cancelled.

/** Case count per property; FC_NUM_RUNS raises it locally (CI runs the default). */
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 150);
const DAY = 86_400_000;

/**
 * Zones on every continent, with half-hour and 45-minute offsets, both hemispheres' daylight
 * saving time and none; every clock change in them falls outside 09:00–17:00, so working time can
 * be judged on the wall clock.
 */
const ZONES = [
  'America/New_York', 'America/Los_Angeles', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/St_Johns', 'America/Sao_Paulo',
  'America/Mexico_City', 'America/Santiago', 'Europe/London', 'Europe/Berlin', 'Europe/Lisbon', 'Europe/Helsinki', 'Europe/Moscow', 'Africa/Lagos',
  'Africa/Johannesburg', 'Africa/Cairo', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Singapore',
  'Australia/Sydney', 'Australia/Adelaide', 'Australia/Perth', 'Pacific/Auckland', 'Pacific/Chatham', 'Pacific/Honolulu', 'UTC',
] as const;
const zone = fc.constantFrom(...ZONES);

/** A day from 1971 to 2099, as a day number. */
const dayNumber = fc.integer({ min: 365, max: 47_000 });
const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const wall = (day: number, minutes: number): string => new Date(day * DAY + minutes * 60_000).toISOString().slice(0, 16);

/** Whether an instant is in the policy's working time in `zone`, read on luxon's wall clock (an oracle apart from the library's arithmetic). */
function isWorking(iso: string, policy: Policy, zoneName: string): boolean {
  const local = DateTime.fromISO(iso).setZone(zoneName);
  const minutes = local.hour * 60 + local.minute;
  const [startH = 0, startM = 0] = policy.workingHours.start.split(':').map(Number);
  const [endH = 0, endM = 0] = policy.workingHours.end.split(':').map(Number);
  return policy.workingDays.includes(local.weekday as IsoWeekday) && !policy.holidays.includes(local.toISODate() ?? '')
    && minutes >= startH * 60 + startM && minutes < endH * 60 + endM;
}

/** An instant as the employer's wall clock shows it, as if that were UTC: "N days later" compares as wall time. */
const wallMs = (iso: string, zoneName: string): number => DateTime.fromISO(iso).setZone(zoneName).setZone('UTC', { keepLocalTime: true }).toMillis();

/** `value`, `null` or left out: how a database row holds an optional field. */
function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> {
  return fc.oneof(value, fc.constant(null), fc.constant(undefined));
}

/** A copy without the `null`s and the `undefined`s: the record as the field-less form gives it. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined).map(([key, item]) => [key, withoutNulls(item)]));
}

/** Drops the keys whose value is `undefined`, so a record is what JSON would give. */
const defined = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

const person = fc.record({
  name: fc.constantFrom('Ana Ruiz', 'Bo Chen', 'ana ruiz', 'Cy Park'),
  email: optional(fc.constantFrom('ana@acme.example', 'bo@acme.example', '', 'ANA@acme.example')),
  title: optional(fc.constant('Engineering Manager')),
  salutation: optional(fc.constant('Ms. Ruiz')),
});

/** A round: timed or a day alone, `gap` days after the previous one; or, last, an invitation without a start. */
const round = fc.record({
  gap: fc.integer({ min: 2, max: 20 }),
  minutes: fc.integer({ min: 0, max: 1_439 }),
  dayOnly: fc.boolean(),
  length: optional(fc.integer({ min: 15, max: 240 })),
  label: optional(fc.constantFrom('Phone screen', 'Onsite')),
  timeZone: optional(zone),
  employerTimeZone: optional(zone),
  interviewers: optional(fc.array(person, { maxLength: 3 })),
  decisionDays: optional(fc.integer({ min: 2, max: 20 })),
  followUpPermission: optional(fc.constantFrom('granted', 'declined', 'not-asked')),
  nextSteps: optional(fc.constant('Meet the team')),
});

const activity = fc.record({
  type: fc.constantFrom('reply-received', 'message-sent', 'follow-up-sent', 'check-in-sent', 'step-rescheduled', 'step-done'),
  days: fc.integer({ min: 1, max: 60 }),
  minutes: optional(fc.integer({ min: 0, max: 1_439 })),
  to: optional(fc.constantFrom('Ana Ruiz', 'bo@acme.example', 'Rita Diaz')),
  channel: optional(fc.constantFrom('email', 'linkedin', 'phone', 'other', 'letter')),
  note: optional(fc.constant('from the tracker')),
  step: fc.constantFrom('check-in-1', 'check-in-2', 'application-follow-up-1', 'application-follow-up-2', 'keep-searching-2', 'thank-you-email-ana-ruiz'),
  toDays: fc.integer({ min: -5, max: 40 }),
  toMinutes: optional(fc.integer({ min: 0, max: 1_439 })),
});

const application = fc.record({
  timeZone: zone,
  employerTimeZone: optional(zone),
  appliedDay: dayNumber.filter((day) => day < 46_000),
  appliedMinutes: optional(fc.integer({ min: 0, max: 1_439 })),
  contact: optional(fc.record({ name: fc.constant('Rita Diaz'), email: optional(fc.constantFrom('rita@acme.example', '')), role: optional(fc.constant('recruiter')), salutation: optional(fc.constant('Ms. Diaz')) })),
  rounds: fc.array(round, { maxLength: 3 }),
  invitation: fc.boolean(),
  activities: fc.array(activity, { maxLength: 5 }),
});

type ApplicationRecord = typeof application extends fc.Arbitrary<infer T> ? T : never;

/** An application record with `null`s where the generator chose them, valid by construction. */
function recordOf(s: ApplicationRecord, id: string): Record<string, unknown> {
  let day = s.appliedDay;
  const rounds: Record<string, unknown>[] = s.rounds.map((r, index) => {
    day += r.gap;
    const start = r.dayOnly ? isoDay(day) : wall(day, r.minutes);
    // A day alone has no end time; `null` is no end at all.
    const end = r.length === null || r.length === undefined || r.dayOnly ? (r.length === null ? null : undefined) : wall(day, r.minutes + r.length);
    return {
      id: `${id}-${index}`, label: r.label, start, end,
      timeZone: r.timeZone, employerTimeZone: r.employerTimeZone, interviewers: r.interviewers,
      decisionDate: r.decisionDays === null || r.decisionDays === undefined ? r.decisionDays : isoDay(day + r.decisionDays),
      followUpPermission: r.followUpPermission, nextSteps: r.nextSteps,
    };
  });
  if (s.invitation) rounds.push({ id: `${id}-invited`, label: 'Final', start: null, interviewers: null });
  const after = day + 2;
  const held = s.rounds.length > 0;
  // A check-in needs a round held before it.
  const activities = s.activities.filter((a) => held || a.type !== 'check-in-sent').map((a) => ({
    type: a.type, at: a.minutes === null || a.minutes === undefined ? isoDay(after + a.days) : wall(after + a.days, a.minutes), note: a.note, round: null,
    ...(a.type === 'message-sent' ? { to: a.to, channel: a.channel } : {}),
    ...(a.type === 'follow-up-sent' || a.type === 'check-in-sent' ? { channel: a.channel } : {}),
    ...(a.type === 'step-done' ? { step: a.step } : {}),
    ...(a.type === 'step-rescheduled' ? { step: a.step, to: a.toMinutes === null || a.toMinutes === undefined ? isoDay(after + a.days + a.toDays) : wall(after + a.days + a.toDays, a.toMinutes) } : {}),
  }));
  return {
    id, company: 'Acme', position: 'Engineer', timeZone: s.timeZone, employerTimeZone: s.employerTimeZone, contact: s.contact,
    appliedAt: s.appliedMinutes === null || s.appliedMinutes === undefined ? isoDay(s.appliedDay) : wall(s.appliedDay, s.appliedMinutes),
    rounds: rounds.length === 0 ? null : rounds, activities,
  };
}

describe('null and days without times, anywhere they are allowed', () => {
  it('plan a search exactly as the same records with the nulls removed', () => {
    fc.assert(fc.property(fc.array(application, { minLength: 1, maxLength: 3 }), optional(fc.integer({ min: 0, max: 400 })), (records, nowDays) => {
      const apps = records.map((s, index) => defined(recordOf(s, `app${index}`)) as Record<string, unknown>);
      const firstDay = Math.min(...records.map((s) => s.appliedDay));
      const options = { now: nowDays === null || nowDays === undefined ? nowDays : `${isoDay(firstDay + nowDays)}T12:00:00Z`, policy: null, id: null, timeZone: null, activities: null, invalid: null };
      const withNull = planPipeline(apps as never, defined(options) as never);
      expect(withNull).toEqual(planPipeline(withoutNulls(apps) as never, withoutNulls(options) as never));
    }), { numRuns });
  });

  it('plan an interview given as a day alone, with nulls, exactly as without them', () => {
    fc.assert(fc.property(dayNumber, zone, optional(zone), fc.array(person, { maxLength: 3 }), optional(fc.integer({ min: 0, max: 30 })), (day, timeZone, employerTimeZone, interviewers, nowDays) => {
      const interview = defined({ id: 'x', company: 'Acme', position: 'Engineer', start: isoDay(day), end: null, timeZone, employerTimeZone, interviewers, decisionDate: null, nextSteps: null, followUpPermission: null });
      const options = defined({ now: nowDays === null || nowDays === undefined ? nowDays : `${isoDay(day + nowDays)}T12:00:00Z`, activities: [{ type: 'message-sent', at: isoDay(day + 1), to: null, channel: null, note: null }], policy: null, locale: null });
      expect(planFollowUps(interview as never, options as never)).toEqual(planFollowUps(withoutNulls(interview) as never, withoutNulls(options) as never));
    }), { numRuns });
  });
});

/** The steps of one cadence in attempt order. */
const cadence = (plan: ApplicationPlan, kind: string, round?: string): ApplicationPlan['steps'] => plan.steps
  .filter((step) => step.kind === kind && step.round === round).sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));

describe('random reschedules', () => {
  const pins = fc.array(fc.record({
    step: fc.constantFrom('check-in-1', 'check-in-2', 'check-in-3', 'application-follow-up-1', 'application-follow-up-2', 'thank-you-email-ana-ruiz', 'before-leaving', 'keep-searching-2'),
    atDays: fc.integer({ min: 0, max: 40 }), toDays: fc.integer({ min: -10, max: 60 }), toMinutes: fc.option(fc.integer({ min: 0, max: 1_439 }), { nil: undefined }),
  }), { minLength: 1, maxLength: 6 });
  const sends = fc.array(fc.record({ type: fc.constantFrom('check-in-sent', 'follow-up-sent'), days: fc.integer({ min: 0, max: 50 }), minutes: fc.integer({ min: 0, max: 1_439 }) }), { maxLength: 3 });

  it('never move a step out of the employer\'s working time, nor before the previous attempt was sent', () => {
    fc.assert(fc.property(zone, zone, dayNumber, fc.integer({ min: 0, max: 1_439 }), fc.boolean(), pins, sends, (timeZone, employer, day, minutes, hasRound, moves, sent) => {
      const roundDay = day + 10;
      const plan = planApplication({
        id: 'acme', company: 'Acme', position: 'Engineer', timeZone, employerTimeZone: employer, appliedAt: wall(day, minutes),
        ...(hasRound ? { rounds: [{ id: 'acme-1', start: wall(roundDay, minutes), interviewers: [{ name: 'Ana Ruiz' }] }] } : {}),
        activities: [
          ...moves.map((move) => ({ type: 'step-rescheduled' as const, at: wall(roundDay + 1 + move.atDays, 600), step: move.step,
            to: move.toMinutes === undefined ? isoDay(roundDay + move.toDays) : wall(roundDay + move.toDays, move.toMinutes) })),
          ...sent.map((send) => ({ type: send.type, at: wall(roundDay + 1 + send.days, send.minutes) })).filter((send) => hasRound || send.type === 'follow-up-sent'),
        ],
      }, { policy: { maxCheckIns: 3 } });
      for (const step of plan.steps.filter((candidate) => candidate.adjustments.some((adjustment) => adjustment.rule === 'rescheduled'))) {
        expect(isWorking(step.suggestedAt, plan.policy, employer), `${step.id} at ${step.suggestedAt} in ${employer}`).toBe(true);
        expect(step.opensAt).toBe(step.suggestedAt);
        expect(DateTime.fromISO(step.dueAt).setZone(employer).toISODate()).toBe(DateTime.fromISO(step.suggestedAt).setZone(employer).toISODate());
      }
      for (const steps of [cadence(plan, 'check-in', 'acme-1'), cadence(plan, 'application-follow-up')]) {
        steps.forEach((step, index) => {
          const previous = steps[index - 1];
          if (previous?.doneAt !== undefined) expect(Date.parse(step.suggestedAt), step.id).toBeGreaterThanOrEqual(Date.parse(previous.doneAt));
        });
      }
    }), { numRuns });
  });
});

describe('follow-ups after applying, in many zones', () => {
  const scenario = fc.record({
    timeZone: zone, employer: zone, day: dayNumber, minutes: fc.option(fc.integer({ min: 0, max: 1_439 }), { nil: undefined }),
    firstDays: fc.integer({ min: 1, max: 30 }), repeatDays: fc.integer({ min: 1, max: 30 }), count: fc.integer({ min: 0, max: 5 }),
    unit: fc.constantFrom('days', 'working-days') as fc.Arbitrary<'days' | 'working-days'>,
    sends: fc.array(fc.integer({ min: 0, max: 120 * 24 }), { maxLength: 4 }),
    round: fc.constantFrom('none', 'dated', 'invitation') as fc.Arbitrary<'none' | 'dated' | 'invitation'>, roundDays: fc.integer({ min: 1, max: 90 }),
    now: fc.array(fc.integer({ min: 0, max: 200 * 24 }), { minLength: 2, maxLength: 2 }),
  });

  it('stay in working time, in order, a repeat apart, are ended by any round, and are never missed once done or cancelled', () => {
    fc.assert(fc.property(scenario, (s) => {
      const appliedAt = s.minutes === undefined ? isoDay(s.day) : wall(s.day, s.minutes);
      const input = {
        id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: s.timeZone, employerTimeZone: s.employer, appliedAt,
        ...(s.round === 'none' ? {} : { rounds: [s.round === 'dated' ? { id: 'hooli-1', start: wall(s.day + s.roundDays, 600) } : { id: 'hooli-1' }] }),
        // From the second day after applying in UTC: never before appliedAt, whatever the zone.
        activities: s.sends.map((hours) => ({ type: 'follow-up-sent' as const, at: new Date((s.day + 2) * DAY + hours * 3_600_000) })),
      };
      const policy = { applicationFollowUpDays: s.firstDays, applicationRepeatDays: s.repeatDays, maxApplicationFollowUps: s.count, applicationFollowUpUnit: s.unit };
      const [early = 0, late = 0] = [...s.now].sort((a, b) => a - b);
      const at = (hours: number): string => new Date(s.day * DAY + hours * 3_600_000).toISOString();
      const [before, after] = [planApplication(input, { policy, now: at(early) }), planApplication(input, { policy, now: at(late) })];
      const steps = cadence(after, 'application-follow-up');
      expect(steps.length).toBe(s.count);
      steps.forEach((step, index) => {
        expect(isWorking(step.suggestedAt, after.policy, s.employer), `${step.id} at ${step.suggestedAt} in ${s.employer}`).toBe(true);
        const previous = steps[index - 1];
        if (previous === undefined) return;
        // In order, and a repeat apart on the employer's wall clock, from the previous one's send, else its time.
        const base = previous.doneAt ?? previous.suggestedAt;
        expect(Date.parse(step.suggestedAt), step.id).toBeGreaterThan(Date.parse(base));
        expect(wallMs(step.suggestedAt, s.employer), step.id).toBeGreaterThanOrEqual(wallMs(base, s.employer) + s.repeatDays * DAY);
      });
      if (s.round !== 'none') for (const step of steps) expect(['done', 'cancelled']).toContain(step.status);
      for (const [index, step] of steps.entries()) {
        if (step.doneAt !== undefined) expect(step.status).toBe('done');
        // What is done or cancelled at one moment stays so later: never missed.
        const earlier = cadence(before, 'application-follow-up')[index];
        if (earlier?.status === 'done' || earlier?.status === 'cancelled') expect(step.status).toBe(earlier.status);
      }
    }), { numRuns });
  });
});
