import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, en, planApplication, planFollowUps, planPipeline, stepTitle,
  type ApplicationInput, type ApplicationPlan, type ApplicationStep, type FollowUpPlan, type InterviewInput, type Locale, type PipelinePlan, type TitledPlan,
} from '../../src/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { deepFreeze } from '../helpers/interviews.js';

type Plan = FollowUpPlan | ApplicationPlan | PipelinePlan;
type Options = { readonly locale?: Locale };

const examples = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/pipeline.json'), 'utf8')) as { applications: ApplicationInput[] };
const [acmeApplication, globex, initech, hooli] = examples.applications as [ApplicationInput, ApplicationInput, ApplicationInput, ApplicationInput];
const interview: InterviewInput = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer', start: '2026-11-20T14:00', end: '2026-11-20T15:00',
  timeZone: 'America/New_York', employerTimeZone: 'America/Chicago', nextSteps: 'Panel with the VP next',
  interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example', salutation: 'Madame Ruiz' }, { name: 'Bo Chen' }],
});
const umbrella: ApplicationInput = deepFreeze({
  id: 'umbrella', company: 'Umbrella', position: 'Data Engineer', timeZone: 'America/New_York',
  rounds: [{ id: 'umbrella-1', start: '2026-11-18T10:00', interviewers: [{ name: 'Dee Ng', email: 'dee@umbrella.example' }] }],
  activities: [{ type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' }, { type: 'offer-accepted', at: '2026-12-04T16:00:00Z' }],
});

/**
 * One plan of each kind, written in the language the options give. Together they hold every step
 * kind and every warning code (checked below), so no text escapes the comparison.
 */
const PLANS: readonly (readonly [string, (options: Options) => Plan])[] = [
  ['an interview with letters, late thanks, three logged check-ins and stray activities', (options) => planFollowUps(interview, {
    ...options, now: '2026-12-20T09:00:00Z', policy: { letters: true },
    activities: [
      { type: 'thank-you-sent', interviewer: 'Ana Ruiz', at: '2026-11-23T15:00:00Z' },
      { type: 'check-in-sent', at: '2026-12-05T15:00:00Z' }, { type: 'check-in-sent', at: '2026-12-08T15:00:00Z' }, { type: 'check-in-sent', at: '2026-12-09T15:00:00Z' },
      { type: 'step-done', step: 'no-such-step', at: '2026-12-01T15:00:00Z' },
      { type: 'message-sent', at: '2026-11-21T03:00:00Z', to: 'someone@acme.example' },
    ],
  })],
  ['an interview without a time, in a fixed-offset zone, with a person listed twice and follow-ups declined', (options) => planFollowUps({
    id: 'globex', company: 'Globex', position: 'Product Manager', start: '2026-11-17', timeZone: 'America/New_York', employerTimeZone: 'EST',
    followUpPermission: 'declined', interviewers: [{ name: 'Cy Park' }, { name: 'Cy Park' }],
  }, options)],
  ['an interview with nobody named and a reply', (options) => planFollowUps({ ...interview, id: 'initech', company: 'Initech', interviewers: [], decisionDate: '2026-12-01', followUpPermission: 'granted' }, {
    ...options, now: '2026-12-20T09:00:00Z', activities: [{ type: 'reply-received', at: '2026-11-30T15:00:00Z' }],
  })],
  ['an application with two rounds and an offer', (options) => planApplication(acmeApplication, { ...options, now: '2026-12-03T09:00:00Z' })],
  ['an application with an offer without a deadline', (options) => planApplication({ ...acmeApplication, activities: [{ type: 'offer-received', at: '2026-12-02T16:00:00Z' }] }, { ...options, now: '2026-12-03T09:00:00Z' })],
  ['an application with an offer that came after its deadline', (options) => planApplication({ ...acmeApplication, activities: [{ type: 'offer-received', at: '2026-12-09T23:30:00Z', deadline: '2026-12-09' }] }, { ...options, now: '2026-12-10T09:00:00Z' })],
  ['a search with an applied-only application, a rejection, reminders and a skipped record', (options) => planPipeline({ applications: [...examples.applications, { id: 'broken', company: 'Broken' } as never] }, {
    ...options, now: '2026-12-03T09:00:00Z', invalid: 'skip', policy: { employerResponseDays: 10 },
  })],
  ['a search where an offer elsewhere was accepted', (options) => planPipeline({ applications: [acmeApplication, globex, initech, hooli, umbrella] }, { ...options, now: '2026-12-05T09:00:00Z' })],
];

const TEXT_KEYS = new Set(['explanation', 'message', 'note', 'text']);
/** The plan without the texts a person reads and without its language: codes, ids, kinds, statuses, states, paths and times. */
function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(skeleton);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !TEXT_KEYS.has(key) && key !== 'locale').map(([key, inner]) => [key, skeleton(inner)]));
}

