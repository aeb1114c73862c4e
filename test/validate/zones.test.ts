import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValidationIssue } from '../../src/errors/FollowUpError.js';
import { FollowUpError, planFollowUps, statusesAt } from '../../src/index.js';
import { fixedOffsetZone, knownAbbreviations, likelyZones } from '../../src/time/abbreviations.js';
import { tzdbZoneNames } from '../../src/time/ianaNames.js';
import { findZone, runtimeReading } from '../../src/time/zone.js';
import { TZDATA_VERSION } from '../../src/time/zoneNames.js';
import { checkZone } from '../../src/validate/instants.js';
import { tuesday } from '../helpers/interviews.js';

/** The zone `checkZone` reads, and the one issue it reports, if any. */
function read(name: unknown): { zone: string | undefined; issue: Pick<ValidationIssue, 'code' | 'message'> | undefined } {
  const issues: ValidationIssue[] = [];
  const zone = checkZone(name, 'timeZone', issues);
  expect(issues.length).toBeLessThanOrEqual(1);
  const [first] = issues;
  return { zone: zone?.name, issue: first === undefined ? undefined : { code: first.code, message: first.message } };
}

const abbreviation = (name: string, zones: string): string => `timeZone: "${name}" is an abbreviation, not an IANA zone; did you mean ${zones}?`;
const misread = (name: string, reading: string, zones: string): string =>
  `timeZone: "${name}" is an abbreviation, not an IANA zone (this runtime would read it as ${reading}); did you mean ${zones}?`;
const systemV = (name: string, zone: string): string => `timeZone: "${name}" is not an IANA zone, though this runtime accepts it; did you mean ${zone}?`;

