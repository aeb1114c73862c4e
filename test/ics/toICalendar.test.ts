import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarTextLimits, toICalendar } from '../../src/ics/index.js';
import { planFollowUps, type FollowUpPlan } from '../../src/index.js';
import { expectValidCalendar } from '../helpers/calendar.js';
import { acme, deepFreeze, tuesday } from '../helpers/interviews.js';
import { errorOf } from '../helpers/errors.js';

const fixtures = join(import.meta.dirname, '../fixtures');
const generatedAt = '2026-11-22T09:00:00Z';

const acmePlan = planFollowUps(acme, {
  now: '2026-11-22T09:00:00Z',
  activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Ana Ruiz' }],
});
const repliedPlan = planFollowUps(tuesday({ followUpPermission: 'granted' }), {
  now: '2026-12-05T12:00:00-05:00',
  policy: { letters: true },
  activities: [
    { type: 'check-in-sent', at: '2026-12-01T11:00:00-05:00' },
    { type: 'reply-received', at: '2026-12-04T16:00:00-05:00' },
  ],
});
const unicodePlan = planFollowUps(tuesday({
  id: 'Zoë/北京 #1 ✓',
  company: 'Café "Crème", Ltd; Zürich\\Genève',
  position: 'Ingénieure 🚀 データ',
  timeZone: 'Asia/Tokyo',
  interviewers: [{ name: '山田 太郎', email: 'taro@example.jp' }, { name: 'Ma\u0301ria O\'Neil' }],
  nextSteps: 'Line one\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:injected;x=1,2\\n',
}));

