import { describe, expect, it } from 'vitest';
import { planApplication, planFollowUps, planPipeline, validateApplication, validatePipeline, type ApplicationInput, type InterviewInput } from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// A database stores an unknown value as `null` and an unknown address as `""`: both mean absent,
// at every level. Each case gives the same input twice, once with `null` (or `""`) where a field
// would be and once without the field, and the two plans must be equal, byte for byte.

type Loose = Record<string, unknown>;

/** Applied on 2 November, a screen on Tuesday 10 November, a thank-you sent, everything optional filled in. */
const full: ApplicationInput = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer',
  timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
  contact: { name: 'Rita Diaz', email: 'rita@acme.example', role: 'recruiter', salutation: 'Ms. Diaz' },
  appliedAt: '2026-11-02T09:30',
  rounds: [{
    id: 'acme-screen', label: 'Phone screen', start: '2026-11-10T10:00', end: '2026-11-10T10:45',
    timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
    interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example', title: 'Engineering Manager', salutation: 'Ms. Ruiz' }, { name: 'Bo Chen' }],
    decisionDate: '2026-11-13', followUpPermission: 'granted', nextSteps: 'An onsite if it goes well',
  }],
  activities: [
    { type: 'thank-you-sent', round: 'acme-screen', at: '2026-11-11T11:00', interviewer: 'Ana Ruiz', channel: 'email', note: 'short and warm' },
    { type: 'message-sent', at: '2026-11-11T11:30', to: 'Bo Chen', channel: 'linkedin', note: 'LinkedIn message' },
    { type: 'offer-received', at: '2026-11-20T15:00', deadline: '2026-11-27' },
  ],
});

/** A copy of `full` with `edit` applied to a deep copy. */
function variant(edit: (copy: Loose & { rounds: Loose[]; activities: Loose[]; contact: Loose }) => void): ApplicationInput {
  const copy = structuredClone(full) as unknown as Loose & { rounds: Loose[]; activities: Loose[]; contact: Loose };
  edit(copy);
  return copy as unknown as ApplicationInput;
}

const round = (copy: { rounds: Loose[] }): Loose => copy.rounds[0] as Loose;
const person = (copy: { rounds: Loose[] }, index: number): Loose => (round(copy)['interviewers'] as Loose[])[index] as Loose;

