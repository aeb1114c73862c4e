import fc from 'fast-check';
import ICAL from 'ical.js';
import { createEvents } from 'ics';
import { describe, expect, it, vi } from 'vitest';
import { toICalendar, toICalendarEvents, type ICalendarOptions } from '../../src/ics/index.js';
import { FollowUpError, planFollowUps, type FollowUpPlan, type InterviewInput } from '../../src/index.js';
import { physicalLines } from '../helpers/calendar.js';
import { acme } from '../helpers/interviews.js';

// Every call into `ics` is counted, and still reaches the real serialiser.
vi.mock('ics', async (importOriginal) => {
  const real = await importOriginal<typeof import('ics')>();
  return { ...real, createEvents: vi.fn(real.createEvents) };
});

const numRuns = Math.max(20, Math.floor(Number(process.env['FC_NUM_RUNS'] ?? 400) / 10));
const generatedAt = '2026-11-22T09:00:00Z';
const bytes = (text: string): number => new TextEncoder().encode(text).length;
/** The header line that says what was left out, CRLF included. */
const omittedLine = (steps: number, drafts: number): string => `X-INTERVIEW-FOLLOWUP-OMITTED:${steps}\\;${drafts}\r\n`;

/** Each event's block by UID, as the calendar writes it. */
function blocks(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of text.split(/(?=BEGIN:VEVENT\r\n)/).slice(1)) {
    const event = block.slice(0, block.indexOf('END:VEVENT\r\n') + 'END:VEVENT\r\n'.length);
    found.set(/^UID:(.*)$/m.exec(event)?.[1] ?? '', event);
  }
  return found;
}

function errorOf(run: () => unknown): FollowUpError {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpError) return error;
    throw error;
  }
  throw new Error('expected a FollowUpError');
}

// Missed before-leaving (oldest), Ana's thanks done (a draft with a link), Bo's thanks open (a
// draft, no address), three reminders and two check-ins upcoming (drafts with links).
const plan = planFollowUps(acme, {
  now: generatedAt,
  activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Ana Ruiz' }],
});
const uid = (id: string): string => `acme-staff-eng.${id}@interview-followup`;
const full = toICalendar(plan, { generatedAt });
const F = bytes(full);
const withDraft = blocks(full);
const withoutDraft = blocks(toICalendar(plan, { generatedAt, drafts: false }));
const size = (id: string, draft = true): number => bytes((draft ? withDraft : withoutDraft).get(uid(id)) ?? '');
const saved = (id: string): number => size(id) - size(id, false);
const L = (steps: number, drafts: number): number => bytes(omittedLine(steps, drafts));

/** The calendar after each removal in the contract's order, with its size. */
const stages = (() => {
  const afterAnaDraft = F - saved('thank-you-email-ana-ruiz');
  const afterBeforeLeaving = afterAnaDraft - size('before-leaving');
  const afterAna = afterBeforeLeaving - size('thank-you-email-ana-ruiz', false);
  const afterCheckIn2 = afterAna - saved('check-in-2');
  const afterCheckIn1 = afterCheckIn2 - saved('check-in-1');
  const afterBo = afterCheckIn1 - saved('thank-you-email-bo-chen');
  return [
    { name: "the done thank-you's draft", body: afterAnaDraft, steps: 0, drafts: 1, gone: [], plain: ['thank-you-email-ana-ruiz'] },
    { name: 'the missed step, the oldest', body: afterBeforeLeaving, steps: 1, drafts: 1, gone: ['before-leaving'], plain: ['thank-you-email-ana-ruiz'] },
    { name: 'the done step, whose draft no longer counts', body: afterAna, steps: 2, drafts: 0, gone: ['before-leaving', 'thank-you-email-ana-ruiz'], plain: [] },
    { name: "the latest check-in's draft", body: afterCheckIn2, steps: 2, drafts: 1, gone: ['before-leaving', 'thank-you-email-ana-ruiz'], plain: ['check-in-2'] },
    { name: "the earlier check-in's draft", body: afterCheckIn1, steps: 2, drafts: 2, gone: ['before-leaving', 'thank-you-email-ana-ruiz'], plain: ['check-in-2', 'check-in-1'] },
    { name: "the open thank-you's draft", body: afterBo, steps: 2, drafts: 3, gone: ['before-leaving', 'thank-you-email-ana-ruiz'], plain: ['check-in-2', 'check-in-1', 'thank-you-email-bo-chen'] },
  ].map((stage) => ({ ...stage, total: stage.body + L(stage.steps, stage.drafts) }));
})();