/** Golden files are compared byte for byte; UPDATE_GOLDEN=1 rewrites them after a reviewed change. */
function expectGolden(name: string, text: string): void {
  const path = join(fixtures, name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('toICalendar golden files', () => {
  it.each([
    ['acme.ics', acmePlan, {}],
    ['replied.ics', repliedPlan, { calendarName: 'Globex, PM; round 2', alarmMinutesBefore: 0, owner: { name: 'Sam "Q" Doe', email: 'sam@example.com' } }],
    ['unicode.ics', unicodePlan, { uidDomain: 'jobs.example.com', sequence: 7 }],
  ] as const)('%s matches byte for byte and parses with ical.js', (name, plan, options) => {
    const text = toICalendar(plan, { generatedAt, ...options });
    expectGolden(name, text);
    expectValidCalendar(text, plan);
  });
});

describe('toICalendar events', () => {
  const text = toICalendar(acmePlan, { generatedAt });
  const events = expectValidCalendar(text, acmePlan);
  const byUid = (uid: string) => events.find((event) => event.getFirstPropertyValue('uid') === uid);

  it('writes one event per step with a summary readable at a glance', () => {
    expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual([
      'Missed: Before you leave the Acme interview: ask about next steps',
      'Done: Thank Ana Ruiz for the Acme interview',
      'Thank Bo Chen for the Acme interview',
      'Keep your job search going while Acme decides (1 of 3)',
      'Check in with Acme about the Staff Engineer role (1 of 2)',
      'Keep your job search going while Acme decides (2 of 3)',
      'Keep your job search going while Acme decides (3 of 3)',
      'Check in with Acme about the Staff Engineer role (2 of 2)',
    ]);
  });

  it('derives stable UIDs from the interview id and step id', () => {
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toContain('acme-staff-eng.check-in-2@interview-followup');
    expect(toICalendar(acmePlan, { generatedAt: '2027-01-01T00:00:00Z' }).match(/^UID:.*$/gm)).toEqual(text.match(/^UID:.*$/gm));
  });

  it('makes any interview id safe and keeps UIDs distinct', () => {
    const uids = ['a b', 'a_20b', 'a.b', 'x'.repeat(200), `${'x'.repeat(199)}y`].map((id) => {
      const plan = planFollowUps(tuesday({ id }));
      return /^UID:(.*)$/m.exec(toICalendar(plan, { generatedAt }).replace(/\r\n /g, ''))?.[1];
    });
    expect(uids).toEqual([
      'a_20b.before-leaving@interview-followup',
      'a_5F20b.before-leaving@interview-followup',
      'a_2Eb.before-leaving@interview-followup',
      'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.h6ee14c8caecd5c45.before-leaving@interview-followup',
      expect.stringMatching(/^x{40}\.h[0-9a-f]{16}\.before-leaving@interview-followup$/),
    ]);
    expect(new Set(uids).size).toBe(5);
  });

  it('puts the explanation, checklist, timing and rule in the description', () => {
    const plain = new ICAL.Component(ICAL.parse(toICalendar(acmePlan, { generatedAt, drafts: false })));
    const description = plain.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('uid') === 'acme-staff-eng.check-in-1@interview-followup')?.getFirstPropertyValue('description');
    expect(description).toBe([
      'Acme expected to decide by 2026-12-01; with no news by then, check in at the start of the next working day.',
      '',
      'Checklist:',
      '- Keep it short, courteous and free of pressure.',
      '- Ask how far along their decision is.',
      '- Say once more that you want the role.',
      '- Silence is not a rejection: if nobody answers, wait two weeks before writing again, and stop after the last planned check-in.',
      '',
      'Next steps they described: Panel with the VP next',
      '',
      'Due by Wednesday 2026-12-02 18:00 (America/New_York; Wednesday 2026-12-02 17:00 in America/Chicago).',
      '',
      'Rule check-in-after-date: If the decision date passes without news, send a short, polite check-in that restates your interest.',
    ].join('\n'));
  });

  it('adds each message step\'s draft and a mailto: link, signed by draftDetails or the owner', () => {
    const signed = new ICAL.Component(ICAL.parse(toICalendar(acmePlan, { generatedAt, draftDetails: { senderName: 'Sam Lee', highlight: 'the billing deep dive' } })));
    const ana = signed.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('uid') === 'acme-staff-eng.check-in-1@interview-followup');
    const description = String(ana?.getFirstPropertyValue('description'));
    expect(description).toContain('Draft to ana@acme.example:\nSubject: Checking in on the Staff Engineer role at Acme\n\nDear Ana Ruiz,');
    expect(description).toContain('Thank you for your time,\nSam Lee');
    expect(ana?.getFirstPropertyValue('url')).toBe(description.slice(description.indexOf('mailto:')));
    expect(String(ana?.getFirstPropertyValue('url')).startsWith('mailto:ana@acme.example?subject=Checking%20in%20on%20the%20Staff%20Engineer%20role%20at%20Acme&body=Dear%20Ana%20Ruiz%2C%0D%0A')).toBe(true);
    const owned = toICalendar(acmePlan, { generatedAt, owner: { name: 'Kim Ode', email: 'kim@example.com' } });
    expect(owned.replace(/\r\n /g, '')).toContain('Thank you for your time\\,\\nKim Ode');
  });

  it('gives a thank-you without an address a draft but no link', () => {
    const bo = byUid('acme-staff-eng.thank-you-email-bo-chen@interview-followup');
    expect(String(bo?.getFirstPropertyValue('description'))).toContain('Draft:\nSubject: Thanks for meeting about the Staff Engineer role at Acme');
    expect(bo?.getFirstPropertyValue('url')).toBeNull();
  });

  it('leaves drafts out when asked', () => {
    const text = toICalendar(acmePlan, { generatedAt, drafts: false });
    expect(text).not.toContain('Draft');
    expect(text).not.toMatch(/^URL:/m);
  });

  it('gives active steps a display alarm 15 minutes before, and done steps none', () => {
    const active = byUid('acme-staff-eng.thank-you-email-bo-chen@interview-followup');
    const alarm = active?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15M');
    expect(alarm?.getFirstPropertyValue('description')).toBe('Thank Bo Chen for the Acme interview');
    expect(byUid('acme-staff-eng.thank-you-email-ana-ruiz@interview-followup')?.getAllSubcomponents('valarm')).toEqual([]);
  });

  it('writes 15-minute events in UTC, stamped with generatedAt', () => {
    expect(text).toContain('DTSTART:20261123T150000Z\r\nDTEND:20261123T151500Z\r\n');
    expect(text.match(/^DTSTAMP:.*$/gm)?.every((line) => line === 'DTSTAMP:20261122T090000Z')).toBe(true);
  });

  it('exports cancelled steps with STATUS:CANCELLED', () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(repliedPlan, { generatedAt })));
    const statuses = calendar.getAllSubcomponents('vevent').map((event) => [event.getFirstPropertyValue('uid'), event.getFirstPropertyValue('status')]);
    expect(statuses.filter(([, status]) => status === 'CANCELLED').map(([uid]) => uid)).toEqual([
      'globex-pm.keep-searching-1@interview-followup',
      'globex-pm.keep-searching-2@interview-followup',
      'globex-pm.keep-searching-3@interview-followup',
      'globex-pm.check-in-2@interview-followup',
      'globex-pm.keep-searching-4@interview-followup',
    ]);
  });

  it('raises SEQUENCE with generatedAt by default, or takes a number or a function', () => {
    const sequenceOf = (calendar: string) => calendar.match(/^SEQUENCE:(\d+)/m)?.[1];
    expect(sequenceOf(text)).toBe('3625020');
    expect(Number(sequenceOf(toICalendar(acmePlan, { generatedAt: '2026-11-22T09:01:00Z' })))).toBe(3625021);
    expect(sequenceOf(toICalendar(acmePlan, { generatedAt, sequence: 4 }))).toBe('4');
    const perStep = toICalendar(acmePlan, { generatedAt, sequence: (step) => (step.kind === 'check-in' ? 2 : 1) });
    expect(perStep.match(/^SEQUENCE:\d+/gm)).toEqual(['SEQUENCE:1', 'SEQUENCE:1', 'SEQUENCE:1', 'SEQUENCE:1', 'SEQUENCE:2', 'SEQUENCE:1', 'SEQUENCE:1', 'SEQUENCE:2']);
  });

  it('accepts a plan that went through JSON, and a Date for generatedAt, with the same bytes', () => {
    const revived = JSON.parse(JSON.stringify(acmePlan)) as FollowUpPlan;
    expect(toICalendar(revived, { generatedAt: new Date(generatedAt) })).toBe(text);
  });

  it('does not mutate a frozen plan', () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(acmePlan)) as FollowUpPlan);
    expect(toICalendar(frozen, { generatedAt })).toBe(text);
  });
});

