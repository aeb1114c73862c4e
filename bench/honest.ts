// The honest rows of `npm run bench`: warm against cold plans in interleaved rounds (median and
// spread), a fresh process's first planning of a 300-application search, statusesAt on 100,000
// kept plans, retained heap per plan, the command's start-up against bare Node, and the calendar
// export against the bare `ics` call, ical-generator and a floor serialiser, for one plan and for a
// 300-application search (also cut to 1.2 MB with `maxBytes`: its upcoming, open and overdue steps alone take 1.1 MB).
import { execFileSync } from 'node:child_process';
import { createEvents } from 'ics';
import icalGenerator from 'ical-generator';
import { DateTime } from 'luxon';
import type { Event } from '../src/ics/events.js';
import { calendarInput } from '../src/ics/toICalendar.js';
import { escapeText, foldLine } from '../src/ics/text.js';
import { toICalendar } from '../src/ics/index.js';
import { planFollowUps, planPipeline, statusesAt, validateInterview, type InterviewInput } from '../src/index.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
const PER_ROUND = Number(process.env['BENCH_PER_ROUND'] ?? 800);
const zones = Intl.supportedValuesOf('timeZone');

function interview(start: string, timeZone: string, employerTimeZone: string): InterviewInput {
  return {
    id: 'bench', company: 'Acme', position: 'Staff Engineer', start, timeZone, employerTimeZone,
    interviewers: [1, 2, 3].map((i) => ({ name: `Interviewer ${i}`, email: `p${i}@acme.example` })),
    decisionDate: DateTime.fromISO(start, { zone: employerTimeZone }).plus({ days: 10 }).toISODate() ?? undefined,
    followUpPermission: 'granted',
  } as InterviewInput;
}

const warmInput = interview('2026-11-20T14:00', 'America/New_York', 'America/Chicago');
/** The same interview with thanks and a check-in logged, read at a later `now`: what an app re-plans most. */
const loggedOptions = { now: '2026-12-20T12:00:00Z', activities: [
  { type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'p1@acme.example' },
  { type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'p2@acme.example' },
  { type: 'check-in-sent', at: '2026-12-02T16:00:00Z' },
] } as const;
const warmZones = new Set(['America/New_York', 'America/Chicago', 'UTC']);
let coldIndex = 0;
/** Half the zones are met at start-up; the other half are kept for the first-plan-in-a-zone row. */
const metZones = zones.filter((zone, index) => index % 2 === 0 || warmZones.has(zone));
for (const zone of metZones) validateInterview(interview('2026-01-05T10:00', zone, zone));
/** A date this process has not planned before, in zones it has met. */
function coldInput(): InterviewInput {
  coldIndex++;
  // Steps of 37 days (and a minute more each lap) walk 1975–2095 without repeating an hour.
  const day = DateTime.fromObject({ year: 1975, month: 1, day: 1 }, { zone: 'UTC' }).plus({ days: (coldIndex * 37) % 43_800, minutes: Math.floor((coldIndex * 37) / 43_800) });
  const zone = metZones[(coldIndex * 7) % metZones.length] ?? 'UTC';
  const employer = metZones[(coldIndex * 11) % metZones.length] ?? 'UTC';
  return interview(day.toISO({ includeOffset: false, suppressMilliseconds: true }) ?? '2026-01-01T10:00', zone, employer);
}
/** Zones no plan has used yet, two per plan: the first plan in each pays for the runtime's zone formatter. */
const unmet = zones.filter((zone) => !metZones.includes(zone));
function newZoneInput(): InterviewInput {
  coldIndex++;
  const [zone = 'UTC', employer = 'UTC'] = unmet.splice(0, 2);
  const day = DateTime.fromObject({ year: 1975, month: 1, day: 1 }, { zone: 'UTC' }).plus({ days: (coldIndex * 37) % 43_800 });
  return interview(day.toISO({ includeOffset: false, suppressMilliseconds: true }) ?? '2026-01-01T10:00', zone, employer);
}
const NEW_ZONE_PLANS = 5;

