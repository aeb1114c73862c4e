import { afterEach, describe, expect, it, vi } from 'vitest';
import { toICalendar } from '../src/ics/index.js';
import {
  calendarLinks, draftCheckIn, draftForStep, draftThankYouEmail, draftThankYouLetter, FollowUpError, localTimeLabel, mailtoLink, MAX_MAILTO_LENGTH,
  planFollowUps, reviewDraft, statusesAt, stepTitle, validateInterview, type FollowUpPlan, type InterviewInput,
} from '../src/index.js';
import { acme, tuesday } from './helpers/interviews.js';

/** The error a call throws, failing the test when it throws nothing or anything but a FollowUpError. */
function followUpErrorOf(run: () => unknown): FollowUpError {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpError) return error;
    throw new Error(`expected a FollowUpError, got ${String(error)}`);
  }
  throw new Error('expected a FollowUpError, got none');
}

const acmePlan = (): FollowUpPlan => JSON.parse(JSON.stringify(planFollowUps(acme, { now: '2026-11-22T09:00:00Z' }))) as FollowUpPlan;

describe('wrong plans (class: a step suggested outside its own interval or too early)', () => {
  it('keeps the thank-you inside its window when working hours start in the hour clocks repeat', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-10-31T01:15', end: '2026-10-31T02:15',
      timeZone: 'America/New_York', interviewers: [{ name: 'Ana' }] },
    { policy: { workingDays: [1, 2, 3, 4, 5, 6, 7], workingHours: { start: '01:30', end: '17:00' } } });
    const thanks = plan.steps.find((step) => step.kind === 'thank-you-email');
    // 24 elapsed hours after 02:15 EDT is 01:15 EST, after the day's 01:30 EDT start: working time already.
    expect([thanks?.opensAt, thanks?.suggestedAt, thanks?.dueAt]).toEqual([
      '2026-11-01T01:15:00.000-05:00', '2026-11-01T01:15:00.000-05:00', '2026-11-02T01:15:00.000-05:00',
    ]);
    expect(thanks?.adjustments).toEqual([]);
  });

  it('keeps the thank-you inside its window across Lord Howe\'s 30-minute change', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-04-04T01:45', end: '2026-04-04T02:00',
      timeZone: 'Australia/Lord_Howe', interviewers: [{ name: 'Ana' }] },
    { policy: { workingDays: [1, 2, 3, 4, 5, 6, 7], workingHours: { start: '01:50', end: '17:00' } } });
    const thanks = plan.steps.find((step) => step.kind === 'thank-you-email');
    expect([thanks?.opensAt, thanks?.suggestedAt]).toEqual(['2026-04-05T01:30:00.000+10:30', '2026-04-05T01:30:00.000+10:30']);
  });

  it('never moves the thank-you back before the interview when the clocks go back three hours across midnight (Casey, March 2010)', () => {
    // At 15:00Z on 4 March 2010 Casey went from 02:00 (+11) back to 23:00 (+08) of the day before,
    // so Friday's 00:00 had already passed once (13:00Z); its second run is not working time.
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2010-03-04T14:55:00Z', end: '2010-03-04T15:00:00Z',
      timeZone: 'Antarctica/Casey', interviewers: [{ name: 'Ana' }] },
    { policy: { workingHours: { start: '00:00', end: '00:01' }, thankYouWindow: { fromHours: 0, toHours: 24 } } });
    const thanks = plan.steps.find((step) => step.kind === 'thank-you-email');
    expect([thanks?.opensAt, thanks?.suggestedAt, thanks?.dueAt]).toEqual([
      '2010-03-04T23:00:00.000+08:00', '2010-03-08T00:00:00.000+08:00', '2010-03-08T00:01:00.000+08:00',
    ]);
    expect(thanks?.adjustments.map(({ reason, from, to }) => [reason, from, to])).toEqual([
      ['outside-hours', '2010-03-04T23:00:00.000+08:00', '2010-03-08T00:00:00.000+08:00'],
      ['window-without-working-time', '2010-03-05T23:00:00.000+08:00', '2010-03-08T00:01:00.000+08:00'],
    ]);
  });

  it('never suggests a check-in during a day-long interview, and records the move to after the thanks', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-16T10:00', end: '2026-11-17T10:00',
      timeZone: 'America/New_York', decisionDate: '2026-11-16', interviewers: [{ name: 'Ana' }] });
    const first = plan.steps.find((step) => step.id === 'check-in-1');
    expect(first?.suggestedAt).toBe('2026-11-18T10:00:00.000-05:00');
    expect(first?.adjustments).toEqual([{
      rule: 'thank-you-window', reason: 'before-thanks', from: '2026-11-17T09:00:00.000-05:00', to: '2026-11-18T10:00:00.000-05:00',
      note: 'Moved from Tuesday 2026-11-17 09:00 to Wednesday 2026-11-18 10:00 (America/New_York): thanks come before a check-in.',
    }]);
    for (const step of plan.steps.filter((candidate) => candidate.kind !== 'before-leaving')) {
      expect(Date.parse(step.suggestedAt), step.id).toBeGreaterThanOrEqual(Date.parse(plan.interview.end));
    }
  });
});

