import fc from 'fast-check';
import { createEvents, type EventAttributes, type HeaderAttributes, type ReturnObject } from 'ics';
import { describe, expect, it, vi } from 'vitest';
import { refold, utf8Bytes, type Refolded } from '../../src/ics/text.js';
import { calendarInput, toICalendar } from '../../src/ics/toICalendar.js';
import { planFollowUps, type FollowUpPlan } from '../../src/index.js';
import { expectValidCalendar } from '../helpers/calendar.js';
import { acme } from '../helpers/interviews.js';

// Every call into `ics` is recorded, and still reaches the real serialiser.
vi.mock('ics', async (importOriginal) => {
  const real = await importOriginal<typeof import('ics')>();
  return { ...real, createEvents: vi.fn(real.createEvents) };
});
const { createEvents: realCreateEvents } = await vi.importActual<typeof import('ics')>('ics');

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 400);
/** Each case also runs the slow path, `ics` folding every description itself, so a sixteenth as many. */
const spliceRuns = Math.max(25, Math.floor(numRuns / 16));
const generatedAt = '2026-11-22T09:00:00Z';
const acmePlan = planFollowUps(acme);

/** The Acme plan with every step's explanation replaced, as a hand-edited stored plan may have it. */
function withExplanations(explanation: (index: number) => string): FollowUpPlan {
  const plan = JSON.parse(JSON.stringify(acmePlan)) as { steps: { explanation: string }[] };
  plan.steps.forEach((step, index) => { step.explanation = explanation(index); });
  return plan as unknown as FollowUpPlan;
}

/** The text of refolded output: header, every block as written, footer. */
function whole({ head, blocks, tail }: Refolded): string {
  return `${head}${blocks.map((block) => block.text).join('')}${tail}`;
}

/** The same calendar written the slow way: `ics` escapes and folds every description itself. */
function throughIcs(plan: FollowUpPlan): string {
  const { events, header, splices } = calendarInput(plan, { generatedAt });
  const { value } = realCreateEvents(events, header);
  return whole(refold(value ?? '', splices));
}

/** The events `ics` is handed for one export. */
function handedToIcs(plan: FollowUpPlan): unknown {
  vi.mocked(createEvents).mockClear();
  toICalendar(plan, { generatedAt });
  expect(vi.mocked(createEvents).mock.calls).toHaveLength(1);
  return vi.mocked(createEvents).mock.calls[0]?.[0];
}

/** Pieces escaping, folding and cleaning must each get right: escapes, line breaks, controls, every UTF-8 length. */
const PIECES = [
  '\\', ';', ',', '\\n', '\r\n', '\r', '\n', '\u2028', '\u0000', '\u0001', '\u0085', '\ud83d', '\udc00', 'é', 'e\u0301',
  'a\u0308\u0323', '👩🏽‍💻', '🇯🇵', '面接のお礼', 'DESCRIPTION:', 'END:VEVENT', ' ', '\t', 'x', 'ß',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
/** From empty to past the 4,000-character cap. */
const description = fc.tuple(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 1, max: 3 })).map(([parts, times]) => parts.join('').repeat(times));

describe('toICalendar writes descriptions itself', () => {
  it('writes the same bytes as `ics` escaping and folding every description, for random long, hostile, multi-byte text', () => {
    fc.assert(fc.property(fc.array(description, { minLength: acmePlan.steps.length, maxLength: acmePlan.steps.length }), (texts) => {
      const plan = withExplanations((index) => texts[index] ?? '');
      const text = toICalendar(plan, { generatedAt });
      expect(text).toBe(throughIcs(plan));
      expect(text).not.toContain('\u0001');
      expectValidCalendar(text, plan);
    }), { numRuns: spliceRuns });
  });

  it('hands `ics` the same events whatever the descriptions hold, so its folding never sees them', () => {
    const short = handedToIcs(withExplanations(() => 'x'));
    const long = handedToIcs(withExplanations((index) => `${'面接 👩🏽‍💻; \\,\n'.repeat(500)}${index}`));
    expect(long).toEqual(short);
    const descriptions = (short as { description?: string }[]).map((event) => event.description);
    expect(descriptions).toEqual(acmePlan.steps.map((_, index) => `\u0001${index}`));
  });

  it('writes each long description once, folded at 75 octets with a space, and nothing else changes', () => {
    const plan = withExplanations((index) => `${index}:${'é'.repeat(3000)}`);
    const text = toICalendar(plan, { generatedAt });
    const unfolded = text.replace(/\r\n /g, '');
    acmePlan.steps.forEach((_, index) => expect(unfolded).toContain(`DESCRIPTION:${index}:${'é'.repeat(3000)}\\n\\n`));
    expect(unfolded.match(/^DESCRIPTION:\d:é/gm)).toHaveLength(acmePlan.steps.length);
    expect(text.match(/\r\n /g)?.length).toBeGreaterThan(acmePlan.steps.length * 3000 / 37);
  });

  it.each([
    ['`ics` reports an error', (): ReturnObject => ({ error: new Error('bad event'), value: null }), 'bad event'],
    ['a description is not written where it belongs', (events: EventAttributes[], header: HeaderAttributes): ReturnObject => {
      const { error, value } = realCreateEvents(events, header);
      return { error, value: value?.replace('DESCRIPTION:\u00013\r\n', '') ?? null };
    }, 'missing 1 of its lines'],
  ])('refuses to return a calendar when %s', (_name, serialise, reason) => {
    vi.mocked(createEvents).mockImplementationOnce(serialise as typeof createEvents);
    expect(() => toICalendar(acmePlan, { generatedAt })).toThrow(expect.objectContaining({
      code: 'calendar-error', path: 'plan', message: `plan: the calendar could not be written: ${reason}`,
    }));
  });
});

