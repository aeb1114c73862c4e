import { describe, expect, it } from 'vitest';
import { FollowUpError, isFollowUpError, planFollowUps, validateInterview, type InterviewInput, type PlanOptions } from '../../src/index.js';
import { deepFreeze, tuesday } from '../helpers/interviews.js';

function errorOf(interview: unknown, options?: unknown): FollowUpError {
  try {
    planFollowUps(interview as InterviewInput, options as PlanOptions);
  } catch (error) {
    if (error instanceof FollowUpError) return error;
    throw error;
  }
  throw new Error('expected a FollowUpError');
}

const base = tuesday();
const with_ = (fields: Record<string, unknown>): unknown => ({ ...base, ...fields });

describe('FollowUpError codes and paths', () => {
  it.each([
    ['invalid-type', 'company', with_({ company: 42 }), undefined],
    ['missing-field', 'position', with_({ position: '   ' }), undefined],
    ['missing-field', 'start', with_({ start: undefined }), undefined],
    ['unknown-key', 'decisiondate', with_({ decisiondate: '2026-12-01' }), undefined],
    ['forbidden-key', '__proto__', JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(base).slice(1)}`), undefined],
    ['invalid-date', 'start', with_({ start: '2026-02-30T10:00' }), undefined],
    ['invalid-date', 'end', with_({ start: '2026-11-17' }), undefined],
    ['invalid-date', 'end', with_({ end: new Date('nope') }), undefined],
    ['invalid-time', 'policy.workingHours.start', base, { policy: { workingHours: { start: '9am' } } }],
    ['invalid-time-zone', 'timeZone', with_({ timeZone: 'Mars/Base' }), undefined],
    ['invalid-time-zone', 'employerTimeZone', with_({ employerTimeZone: 'Europe/Atlantis' }), undefined],
    ['end-before-start', 'end', with_({ end: '2026-11-17T09:00' }), undefined],
    ['end-before-start', 'end', with_({ end: '2026-11-17T10:00' }), undefined],
    ['end-before-start', 'policy.workingHours.end', base, { policy: { workingHours: { start: '17:00', end: '09:00' } } }],
    ['out-of-range', 'start', with_({ start: '1969-12-31T10:00', end: '1969-12-31T11:00' }), undefined],
    ['out-of-range', 'end', with_({ end: '2026-11-18T10:01' }), undefined],
    ['out-of-range', 'policy.maxCheckIns', base, { policy: { maxCheckIns: 11 } }],
    ['out-of-range', 'activities[0].at', base, { activities: [{ type: 'reply-received', at: '2026-11-17T09:00' }] }],
    ['too-long', 'company', with_({ company: 'x'.repeat(201) }), undefined],
    ['too-long', 'start', with_({ start: `2026-11-17T10:00${' '.repeat(100)}` }), undefined],
    ['too-many', 'interviewers', with_({ interviewers: Array.from({ length: 51 }, (_, i) => ({ name: `P${i}` })) }), undefined],
    ['too-many', 'policy.holidays', base, { policy: { holidays: Array.from({ length: 1001 }, () => '2026-01-01') } }],
    ['invalid-text', 'interviewers[0].name', with_({ interviewers: [{ name: 'Ana\r\nBCC: x' }] }), undefined],
    ['invalid-text', 'company', with_({ company: 'Acme\ud800' }), undefined],
    ['invalid-email', 'interviewers[0].email', with_({ interviewers: [{ name: 'Ana', email: 'ana at acme' }] }), undefined],
    ['invalid-choice', 'followUpPermission', with_({ followUpPermission: 'yes' }), undefined],
    ['invalid-choice', 'activities[0].type', base, { activities: [{ type: 'sent', at: '2026-11-18T10:00' }] }],
    ['duplicate', 'policy.workingDays[1]', base, { policy: { workingDays: [1, 1] } }],
    ['unknown-interviewer', 'activities[0].interviewer', base, { activities: [{ type: 'thank-you-sent', at: '2026-11-18T10:00', interviewer: 'Zed' }] }],
    ['decision-date-before-interview', 'decisionDate', with_({ decisionDate: '2026-11-16' }), undefined],
    ['unknown-key', 'policy.maxCheckins', base, { policy: { maxCheckins: 3 } }],
    ['forbidden-key', 'policy.constructor', base, { policy: JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') }],
    ['invalid-type', 'policy.letters', base, { policy: { letters: 'yes' } }],
    ['invalid-type', 'policy.fallbackDays', base, { policy: { fallbackDays: 1.5 } }],
    ['missing-field', 'policy.workingDays', base, { policy: { workingDays: [] } }],
    ['invalid-date', 'policy.holidays[0]', base, { policy: { holidays: ['2026-13-01'] } }],
    ['invalid-type', '', null, undefined],
    ['invalid-type', 'options', base, 'now'],
  ])('%s at %j', (code, path, interview, options) => {
    const error = errorOf(interview, options);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.path]).toEqual(['FollowUpError', code, path]);
    expect(error.message.startsWith(path === '' ? '' : `${path}: `)).toBe(true);
    expect(isFollowUpError(error)).toBe(true);
    expect(validateInterview(interview, options)[0]?.code).toBe(code);
  });

  it('names the zone in the message', () => {
    expect(errorOf(with_({ timeZone: 'Mars/Base' })).message).toBe('timeZone: unknown IANA zone "Mars/Base"');
  });

  it('reports every problem, not just the first', () => {
    const issues = validateInterview({ id: '', company: 1, timeZone: 'Nowhere/Town', start: 'soon' });
    expect(issues.map((found) => [found.code, found.path])).toEqual([
      ['missing-field', 'id'],
      ['invalid-type', 'company'],
      ['missing-field', 'position'],
      ['invalid-time-zone', 'timeZone'],
    ]);
  });

  it('returns no issues for a valid interview', () => {
    expect(validateInterview(tuesday(), { now: '2026-11-20T10:00:00Z', policy: { maxCheckIns: 3 } })).toEqual([]);
  });

  it('reports a throwing getter as an issue instead of crashing', () => {
    const hostile = { ...tuesday(), get company(): string { throw new Error('boom'); } };
    expect(validateInterview(hostile)).toEqual([{ code: 'invalid-type', path: 'company', message: 'company: the input could not be read: Error: boom' }]);
    expect(errorOf(hostile).code).toBe('invalid-type');
  });

  it('never touches Object.prototype when merging a polluting policy', () => {
    const policy = JSON.parse('{"__proto__": {"polluted": true}, "maxCheckIns": 3}');
    expect(errorOf(base, { policy }).code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('caps the issues a hostile object with many keys produces', () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    expect(validateInterview({ ...base, ...many }).length).toBe(20);
  });

  it('rejects an object with a custom prototype as not plain data', () => {
    class Interview { id = 'x'; }
    expect(errorOf(new Interview()).code).toBe('invalid-type');
  });

  it('does not mutate frozen inputs', () => {
    const interview = deepFreeze(tuesday());
    const options = deepFreeze({ now: '2026-11-20T10:00:00Z', activities: [{ type: 'check-in-sent', at: '2026-12-01T11:00:00-05:00' }], policy: { workingHours: { start: '08:00' } } } as const);
    const snapshot = JSON.stringify([interview, options]);
    planFollowUps(interview, options);
    expect(JSON.stringify([interview, options])).toBe(snapshot);
  });
});