/** [where, the field, set it to `null`, leave it out]. */
const FIELDS: readonly (readonly [string, string, (copy: Parameters<Parameters<typeof variant>[0]>[0]) => void, (copy: Parameters<Parameters<typeof variant>[0]>[0]) => void])[] = [
  ['application', 'employerTimeZone', (c) => { c['employerTimeZone'] = null; }, (c) => { delete c['employerTimeZone']; }],
  ['application', 'contact', (c) => { (c as Loose)['contact'] = null; }, (c) => { delete (c as Loose)['contact']; }],
  ['application', 'appliedAt', (c) => { c['appliedAt'] = null; }, (c) => { delete c['appliedAt']; }],
  ['application', 'activities', (c) => { (c as Loose)['activities'] = null; }, (c) => { delete (c as Loose)['activities']; }],
  ['round', 'label', (c) => { round(c)['label'] = null; }, (c) => { delete round(c)['label']; }],
  ['round', 'end', (c) => { round(c)['end'] = null; }, (c) => { delete round(c)['end']; }],
  ['round', 'timeZone', (c) => { round(c)['timeZone'] = null; }, (c) => { delete round(c)['timeZone']; }],
  ['round', 'employerTimeZone', (c) => { round(c)['employerTimeZone'] = null; }, (c) => { delete round(c)['employerTimeZone']; }],
  ['round', 'decisionDate', (c) => { round(c)['decisionDate'] = null; }, (c) => { delete round(c)['decisionDate']; }],
  ['round', 'followUpPermission', (c) => { round(c)['followUpPermission'] = null; }, (c) => { delete round(c)['followUpPermission']; }],
  ['round', 'nextSteps', (c) => { round(c)['nextSteps'] = null; }, (c) => { delete round(c)['nextSteps']; }],
  ['interviewer', 'email', (c) => { person(c, 0)['email'] = null; }, (c) => { delete person(c, 0)['email']; }],
  ['interviewer', 'title', (c) => { person(c, 0)['title'] = null; }, (c) => { delete person(c, 0)['title']; }],
  ['interviewer', 'salutation', (c) => { person(c, 0)['salutation'] = null; }, (c) => { delete person(c, 0)['salutation']; }],
  ['contact', 'email', (c) => { c.contact['email'] = null; }, (c) => { delete c.contact['email']; }],
  ['contact', 'role', (c) => { c.contact['role'] = null; }, (c) => { delete c.contact['role']; }],
  ['contact', 'salutation', (c) => { c.contact['salutation'] = null; }, (c) => { delete c.contact['salutation']; }],
  ['activity', 'round', (c) => { (c.activities[0] as Loose)['round'] = null; }, (c) => { delete (c.activities[0] as Loose)['round']; }],
  ['activity', 'channel', (c) => { (c.activities[0] as Loose)['channel'] = null; }, (c) => { delete (c.activities[0] as Loose)['channel']; }],
  ['activity', 'note', (c) => { (c.activities[0] as Loose)['note'] = null; }, (c) => { delete (c.activities[0] as Loose)['note']; }],
  ['activity', 'to', (c) => { (c.activities[1] as Loose)['to'] = null; }, (c) => { delete (c.activities[1] as Loose)['to']; }],
  ['activity', 'deadline', (c) => { (c.activities[2] as Loose)['deadline'] = null; }, (c) => { delete (c.activities[2] as Loose)['deadline']; }],
];

describe('null means absent, at every level of an application', () => {
  it.each(FIELDS)('%s.%s: null plans exactly as the field left out', (_level, _field, toNull, leaveOut) => {
    const now = { now: '2026-11-12T12:00:00Z' };
    expect(planApplication(variant(toNull), now)).toEqual(planApplication(variant(leaveOut), now));
  });

  it('tells the cases apart: leaving each field out changes the plan, so the comparison above can fail', () => {
    const now = { now: '2026-11-12T12:00:00Z' };
    const plain = JSON.stringify(planApplication(full, now));
    const unchanged = FIELDS.filter(([, , , leaveOut]) => JSON.stringify(planApplication(variant(leaveOut), now)) === plain).map(([level, field]) => `${level}.${field}`);
    expect(unchanged).toEqual([]);
  });

  it('reads a round whose start is null as an invitation not yet scheduled, as a round without start', () => {
    const invited = (start: null | undefined): ApplicationInput => variant((c) => {
      c.rounds = [{ id: 'acme-onsite', label: 'Onsite', start }];
      c.activities = [];
    });
    const withNull = planApplication(invited(null), { now: '2026-11-12T12:00:00Z' });
    expect(withNull).toEqual(planApplication(variant((c) => { c.rounds = [{ id: 'acme-onsite', label: 'Onsite' }]; c.activities = []; }), { now: '2026-11-12T12:00:00Z' }));
    expect([withNull.state, withNull.application.invitations]).toEqual(['scheduled', [{ id: 'acme-onsite', label: 'Onsite', interviewers: [] }]]);
  });

  it.each([
    ['id', 'id'], ['company', 'company'], ['position', 'position'], ['timeZone', 'timeZone'],
  ])('reports a required %s given as null as missing, at its path', (field, path) => {
    expect(validateApplication(variant((c) => { c[field] = null; }))).toEqual([expect.objectContaining({ code: 'missing-field', path })]);
  });

  it('reports a missing application zone once, not again at each round that inherits it', () => {
    const inherited = variant((c) => { c['timeZone'] = null; delete round(c)['timeZone']; });
    expect(validateApplication(inherited).map(({ code, path }) => [code, path])).toEqual([['missing-field', 'timeZone']]);
  });

  it.each([
    ['a round id', (c: Loose & { rounds: Loose[] }) => { round(c)['id'] = null; }, 'rounds[0].id'],
    ['an interviewer name', (c: Loose & { rounds: Loose[] }) => { person(c, 1)['name'] = null; }, 'rounds[0].interviewers[1].name'],
    ['a contact name', (c: Loose & { contact: Loose }) => { c.contact['name'] = null; }, 'contact.name'],
    ['an activity type', (c: Loose & { activities: Loose[] }) => { (c.activities[2] as Loose)['type'] = null; }, 'activities[2].type'],
    ['an activity time', (c: Loose & { activities: Loose[] }) => { (c.activities[2] as Loose)['at'] = null; }, 'activities[2].at'],
  ])('reports %s given as null as missing, at its path', (_name, edit, path) => {
    expect(validateApplication(variant(edit as never))).toEqual([expect.objectContaining({ code: 'missing-field', path })]);
  });

  it('needs appliedAt or a round, and says so when both are null', () => {
    expect(validateApplication(variant((c) => { c['appliedAt'] = null; (c as Loose)['rounds'] = null; (c as Loose)['activities'] = null; })))
      .toEqual([expect.objectContaining({ code: 'missing-field', path: 'rounds' })]);
  });

  it('refuses null as an element of a list: a list holds people and activities, not gaps', () => {
    expect(validateApplication(variant((c) => { round(c)['interviewers'] = [null]; })).map(({ code, path }) => [code, path])).toEqual([['invalid-type', 'rounds[0].interviewers[0]']]);
    expect(validateApplication(variant((c) => { c.activities = [null as never]; })).map(({ code, path }) => [code, path])).toEqual([['invalid-type', 'activities[0]']]);
  });
});