describe('toICalendar maxBytes', () => {
  it('writes the same bytes as without a limit when the calendar fits, to the byte', () => {
    expect(toICalendar(plan, { generatedAt, maxBytes: F })).toBe(full);
    expect(toICalendar(plan, { generatedAt, maxBytes: 10_000_000 })).toBe(full);
  });

  it.each(stages.map((stage, index) => [stage.name, index] as const))('leaves out %s next, and stops as soon as the calendar fits', (_name, index) => {
    const stage = stages[index]!;
    const previous = index === 0 ? F : stages[index - 1]!.total;
    // The largest limit the previous stage misses and this one meets, and the smallest this one meets.
    for (const maxBytes of [previous - 1, stage.total]) {
      const text = toICalendar(plan, { generatedAt, maxBytes });
      expect(bytes(text)).toBe(stage.total);
      const lines = text.split('\r\n');
      expect(lines[lines.indexOf('REFRESH-INTERVAL;VALUE=DURATION:PT1H') + 1]).toBe(omittedLine(stage.steps, stage.drafts).trimEnd());
      const written = blocks(text);
      expect([...withDraft.keys()].filter((key) => !written.has(key))).toEqual(stage.gone.map(uid));
      for (const [key, block] of written) {
        const plain = stage.plain.map(uid).includes(key);
        expect(block, key).toBe(plain ? withoutDraft.get(key) : withDraft.get(key));
      }
    }
  });

  it('throws too-large at maxBytes, naming the smallest calendar it can write, when the upcoming, open and overdue steps alone do not fit', () => {
    const smallest = stages[stages.length - 1]!.total;
    expect(bytes(toICalendar(plan, { generatedAt, maxBytes: smallest }))).toBe(smallest);
    const error = errorOf(() => toICalendar(plan, { generatedAt, maxBytes: smallest - 1 }));
    expect([error.code, error.path, error.message]).toEqual([
      'too-large', 'maxBytes', `maxBytes: the calendar needs ${smallest} bytes with only its upcoming, open and overdue steps and no drafts, more than ${smallest - 1}`,
    ]);
  });

  it('writes the OMITTED line as an escaped TEXT value that parsers read back as "steps;drafts"', () => {
    const text = toICalendar(plan, { generatedAt, maxBytes: stages[3]!.total });
    expect(text).toContain('\r\nX-INTERVIEW-FOLLOWUP-OMITTED:2\\;1\r\n');
    physicalLines(text);
    // ical.js reads an X- property it does not know as raw; RFC 5545 says its default type is TEXT.
    const design = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
    design['x-interview-followup-omitted'] = { defaultType: 'text' };
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-interview-followup-omitted')).toBe('2;1');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(plan.steps.length - 2);
  });

  it('hands `ics` the plan once, however much it leaves out', () => {
    vi.mocked(createEvents).mockClear();
    toICalendar(plan, { generatedAt, maxBytes: stages[stages.length - 1]!.total });
    expect(vi.mocked(createEvents).mock.calls).toHaveLength(1);
    expect(vi.mocked(createEvents).mock.calls[0]?.[0]).toHaveLength(plan.steps.length);
  });

  it.each([
    ['a string', '1000000', 'invalid-type', 'maxBytes: expected a whole number'],
    ['a fraction', 1000.5, 'invalid-type', 'maxBytes: expected a whole number'],
    ['NaN', Number.NaN, 'invalid-type', 'maxBytes: expected a whole number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'invalid-type', 'maxBytes: expected a whole number'],
    ['zero', 0, 'out-of-range', `maxBytes: expected 1 to ${Number.MAX_SAFE_INTEGER}, got 0`],
    ['a negative number', -1, 'out-of-range', `maxBytes: expected 1 to ${Number.MAX_SAFE_INTEGER}, got -1`],
    ['a number past 2^53', 2 ** 60, 'out-of-range', `maxBytes: expected 1 to ${Number.MAX_SAFE_INTEGER}, got ${2 ** 60}`],
  ])('refuses %s at maxBytes, before reading the plan', (_name, maxBytes, code, message) => {
    const error = errorOf(() => toICalendar({} as FollowUpPlan, { generatedAt, maxBytes } as unknown as ICalendarOptions));
    expect([error.code, error.path, error.message]).toEqual([code, 'maxBytes', message]);
  });
});

describe('toICalendar maxBytes, for any plan and any limit', () => {
  const people = fc.array(fc.record({ name: fc.constantFrom('Ana Ruiz', 'Bo Chen', 'Cy Park', 'Dee Lo', 'Eve Ng'), email: fc.option(fc.constantFrom('a@acme.example', 'b@acme.example'), { nil: undefined }) }), { maxLength: 4 })
    .map((list) => list.filter((person, index) => list.findIndex((other) => other.name === person.name) === index).map(({ name, email }) => (email === undefined ? { name } : { name, email })));
  const plans = fc.record({
    interviewers: people,
    nowDays: fc.integer({ min: -2, max: 40 }),
    letters: fc.boolean(),
    maxCheckIns: fc.integer({ min: 0, max: 4 }),
    company: fc.constantFrom('Acme', 'Café "Crème"; Zürich', '面接の会社 👩🏽‍💻'),
  }).map(({ interviewers, nowDays, letters, maxCheckIns, company }): FollowUpPlan => planFollowUps({ ...acme, company, interviewers } as InterviewInput, {
    now: new Date(Date.parse('2026-11-20T20:00:00Z') + nowDays * 86_400_000),
    policy: { letters, maxCheckIns },
  }));

  it('is at most maxBytes or too-large, keeps every upcoming, open and overdue step, and counts in OMITTED exactly what is missing', () => {
    fc.assert(fc.property(plans, fc.double({ min: 0.05, max: 1.2, noNaN: true }), (plan, share) => {
      const whole = toICalendar(plan, { generatedAt });
      const plainBlocks = blocks(toICalendar(plan, { generatedAt, drafts: false }));
      const fullBlocks = blocks(whole);
      const maxBytes = Math.max(1, Math.round(bytes(whole) * share));
      let text: string;
      try {
        text = toICalendar(plan, { generatedAt, maxBytes });
      } catch (error) {
        expect(error).toMatchObject({ code: 'too-large', path: 'maxBytes' });
        return;
      }
      expect(bytes(text)).toBeLessThanOrEqual(maxBytes);
      const written = blocks(text);
      for (const step of plan.steps) {
        const key = `acme-staff-eng.${step.id}@interview-followup`;
        if (step.status === 'upcoming' || step.status === 'open' || step.status === 'overdue') expect(written.has(key), key).toBe(true);
      }
      const missing = [...fullBlocks.keys()].filter((key) => !written.has(key)).length;
      const plain = [...written].filter(([key, block]) => block !== fullBlocks.get(key)).length;
      for (const [key, block] of written) expect([fullBlocks.get(key), plainBlocks.get(key)]).toContain(block);
      const counts = /^X-INTERVIEW-FOLLOWUP-OMITTED:(\d+)\\;(\d+)\r$/m.exec(text);
      if (counts === null) expect(text).toBe(whole);
      else expect([Number(counts[1]), Number(counts[2])]).toEqual([missing, plain]);
    }), { numRuns });
  });
});

describe('toICalendarEvents with maxBytes', () => {
  it('leaves out the steps and drafts the calendar leaves out, and writes the rest byte for byte as the calendar does', () => {
    const options = { generatedAt, maxBytes: stages[4]!.total };
    const calendar = blocks(toICalendar(plan, options));
    const resources = toICalendarEvents(plan, options);
    expect(resources.map((resource) => resource.uid)).toEqual([...calendar.keys()]);
    for (const resource of resources) expect(blocks(resource.text).get(resource.uid)).toBe(calendar.get(resource.uid));
  });
});