/** What the candidate adds to every draft: their own words, in any language. */
const details = deepFreeze({ senderName: 'Sam Lee', interest: 'la possibilité de concevoir des outils fiables' });

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The words a plan carries that belong to no language: names, companies, roles, labels, ids,
 * codes, zones, addresses, dates, and the problems of a skipped record (validation messages are
 * English in every language). Everything else a text says must change with the language.
 */
function ownWords(plan: Plan): Set<string> {
  const own = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (!TEXT_KEYS.has(key)) for (const word of words(value)) own.add(word);
    } else if (Array.isArray(value)) value.forEach((inner) => walk(inner, key));
    else if (typeof value === 'object' && value !== null) {
      for (const [inner, child] of Object.entries(value)) walk(child, key === 'skipped' ? 'skipped' : inner);
    }
  };
  walk([plan, details]);
  if ('skipped' in plan) for (const word of words(JSON.stringify(plan.skipped))) own.add(word);
  return own;
}

/** Words French writes as English does; anything else English in a French text is left over. */
const SHARED = new Set(['a', 'me', 's', 'active', 'contact', 'message', 'plan', 'silence', 'utc']);

/** The words of a text a language writes, its own words (and numbers, and `mailto:` links) left out. */
function kept(text: string, own: ReadonlySet<string>): string[] {
  return words(text.replace(/mailto:\S+/g, '')).filter((word) => !own.has(word) && !/^\d+$/.test(word));
}

/**
 * What a French text still holds of the English one: word pairs in common, and words in common
 * that French does not share with English. A text that fell back to English, whole or in part,
 * down to a single word ("Rule"), holds some.
 */
function english(french: string, englishText: string, own: ReadonlySet<string>): string[] {
  const theirs = kept(englishText, own);
  const theirPairs = new Set(theirs.slice(1).map((word, i) => `${theirs[i]} ${word}`));
  const ours = kept(french, own);
  const pairs = ours.slice(1).map((word, i) => `${ours[i]} ${word}`).filter((pair) => theirPairs.has(pair));
  const single = ours.filter((word) => theirs.includes(word) && !SHARED.has(word));
  return [...new Set([...pairs, ...single])];
}

/** What a step's title reads: the interview, the application, or for the search's own reminders the search. */
function titled(plan: Plan, step: Plan['steps'][number], locale: Locale): TitledPlan {
  if ('interview' in plan) return plan;
  if ('application' in plan) return { interview: plan.application };
  const application = plan.applications.find((entry) => entry.application.id === (step as ApplicationStep).application)?.application;
  return { interview: application ?? { company: locale.agenda.searchName, position: '' } };
}

