import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../src/ics/index.js';
import { draftCheckIn, draftForStep, draftThankYouEmail, FollowUpError, planApplication, planFollowUps, planPipeline, statusesAt, validateApplication, type ApplicationInput, type FollowUpPlan, type InterviewInput, type PipelinePlan } from '../src/index.js';
import { expectValidCalendar } from './helpers/calendar.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 400);
/** Cases that serialise a calendar cost more (the `ics` package dominates), so they run a quarter as many. */
const calendarRuns = Math.max(50, Math.floor(numRuns / 4));

/** Pieces that have broken calendars and mail headers: line breaks, iCalendar syntax, controls, odd Unicode. */
const HOSTILE = [
  '\r', '\n', '\r\n', ',', ';', '\\', '"', ':', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029',
  '\ud800', '\udfff', '😀', '👩🏽‍💻', '漢字', 'é', 'e\u0301', ' ', '\t', 'a', 'Z', '0', 'BEGIN:VEVENT', 'END:VEVENT',
  'END:VCALENDAR', 'UID:evil', 'SUMMARY;X=1:', '=', '%0D%0A', 'mailto:', '<', '>', '[Name]',
];
const CLEAN = [',', ';', '\\', '"', ':', '😀', '👩🏽‍💻', '漢字', 'é', 'e\u0301', ' ', 'a', 'Z', '0', 'BEGIN:VEVENT', 'END:VCALENDAR', 'UID:evil', '=', '%0D%0A', '<', '>', '[Name]'];
const hostile = fc.array(fc.constantFrom(...HOSTILE), { minLength: 0, maxLength: 40 }).map((parts) => parts.join(''));
/** Text that passes validation: iCalendar syntax and odd Unicode, but no controls or line breaks. */
const clean = fc.array(fc.constantFrom(...CLEAN), { minLength: 1, maxLength: 15 }).map((parts) => parts.join(''));
const FIELDS = ['id', 'company', 'position', 'nextSteps', 'name', 'title', 'email', 'sender', 'highlight'] as const;

/** Every field clean, then (in half the cases) one field replaced by hostile text. */
const fields = fc.record({
  id: clean, company: clean, position: clean, nextSteps: clean, name: clean, title: clean,
  email: fc.constantFrom('ana@acme.example', 'o\'neil+jobs@example.co.uk'), sender: clean, highlight: clean,
  victim: fc.option(fc.constantFrom(...FIELDS), { nil: undefined }), poison: hostile, repeat: fc.integer({ min: 1, max: 200 }),
}).map(({ victim, poison, repeat, ...f }) => (victim === undefined ? f : { ...f, [victim]: victim === 'nextSteps' ? poison.repeat(repeat) : poison }));