describe('an empty email means absent', () => {
  it.each([
    ['an interviewer', (c: Loose & { rounds: Loose[] }, email: unknown) => { person(c, 0)['email'] = email; }],
    ['the contact', (c: Loose & { contact: Loose }, email: unknown) => { c.contact['email'] = email; }],
  ])('for %s: "" and "  " plan as no address at all', (_who, set) => {
    const now = { now: '2026-11-12T12:00:00Z' };
    const { input: _a, ...without } = planApplication(variant((c) => set(c as never, undefined)), now);
    for (const email of ['', '  ']) {
      const { input: _b, ...planned } = planApplication(variant((c) => set(c as never, email)), now);
      expect(planned).toEqual(without);
    }
  });

  it('warns missing-email for an interviewer whose address is "", as for one with none', () => {
    const plan = planApplication(variant((c) => { person(c, 0)['email'] = ''; }), { now: '2026-11-12T12:00:00Z' });
    expect(plan.warnings.filter((warning) => warning.code === 'missing-email').map((warning) => warning.path))
      .toEqual(['rounds[0].interviewers[0].email', 'rounds[0].interviewers[1].email']);
  });

  it('still refuses an address that is not empty and not an address', () => {
    expect(validateApplication(variant((c) => { c.contact['email'] = 'rita at acme'; })).map(({ code, path }) => [code, path])).toEqual([['invalid-email', 'contact.email']]);
  });
});