/** Each text a person reads of one plan, keyed by where it is. */
function texts(plan: Plan, options: Options): Map<string, string> {
  const out = new Map<string, string>();
  for (const step of plan.steps) {
    const at = 'application' in step && step.application !== undefined ? `${step.application}/${step.id}` : step.id;
    out.set(`${at} title`, stepTitle(titled(plan, step, options.locale ?? en), step, options));
    out.set(`${at} explanation`, step.explanation);
    for (const item of step.checklist) out.set(`${at} checklist ${item.id}`, item.text);
    step.adjustments.forEach((adjustment, index) => out.set(`${at} adjustment ${index}`, adjustment.note));
    const draft = draftForStep(plan, step, details, options);
    if (draft?.subject !== undefined) out.set(`${at} subject`, draft.subject);
    if (draft !== undefined) out.set(`${at} draft`, draft.body);
  }
  plan.warnings.forEach((warning, index) => out.set(`warning ${index} ${warning.code}`, warning.message));
  const calendar = new ICAL.Component(ICAL.parse(toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z', ...options })));
  out.set('calendar name', String(calendar.getFirstPropertyValue('x-wr-calname')));
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid'));
    out.set(`${uid} summary`, String(event.getFirstPropertyValue('summary')));
    out.set(`${uid} description`, String(event.getFirstPropertyValue('description')));
    out.set(`${uid} categories`, String(event.getFirstPropertyValue('categories')));
  }
  return out;
}

describe.each(PLANS)('%s, planned in French', (_name, plan) => {
  const inEnglish = plan({});
  const inFrench = plan({ locale: fr });

  it('keeps every code, id, kind, status, state, path and time of the English plan', () => {
    expect(inFrench.locale).toBe('fr');
    expect(inEnglish.locale).toBeUndefined();
    expect(skeleton(inFrench)).toEqual(skeleton(inEnglish));
  });

  it('has no English left in any title, explanation, checklist item, adjustment, warning, draft or calendar text', () => {
    const own = ownWords(inEnglish);
    const french = texts(inFrench, { locale: fr });
    const englishTexts = texts(inEnglish, {});
    expect([...french.keys()]).toEqual([...englishTexts.keys()]);
    const left = [...french].flatMap(([where, text]) => {
      const original = englishTexts.get(where) ?? '';
      const shared = english(text, original, own);
      return text === original || shared.length > 0 ? [{ where, text, shared }] : [];
    });
    expect(left).toEqual([]);
  });
});

describe('the plans compared', () => {
  it('hold every step kind and every warning code between them, so every text is compared', () => {
    const plans = PLANS.map(([, plan]) => plan({ locale: fr }));
    expect(new Set(plans.flatMap((plan) => plan.steps.map((step) => step.kind))).size).toBe(10);
    expect(new Set(plans.flatMap((plan) => plan.warnings.map((warning) => warning.code))).size).toBe(18);
  });

  it('catch a text that falls back to English, whole or in part', () => {
    const own = new Set(['acme', 'ana', 'ruiz']);
    expect(english('Remercier Ana Ruiz pour l\'entretien chez Acme', 'Thank Ana Ruiz for the Acme interview', own)).toEqual([]);
    expect(english('Thank Ana Ruiz for the Acme interview', 'Thank Ana Ruiz for the Acme interview', own)).toEqual(['thank for', 'for the', 'the interview', 'thank', 'for', 'the', 'interview']);
    expect(english('Remercier Ana Ruiz : thank them.', 'Thank them for their time.', own)).toEqual(['thank them', 'thank', 'them']);
    expect(english('Rule thank-you-window : envoyez-le.', 'Rule thank-you-window: send it.', new Set(['thank', 'you', 'window']))).toEqual(['rule']);
  });
});

describe('a plan stored in French', () => {
  const written = planFollowUps(interview, { locale: fr, now: '2026-11-22T09:00:00Z' });
  const stored = JSON.parse(JSON.stringify(written)) as FollowUpPlan;
  const thanks = stored.steps.find((step) => step.kind === 'thank-you-email')!;

  it('is read back in French without passing the locale', () => {
    expect(stored.locale).toBe('fr');
    expect(draftForStep(stored, thanks, { senderName: 'Sam Lee' })).toEqual(draftForStep(written, thanks, { senderName: 'Sam Lee' }, { locale: fr }));
    expect(draftForStep(stored, thanks, { senderName: 'Sam Lee' })?.body.split('\n')[0]).toBe('Bonjour Madame Ruiz,');
    expect(stepTitle(stored, thanks)).toBe('Remercier Ana Ruiz pour l\'entretien chez Acme');
  });

  it('writes its calendar in French unless told otherwise', () => {
    const summaries = (text: string): unknown[] => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'));
    expect(summaries(toICalendar(stored, { generatedAt: '2026-11-22T09:00:00Z' }))).toContain('Remercier Ana Ruiz pour l\'entretien chez Acme');
  });

  it('thanks the hiring team as "Madame, Monsieur," when nobody is named', () => {
    const team = planFollowUps({ ...interview, interviewers: [] }, { locale: fr });
    const step = team.steps.find((one) => one.kind === 'thank-you-email')!;
    expect(stepTitle(team, step)).toBe('Remercier l\'équipe de recrutement d\'Acme pour l\'entretien');
    expect(draftForStep(team, step, { senderName: 'Sam Lee' })?.body.split('\n')[0]).toBe('Madame, Monsieur,');
  });

  it('is frozen and known by its tag', () => {
    expect(Object.isFrozen(fr)).toBe(true);
    expect(fr.tag).toBe('fr');
  });
});