describe('hostile text in every field', () => {
  it('gives a FollowUpError with a code, or a calendar that parses into exactly one VEVENT per step', () => {
    let planned = 0;
    fc.assert(fc.property(fields, (f) => {
      const interview = {
        id: f.id, company: f.company, position: f.position, nextSteps: f.nextSteps,
        start: '2026-11-17T10:00', timeZone: 'America/New_York',
        interviewers: [{ name: f.name, title: f.title, email: f.email }, { name: `${f.name} 2` }],
      } as InterviewInput;
      let plan;
      try {
        plan = planFollowUps(interview);
      } catch (error) {
        expect(error).toBeInstanceOf(FollowUpError);
        expect(typeof (error as FollowUpError).code).toBe('string');
        return;
      }
      planned++;
      try {
        const calendar = toICalendar(plan, { generatedAt: '2026-11-17T00:00:00Z', calendarName: f.company, draftDetails: { senderName: f.sender, highlight: f.highlight } });
        expectValidCalendar(calendar, plan);
      } catch (error) {
        if (!(error instanceof FollowUpError)) throw error;
        // Draft details are options, checked up front: their problems name the option's path.
        expect(error.path.startsWith('draftDetails.')).toBe(true);
        expectValidCalendar(toICalendar(plan, { generatedAt: '2026-11-17T00:00:00Z', calendarName: f.company }), plan);
      }
    }), { numRuns: calendarRuns });
    // Enough cases must get past validation for the calendar half of the property to mean something.
    expect(planned).toBeGreaterThan(calendarRuns / 10);
  });

  it('never lets a line break into a draft subject', () => {
    fc.assert(fc.property(fields, (f) => {
      const interview = { company: f.company, position: f.position, interviewers: [{ name: f.name }] };
      for (const make of [
        () => draftThankYouEmail(interview, f.name, { senderName: f.sender, highlight: f.highlight }),
        () => draftCheckIn(interview, { senderName: f.sender, attempt: 2 }),
      ]) {
        try {
          const draft = make();
          expect(draft.subject).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
          expect(draft.body).not.toMatch(/undefined/);
        } catch (error) {
          expect(error).toBeInstanceOf(FollowUpError);
        }
      }
    }), { numRuns });
  });

  it('plans clean text from the same alphabet without line breaks or controls', () => {
    const nonBlank = clean.filter((value) => value.trim() !== '');
    fc.assert(fc.property(nonBlank, nonBlank, (company, name) => {
      const plan = planFollowUps({ id: company, company, position: name, start: '2026-11-17T10:00', timeZone: 'Europe/Berlin', interviewers: [{ name, email: 'a@b.example' }] });
      const events = expectValidCalendar(toICalendar(plan, { generatedAt: '2026-11-17T00:00:00Z', draftDetails: { senderName: name } }), plan);
      // Names are trimmed on input; everything else, iCalendar syntax included, survives verbatim.
      expect(String(events[1]?.getFirstPropertyValue('summary'))).toBe(`Thank ${name.trim()} for the ${company.trim()} interview`);
    }), { numRuns: calendarRuns });
  });
});

/** Values an app's storage or a hand edit can leave in any field of a stored plan. */
const EDIT_VALUES: readonly unknown[] = [
  undefined, null, 0, -1, 1e308, Number.NaN, true, '', ' ', 'x'.repeat(30_000), '\ud800', 'a\r\nUID:evil', '2026-02-30T10:00:00Z',
  '2026-11-20T10:00', 'tomorrow', [], [null], new Array(3), {}, { text: 1 }, JSON.parse('{"__proto__": {"polluted": true}}'),
  'thank-you-email', 'done', 'Mars/Base', 'america/new_york',
];

/** Every path to a value in a plan: `['steps', 3, 'recipient', 'email']` and so on. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** A deep copy of `plan` with the value at `path` replaced (or deleted, for `undefined`). */
function edited(plan: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(plan)) as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('plans handed back after an app stored and edited them', () => {
  const stored = JSON.parse(JSON.stringify(planFollowUps({
    id: 'acme', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00', timeZone: 'America/New_York', decisionDate: '2026-11-25',
    interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example', title: 'CTO' }, { name: 'Bo Chen' }], nextSteps: 'A panel',
  }, { now: '2026-11-18T12:00:00Z', activities: [{ type: 'thank-you-sent', at: '2026-11-18T16:00:00Z', interviewer: 'Ana Ruiz' }] }))) as FollowUpPlan;
  const paths = pathsOf(stored);

  it('give a FollowUpError or a correct result from every reader, whatever one field was changed to', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.constantFrom(...paths), fc.constantFrom(...EDIT_VALUES), (path, value) => {
      const plan = edited(stored, path, value) as FollowUpPlan;
      const readers: (() => unknown)[] = [
        () => statusesAt(plan, '2026-11-30T12:00:00Z'),
        () => (Array.isArray(plan?.steps) ? plan.steps.slice(0, 20) : []).map((step) => draftForStep(plan, step)),
        () => expectValidCalendar(toICalendar(plan, { generatedAt: '2026-11-30T12:00:00Z' }), plan),
      ];
      for (const read of readers) {
        try {
          read();
          accepted++;
        } catch (error) {
          if (!(error instanceof FollowUpError)) throw error;
          expect(typeof error.code).toBe('string');
          expect(typeof error.path).toBe('string');
        }
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }), { numRuns: calendarRuns });
    // Many edits leave the plan readable (a changed explanation, say): the success half must run too.
    expect(accepted).toBeGreaterThan(calendarRuns / 2);
  });
});