describe('wall times read the same whatever the machine\'s clock says (class: parser guesses from today)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const forms = [
    ['a decimal comma', '2026-11-01T01:30:00,5', '2026-11-01T01:30:00.500-04:00'],
    ['the basic format', '20261101T013000', '2026-11-01T01:30:00.000-04:00'],
    ['a week date', '2026-W44-7T01:30', '2026-11-01T01:30:00.000-04:00'],
    ['an ordinal date', '2026-305T01:30', '2026-11-01T01:30:00.000-04:00'],
    ['an hour alone', '2026-11-01T01', '2026-11-01T01:00:00.000-04:00'],
    ['the common shape', '2026-11-01T01:30', '2026-11-01T01:30:00.000-04:00'],
    ['an explicit second-occurrence offset', '2026-11-01T01:30:00-05:00', '2026-11-01T01:30:00.000-05:00'],
  ] as const;

  it.each(forms)('reads %s in the repeated hour as its first occurrence in June and in December', (_name, start, expected) => {
    const read = (): string => planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start, timeZone: 'America/New_York' }).interview.start;
    vi.useFakeTimers({ now: Date.parse('2026-06-15T12:00:00Z'), toFake: ['Date'] });
    const summer = read();
    vi.setSystemTime(Date.parse('2026-12-15T12:00:00Z'));
    const winter = read();
    expect([summer, winter]).toEqual([expected, expected]);
  });

  it('reads a date alone as that day\'s working-hours start, with a no-interview-time warning', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-11-02', timeZone: 'America/New_York' });
    expect([plan.interview.start, plan.interview.end]).toEqual(['2026-11-02T09:00:00.000-05:00', '2026-11-02T10:00:00.000-05:00']);
    expect(plan.warnings.find((warning) => warning.code === 'no-interview-time')).toMatchObject({ path: 'start', rule: 'working-hours' });
  });

  it.each(['01:30', '2026-11-01 01:30', 'Sun Nov 01 2026 01:30'])('refuses %j as invalid-date', (start) => {
    expect(followUpErrorOf(() => planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start, timeZone: 'America/New_York' })))
      .toMatchObject({ code: 'invalid-date', path: 'start' });
  });
});