describe('toICalendar hostile text', () => {
  const hostile = (patch: (plan: { -readonly [K in keyof FollowUpPlan]: unknown } & Record<string, unknown>) => void): FollowUpPlan => {
    const plan = JSON.parse(JSON.stringify(acmePlan));
    patch(plan);
    return plan;
  };

  it.each([
    ['CRLF and a fake END:VEVENT', 'Done\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil'],
    ['a bare CR', 'one\rSUMMARY:two'],
    ['control characters', 'a\u0000b\u0007c\u001bd\u007fe\u0085f'],
    ['Unicode line separators', 'a\u2028b\u2029c'],
    ['escaping characters', 'a;b,c\\d"e:f'],
    ['a lone surrogate', 'broken \ud83d text'],
    ['emoji and CJK', '👩🏽‍💻 面接のお礼 🙏'.repeat(30)],
  ])('keeps %s inside one escaped value', (_name, evil) => {
    const plan = hostile((p) => {
      (p['steps'] as { explanation: string }[])[2]!.explanation = evil;
      (p['interview'] as { company: string }).company = evil;
      (p['steps'] as { recipient?: { name: string } }[])[2]!.recipient!.name = evil;
    });
    const text = toICalendar(plan, { generatedAt, calendarName: evil, owner: { name: evil, email: 'me@example.com' } });
    expectValidCalendar(text, plan);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(plan.steps.length);
  });

  it('cuts 100,000-character text to the documented limits', () => {
    const long = 'word '.repeat(20_000);
    const plan = hostile((p) => {
      (p['steps'] as { explanation: string }[])[0]!.explanation = long;
      (p['interview'] as { company: string }).company = long;
    });
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(plan, { generatedAt })));
    const [first] = calendar.getAllSubcomponents('vevent');
    expect(String(first?.getFirstPropertyValue('summary')).length).toBe(calendarTextLimits.summary);
    expect(String(first?.getFirstPropertyValue('description')).length).toBe(calendarTextLimits.description);
  });

  it('escapes multi-line next steps from a valid interview', () => {
    const text = toICalendar(unicodePlan, { generatedAt });
    expect(text).not.toMatch(/^SUMMARY:injected/m);
    const events = expectValidCalendar(text, unicodePlan);
    expect(String(events[0]?.getFirstPropertyValue('description'))).toContain('Next steps they described: Line one\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected;x=1,2\\n');
  });
});