describe('applications with one field changed to anything', () => {
  const application = {
    id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
    contact: { name: 'Rita Diaz', email: 'rita@acme.example', role: 'recruiter' },
    rounds: [
      { id: 'acme-1', start: '2026-11-10T10:00', interviewers: [{ name: 'Rita Diaz', email: 'rita@acme.example' }], decisionDate: '2026-11-13' },
      { id: 'acme-2', start: '2026-11-20T14:00', end: '2026-11-20T17:00', interviewers: [{ name: 'Ana Ruiz' }] },
    ],
    activities: [
      { type: 'thank-you-sent', round: 'acme-1', interviewer: 'Rita Diaz', at: '2026-11-11T15:00:00Z' },
      { type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' },
      { type: 'step-done', step: 'keep-searching-1', at: '2026-12-02T16:00:00Z' },
    ],
  };
  const paths = pathsOf(application);

  it('give a FollowUpError with a path, or a plan whose calendar parses, and never pollute a prototype', () => {
    let planned = 0;
    // Deletions weigh more: many fields are optional, so they make the valid cases the success half needs.
    const value = fc.oneof({ arbitrary: fc.constantFrom(...EDIT_VALUES), weight: 3 }, { arbitrary: fc.constant(undefined), weight: 2 });
    fc.assert(fc.property(fc.constantFrom(...paths), value, (path, replacement) => {
      const input = edited(application, path, replacement) as ApplicationInput;
      const issues = validateApplication(input);
      let plan;
      try {
        plan = planApplication(input, { now: '2026-12-03T12:00:00Z' });
      } catch (error) {
        if (!(error instanceof FollowUpError)) throw error;
        expect(issues.length).toBeGreaterThan(0);
        expect(error.path).toBe(issues[0]?.path);
        return;
      }
      expect(issues).toEqual([]);
      planned++;
      expectValidCalendar(toICalendar(plan, { generatedAt: '2026-12-03T12:00:00Z' }), plan as never);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }), { numRuns: calendarRuns });
    expect(planned).toBeGreaterThan(calendarRuns / 20);
  });
});

describe('pipeline plans handed back after an app stored and edited them', () => {
  const round = (id: string, start: string) => ({ id, start, interviewers: [{ name: 'Ana Ruiz', email: 'ana@x.example' }] });
  const stored = JSON.parse(JSON.stringify(planPipeline([
    { id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York', rounds: [round('acme-1', '2026-11-10T10:00')],
      contact: { name: 'Rita Diaz', email: 'rita@acme.example' }, activities: [{ type: 'offer-received', at: '2026-11-20T10:00', deadline: '2026-11-27' }] },
    { id: 'globex', company: 'Globex', position: 'Engineer', timeZone: 'Europe/London', rounds: [round('globex-1', '2026-11-12T10:00')] },
  ], { now: '2026-11-21T12:00' }))) as PipelinePlan;
  const paths = pathsOf(stored).filter((path) => path[0] !== 'applications' || path.length <= 6);

  it('give a FollowUpError or a calendar that parses, and drafts or a FollowUpError, whatever one field was changed to', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.constantFrom(...paths), fc.constantFrom(...EDIT_VALUES), (path, value) => {
      const plan = edited(stored, path, value) as PipelinePlan;
      try {
        expectValidCalendar(toICalendar(plan, { generatedAt: '2026-11-21T12:00:00Z' }), plan as never);
        accepted++;
      } catch (error) {
        if (!(error instanceof FollowUpError)) throw error;
      }
      for (const step of (Array.isArray(plan?.steps) ? plan.steps : []).slice(0, 10)) {
        try {
          draftForStep(plan, step);
        } catch (error) {
          if (!(error instanceof FollowUpError)) throw error;
        }
      }
    }), { numRuns: calendarRuns });
    expect(accepted).toBeGreaterThan(calendarRuns / 4);
  });
});