describe('never anything but FollowUpError (class: a crash deep inside on odd input)', () => {
  const noPrototype = Object.create(null) as object;
  const throwing = { ...tuesday(), get company(): string { throw noPrototype; } } as InterviewInput;

  it('reports a getter that throws a value without a prototype as an issue, never throwing', () => {
    expect(validateInterview(throwing)).toEqual([{ code: 'invalid-type', path: 'company', message: 'company: the input could not be read: a value that cannot be shown' }]);
    expect(followUpErrorOf(() => planFollowUps(throwing)).code).toBe('invalid-type');
  });

  it.each([
    ['workingDays: new Array(5)', { workingDays: new Array(5) }, 'invalid-type', 'policy.workingDays[0]'],
    ['holidays: new Array(3)', { holidays: new Array(3) }, 'invalid-type', 'policy.holidays[0]'],
  ])('refuses a sparse policy list (%s) in validation and planning alike', (_name, policy, code, path) => {
    expect(validateInterview(tuesday(), { policy })[0]).toMatchObject({ code, path });
    expect(followUpErrorOf(() => planFollowUps(tuesday(), { policy: policy as never }))).toMatchObject({ code, path });
  });

  it('refuses a sparse interviewer list', () => {
    expect(followUpErrorOf(() => planFollowUps(tuesday({ interviewers: new Array(2) })))).toMatchObject({ code: 'invalid-type', path: 'interviewers[0]' });
  });

  it.each([
    ['statusesAt(null)', () => statusesAt(null as never, '2026-11-20T10:00:00Z'), 'plan'],
    ['statusesAt on an older plan (no input) without steps', () => statusesAt({ ...acmePlan(), steps: undefined, input: undefined } as never, '2026-11-20T10:00:00Z'), 'plan.steps'],
    ['statusesAt on a plan whose input lost its interview', () => statusesAt({ ...acmePlan(), input: { interview: 42 } } as never, '2026-11-20T10:00:00Z'), 'plan.input.interview'],
    ['draftForStep(null, step)', () => draftForStep(null as never, acmePlan().steps[1]!), 'plan'],
    ['draftForStep(plan, null)', () => draftForStep(acmePlan(), null as never), 'step'],
    ['a stored plan without interviewers', () => toICalendar({ ...acmePlan(), interview: { ...acmePlan().interview, interviewers: 'none' } } as never, { generatedAt: '2026-11-22T09:00:00Z' }), 'plan.interview.interviewers'],
    ['a lone surrogate in a stored address', () => draftForStep(acmePlan(), { ...acmePlan().steps[1]!, recipient: { name: 'Ana', email: 'a\ud800@x.example' } }), 'step.recipient.email'],
    ['a checklist repeated past its cap', () => toICalendar({ ...acmePlan(), steps: [{ ...acmePlan().steps[0]!, checklist: new Array(1e6).fill({ text: 'x'.repeat(100) }) }] }, { generatedAt: '2026-11-22T09:00:00Z' }), 'plan.steps[0].checklist'],
    ['stepTitle(plan, null)', () => stepTitle(acmePlan(), null as never), ''],
    ['localTimeLabel(42)', () => localTimeLabel(42 as never), 'iso'],
    ['mailtoLink with a number', () => mailtoLink('a@x.example', 42 as never, 'x'), 'subject'],
    ['draftThankYouEmail(null, …)', () => draftThankYouEmail(null as never, 'Ana', { senderName: 'Sam' }), 'interview'],
    ['draftThankYouLetter with a throwing details getter', () => draftThankYouLetter({ company: 'A', position: 'B' }, 'Ana', { get senderName(): string { throw noPrototype; } } as never), 'details.senderName'],
    ['draftCheckIn(…, null)', () => draftCheckIn({ company: 'A', position: 'B' }, null as never), 'details.attempt'],
    ['reviewDraft(null, …)', () => reviewDraft(null as never, { interview: { company: 'A', position: 'B' } }), 'draft'],
    ['toICalendar(undefined, …)', () => toICalendar(undefined as never, { generatedAt: '2026-11-22T09:00:00Z' }), 'plan'],
  ])('%s gives a FollowUpError at its path', (_name, run, path) => {
    expect(followUpErrorOf(run).path).toBe(path);
  });

  it('never joins two lone surrogates into a character by dropping a control between them, in a calendar or a link', () => {
    // "\ud83d\u0000\udc00": dropping the NUL first would write U+1F400, a character nobody typed.
    const plan = acmePlan();
    const step = { ...plan.steps[1]!, explanation: 'a\ud83d\u0000\udc00b' };
    const withText = { ...plan, steps: plan.steps.map((one, index) => (index === 1 ? step : one)) };
    const calendar = toICalendar(withText, { generatedAt: '2026-11-22T09:00:00Z' }).replace(/\r\n /g, '');
    expect(calendar).toContain('DESCRIPTION:a\ufffd\ufffdb');
    expect(calendar).not.toContain('\u{1f400}');
    const details = new URL(calendarLinks(withText, step.id).google).searchParams.get('details') ?? '';
    expect(details.startsWith('a\ufffd\ufffdb')).toBe(true);
  });

  it('writes a lone surrogate in a mailto: link as U+FFFD instead of throwing URIError', () => {
    expect(mailtoLink('ana@x.example', 'a\ud800b', 'c')).toBe('mailto:ana@x.example?subject=a%EF%BF%BDb&body=c');
  });
});