/** Every entry of the abbreviation table, with what this runtime (Node's ICU) makes of it. */
const ABBREVIATIONS: readonly (readonly [string, 'unknown-zone' | 'invalid-time-zone', string])[] = [
  ['UT', 'invalid-time-zone', abbreviation('UT', 'UTC')],
  ['Z', 'invalid-time-zone', abbreviation('Z', 'UTC')],
  ['PST', 'unknown-zone', misread('PST', 'America/Los_Angeles', 'America/Los_Angeles')],
  ['PDT', 'invalid-time-zone', abbreviation('PDT', 'America/Los_Angeles')],
  ['MDT', 'invalid-time-zone', abbreviation('MDT', 'America/Denver')],
  ['CST', 'unknown-zone', misread('CST', 'America/Chicago', 'America/Chicago or Asia/Shanghai')],
  ['CDT', 'invalid-time-zone', abbreviation('CDT', 'America/Chicago')],
  ['EDT', 'invalid-time-zone', abbreviation('EDT', 'America/New_York')],
  ['AKST', 'invalid-time-zone', abbreviation('AKST', 'America/Anchorage')],
  ['AKDT', 'invalid-time-zone', abbreviation('AKDT', 'America/Anchorage')],
  ['AST', 'unknown-zone', misread('AST', 'America/Anchorage', 'America/Halifax, America/Puerto_Rico or Asia/Riyadh')],
  ['ADT', 'invalid-time-zone', abbreviation('ADT', 'America/Halifax')],
  ['NST', 'unknown-zone', misread('NST', 'Pacific/Auckland', 'America/St_Johns')],
  ['NDT', 'invalid-time-zone', abbreviation('NDT', 'America/St_Johns')],
  ['BRT', 'invalid-time-zone', abbreviation('BRT', 'America/Sao_Paulo')],
  ['ART', 'unknown-zone', misread('ART', 'Africa/Cairo', 'America/Argentina/Buenos_Aires')],
  ['BST', 'unknown-zone', misread('BST', 'Asia/Dhaka', 'Europe/London')],
  ['IST', 'unknown-zone', misread('IST', 'Asia/Calcutta', 'Asia/Kolkata, Europe/Dublin or Asia/Jerusalem')],
  ['WEST', 'invalid-time-zone', abbreviation('WEST', 'Europe/Lisbon')],
  ['CEST', 'invalid-time-zone', abbreviation('CEST', 'Europe/Berlin or Europe/Paris')],
  ['EEST', 'invalid-time-zone', abbreviation('EEST', 'Europe/Athens or Europe/Helsinki')],
  ['MSK', 'invalid-time-zone', abbreviation('MSK', 'Europe/Moscow')],
  ['WAT', 'invalid-time-zone', abbreviation('WAT', 'Africa/Lagos')],
  ['CAT', 'unknown-zone', misread('CAT', 'Africa/Maputo', 'Africa/Maputo')],
  ['EAT', 'unknown-zone', misread('EAT', 'Africa/Nairobi', 'Africa/Nairobi')],
  ['SAST', 'invalid-time-zone', abbreviation('SAST', 'Africa/Johannesburg')],
  ['GST', 'invalid-time-zone', abbreviation('GST', 'Asia/Dubai')],
  ['PKT', 'invalid-time-zone', abbreviation('PKT', 'Asia/Karachi')],
  ['ICT', 'invalid-time-zone', abbreviation('ICT', 'Asia/Bangkok')],
  ['WIB', 'invalid-time-zone', abbreviation('WIB', 'Asia/Jakarta')],
  ['SGT', 'invalid-time-zone', abbreviation('SGT', 'Asia/Singapore')],
  ['HKT', 'invalid-time-zone', abbreviation('HKT', 'Asia/Hong_Kong')],
  ['PHT', 'invalid-time-zone', abbreviation('PHT', 'Asia/Manila')],
  ['KST', 'invalid-time-zone', abbreviation('KST', 'Asia/Seoul')],
  ['JST', 'unknown-zone', misread('JST', 'Asia/Tokyo', 'Asia/Tokyo')],
  ['AWST', 'invalid-time-zone', abbreviation('AWST', 'Australia/Perth')],
  ['ACST', 'invalid-time-zone', abbreviation('ACST', 'Australia/Adelaide or Australia/Darwin')],
  ['ACDT', 'invalid-time-zone', abbreviation('ACDT', 'Australia/Adelaide')],
  ['AEST', 'invalid-time-zone', abbreviation('AEST', 'Australia/Sydney or Australia/Brisbane')],
  ['AEDT', 'invalid-time-zone', abbreviation('AEDT', 'Australia/Sydney')],
  ['NZST', 'invalid-time-zone', abbreviation('NZST', 'Pacific/Auckland')],
  ['NZDT', 'invalid-time-zone', abbreviation('NZDT', 'Pacific/Auckland')],
  ['SST', 'unknown-zone', misread('SST', 'Pacific/Guadalcanal', 'Pacific/Pago_Pago')],
  ['ACT', 'unknown-zone', misread('ACT', 'Australia/Darwin', 'Australia/Darwin')],
  ['AET', 'unknown-zone', misread('AET', 'Australia/Sydney', 'Australia/Sydney')],
  ['AGT', 'unknown-zone', misread('AGT', 'America/Buenos_Aires', 'America/Argentina/Buenos_Aires')],
  ['BET', 'unknown-zone', misread('BET', 'America/Sao_Paulo', 'America/Sao_Paulo')],
  ['CNT', 'unknown-zone', misread('CNT', 'America/St_Johns', 'America/St_Johns')],
  ['CTT', 'unknown-zone', misread('CTT', 'Asia/Shanghai', 'Asia/Shanghai')],
  ['ECT', 'unknown-zone', misread('ECT', 'Europe/Paris', 'Europe/Paris')],
  ['IET', 'unknown-zone', misread('IET', 'America/Indianapolis', 'America/Indiana/Indianapolis')],
  ['MIT', 'unknown-zone', misread('MIT', 'Pacific/Apia', 'Pacific/Apia')],
  ['NET', 'unknown-zone', misread('NET', 'Asia/Yerevan', 'Asia/Yerevan')],
  ['PLT', 'unknown-zone', misread('PLT', 'Asia/Karachi', 'Asia/Karachi')],
  ['PNT', 'unknown-zone', misread('PNT', 'America/Phoenix', 'America/Phoenix')],
  ['PRT', 'unknown-zone', misread('PRT', 'America/Puerto_Rico', 'America/Puerto_Rico')],
  ['VST', 'unknown-zone', misread('VST', 'Asia/Saigon', 'Asia/Ho_Chi_Minh')],
  ['SystemV/AST4', 'unknown-zone', systemV('SystemV/AST4', 'America/Puerto_Rico')],
  ['SystemV/AST4ADT', 'unknown-zone', systemV('SystemV/AST4ADT', 'America/Halifax')],
  ['SystemV/EST5', 'unknown-zone', systemV('SystemV/EST5', 'America/Panama')],
  ['SystemV/EST5EDT', 'unknown-zone', systemV('SystemV/EST5EDT', 'America/New_York')],
  ['SystemV/CST6', 'unknown-zone', systemV('SystemV/CST6', 'America/Regina')],
  ['SystemV/CST6CDT', 'unknown-zone', systemV('SystemV/CST6CDT', 'America/Chicago')],
  ['SystemV/MST7', 'unknown-zone', systemV('SystemV/MST7', 'America/Phoenix')],
  ['SystemV/MST7MDT', 'unknown-zone', systemV('SystemV/MST7MDT', 'America/Denver')],
  ['SystemV/PST8', 'unknown-zone', systemV('SystemV/PST8', 'Pacific/Pitcairn')],
  ['SystemV/PST8PDT', 'unknown-zone', systemV('SystemV/PST8PDT', 'America/Los_Angeles')],
  ['SystemV/YST9', 'unknown-zone', systemV('SystemV/YST9', 'Pacific/Gambier')],
  ['SystemV/YST9YDT', 'unknown-zone', systemV('SystemV/YST9YDT', 'America/Anchorage')],
  ['SystemV/HST10', 'unknown-zone', systemV('SystemV/HST10', 'Pacific/Honolulu')],
];

