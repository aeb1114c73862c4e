// The benchmark: plan cost in units of one zoned luxon parse, the calendar export against the bare
// `ics` call on the same events, and statuses for 1,000 plans. Run with `npm run bench`.
import { createEvents } from 'ics';
import { DateTime } from 'luxon';
import { Bench } from 'tinybench';
import { calendarInput } from '../src/ics/toICalendar.js';
import { toICalendar } from '../src/ics/index.js';
import { limits, planFollowUps, statusesAt, type InterviewInput } from '../src/index.js';

const time = Number(process.env['BENCH_TIME_MS'] ?? 1000);

function interview(people: number, textLength = 0): InterviewInput {
  const long = (seed: string, max: number): string => (textLength === 0 ? seed : `${seed} ${'x'.repeat(max)}`.slice(0, max));
  return {
    id: long('acme-staff-eng', limits.maxIdLength),
    company: long('Acme', limits.maxNameLength),
    position: long('Staff Engineer', limits.maxNameLength),
    start: '2026-11-20T14:00',
    end: '2026-11-20T15:00',
    timeZone: 'America/New_York',
    employerTimeZone: 'America/Chicago',
    interviewers: Array.from({ length: people }, (_, i) => ({ name: long(`Interviewer ${i + 1}`, limits.maxNameLength), email: `person${i + 1}@acme.example` })),
    decisionDate: '2026-12-01',
    followUpPermission: 'granted',
    ...(textLength === 0 ? {} : { nextSteps: 'n'.repeat(limits.maxNoteLength) }),
  };
}

const generatedAt = '2026-11-22T09:00:00Z';
const three = interview(3);
const threePlan = planFollowUps(three);
const longPlan = planFollowUps(interview(3, 1));
const { events, header } = calendarInput(threePlan, { generatedAt });
const many = Array.from({ length: 1000 }, (_, i) => ({
  ...interview(3),
  id: `app-${i}`,
  start: DateTime.fromISO('2026-01-05T09:00', { zone: 'America/New_York' }).plus({ hours: i * 7 }).toISO({ includeOffset: false }) ?? '',
  end: undefined,
}) as unknown as InterviewInput);
let manyPlans: ReturnType<typeof planFollowUps>[] | undefined;
let tick = 0;

const bench = new Bench({ time, warmupTime: 200 });
bench
  .add('unit: DateTime.fromISO(wallTime, { zone })', () => {
    DateTime.fromISO('2026-11-20T14:00', { zone: 'America/New_York' });
  })
  .add('planFollowUps, 1 interviewer', () => { planFollowUps(interview(1)); })
  .add('planFollowUps, 3 interviewers', () => { planFollowUps(three); })
  .add('planFollowUps, 10 interviewers', () => { planFollowUps(interview(10)); })
  .add('planFollowUps, 30 interviewers (10x)', () => { planFollowUps(interview(30)); })
  .add('planFollowUps, 3 interviewers, longest texts', () => { planFollowUps(interview(3, 1)); })
  .add('toICalendar, 3-interviewer plan', () => { toICalendar(threePlan, { generatedAt }); })
  .add('bare ics createEvents, same events', () => { createEvents(events, header); })
  .add('toICalendar, longest texts', () => { toICalendar(longPlan, { generatedAt }); })
  .add('1,000 plans re-planned at a new now', () => {
    tick += 1;
    const now = new Date(Date.UTC(2026, 5, 1) + tick * 60_000);
    for (const item of many) planFollowUps(item, { now });
  })
  .add('statusesAt for 1,000 kept plans at a new now', () => {
    tick += 1;
    const now = new Date(Date.UTC(2026, 5, 1) + tick * 60_000);
    manyPlans ??= many.map((item) => planFollowUps(item));
    for (const plan of manyPlans) statusesAt(plan, now);
  });

await bench.run();

const mean = (name: string): number => {
  const task = bench.tasks.find((candidate) => candidate.name === name);
  const latency = (task?.result as { latency?: { mean?: number } } | undefined)?.latency?.mean;
  if (latency === undefined) throw new Error(`no result for ${name}`);
  return latency; // milliseconds
};
const unit = mean('unit: DateTime.fromISO(wallTime, { zone })');
const rows = bench.tasks.map((task) => {
  const ms = mean(task.name);
  return { task: task.name, 'mean (µs)': (ms * 1000).toFixed(1), 'per second': Math.round(1000 / ms).toLocaleString('en-US'), units: (ms / unit).toFixed(1) };
});
console.table(rows);
const ratio = mean('toICalendar, 3-interviewer plan') / mean('bare ics createEvents, same events');
console.log(`one unit = ${(unit * 1000).toFixed(1)} µs; 3-interviewer plan = ${(mean('planFollowUps, 3 interviewers') / unit).toFixed(1)} units (target ≤ 8)`);
console.log(`toICalendar / bare createEvents = ${ratio.toFixed(2)}× (target ≤ 1.3×)`);
console.log(`30 interviewers / 3 interviewers = ${(mean('planFollowUps, 30 interviewers (10x)') / mean('planFollowUps, 3 interviewers')).toFixed(1)}×`);
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