describe('null means absent in an interview and in every options object', () => {
  /** A Tuesday interview in New York with one interviewer and a thank-you logged. */
  const interview: InterviewInput = deepFreeze({
    id: 'globex-pm', company: 'Globex', position: 'Product Manager', start: '2026-11-17T10:00', timeZone: 'America/New_York',
    interviewers: [{ name: 'Cy Park', email: 'cy@globex.example', title: 'Director' }],
  });
  const activities = [{ type: 'thank-you-sent', at: '2026-11-18T11:00', interviewer: 'Cy Park', channel: 'email', note: 'sent' }] as const;

  it.each([
    ['an interviewer\'s title', { ...interview, interviewers: [{ name: 'Cy Park', email: 'cy@globex.example', title: null }] }, { ...interview, interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }] }],
    ['an interviewer\'s salutation', { ...interview, interviewers: [{ name: 'Cy Park', email: 'cy@globex.example', title: 'Director', salutation: null }] }, interview],
  ])('reads %s given as null as absent', (_name, withNull, without) => {
    expect(planFollowUps(withNull as never)).toEqual(planFollowUps(without as never));
  });

  it.each([
    ['note', { ...activities[0], note: null }, { type: 'thank-you-sent', at: '2026-11-18T11:00', interviewer: 'Cy Park', channel: 'email' }],
    ['channel', { ...activities[0], channel: null }, { type: 'thank-you-sent', at: '2026-11-18T11:00', interviewer: 'Cy Park', note: 'sent' }],
  ])('reads an activity\'s %s given as null as absent', (_name, withNull, without) => {
    const { input: _a, ...planned } = planFollowUps(interview, { activities: [withNull] as never, now: '2026-11-20T12:00:00Z' });
    const { input: _b, ...expected } = planFollowUps(interview, { activities: [without] as never, now: '2026-11-20T12:00:00Z' });
    expect(planned).toEqual(expected);
    expect(planned.steps.find((step) => step.kind === 'thank-you-email')?.status).toBe('done');
  });

  it.each([
    ['now', { now: null, policy: { maxCheckIns: 3 } }, { policy: { maxCheckIns: 3 } }],
    ['policy', { now: '2026-11-20T12:00:00Z', policy: null }, { now: '2026-11-20T12:00:00Z' }],
    ['activities', { now: '2026-11-20T12:00:00Z', activities: null }, { now: '2026-11-20T12:00:00Z' }],
    ['locale', { now: '2026-11-20T12:00:00Z', locale: null }, { now: '2026-11-20T12:00:00Z' }],
    ['a policy key', { now: '2026-11-20T12:00:00Z', policy: { maxCheckIns: null, repeatDays: 10 } }, { now: '2026-11-20T12:00:00Z', policy: { repeatDays: 10 } }],
    ['a nested policy key', { now: '2026-11-20T12:00:00Z', policy: { workingHours: null, candidateHours: null } }, { now: '2026-11-20T12:00:00Z', policy: {} }],
  ])('planFollowUps: options.%s given as null is absent', (_name, withNull, without) => {
    expect(planFollowUps(interview, withNull as never)).toEqual(planFollowUps(interview, without as never));
  });

  it.each([
    ['now', { now: null }, {}],
    ['policy', { policy: null }, {}],
    ['locale', { locale: null }, {}],
    ['a policy key', { policy: { maxApplicationFollowUps: null, applicationRepeatDays: 5 } }, { policy: { applicationRepeatDays: 5 } }],
  ])('planApplication: options.%s given as null is absent', (_name, withNull, without) => {
    expect(planApplication(full, withNull as never)).toEqual(planApplication(full, without as never));
  });

  it.each([
    ['now', { now: null }, {}],
    ['policy', { policy: null }, {}],
    ['timeZone', { timeZone: null }, {}],
    ['id', { id: null }, {}],
    ['activities', { activities: null }, {}],
    ['locale', { locale: null }, {}],
    ['invalid', { invalid: null }, {}],
  ])('planPipeline: options.%s given as null is absent', (_name, withNull, without) => {
    expect(planPipeline([full], withNull as never)).toEqual(planPipeline([full], without as never));
  });

  it('reads an options argument given as null as no options, for every planner', () => {
    expect(planFollowUps(interview, null as never)).toEqual(planFollowUps(interview));
    expect(planApplication(full, null as never)).toEqual(planApplication(full));
    expect(planPipeline([full], null as never)).toEqual(planPipeline([full]));
  });

  it('reads the applications of a pipeline given as { applications: null } as missing', () => {
    expect(validatePipeline({ applications: null }).map(({ code, path }) => [code, path])).toEqual([['missing-field', 'applications']]);
  });
});
