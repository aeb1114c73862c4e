import { describe, expect, it } from 'vitest';
import { planFollowUps, statusesAt, type Activity } from '../../src/index.js';
import { acme, deepFreeze, tuesday } from '../helpers/interviews.js';

const statusOf = (id: string, now?: string, activities: readonly Activity[] = []) =>
  planFollowUps(tuesday(), deepFreeze(now === undefined ? { activities } : { now, activities })).steps.find((step) => step.id === id)?.status;

describe('statuses against now', () => {
  it.each([
    ['before the window opens', '2026-11-18T10:59:59-05:00', 'upcoming'],
    ['the instant the window opens', '2026-11-18T11:00:00-05:00', 'open'],
    ['the instant it is due', '2026-11-19T11:00:00-05:00', 'open'],
    ['just after it is due', '2026-11-19T11:00:01-05:00', 'overdue'],
  ])('a thank-you is %s: %s', (_when, now, status) => {
    expect(statusOf('thank-you-email-cy-park', now)).toBe(status);
  });

  it('is upcoming for every step when no now is given, as if nothing were due', () => {
    const plan = planFollowUps(tuesday());
    expect(new Set(plan.steps.map((step) => step.status))).toEqual(new Set(['upcoming']));
    expect(plan.now).toBeUndefined();
  });

  it('keeps an overdue thank-you in the plan and warns that late thanks beat none', () => {
    const plan = planFollowUps(tuesday(), { now: '2026-11-25T12:00:00-05:00' });
    expect(plan.steps.find((step) => step.kind === 'thank-you-email')?.status).toBe('overdue');
    expect(plan.warnings.find((warning) => warning.code === 'thank-you-late')).toEqual({
      code: 'thank-you-late', rule: 'late-is-better', stepId: 'thank-you-email-cy-park',
      message: 'The thank-you to Cy Park is past its window; send it anyway, late thanks beat none.',
    });
  });

  it('echoes now in the candidate\'s zone', () => {
    expect(planFollowUps(tuesday(), { now: '2026-11-22T09:00:00Z' }).now).toBe('2026-11-22T04:00:00.000-05:00');
  });
});

describe('thank-you activities', () => {
  it.each([
    ['the exact name', 'Ana Ruiz'],
    ['the name in another case', 'ana ruiz'],
    ['the email in another case', 'ANA@acme.example'],
    ['the name with stray spaces', '  Ana Ruiz '],
  ])('match an interviewer by %s', (_how, interviewer) => {
    const plan = planFollowUps(acme, { activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer }] });
    const ana = plan.steps.find((step) => step.id === 'thank-you-email-ana-ruiz');
    expect([ana?.status, ana?.doneAt]).toEqual(['done', '2026-11-21T11:00:00.000-05:00']);
    expect(plan.steps.find((step) => step.id === 'thank-you-email-bo-chen')?.status).toBe('upcoming');
  });

  it('match the channel: a letter does not complete the email, and plans the letter step it completes', () => {
    const plan = planFollowUps(acme, { activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Bo Chen', channel: 'letter' }] });
    expect(plan.steps.filter((step) => step.recipient?.name === 'Bo Chen').map((step) => [step.kind, step.status])).toEqual([
      ['thank-you-email', 'upcoming'],
      ['thank-you-letter', 'done'],
    ]);
  });
});