describe('toICalendar errors', () => {
  it.each([
    ['missing generatedAt', () => toICalendar(acmePlan, {} as never), 'missing-field', 'generatedAt'],
    ['no options at all', () => toICalendar(acmePlan, undefined as never), 'missing-field', 'generatedAt'],
    ['generatedAt without an offset', () => toICalendar(acmePlan, { generatedAt: '2026-11-22T09:00' }), 'invalid-date', 'generatedAt'],
    ['an invalid Date', () => toICalendar(acmePlan, { generatedAt: new Date('x') }), 'invalid-date', 'generatedAt'],
    ['an unknown option', () => toICalendar(acmePlan, { generatedAt, alarm: 5 } as never), 'unknown-key', 'alarm'],
    ['a bad uidDomain', () => toICalendar(acmePlan, { generatedAt, uidDomain: 'a b' }), 'invalid-choice', 'uidDomain'],
    ['a negative alarm', () => toICalendar(acmePlan, { generatedAt, alarmMinutesBefore: -5 }), 'out-of-range', 'alarmMinutesBefore'],
    ['a sequence function returning junk', () => toICalendar(acmePlan, { generatedAt, sequence: () => -1 }), 'out-of-range', 'sequence'],
    ['an owner without an address', () => toICalendar(acmePlan, { generatedAt, owner: { name: 'Me', email: 'nope' } }), 'invalid-email', 'owner.email'],
    ['a plan that is not one', () => toICalendar({} as FollowUpPlan, { generatedAt }), 'invalid-type', 'plan'],
    ['a step with a bad time', () => toICalendar({ ...acmePlan, steps: [{ ...acmePlan.steps[0]!, suggestedAt: 'tomorrow' }] }, { generatedAt }), 'invalid-date', 'plan.steps[0].suggestedAt'],
    ['a step id with CRLF', () => toICalendar({ ...acmePlan, steps: [{ ...acmePlan.steps[0]!, id: 'x\r\nUID:y' }] }, { generatedAt }), 'invalid-type', 'plan.steps[0].id'],
    ['duplicate step ids', () => toICalendar({ ...acmePlan, steps: [acmePlan.steps[0]!, acmePlan.steps[0]!] }, { generatedAt }), 'duplicate', 'plan.steps[1].id'],
  ])('%s gives a FollowUpError', (_name, run, code, path) => {
    const error = errorOf(run);
    expect([error.code, error.path]).toEqual([code, path]);
  });
});

describe('toICalendar details other consumers care about', () => {
  it('writes a semicolon in the organizer\'s name as a comma, as it writes a quote as an apostrophe', () => {
    const text = toICalendar(planFollowUps(acme), { generatedAt: '2026-11-22T09:00:00Z', owner: { name: 'Sam "S"; Lee', email: 'sam@example.com' } });
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('ORGANIZER;CN="Sam \'S\', Lee":MAILTO:sam@example.com');
    expect(unfolded).not.toMatch(/CN="[^"]*;/);
  });

  it('never cuts a mailto: link inside an escape when the description reaches its cap', () => {
    const plan = planFollowUps({ ...acme, company: '株'.repeat(200), nextSteps: 'x'.repeat(2000) });
    const text = toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z' });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const links = events.map((event) => String(event.getFirstPropertyValue('description'))).flatMap((description) => description.match(/mailto:\S+$/) ?? []);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).not.toMatch(/%[0-9A-F]?$/);
      expect(() => decodeURIComponent(link.slice(link.indexOf('?') + 1))).not.toThrow();
    }
  });

  it('refuses an impossible generatedAt as planFollowUps refuses the same string', () => {
    expect(() => toICalendar(planFollowUps(acme), { generatedAt: '2026-02-30T00:00:00Z' })).toThrow(expect.objectContaining({ code: 'invalid-date', path: 'generatedAt' }));
  });

  it('refuses unknown draft detail keys whatever the plan holds, drafts on or off', () => {
    const withoutThanks = planFollowUps({ ...acme, interviewers: [] }, { policy: { maxCheckIns: 0, keepSearchingEveryDays: 0 } });
    for (const [plan, drafts] of [[planFollowUps(acme), true], [withoutThanks, true], [planFollowUps(acme), false]] as const) {
      expect(() => toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z', drafts, draftDetails: { bogus: 1 } as never }))
        .toThrow(expect.objectContaining({ code: 'unknown-key', path: 'draftDetails.bogus' }));
    }
  });

  it('gives every alarm a TRIGGER, even for a step at the epoch with no lead time', () => {
    const plan = planFollowUps({ id: 'epoch', company: 'Acme', position: 'Engineer', start: '1970-01-01T00:00Z', timeZone: 'UTC' });
    const text = toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z', alarmMinutesBefore: 0 });
    const alarms = text.split('BEGIN:VALARM').slice(1);
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm).toMatch(/\r\nTRIGGER;VALUE=DATE-TIME:\d{8}T\d{6}Z\r\n/);
    expect(text).toContain('TRIGGER;VALUE=DATE-TIME:19700101T000000Z');
  });

  it('refuses an owner address with control characters at owner.email', () => {
    expect(() => toICalendar(planFollowUps(acme), { generatedAt: '2026-11-22T09:00:00Z', owner: { name: 'Sam', email: 'sam\u0001@example.com' } }))
      .toThrow(expect.objectContaining({ path: 'owner.email' }));
  });
});