describe('refold', () => {
  const long = 'x'.repeat(73);
  it.each([
    ['keeps short lines as they are', 'BEGIN:X\r\nA:b\r\nEND:X\r\n', 'BEGIN:X\r\nA:b\r\nEND:X\r\n'],
    ['joins tab and space continuations, however many', 'D:ab\r\n c\r\n\td\r\nE:f\r\n', 'D:abcd\r\nE:f\r\n'],
    ['folds at 75 octets with a space', `S:${long}\r\n\tyz\r\n`, `S:${long}\r\n yz\r\n`],
    ['never splits a two-byte character', `S:${'é'.repeat(40)}\r\n`, `S:${'é'.repeat(36)}\r\n ${'é'.repeat(4)}\r\n`],
    ['never splits a surrogate pair', `S:${'x'.repeat(72)}😀y\r\n`, `S:${'x'.repeat(72)}\r\n 😀y\r\n`],
    ['ends the last line with CRLF', 'A:b', 'A:b\r\n'],
  ])('%s', (_name, input, output) => {
    const refolded = refold(input);
    expect([whole(refolded), refolded.spliced]).toEqual([output, 0]);
  });

  it('writes the mapped lines in place of each key line, found after unfolding, and counts them', () => {
    const splices = new Map([
      ['UID:1', { lines: ['UID:1', 'URL:mailto:a@b.example'] }],
      ['DESCRIPTION:\u00010', { lines: [`DESCRIPTION:${'d'.repeat(80)}`] }],
      ['UID:absent', { lines: ['never written'] }],
    ]);
    const input = 'BEGIN:VEVENT\r\nUID:1\r\nDESCRIP\r\n\tTION:\u00010\r\nEND:VEVENT\r\n';
    expect(refold(input, splices)).toEqual({
      head: '',
      blocks: [{ text: `BEGIN:VEVENT\r\nUID:1\r\nURL:mailto:a@b.example\r\nDESCRIPTION:${'d'.repeat(63)}\r\n ${'d'.repeat(17)}\r\nEND:VEVENT\r\n` }],
      tail: '',
      spliced: 2,
    });
  });

  it('cuts the calendar into header, blocks and footer, and writes each block without its draft where a splice says how', () => {
    const splices = new Map([
      ['X-TTL:1', { lines: ['X-TTL:1', 'X-MORE:2'] }],
      ['UID:1', { lines: ['UID:1', 'URL:mailto:a@b.example'], withoutDraft: ['UID:1'] }],
      ['DESCRIPTION:\u00010', { lines: ['DESCRIPTION:with draft'], withoutDraft: ['DESCRIPTION:without'] }],
    ]);
    const input = 'BEGIN:VCALENDAR\r\nX-TTL:1\r\nBEGIN:VEVENT\r\nUID:1\r\nDESCRIPTION:\u00010\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(refold(input, splices)).toEqual({
      head: 'BEGIN:VCALENDAR\r\nX-TTL:1\r\nX-MORE:2\r\n',
      blocks: [
        { text: 'BEGIN:VEVENT\r\nUID:1\r\nURL:mailto:a@b.example\r\nDESCRIPTION:with draft\r\nEND:VEVENT\r\n', withoutDraft: 'BEGIN:VEVENT\r\nUID:1\r\nDESCRIPTION:without\r\nEND:VEVENT\r\n' },
        { text: 'BEGIN:VEVENT\r\nUID:2\r\nEND:VEVENT\r\n' },
      ],
      tail: 'END:VCALENDAR\r\n',
      spliced: 3,
    });
  });

  it('puts END:VCALENDAR in the footer of a calendar without events', () => {
    expect(refold('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toEqual({ head: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', blocks: [], tail: 'END:VCALENDAR\r\n', spliced: 0 });
  });
});

describe('utf8Bytes', () => {
  it('counts the bytes TextEncoder writes, for any text, unpaired surrogates included', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 50 }).map((parts) => parts.join('')), (text) => {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }), { numRuns });
  });

  it.each([['', 0], ['a', 1], ['é', 2], ['面', 3], ['😀', 4], ['\ud83d', 3], ['\udc00\ud83d', 6]])('counts %j as %i bytes', (text, count) => {
    expect(utf8Bytes(text)).toBe(count);
  });
});