describe('warnings', () => {
  it('lists the DESIGN example\'s missing address with its path and step', () => {
    expect(planFollowUps(acme).warnings).toEqual([{
      code: 'missing-email', rule: 'missing-email', path: 'interviewers[1].email', stepId: 'thank-you-email-bo-chen',
      message: 'No email address for Bo Chen: ask the hiring manager for it before the thank-you is due.',
    }]);
  });

  it('flags a missing decision date, an unasked permission and an empty interviewer list', () => {
    const plan = planFollowUps(tuesday({ interviewers: [] }));
    expect(plan.warnings.map((warning) => [warning.code, warning.rule])).toEqual([
      ['no-interviewers', 'thank-you-each'],
      ['no-decision-date', 'fallback-two-weeks'],
      ['permission-not-asked', 'ask-permission'],
    ]);
    expect(plan.warnings[0]?.message).toBe('No interviewer is listed, so one thank-you to the hiring team is planned; add each person you met so each gets a note of their own.');
  });

  it('plans one thank-you to the hiring team when no interviewer is named, in the usual window', () => {
    const plan = planFollowUps(tuesday({ interviewers: [] }));
    const thanks = plan.steps.filter((step) => step.kind === 'thank-you-email');
    expect(thanks.map((step) => [step.id, step.recipient, step.opensAt, step.suggestedAt, step.dueAt])).toEqual([
      ['thank-you-email', undefined, '2026-11-18T11:00:00.000-05:00', '2026-11-18T11:00:00.000-05:00', '2026-11-19T11:00:00.000-05:00'],
    ]);
    expect(thanks[0]?.explanation).toBe('Email a thank-you to the Globex hiring team (no interviewer is named) 24 to 48 hours after the interview ends, as soon as the window opens.');
  });
});

describe('the before-leaving step', () => {
  it('opens at the start, is due at the end and carries the four asks', () => {
    const [first] = planFollowUps(acme).steps;
    expect(first).toMatchObject({
      id: 'before-leaving', kind: 'before-leaving', rule: 'ask-next-steps',
      opensAt: '2026-11-20T14:00:00.000-05:00', suggestedAt: '2026-11-20T14:00:00.000-05:00', dueAt: '2026-11-20T15:00:00.000-05:00',
    });
    expect(first?.checklist.map((item) => item.rule)).toEqual(['ask-next-steps', 'ask-decision-date', 'ask-permission', 'collect-contacts']);
  });
});