afterEach(() => {
  vi.doUnmock('../../src/time/zoneNames.js');
  vi.resetModules();
});

describe('abbreviations and names only the runtime knows', () => {
  it.each(ABBREVIATIONS)('refuses %s with %s and names the zones usually meant', (name, code, message) => {
    expect(read(name)).toEqual({ zone: undefined, issue: { code, message } });
    expect(findZone(name)).toBeUndefined();
  });

  it('tests every entry of the abbreviation table, and nothing else', () => {
    expect(ABBREVIATIONS.map(([name]) => name)).toEqual(knownAbbreviations());
  });

  it('suggests only IANA zones, each in tzdb\'s spelling, and lists no IANA name as an abbreviation', () => {
    const names = new Set(tzdbZoneNames().map((name) => name.toLowerCase()));
    for (const name of knownAbbreviations()) {
      expect(names.has(name.toLowerCase()), name).toBe(false);
      for (const zone of likelyZones(name) ?? []) expect(findZone(zone)?.name, `${name} → ${zone}`).toBe(zone);
    }
  });

  it('reads an abbreviation in any case', () => {
    expect(read('bst')).toEqual({ zone: undefined, issue: { code: 'unknown-zone', message: misread('bst', 'Asia/Dhaka', 'Europe/London') } });
    expect(read('eDt').issue?.message).toBe(abbreviation('eDt', 'America/New_York'));
  });

});