describe('bounded work (class: a list walked before its length is checked), proved by counting', () => {
  /** A list of `length` items that counts how many of its items are read. */
  function counted(length: number, item: unknown): { list: unknown[]; reads: () => number } {
    let reads = 0;
    const list = new Proxy(new Array(length), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          reads++;
          return item;
        }
        return Reflect.get(target, key, receiver);
      },
    });
    return { list, reads: () => reads };
  }

  it.each([
    ['policy.workingDays', 7, (list: unknown[]) => validateInterview(tuesday(), { policy: { workingDays: list } })],
    ['policy.holidays', 1000, (list: unknown[]) => validateInterview(tuesday(), { policy: { holidays: list } })],
    ['interviewers', 50, (list: unknown[]) => validateInterview({ ...tuesday(), interviewers: list })],
    ['activities', 500, (list: unknown[]) => validateInterview(tuesday(), { activities: list })],
  ])('reads none of a million-item %s past its cap of %i, and refuses it as too-many', (path, _cap, run) => {
    const { list, reads } = counted(1_000_000, 1);
    const issues = run(list);
    expect(issues[0]).toMatchObject({ code: 'too-many', path });
    expect(reads()).toBe(0);
  });

  it('reads none of a stored plan\'s million steps', () => {
    const { list, reads } = counted(1_000_000, acmePlan().steps[0]);
    expect(followUpErrorOf(() => statusesAt({ ...acmePlan(), steps: list, input: undefined } as never, '2026-11-20T10:00:00Z'))).toMatchObject({ code: 'too-many', path: 'plan.steps' });
    expect(reads()).toBe(0);
  });

  it('gives fifty accented names that reduce to one id stub distinct ids, computing each stub once', () => {
    const interviewers = Array.from({ length: 50 }, (_, i) => ({ name: `${'Ána'.padEnd(150, '!')}${'?'.repeat(i)}` }));
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const plan = planFollowUps({ ...tuesday(), interviewers });
    const calls = normalize.mock.calls.length;
    normalize.mockRestore();
    const ids = plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => step.id);
    expect(ids).toEqual(['thank-you-email-ana', ...Array.from({ length: 49 }, (_, i) => `thank-you-email-ana-${i + 2}`)]);
    expect(calls).toBe(50);
  });

  it('keeps one zone for every spelling of a name that differs only in case', () => {
    const spellings = ['America/New_York', 'america/new_york', 'AMERICA/NEW_YORK', 'aMeRiCa/NeW_yOrK'];
    const plans = spellings.map((timeZone) => planFollowUps({ ...tuesday(), timeZone }));
    expect(new Set(plans.map((plan) => plan.interview.timeZone))).toEqual(new Set(['America/New_York']));
    expect(new Set(plans.map((plan) => JSON.stringify(plan.steps))).size).toBe(1);
  });
});

describe('malformed output (class: a value the output format cannot hold)', () => {
  it.each(['followUpPermission', 'employerTimeZone', 'end', 'decisionDate', 'interviewers', 'nextSteps'])('reads %s: null as absent, as a database stores it', (key) => {
    const withoutKey: Record<string, unknown> = { ...tuesday() };
    delete withoutKey[key];
    const { input: _input, ...planned } = planFollowUps({ ...tuesday(), [key]: null } as never, { now: '2026-11-20T10:00:00Z' });
    const { input: _expectedInput, ...expected } = planFollowUps(withoutKey as never, { now: '2026-11-20T10:00:00Z' });
    expect(planned).toEqual(expected);
  });

  it.each(['company', 'start', 'timeZone'])('reports a required %s given as null as missing', (key) => {
    expect(validateInterview({ ...tuesday(), [key]: null })[0]).toMatchObject({ code: 'missing-field', path: key });
  });

  it('refuses a draft for an impossible decision date instead of writing "settle by 45  2026"', () => {
    expect(followUpErrorOf(() => draftCheckIn({ company: 'Acme', position: 'Engineer', decisionDate: '2026-02-45' }, { senderName: 'Sam', attempt: 1 })))
      .toMatchObject({ code: 'invalid-date', path: 'interview.decisionDate' });
  });

  it('cuts a mailto: link over its cap between characters, never inside an escape', () => {
    const link = mailtoLink('ana@acme.example', `Thank you from ${'株'.repeat(800)}`, 'body');
    expect(link.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(link).toMatch(/(%E6%A0%AA)$/);
    expect(() => decodeURIComponent(link.slice(link.indexOf('=') + 1))).not.toThrow();
  });
});
