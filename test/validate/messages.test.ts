import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../src/errors/FollowUpError.js';
import { FollowUpError, planFollowUps, type InterviewInput } from '../../src/index.js';
import { findZone, type Zone } from '../../src/time/zone.js';
import { keyIssues, typeIssue } from '../../src/validate/guards.js';
import { checkDate, checkInstant, checkZone } from '../../src/validate/instants.js';
import { checkEmail, checkText } from '../../src/validate/text.js';
import { tuesday } from '../helpers/interviews.js';

const utc = findZone('UTC') as Zone;

/** The issues one reader reports for `value`. */
function issuesOf(read: (issues: ValidationIssue[]) => unknown): readonly ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  read(issues);
  return issues;
}

function messagesOf(interview: unknown): readonly (readonly [string, string])[] {
  try {
    planFollowUps(interview as InterviewInput);
  } catch (error) {
    if (error instanceof FollowUpError) return error.issues.map((found) => [found.code, found.message]);
    throw error;
  }
  throw new Error('expected a FollowUpError');
}

describe('unknown keys', () => {
  const allowed = ['id', 'company', 'position', 'timeZone', 'employerTimeZone', 'start'];

  it.each([
    ['postion', 'postion: unknown key "postion"; did you mean "position"?'],
    ['timezone', 'timezone: unknown key "timezone"; did you mean "timeZone"?'],
    ['employertimezone', 'employertimezone: unknown key "employertimezone"; did you mean "employerTimeZone"?'],
    ['comapny', 'comapny: unknown key "comapny"; did you mean "company"?'],
    ['strat', 'strat: unknown key "strat"; did you mean "start"?'],
    ['salary', 'salary: unknown key "salary"; expected one of id, company, position, timeZone, employerTimeZone, start'],
    ['x', 'x: unknown key "x"; expected one of id, company, position, timeZone, employerTimeZone, start'],
  ])('reports %s in one line, with the key it is close to when there is one', (key, message) => {
    expect(keyIssues({ [key]: 1, id: 'a' }, allowed, '')).toEqual([{ code: 'unknown-key', path: key, message }]);
  });

  it('prefixes the path of a nested object and suggests nothing for a key over 64 characters', () => {
    expect(keyIssues({ emial: 'a@b.example' }, ['name', 'email'], 'interviewers[0]')).toEqual([
      { code: 'unknown-key', path: 'interviewers[0].emial', message: 'interviewers[0].emial: unknown key "emial"; did you mean "email"?' },
    ]);
    const long = `name${'x'.repeat(70)}`;
    expect(keyIssues({ [long]: 1 }, ['name'], '')[0]?.message).toBe(`${long.slice(0, 40)}…: unknown key "${long.slice(0, 40)}…"; expected one of name`);
  });

  it('suggests through the planner too', () => {
    expect(messagesOf({ ...tuesday(), postion: 'PM' })).toEqual([['unknown-key', 'postion: unknown key "postion"; did you mean "position"?']]);
  });
});

describe('missing fields', () => {
  it.each([
    ['checkText', () => issuesOf((issues) => checkText(undefined, 'company', { max: 200, what: 'a company name' }, issues)),
      'missing-field', 'company: missing; expected a company name'],
    ['checkText without a description', () => issuesOf((issues) => checkText(undefined, 'note', { max: 200 }, issues)),
      'missing-field', 'note: missing; expected a text'],
    ['checkEmail', () => issuesOf((issues) => checkEmail(undefined, 'owner.email', 254, issues)),
      'missing-field', 'owner.email: missing; expected an email address'],
    ['checkInstant', () => issuesOf((issues) => checkInstant(undefined, 'start', utc, issues)),
      'missing-field', 'start: missing; expected an ISO 8601 date and time such as "2026-11-20T14:00"'],
    ['checkZone', () => issuesOf((issues) => checkZone(undefined, 'timeZone', issues)),
      'missing-field', 'timeZone: missing; expected an IANA time-zone name such as "Europe/Paris"'],
    ['checkDate', () => issuesOf((issues) => checkDate(undefined, 'decisionDate', issues)),
      'missing-field', 'decisionDate: missing; expected a "YYYY-MM-DD" date'],
  ])('%s says the field is missing', (_reader, read, code, message) => {
    expect(read()).toEqual([{ code, path: message.slice(0, message.indexOf(':')), message }]);
  });

  it.each([
    ['checkText', () => issuesOf((issues) => checkText(42, 'company', { max: 200, what: 'a company name' }, issues)),
      'invalid-type', 'company: expected a company name, got 42'],
    ['checkText, blank', () => issuesOf((issues) => checkText('  ', 'company', { max: 200, what: 'a company name' }, issues)),
      'missing-field', 'company: expected a company name, got an empty string'],
    ['checkInstant', () => issuesOf((issues) => checkInstant(null, 'start', utc, issues)),
      'invalid-type', 'start: expected an ISO 8601 date-time string or a Date, got null'],
    ['checkZone', () => issuesOf((issues) => checkZone(['Europe/Paris'], 'timeZone', issues)),
      'invalid-type', 'timeZone: expected an IANA time-zone name such as "Europe/Paris", got a list'],
    ['checkDate', () => issuesOf((issues) => checkDate(20261201, 'decisionDate', issues)),
      'invalid-type', 'decisionDate: expected a real "YYYY-MM-DD" date, got 20261201'],
    ['checkDate, not a date', () => issuesOf((issues) => checkDate('2026-02-30', 'decisionDate', issues)),
      'invalid-date', 'decisionDate: expected a real "YYYY-MM-DD" date, got "2026-02-30"'],
  ])('%s still says what it got when a value is there', (_reader, read, code, message) => {
    expect(read()).toEqual([{ code, path: message.slice(0, message.indexOf(':')), message }]);
  });

  it('words a missing value and a wrong one apart, with what to ask for when it differs', () => {
    expect(typeIssue(undefined, 'at', 'a Date', 'a date and time')).toEqual({ code: 'missing-field', path: 'at', message: 'at: missing; expected a date and time' });
    expect(typeIssue(null, 'at', 'a Date', 'a date and time')).toEqual({ code: 'invalid-type', path: 'at', message: 'at: expected a Date, got null' });
    expect(typeIssue(undefined, 'at', 'a Date')).toEqual({ code: 'missing-field', path: 'at', message: 'at: missing; expected a Date' });
  });

  it('reports every missing field of an interview that way', () => {
    const { id: _id, company: _company, start: _start, ...rest } = tuesday();
    expect(messagesOf({ ...rest, end: undefined })).toEqual([
      ['missing-field', 'id: missing; expected an id'],
      ['missing-field', 'company: missing; expected a company name'],
      ['missing-field', 'start: missing; expected an ISO 8601 date and time such as "2026-11-20T14:00"'],
    ]);
    const { timeZone: _zone, ...zoneless } = tuesday();
    expect(messagesOf(zoneless)).toEqual([['missing-field', 'timeZone: missing; expected an IANA time-zone name such as "Europe/Paris"']]);
  });
});