describe('the plan as a whole', () => {
  it('runs the DESIGN.md example as written', () => {
    const plan = planFollowUps(acme, {
      now: '2026-11-22T09:00:00Z',
      activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Ana Ruiz' }],
      policy: { maxCheckIns: 3 },
    });
    expect(plan.steps.map((step) => [step.id, step.status, step.suggestedAt])).toEqual([
      ['before-leaving', 'missed', '2026-11-20T14:00:00.000-05:00'],
      ['thank-you-email-ana-ruiz', 'done', '2026-11-23T10:00:00.000-05:00'],
      ['thank-you-email-bo-chen', 'open', '2026-11-23T10:00:00.000-05:00'],
      ['keep-searching-1', 'upcoming', '2026-11-27T15:00:00.000-05:00'],
      ['check-in-1', 'upcoming', '2026-12-02T10:00:00.000-05:00'],
      ['keep-searching-2', 'upcoming', '2026-12-04T15:00:00.000-05:00'],
      ['keep-searching-3', 'upcoming', '2026-12-11T15:00:00.000-05:00'],
      ['check-in-2', 'upcoming', '2026-12-16T10:00:00.000-05:00'],
      ['keep-searching-4', 'upcoming', '2026-12-18T15:00:00.000-05:00'],
      ['keep-searching-5', 'upcoming', '2026-12-25T15:00:00.000-05:00'],
      ['check-in-3', 'upcoming', '2026-12-30T10:00:00.000-05:00'],
    ]);
    expect(plan.warnings.map((warning) => warning.code)).toEqual(['missing-email']);
    expect(plan.policy.maxCheckIns).toBe(3);
    expect(plan.interview).toEqual({
      id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer',
      start: '2026-11-20T14:00:00.000-05:00', end: '2026-11-20T15:00:00.000-05:00',
      timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
      interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen' }],
      decisionDate: '2026-12-01', followUpPermission: 'granted', nextSteps: 'Panel with the VP next',
    });
  });

  it('accepts Date objects and offset strings for the same instants', () => {
    const fromStrings = planFollowUps(tuesday());
    const fromDates = planFollowUps(tuesday({ start: new Date('2026-11-17T15:00:00Z'), end: '2026-11-17T16:00:00Z' }));
    // Only the record of what was given differs: the Date is kept as the ISO text it stands for.
    expect({ ...fromDates, input: undefined }).toEqual({ ...fromStrings, input: undefined });
    expect(fromDates.input?.interview).toMatchObject({ start: '2026-11-17T15:00:00.000Z', end: '2026-11-17T16:00:00Z' });
  });

  it('gives every step a unique id and sorts steps by suggestedAt', () => {
    const plan = planFollowUps(acme, { policy: { letters: true, maxCheckIns: 5 } });
    expect(new Set(plan.steps.map((step) => step.id)).size).toBe(plan.steps.length);
    const times = plan.steps.map((step) => Date.parse(step.suggestedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('gives interviewers whose names slug alike distinct step ids', () => {
    const plan = planFollowUps(tuesday({ interviewers: [{ name: 'Zoë Lee' }, { name: 'Zoe Lee!' }, { name: '李明' }] }));
    expect(plan.steps.filter((step) => step.kind === 'thank-you-email').map((step) => step.id)).toEqual([
      'thank-you-email-zoe-lee', 'thank-you-email-zoe-lee-2', 'thank-you-email-u674eu660e',
    ]);
  });

  it('returns JSON-serialisable data that survives a round trip unchanged', () => {
    const plan = planFollowUps(acme, { now: '2026-11-22T09:00:00Z' });
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe('statusesAt at the edges', () => {
  const plan = planFollowUps(tuesday(), { activities: [{ type: 'thank-you-sent', at: '2026-11-18T12:00:00-05:00', interviewer: 'Cy Park' }] });
  const statusAt = (now: string, id: string) => statusesAt(plan, now).steps.find((step) => step.id === id)?.status;

  it.each([
    ['2026-12-01T10:59:59.999-05:00', 'upcoming'],
    ['2026-12-01T11:00:00-05:00', 'open'],
    ['2026-12-01T17:00:00-05:00', 'open'],
    ['2026-12-01T17:00:00.001-05:00', 'overdue'],
  ])('check-in 1 at %s is %s', (now, status) => {
    expect(statusAt(now, 'check-in-1')).toBe(status);
  });

  it('keeps done steps done, and echoes now in the candidate\'s zone', () => {
    const later = statusesAt(plan, '2027-06-01T00:00:00Z');
    expect(later.steps.find((step) => step.id === 'thank-you-email-cy-park')?.status).toBe('done');
    expect(later.now).toBe('2027-05-31T20:00:00.000-04:00');
    expect(later.warnings.map((warning) => warning.code)).toEqual(['no-decision-date', 'permission-not-asked']);
  });

  it('keeps cancelled steps cancelled and replaces thank-you-late warnings instead of adding to them', () => {
    const replied = planFollowUps(tuesday({ interviewers: [{ name: 'Cy Park' }] }), { now: '2026-11-25T00:00:00Z', activities: [{ type: 'reply-received', at: '2026-11-20T12:00:00Z' }] });
    const again = statusesAt(replied, '2026-11-26T00:00:00Z');
    expect(again.warnings.filter((warning) => warning.code === 'thank-you-late')).toEqual([{
      code: 'thank-you-late', rule: 'late-is-better', stepId: 'thank-you-email-cy-park',
      message: 'The thank-you to Cy Park is past its window; send it anyway, late thanks beat none.',
    }]);
    expect(again.steps.filter((step) => step.kind === 'check-in').map((step) => step.status)).toEqual(['cancelled', 'cancelled']);
    const early = statusesAt(replied, '2026-11-17T12:00:00-05:00');
    expect(early.warnings.some((warning) => warning.code === 'thank-you-late')).toBe(false);
  });

  it.each([
    ['a string without a time', '2026-12-01', 'invalid-date'],
    ['an over-long string', `2026-12-01T10:00${'0'.repeat(60)}`, 'too-long'],
    ['a time after 2100', '2101-01-01T00:00:00Z', 'out-of-range'],
    ['a time before 1970', '1969-12-31T23:59:59Z', 'out-of-range'],
  ])('rejects %s with %s', (_name, now, code) => {
    expect(() => statusesAt(plan, now)).toThrow(expect.objectContaining({ code, path: 'now' }));
  });

  it('accepts a wall time without an offset, in the candidate\'s zone', () => {
    expect(statusesAt(plan, '2026-12-01T11:00').now).toBe('2026-12-01T11:00:00.000-05:00');
  });
});