/**
 * Milliseconds of this process's CPU time per call of `run`, over `count` calls: time spent
 * waiting for a shared machine's other work is not counted.
 */
function timed(count: number, run: () => void): number {
  const started = process.cpuUsage();
  for (let i = 0; i < count; i++) run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / count;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Interleaved rounds: each round times every task once, so drift and noise hit all alike. */
function rounds(tasks: Record<string, { count: number; run: () => void }>): Record<string, number[]> {
  const results: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, task] of Object.entries(tasks)) results[name]?.push(timed(task.count, task.run));
  }
  return results;
}

// Warm-up until the engine has compiled every path the rows take (a few hundred plans are still
// interpreted, at five times the cost): the unit, warm plans, plans with activities, and cold
// plans in many zones (dates the rows below never use), interleaved as the rows are.
for (let lap = 0; lap < 4; lap++) {
  for (let i = 0; i < 2000; i++) DateTime.fromISO('2026-11-20T14:00', { zone: 'America/New_York' });
  for (let i = 0; i < 1000; i++) planFollowUps(warmInput);
  for (let i = 0; i < 500; i++) planFollowUps(warmInput, loggedOptions);
  for (let i = 0; i < 250; i++) planFollowUps(coldInput());
}

const generatedAt = '2026-11-22T09:00:00Z';
const warmPlan = planFollowUps(warmInput);
const { events, header } = calendarInput(warmPlan, { generatedAt });