describe('IANA names', () => {
  it.each([
    ['us/eastern', 'US/Eastern'],
    ['US/EASTERN', 'US/Eastern'],
    ['america/new_york', 'America/New_York'],
    ['ASIA/CALCUTTA', 'Asia/Calcutta'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['japan', 'Japan'],
    ['gmt', 'GMT'],
    ['utc', 'UTC'],
    ['etc/gmt+5', 'Etc/GMT+5'],
    ['cet', 'CET'],
    ['eet', 'EET'],
    ['Wet', 'WET'],
    ['met', 'MET'],
    ['est5edt', 'EST5EDT'],
    ['europe/kiev', 'Europe/Kiev'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['america/argentina/buenos_aires', 'America/Argentina/Buenos_Aires'],
    ['America/Buenos_Aires', 'America/Buenos_Aires'],
    ['est', 'EST'],
    ['Mst', 'MST'],
    ['hst', 'HST'],
  ])('reads %s as %s, never as another alias', (input, name) => {
    expect(read(input)).toEqual({ zone: name, issue: undefined });
    expect(findZone(input)?.name).toBe(name);
  });

  it('comes from tzdata 2025b: 597 Zone and Link names, none differing from another only in case', () => {
    const names = tzdbZoneNames();
    expect(TZDATA_VERSION).toBe('2025b');
    expect(names).toHaveLength(597);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(597);
    expect(names).toEqual(expect.arrayContaining(['Africa/Abidjan', 'America/Argentina/Buenos_Aires', 'US/Eastern', 'Japan', 'Etc/GMT+5', 'EST5EDT', 'Zulu', 'US/Samoa']));
    expect(names).not.toContain('Factory');
  });

  /**
   * Names of the list this runtime's ICU refuses, with why. Empty on Node 20 (ICU 78.2, tz 2025c);
   * tzdb's placeholder `Factory`, which no ICU accepts, is left out of the list by the script.
   */
  const MISSING_FROM_THIS_ICU: ReadonlyMap<string, string> = new Map();

  it('lists only names this runtime accepts, each written back exactly as tzdb spells it', () => {
    const refused = tzdbZoneNames().filter((name) => findZone(name)?.name !== name);
    expect(refused).toEqual([...MISSING_FROM_THIS_ICU.keys()]);
  });

  it('lists no name that only ICU defines', () => {
    const icuOnly = ['ACT', 'AET', 'AGT', 'ART', 'AST', 'BET', 'BST', 'CAT', 'CNT', 'CST', 'CTT', 'EAT', 'ECT', 'IET', 'IST', 'JST',
      'MIT', 'NET', 'NST', 'PLT', 'PNT', 'PRT', 'PST', 'SST', 'VST', 'SystemV/AST4', 'SystemV/EST5EDT', 'SystemV/YST9YDT'];
    const listed = new Set(tzdbZoneNames().map((name) => name.toLowerCase()));
    for (const name of icuOnly) {
      expect(runtimeReading(name), name).toBeDefined(); // the runtime does accept it: the refusal is ours
      expect(listed.has(name.toLowerCase()), name).toBe(false);
      expect(findZone(name), name).toBeUndefined();
    }
  });

  it('accepts a zone the runtime lists that the generated list lacks (added to tzdb later)', async () => {
    vi.doMock('../../src/time/zoneNames.js', () => ({ TZDATA_VERSION: 'test', PACKED_ZONE_NAMES: 'Africa/Abidjan|US/Alaska' }));
    vi.resetModules();
    const zones = await import('../../src/time/zone.js');
    const { zoneIssue } = await import('../../src/validate/zones.js');
    expect(zones.findZone('america/new_york')?.name).toBe('America/New_York'); // listed by the runtime
    expect(zones.findZone('us/alaska')?.name).toBe('US/Alaska'); // a link from the list
    // A link neither lists is refused like any name the runtime alone accepts, saying what it reads.
    expect(zones.findZone('US/Eastern')).toBeUndefined();
    expect(zoneIssue('US/Eastern', 'timeZone')).toEqual({ code: 'unknown-zone', path: 'timeZone',
      message: 'timeZone: "US/Eastern" is not an IANA zone (this runtime would read it as America/New_York)' });
  });
});

describe('unknown names', () => {
  it.each([
    ['America/NewYork', 'timeZone: unknown IANA zone "America/NewYork"; did you mean "America/New_York"?'],
    ['Europe/Londn', 'timeZone: unknown IANA zone "Europe/Londn"; did you mean "Europe/London"?'],
    ['europe/pairs', 'timeZone: unknown IANA zone "europe/pairs"; did you mean "Europe/Paris"?'],
    ['Asia/Tokio', 'timeZone: unknown IANA zone "Asia/Tokio"; did you mean "Asia/Tokyo"?'],
    ['US/Easten', 'timeZone: unknown IANA zone "US/Easten"; did you mean "US/Eastern"?'],
    ['Mars/Base', 'timeZone: unknown IANA zone "Mars/Base"'],
    ['Factory', 'timeZone: unknown IANA zone "Factory"'],
    ['Etc/Unknown', 'timeZone: unknown IANA zone "Etc/Unknown"'],
  ])('refuses %s as invalid-time-zone', (name, message) => {
    expect(read(name)).toEqual({ zone: undefined, issue: { code: 'invalid-time-zone', message } });
  });

  it('suggests nothing for a name over 64 characters, and shows only its first 64', () => {
    const name = `America/New_York${'x'.repeat(49)}`;
    expect(read(name).issue).toEqual({ code: 'invalid-time-zone', message: `timeZone: unknown IANA zone "${name.slice(0, 64)}"` });
  });

  it('says missing when there is no zone, and what it got otherwise', () => {
    expect(read(undefined).issue).toEqual({ code: 'missing-field', message: 'timeZone: missing; expected an IANA time-zone name such as "Europe/Paris"' });
    expect(read(5).issue).toEqual({ code: 'invalid-type', message: 'timeZone: expected an IANA time-zone name such as "Europe/Paris", got 5' });
  });
});

describe('one decision for input and stored plans', () => {
  it.each(['us/eastern', 'BST', 'EDT', 'America/NewYork', 'Etc/GMT-14', 'SystemV/EST5', 'Asia/Kolkata'])('checkZone and findZone agree on %s', (name) => {
    expect(read(name).zone).toBe(findZone(name)?.name);
  });

  it('plans in a link written in any case and reads the plan back', () => {
    const plan = planFollowUps(tuesday({ timeZone: 'us/eastern' }));
    const inNewYork = planFollowUps(tuesday());
    expect(plan.interview.timeZone).toBe('US/Eastern');
    expect(plan.steps).toEqual(inNewYork.steps);
    expect(statusesAt(plan, '2026-11-19T12:00:00-05:00').steps).toEqual(statusesAt(inNewYork, '2026-11-19T12:00:00-05:00').steps);
  });

  it('refuses a stored plan whose zone is an abbreviation', () => {
    const plan = planFollowUps(tuesday());
    const { input: _input, ...older } = plan;
    const stored = { ...older, interview: { ...plan.interview, timeZone: 'BST' } };
    expect(() => statusesAt(stored, '2026-11-17T12:00:00-05:00')).toThrow(FollowUpError);
    expect(() => statusesAt(stored, '2026-11-17T12:00:00-05:00')).toThrow(expect.objectContaining({ code: 'invalid-time-zone', path: 'plan.interview.timeZone' }));
  });
});

describe('fixed-offset legacy zones', () => {
  it.each([
    ['EST', { offset: 'UTC−05:00', instead: 'America/New_York', seasonal: true }, -300],
    ['est', { offset: 'UTC−05:00', instead: 'America/New_York', seasonal: true }, -300],
    ['MST', { offset: 'UTC−07:00', instead: 'America/Denver', seasonal: true }, -420],
    ['HST', { offset: 'UTC−10:00', instead: 'Pacific/Honolulu', seasonal: false }, -600],
  ])('notes that %s keeps one offset all year', (name, note, offset) => {
    expect(fixedOffsetZone(name)).toEqual(note);
    const zone = findZone(name);
    expect([zone?.offsetAt(Date.UTC(2026, 0, 15)), zone?.offsetAt(Date.UTC(2026, 6, 15))]).toEqual([offset, offset]);
  });

  it('has the same offsets in HST as in Pacific/Honolulu, as its note says', () => {
    const hst = findZone('HST');
    const honolulu = findZone('Pacific/Honolulu');
    for (const month of [0, 3, 6, 9]) expect(hst?.offsetAt(Date.UTC(2026, month, 1))).toBe(honolulu?.offsetAt(Date.UTC(2026, month, 1)));
  });

  it.each(['America/New_York', 'EST5EDT', 'MST7MDT', 'CET', 'Etc/GMT+5', 'ESTX', ''])('has no note for %s', (name) => {
    expect(fixedOffsetZone(name)).toBeUndefined();
  });
});
