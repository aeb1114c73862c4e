import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, planApplication, planFollowUps, planPipeline, stepTitle, type ApplicationInput, type ApplicationPlan, type FollowUpPlan,
  type InterviewInput, type PipelinePlan,
} from '../../src/index.js';
import { de } from '../../src/locales/de/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// Every plan written in German says everything in German, and nothing else changes.

type AnyPlan = FollowUpPlan | ApplicationPlan | PipelinePlan;

const interview: InterviewInput = deepFreeze({
  id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer', start: '2026-11-20T14:00', end: '2026-11-20T15:00',
  timeZone: 'America/New_York', employerTimeZone: 'America/Chicago', nextSteps: 'Panel mit dem VP',
  interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example', salutation: 'Frau Dr. Ruiz' }, { name: 'Bo Chen' }, { name: 'Bo Chen' }],
});

/** Two rounds (the second known by its date only), a stray log entry, and an offer with a deadline. */
const globex: ApplicationInput = deepFreeze({
  id: 'globex', company: 'Globex', position: 'Product Engineer', timeZone: 'Europe/Berlin', employerTimeZone: 'EST',
  contact: { name: 'Rita Diaz', email: 'rita@globex.example', salutation: 'Frau Diaz' },
  rounds: [
    { id: 'globex-screen', label: 'Telefoninterview', start: '2026-11-10T10:00', interviewers: [{ name: 'Rita Diaz', email: 'rita@globex.example' }], decisionDate: '2026-11-13', followUpPermission: 'granted' },
    { id: 'globex-onsite', label: 'Vor Ort', start: '2026-11-20', interviewers: [{ name: 'Kai Wolf', email: 'kai@globex.example' }], followUpPermission: 'declined' },
  ],
  activities: [
    { type: 'thank-you-sent', round: 'globex-screen', interviewer: 'Rita Diaz', at: '2026-11-11T15:00:00Z' },
    { type: 'step-done', at: '2026-11-12T10:00:00Z', step: 'no-such-step' },
    { type: 'message-sent', at: '2026-11-14T10:00:00Z', to: 'rita@globex.example' },
    { type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' },
  ],
});

const application = (id: string, company: string, extra: Partial<ApplicationInput>): ApplicationInput => ({
  id, company, position: 'Platform Engineer', timeZone: 'America/New_York',
  rounds: [{ id: `${id}-1`, start: '2026-11-17T10:00', interviewers: [{ name: 'Pam Lee', email: `pam@${id}.example` }], decisionDate: '2026-11-25' }],
  ...extra,
});

/** An offer elsewhere, a rejection, an application without an interview, one gone quiet, one that replied, one offer without a deadline. */
const search: readonly ApplicationInput[] = deepFreeze([
  application('acme', 'Acme', { activities: [{ type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' }] }),
  application('initech', 'Initech', { employerTimeZone: 'Europe/London', activities: [{ type: 'rejection-received', at: '2026-11-24T09:00:00Z' }] }),
  { id: 'hooli', company: 'Hooli', position: 'Site Reliability Engineer', timeZone: 'America/New_York', appliedAt: '2026-11-20', contact: { name: 'Gavin Belson', email: 'jobs@hooli.example' } },
  application('umbrella', 'Umbrella', { rounds: [{ id: 'umbrella-1', start: '2026-10-01T10:00', interviewers: [{ name: 'Lia Kern' }] }], activities: [{ type: 'check-in-sent', at: '2026-10-16T14:00:00Z' }, { type: 'check-in-sent', at: '2026-10-30T14:00:00Z' }, { type: 'check-in-sent', at: '2026-11-02T14:00:00Z' }] }),
  application('vandelay', 'Vandelay', { activities: [{ type: 'reply-received', at: '2026-11-26T15:00:00Z' }] }),
  application('wonka', 'Wonka', { activities: [{ type: 'offer-received', at: '2026-12-01T15:00:00Z' }] }),
]);
const accepted: readonly ApplicationInput[] = deepFreeze([
  application('acme', 'Acme', { activities: [{ type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' }, { type: 'offer-accepted', at: '2026-12-03T16:00:00Z' }] }),
  application('globex', 'Globex', {}),
]);

/** Each case planned in English and in German, with the same input. */
const cases: readonly (readonly [string, (locale?: typeof de) => AnyPlan])[] = [
  ['an interview', (locale) => planFollowUps(interview, { now: '2026-11-25T09:00:00Z', policy: { letters: true, holidays: ['2026-11-23'] }, ...(locale === undefined ? {} : { locale }) })],
  ['an application with rounds and an offer', (locale) => planApplication(globex, { now: '2026-12-03T09:00:00Z', ...(locale === undefined ? {} : { locale }) })],
  ['a search with an offer, a rejection, an application without an interview and reminders', (locale) =>
    planPipeline(search, { now: '2026-12-03T14:00:00Z', policy: { employerResponseDays: 45 }, ...(locale === undefined ? {} : { locale }) })],
  ['a search with an accepted offer', (locale) => planPipeline(accepted, { now: '2026-12-03T17:00:00Z', ...(locale === undefined ? {} : { locale }) })],
];

const TEXT_KEYS = new Set(['explanation', 'note', 'message', 'text']);
/** Input copied into a plan: the same in every language. */
const INPUT_KEYS = new Set(['input', 'interview', 'application']);

/** Every text of a plan, by its path. */
function textsOf(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] => {
    if (INPUT_KEYS.has(key)) return [];
    if (TEXT_KEYS.has(key) && typeof inner === 'string') return [[`${path}.${key}`, inner]];
    return textsOf(inner, `${path}.${key}`);
  });
}

/** The plan with every text blanked and its language tag left out: what must not change with the language. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'locale')
    .map(([key, inner]) => [key, TEXT_KEYS.has(key) && typeof inner === 'string' ? '' : shapeOf(inner)]));
}

const steps = (plan: AnyPlan): AnyPlan['steps'] => plan.steps;
/** The title of every step, each read against its own application in a search. */
function titles(plan: AnyPlan, locale?: typeof de): string[] {
  const options = locale === undefined ? undefined : { locale };
  if ('applications' in plan) {
    const byId = new Map(plan.applications.map((one) => [one.application.id, one.application]));
    return plan.steps.map((step) => stepTitle({ interview: byId.get(step.application ?? '') ?? { company: de.agenda.searchName, position: '' }, locale: plan.locale }, step, options));
  }
  const owner = 'application' in plan ? { interview: plan.application, locale: plan.locale } : plan;
  return plan.steps.map((step) => stepTitle(owner, step, options));
}

/** Proper names, addresses, dates, times, codes and numbers: the same in any language, so left out before comparing. */
const NAMES = ['Acme', 'Globex', 'Initech', 'Hooli', 'Umbrella', 'Vandelay', 'Wonka', 'Staff Engineer', 'Product Engineer', 'Platform Engineer', 'Site Reliability Engineer',
  'Frau Dr. Ruiz', 'Frau Diaz', 'Ana Ruiz', 'Bo Chen', 'Rita Diaz', 'Kai Wolf', 'Pam Lee', 'Gavin Belson', 'Lia Kern', 'Sam Lee', 'Telefoninterview', 'Vor Ort', 'Panel mit dem VP'];
function neutral(text: string): string {
  let out = text.replace(/mailto:\S+/g, ' ').replace(/\S+@\S+/g, ' ').replace(/\b[A-Z][A-Za-z]+\/[A-Za-z_/]+/g, ' ').replace(/\b(?:EST|UTC)\b/g, ' ');
  for (const name of NAMES) out = out.split(name).join(' ');
  return out.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ').replace(/[\d:+.\-T]+/g, ' ').replace(/\s+/g, ' ').trim();
}
/** Words no German sentence uses: one of them in a German text means English crept in. */
const ENGLISH = /\b(?:the|and|you|your|with|after|before|for|is|are|this|that|from|by|of|to|or|it|its|their|they|has|have|been|send|thank|thanks|ask|due|draft|subject|rule|checklist|interview|step)\b/i;

/** Words both languages write the same way; any other word a German text shares with the English one is English left in. */
const SHARED = new Set([
  'in', 'an', 'am', 'was', 'mail', 'position', 'stand', 'post', 'hand', 'plan', 'feedback', 'team', 'april', 'august', 'september', 'november',
]);
const words = (text: string): string[] => neutral(text).toLowerCase().match(/\p{L}+/gu) ?? [];

function expectGerman(pairs: readonly (readonly [string, string, string])[]): void {
  expect(pairs.length).toBeGreaterThan(0);
  const english = pairs.flatMap(([where, en, german]) => {
    const theirs = new Set(words(en));
    const shared = words(german).filter((word) => theirs.has(word) && !SHARED.has(word));
    return neutral(german) === neutral(en) || ENGLISH.test(neutral(german)) || shared.length > 0 ? [{ where, shared: [...new Set(shared)], german }] : [];
  });
  expect(english).toEqual([]);
}

describe.each(cases)('%s, planned in German', (_name, plan) => {
  const english = plan();
  const german = plan(de);

  it('records its language and keeps every code, id, kind, status, state, path and time of the English plan', () => {
    expect([english.locale, german.locale]).toEqual([undefined, 'de']);
    expect(shapeOf(german)).toEqual(shapeOf(english));
  });

  it('writes every explanation, checklist item, adjustment and warning in German', () => {
    const en = new Map(textsOf(english));
    const pairs = textsOf(german).map(([path, text]) => [path, en.get(path) ?? '', text] as const);
    expect(pairs.map(([path]) => path)).toEqual([...en.keys()]);
    expectGerman(pairs);
  });

  it('titles every step in German', () => {
    const en = titles(english);
    expectGerman(titles(german, de).map((title, index) => [`steps[${index}]`, en[index] ?? '', title] as const));
    expect(titles(german)).toEqual(titles(german, de));
  });

  it('drafts every message in German', () => {
    const details = { senderName: 'Sam Lee' };
    const pairs = steps(german).flatMap((step, index) => {
      const en = draftForStep(english, steps(english)[index]!, details);
      const draft = draftForStep(german, step, details);
      expect(draft?.kind).toBe(en?.kind);
        if (draft === undefined || en === undefined) return [];
      return [...(draft.subject === undefined ? [] : [[`${step.id}.subject`, en.subject ?? '', draft.subject] as const]), [`${step.id}.body`, en.body, draft.body] as const];
    });
    expectGerman(pairs);
  });

  it('writes its calendar in German, with the same events at the same times', () => {
    const options = { generatedAt: '2026-11-22T09:00:00Z', draftDetails: { senderName: 'Sam Lee' } };
    const read = (text: string) => {
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent');
      return {
        name: String(calendar.getFirstPropertyValue('x-wr-calname')),
        events: events.map((event) => ({
          uid: String(event.getFirstPropertyValue('uid')), start: String(event.getFirstPropertyValue('dtstart')), status: String(event.getFirstPropertyValue('status')),
          summary: String(event.getFirstPropertyValue('summary')), description: String(event.getFirstPropertyValue('description')), category: String(event.getFirstPropertyValue('categories')),
        })),
      };
    };
    const en = read(toICalendar(english, options));
    const written = read(toICalendar(german, { ...options, locale: de }));
    expect(written.events.map(({ uid, start, status }) => [uid, start, status])).toEqual(en.events.map(({ uid, start, status }) => [uid, start, status]));
    expectGerman([
      ['name', en.name, written.name],
      ...written.events.flatMap((event, index) => {
        const other = en.events[index]!;
        return [[`${event.uid} summary`, other.summary, event.summary], [`${event.uid} description`, other.description, event.description], [`${event.uid} category`, other.category, event.category]] as const;
      }),
    ]);
    // The plan's own language is the calendar's by default.
    expect(toICalendar(german, options)).toBe(toICalendar(german, { ...options, locale: de }));
  });
});

describe('the German plans', () => {
  it('cover every kind of step and most warnings, so the checks above see every text', () => {
    const planned = cases.map(([, plan]) => plan(de));
    expect(new Set(planned.flatMap((plan) => plan.steps.map((step) => step.kind)))).toEqual(new Set([
      'before-leaving', 'thank-you-email', 'thank-you-letter', 'check-in', 'keep-searching', 'rejection-reply', 'offer-response', 'expedite-request', 'withdrawal-note', 'application-follow-up',
    ]));
    const codes = new Set(planned.flatMap((plan) => [...plan.warnings, ...('applications' in plan ? (plan as PipelinePlan).applications.flatMap((one) => one.warnings) : [])].map((warning) => warning.code)));
    expect([...codes].sort()).toEqual([
      'check-ins-complete', 'duplicate-interviewer', 'employer-overdue', 'extra-check-in', 'fixed-offset-zone', 'follow-up-declined', 'missing-email', 'no-decision-date',
      'no-interview-time', 'no-offer-deadline', 'permission-not-asked', 'reply-received', 'thank-you-late', 'unknown-step', 'unmatched-activity',
    ]);
    expect(new Set(planned.flatMap((plan) => plan.steps.flatMap((step) => step.adjustments.map((adjustment) => adjustment.reason)))).size).toBeGreaterThanOrEqual(3);
  });
});

describe('a stored plan written in German', () => {
  const stored = JSON.parse(JSON.stringify(planFollowUps(interview, { locale: de }))) as FollowUpPlan;
  const thanks = stored.steps.find((step) => step.kind === 'thank-you-email')!;

  it('is read back in German without the locale being passed again', () => {
    expect(stored.locale).toBe('de');
    expect(draftForStep(stored, thanks, { senderName: 'Sam Lee' })?.body.split('\n')[0]).toBe('Sehr geehrte Frau Dr. Ruiz,');
    expect(stepTitle(stored, thanks)).toBe('Ana Ruiz für das Gespräch bei Acme danken');
    expect(toICalendar(stored, { generatedAt: '2026-11-22T09:00:00Z' })).toContain('X-WR-CALNAME:Bewerbung bei Acme: nächste Schritte');
  });

  it('is written in another language only when a call names one', () => {
    expect(draftForStep(stored, thanks, {}, { locale: undefined })?.body.startsWith('Sehr geehrte Frau Dr. Ruiz,')).toBe(true);
    const untagged = Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'locale')) as unknown as FollowUpPlan;
    expect(draftForStep(untagged, thanks, {})?.body.startsWith('Dear Frau Dr. Ruiz,')).toBe(true);
  });
});