/** The floor: the wrapper's own escaping and folding writing the same events, nothing else. */
function floorSerialiser(events: readonly Event[]): string {
  const stamp = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//interview-followup//Follow-up plan//EN'];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid ?? ''}`, `DTSTAMP:${stamp(event.timestamp)}`, `DTSTART:${stamp(event.start as number)}`,
      `DTEND:${stamp((event as { end: number }).end)}`, `SUMMARY:${escapeText(event.title ?? '')}`, `DESCRIPTION:${escapeText(event.description ?? '')}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function icalGeneratorExport(): string {
  const calendar = icalGenerator({ name: 'Acme follow-ups', prodId: '//interview-followup//Follow-up plan//EN' });
  for (const event of events) {
    calendar.createEvent({ id: event.uid ?? '', start: new Date(event.start as number), end: new Date((event as { end: number }).end), stamp: new Date(event.timestamp), summary: event.title ?? '', description: event.description ?? '' });
  }
  return calendar.toString();
}

// Inputs are made before the clock starts: making one costs luxon work that is not planning.
const coldInputs = Array.from({ length: ROUNDS * (PER_ROUND / 4) }, coldInput);
const newZoneInputs = Array.from({ length: ROUNDS * NEW_ZONE_PLANS }, newZoneInput);
let nextCold = 0;
let nextNewZone = 0;
const results = rounds({
  unit: { count: 2000, run: () => { DateTime.fromISO('2026-11-20T14:00', { zone: 'America/New_York' }); } },
  'warm plan (same input)': { count: PER_ROUND, run: () => { planFollowUps(warmInput); } },
  'warm plan with logged activities': { count: PER_ROUND / 2, run: () => { planFollowUps(warmInput, loggedOptions); } },
  'cold plan (new dates, zones met)': { count: PER_ROUND / 4, run: () => { planFollowUps(coldInputs[nextCold++] as InterviewInput); } },
  'first plan in two new zones': { count: NEW_ZONE_PLANS, run: () => { planFollowUps(newZoneInputs[nextNewZone++] as InterviewInput); } },
  'toICalendar (3 interviewers)': { count: 10, run: () => { toICalendar(warmPlan, { generatedAt }); } },
  'bare ics createEvents, same events': { count: 10, run: () => { createEvents(events, header); } },
  'ical-generator, same events': { count: 10, run: () => { icalGeneratorExport(); } },
  'floor: own escaping and folding': { count: 10, run: () => { floorSerialiser(events); } },
});
const unit = median(results['unit'] ?? []);
console.log(`\nInterleaved rounds (${ROUNDS}) of CPU time, median and spread; unit = one zoned luxon parse = ${(unit * 1000).toFixed(1)} µs`);
console.table(Object.fromEntries(Object.entries(results).map(([name, values]) => [name, {
  'median (µs)': (median(values) * 1000).toFixed(1),
  'min–max (µs)': `${(Math.min(...values) * 1000).toFixed(1)}–${(Math.max(...values) * 1000).toFixed(1)}`,
  units: (median(values) / unit).toFixed(1),
}])));
const unitsOf = (name: string): number => median(results[name] ?? []) / unit;
console.log(`warm plan = ${unitsOf('warm plan (same input)').toFixed(2)} units (target ≤ 2.5); cold plan = ${unitsOf('cold plan (new dates, zones met)').toFixed(2)} units (target ≤ 6); first plan in two new zones = ${unitsOf('first plan in two new zones').toFixed(1)} units (two runtime zone formatters)`);
const exportRatio = median(results['toICalendar (3 interviewers)'] ?? []) / median(results['bare ics createEvents, same events'] ?? []);
console.log(`toICalendar / bare ics = ${exportRatio.toFixed(2)}× (target ≤ 1.3×); ical-generator / bare ics = ${(median(results['ical-generator, same events'] ?? []) / median(results['bare ics createEvents, same events'] ?? [])).toFixed(2)}×; floor / bare ics = ${(median(results['floor: own escaping and folding'] ?? []) / median(results['bare ics createEvents, same events'] ?? [])).toFixed(3)}×`);

// The export of a 300-application search (the same applications as the fresh-process row below),
// planned once: long descriptions, hundreds of events.
const searchZones = ['America/New_York', 'America/Chicago', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];
const searchPlan = planPipeline(Array.from({ length: 300 }, (_, i) => ({
  id: `app${i}`, company: `Co ${i}`, position: 'Engineer', timeZone: searchZones[i % 6] ?? 'UTC', employerTimeZone: searchZones[(i + 1) % 6] ?? 'UTC',
  rounds: [{ id: `r${i}`, start: new Date(Date.UTC(2026, 0, 5) + i * 86_400_000 * 1.3).toISOString(), interviewers: [{ name: 'Ana Ruiz' }] }],
})), { now: '2026-06-01T12:00:00Z' });
const search = calendarInput(searchPlan, { generatedAt });
const searchResults = rounds({
  'toICalendar, 300-application search': { count: 1, run: () => { toICalendar(searchPlan, { generatedAt }); } },
  'toICalendar, same search, maxBytes 1,200,000': { count: 1, run: () => { toICalendar(searchPlan, { generatedAt, maxBytes: 1_200_000 }); } },
  'bare ics createEvents, same events': { count: 1, run: () => { createEvents(search.events, search.header); } },
  'floor: own escaping and folding': { count: 1, run: () => { floorSerialiser(search.events); } },
});
const searchMedian = (name: string): number => median(searchResults[name] ?? []);
console.log(`\nExport of a 300-application search (${search.events.length} events, ${toICalendar(searchPlan, { generatedAt }).length.toLocaleString('en-US')} characters), ${ROUNDS} interleaved rounds of CPU time`);
console.table(Object.fromEntries(Object.entries(searchResults).map(([name, values]) => [name, {
  'median (ms)': median(values).toFixed(1),
  'min–max (ms)': `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`,
  'per event (µs)': ((median(values) * 1000) / search.events.length).toFixed(1),
}])));
const limited = toICalendar(searchPlan, { generatedAt, maxBytes: 1_200_000 });
console.log(`toICalendar / floor = ${(searchMedian('toICalendar, 300-application search') / searchMedian('floor: own escaping and folding')).toFixed(1)}× (target ≤ 12×); toICalendar / bare ics = ${(searchMedian('toICalendar, 300-application search') / searchMedian('bare ics createEvents, same events')).toFixed(2)}×; with maxBytes / without = ${(searchMedian('toICalendar, same search, maxBytes 1,200,000') / searchMedian('toICalendar, 300-application search')).toFixed(2)}× (${new TextEncoder().encode(limited).length.toLocaleString('en-US')} bytes, ${/^X-INTERVIEW-FOLLOWUP-OMITTED:.*$/m.exec(limited)?.[0] ?? 'nothing left out'})`);

// statusesAt on 100,000 kept plans: 1,000 plans, 100 moves of the clock.
const kept = Array.from({ length: 1000 }, () => planFollowUps(coldInput()));
const statusMs = timed(1, () => {
  for (let tick = 0; tick < 100; tick++) {
    const now = new Date(Date.UTC(2026, 5, 1) + tick * 3_600_000);
    for (const plan of kept) statusesAt(plan, now);
  }
});
console.log(`statusesAt on 100,000 kept plans: ${statusMs.toFixed(0)} ms (${((statusMs * 1000) / 100_000).toFixed(2)} µs each)`);

// Fresh processes: retained heap per plan, and the first planning of a 300-application search.
const root = new URL('..', import.meta.url).pathname;
const child = (script: string, flags: readonly string[] = []): string =>
  execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim();
console.log(`retained heap per plan (1,000 kept, after GC): ${child(`
  import { planFollowUps } from './dist/index.js';
  const make = (i) => planFollowUps({ id: 'a' + i, company: 'Acme', position: 'Engineer', start: new Date(Date.UTC(2026, 0, 5) + i * 86400000 * 3), timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
    interviewers: [1, 2, 3].map((n) => ({ name: 'Interviewer ' + n, email: 'p' + n + '@acme.example' })), decisionDate: undefined, followUpPermission: 'granted' });
  make(0); globalThis.gc(); const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: 1000 }, (_, i) => make(i + 1)); globalThis.gc();
  console.log(((process.memoryUsage().heapUsed - before) / 1000 / 1024).toFixed(1) + ' KB' + (kept.length ? '' : ''));
`, ['--expose-gc'])}`);
console.log(`first planning of a 300-application search in a fresh process: ${child(`
  import { planPipeline } from './dist/index.js';
  const zones = ['America/New_York', 'America/Chicago', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];
  const apps = Array.from({ length: 300 }, (_, i) => ({ id: 'app' + i, company: 'Co ' + i, position: 'Engineer', timeZone: zones[i % 6], employerTimeZone: zones[(i + 1) % 6],
    rounds: [{ id: 'r' + i, start: new Date(Date.UTC(2026, 0, 5) + i * 86400000 * 1.3).toISOString(), interviewers: [{ name: 'Ana Ruiz' }] }] }));
  const started = process.hrtime.bigint(); planPipeline(apps, { now: '2026-06-01T12:00:00Z' });
  console.log((Number(process.hrtime.bigint() - started) / 1e6).toFixed(1) + ' ms');
`)}`);

// The command: an agenda against bare Node, in fresh processes (median of 7).
const wall = (args: readonly string[]): number => median(Array.from({ length: 7 }, () => {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}));
const bare = wall(['-e', '0']);
const cli = wall(['dist/cli.js', 'examples/interview.json', '--now', '2026-11-22T09:00:00Z']);
const cliIcs = wall(['dist/cli.js', 'examples/interview.json', '--now', '2026-11-22T09:00:00Z', '--ics', '-', '--generated-at', generatedAt]);
console.log(`command start-up: bare node -e 0 ${bare.toFixed(0)} ms; agenda ${cli.toFixed(0)} ms (+${(cli - bare).toFixed(0)}); agenda with the calendar ${cliIcs.toFixed(0)} ms (+${(cliIcs - bare).toFixed(0)})`);
