import { describe, expect, it } from 'vitest';
import { validateInterview } from '../../src/index.js';
import { tuesday } from '../helpers/interviews.js';

// Every policy problem is reported, each with its code, path and the exact sentence a person reads.
const policies: Record<string, unknown> = {
  'not an object': 'weekly',
  'every key wrong': { thankYouWindow: 5, letters: 'yes', fallbackDays: 0, repeatDays: 1.5, maxCheckIns: -1, workingDays: 'weekdays', workingHours: [], holidays: {}, keepSearchingEveryDays: 400 },
  'nested wrongs': { thankYouWindow: { fromHours: 48, toHours: 24 }, workingHours: { start: 9, end: '25:00', lunch: '12:00' }, workingDays: [0, 8, 'Mon', 3, 3], holidays: [20261225, '2026-02-30', '2026-12-25', '2026-12-25'] },
  'empty and reversed': { workingDays: [], workingHours: { start: '17:00' }, thankYouWindow: { toHours: 0 } },
  'too many holidays': { holidays: Array.from({ length: 1001 }, () => '2026-01-01') },
};

const expected: Record<string, [string, string, string][]> = {
    "not an object": [["invalid-type","policy","policy: expected an object of policy overrides, got \"weekly\""]],
    "every key wrong": [["invalid-type","policy.thankYouWindow","policy.thankYouWindow: expected { fromHours, toHours }, got 5"],["invalid-type","policy.letters","policy.letters: expected true or false, got \"yes\""],["out-of-range","policy.fallbackDays","policy.fallbackDays: expected 1 to 365, got 0"],["invalid-type","policy.repeatDays","policy.repeatDays: expected a whole number, got 1.5"],["out-of-range","policy.maxCheckIns","policy.maxCheckIns: expected 0 to 10, got -1"],["invalid-type","policy.workingDays","policy.workingDays: expected a list of ISO weekdays (1 = Monday … 7 = Sunday), got \"weekdays\""],["invalid-type","policy.workingHours","policy.workingHours: expected { start, end }, got a list"],["invalid-type","policy.holidays","policy.holidays: expected a list of \"YYYY-MM-DD\" dates, got an object"],["out-of-range","policy.keepSearchingEveryDays","policy.keepSearchingEveryDays: expected 0 to 365, got 400"]],
    "nested wrongs": [["end-before-start","policy.thankYouWindow.toHours","policy.thankYouWindow.toHours: the window must close after it opens (48–24 hours)"],["out-of-range","policy.workingDays[0]","policy.workingDays[0]: expected 1 to 7, got 0"],["out-of-range","policy.workingDays[1]","policy.workingDays[1]: expected 1 to 7, got 8"],["invalid-type","policy.workingDays[2]","policy.workingDays[2]: expected a whole number, got \"Mon\""],["duplicate","policy.workingDays[4]","policy.workingDays[4]: weekday 3 is listed twice"],["unknown-key","policy.workingHours.lunch","policy.workingHours.lunch: unknown key \"lunch\"; expected one of start, end"],["invalid-type","policy.workingHours.start","policy.workingHours.start: expected an \"HH:MM\" time, got 9"],["invalid-time","policy.workingHours.end","policy.workingHours.end: expected an \"HH:MM\" time from 00:00 to 24:00, got \"25:00\""],["invalid-type","policy.holidays[0]","policy.holidays[0]: expected a \"YYYY-MM-DD\" date, got 20261225"],["invalid-date","policy.holidays[1]","policy.holidays[1]: expected a real \"YYYY-MM-DD\" date, got \"2026-02-30\""],["duplicate","policy.holidays[3]","policy.holidays[3]: 2026-12-25 is listed twice"]],
    "empty and reversed": [["out-of-range","policy.thankYouWindow.toHours","policy.thankYouWindow.toHours: expected 1 to 336, got 0"],["missing-field","policy.workingDays","policy.workingDays: at least one working day is needed"],["end-before-start","policy.workingHours.end","policy.workingHours.end: working hours must end after they start (17:00–17:00)"]],
    "too many holidays": [["too-many","policy.holidays","policy.holidays: at most 1000 holidays, got 1001"]],
};

describe('policy validation messages', () => {
  it.each(Object.keys(policies))('%s: every issue, exactly', (name) => {
    expect(validateInterview(tuesday(), { policy: policies[name] }).map((issue) => [issue.code, issue.path, issue.message])).toEqual(expected[name]);
  });
});
