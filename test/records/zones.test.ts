import { describe, expect, it } from 'vitest';
import { planApplication, planFollowUps, planPipeline, validateApplication, validatePipeline, type ApplicationInput } from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// Profiles store zones as people write them. IANA names (and tzdb's links) are read in any
// case; an abbreviation is refused with the zones it usually means (`BST` is Europe/London to a
// Briton, Asia/Dhaka to the runtime); tzdb's fixed-offset `EST`, `MST` and `HST` plan, with a
// warning `fixed-offset-zone` at the field that named them. Reading each name is tested in
// test/validate/zones.test.ts; this file holds the planners to it at every zone field.

const acme: ApplicationInput = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer', timeZone: 'America/New_York',
  rounds: [{ id: 'acme-screen', start: '2026-07-10T10:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }], decisionDate: '2026-07-15', followUpPermission: 'granted' }],
});

const EST = 'EST is UTC−05:00 all year, with no daylight saving time; if you mean the place, use America/New_York.';
const MST = 'MST is UTC−07:00 all year, with no daylight saving time; if you mean the place, use America/Denver.';
const HST = 'HST is UTC−10:00 all year, as Pacific/Honolulu is; Pacific/Honolulu names the place.';

describe('fixed-offset legacy zones plan, with a warning where they were named', () => {
  it('warns at the application\'s zones and at a round\'s own, in the name tzdb spells', () => {
    const plan = planApplication({ ...acme, timeZone: 'est', employerTimeZone: 'MST', rounds: [{ ...acme.rounds![0]!, timeZone: 'Hst' }] });
    expect(plan.warnings.filter((warning) => warning.code === 'fixed-offset-zone')).toEqual([
      { code: 'fixed-offset-zone', rule: 'working-hours', path: 'timeZone', message: EST },
      { code: 'fixed-offset-zone', rule: 'working-hours', path: 'employerTimeZone', message: MST },
      { code: 'fixed-offset-zone', rule: 'working-hours', path: 'rounds[0].timeZone', round: 'acme-screen', message: HST },
    ]);
    expect([plan.application.timeZone, plan.application.employerTimeZone, plan.application.rounds[0]?.timeZone]).toEqual(['EST', 'MST', 'HST']);
  });

  it('keeps EST at −05:00 in July, an hour off New York\'s summer time, as the warning says', () => {
    const plan = planApplication({ ...acme, timeZone: 'EST' });
    expect(plan.application.rounds[0]?.start).toBe('2026-07-10T10:00:00.000-05:00');
    expect(planApplication(acme).application.rounds[0]?.start).toBe('2026-07-10T10:00:00.000-04:00');
  });

  it('warns at an interview\'s employerTimeZone', () => {
    const plan = planFollowUps({ id: 'x', company: 'Acme', position: 'Engineer', start: '2026-07-10T10:00', timeZone: 'America/New_York', employerTimeZone: 'EST' });
    expect(plan.warnings.filter((warning) => warning.code === 'fixed-offset-zone')).toEqual([{ code: 'fixed-offset-zone', rule: 'working-hours', path: 'employerTimeZone', message: EST }]);
  });

  it('names the application and the round in a search', () => {
    const plan = planPipeline([{ ...acme, rounds: [{ ...acme.rounds![0]!, employerTimeZone: 'HST' }] }]);
    expect(plan.warnings.filter((warning) => warning.code === 'fixed-offset-zone').map(({ path, application, round }) => [path, application, round]))
      .toEqual([['applications[0].rounds[0].employerTimeZone', 'acme', 'acme-screen']]);
  });

  it.each(['America/New_York', 'US/Eastern', 'EST5EDT', 'Etc/GMT+5'])('does not warn for %s', (timeZone) => {
    expect(planApplication({ ...acme, timeZone }).warnings.map((warning) => warning.code)).not.toContain('fixed-offset-zone');
  });
});

describe('abbreviations are refused at every zone field, with the zones usually meant', () => {
  it('at an application\'s and a round\'s zones, each at its own path', () => {
    expect(validateApplication({ ...acme, timeZone: 'BST', employerTimeZone: 'IST', rounds: [{ ...acme.rounds![0]!, timeZone: 'PST', employerTimeZone: 'CEST' }] })).toEqual([
      { code: 'unknown-zone', path: 'timeZone', message: 'timeZone: "BST" is an abbreviation, not an IANA zone (this runtime would read it as Asia/Dhaka); did you mean Europe/London?' },
      { code: 'unknown-zone', path: 'employerTimeZone', message: 'employerTimeZone: "IST" is an abbreviation, not an IANA zone (this runtime would read it as Asia/Calcutta); did you mean Asia/Kolkata, Europe/Dublin or Asia/Jerusalem?' },
      { code: 'unknown-zone', path: 'rounds[0].timeZone', message: 'rounds[0].timeZone: "PST" is an abbreviation, not an IANA zone (this runtime would read it as America/Los_Angeles); did you mean America/Los_Angeles?' },
      { code: 'invalid-time-zone', path: 'rounds[0].employerTimeZone', message: 'rounds[0].employerTimeZone: "CEST" is an abbreviation, not an IANA zone; did you mean Europe/Berlin or Europe/Paris?' },
    ]);
  });

  it('at a search\'s option and inside its applications', () => {
    expect(validatePipeline([{ ...acme, employerTimeZone: 'bst' }], { timeZone: 'EDT' })).toEqual([
      { code: 'invalid-time-zone', path: 'timeZone', message: 'timeZone: "EDT" is an abbreviation, not an IANA zone; did you mean America/New_York?' },
      { code: 'unknown-zone', path: 'applications[0].employerTimeZone', message: 'applications[0].employerTimeZone: "bst" is an abbreviation, not an IANA zone (this runtime would read it as Asia/Dhaka); did you mean Europe/London?' },
    ]);
  });

  it('plans a British user in London time once the profile says Europe/London', () => {
    const plan = planApplication({ ...acme, timeZone: 'europe/london' });
    expect([plan.application.timeZone, plan.application.rounds[0]?.start]).toEqual(['Europe/London', '2026-07-10T10:00:00.000+01:00']);
  });
});
