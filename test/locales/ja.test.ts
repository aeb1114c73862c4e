import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, en, planApplication, planFollowUps, planPipeline, rules, stepTitle,
  type ApplicationInput, type ApplicationPlan, type ApplicationStep, type FollowUpPlan, type InterviewInput, type PipelinePlan,
} from '../../src/index.js';
import { ja } from '../../src/locales/ja/index.js';
import pipelineExample from '../../examples/pipeline.json' with { type: 'json' };

type Plan = FollowUpPlan | ApplicationPlan | PipelinePlan;
const generatedAt = '2026-12-03T14:00:00Z';

const interview: InterviewInput = {
  id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer', start: '2026-11-20T14:00', end: '2026-11-20T15:00',
  timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
  interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example', salutation: 'Ms. Ruiz' }, { name: 'Bo Chen' }],
  nextSteps: 'Panel with the VP next',
};
const applications = pipelineExample.applications as unknown as readonly ApplicationInput[];
const [acme] = applications as [ApplicationInput];
/** The search after Acme's offer is accepted: every other active application gets a withdrawal. */
const accepted: readonly ApplicationInput[] = applications.map((one) => (one.id === 'acme'
  ? { ...one, activities: [...(one.activities ?? []), { type: 'offer-accepted', at: '2026-12-04T15:00:00Z' }] }
  : one));

/** Each kind of plan, written in English and in Japanese from the same input and options. */
const cases: readonly (readonly [string, (locale: typeof ja) => Plan])[] = [
  ['an interview, with letters and no decision date', (locale) => planFollowUps(interview, { now: '2026-11-23T15:00:00Z', policy: { letters: true }, locale })],
  ['an interview that names nobody, past its thank-you', (locale) => planFollowUps({ ...interview, interviewers: [], decisionDate: '2026-12-01', followUpPermission: 'declined' }, { now: '2026-11-27T15:00:00Z', locale })],
  ['an application with rounds and an offer', (locale) => planApplication(acme, { now: generatedAt, locale })],
  ['a pipeline with an applied-only application, a rejection and reminders', (locale) => planPipeline(applications, { now: generatedAt, locale })],
  ['a pipeline after an accepted offer', (locale) => planPipeline(accepted, { now: '2026-12-04T16:00:00Z', locale })],
];

/** The fields of a plan a person reads; everything else is data that never changes with the language. */
const TEXT_KEYS = new Set(['explanation', 'note', 'message', 'text']);

/** Every text field of two plans of the same shape, side by side, with its path. */
function texts(ours: unknown, english: unknown, path = ''): [string, string, string][] {
  if (typeof ours !== 'object' || ours === null || typeof english !== 'object' || english === null) return [];
  return Object.entries(ours).flatMap(([key, value]) => {
    const other = (english as Record<string, unknown>)[key];
    if (TEXT_KEYS.has(key) && typeof value === 'string') return [[`${path}.${key}`, value, String(other)] as [string, string, string]];
    return texts(value, other, `${path}.${key}`);
  });
}

/** A plan without its texts and its language tag: codes, ids, kinds, statuses, states, paths and times. */
function skeleton(plan: unknown): unknown {
  if (Array.isArray(plan)) return plan.map(skeleton);
  if (typeof plan !== 'object' || plan === null) return plan;
  return Object.fromEntries(Object.entries(plan).filter(([key]) => key !== 'locale')
    .map(([key, value]) => [key, TEXT_KEYS.has(key) ? '…' : skeleton(value)]));
}

/** The names, codes and zones a plan holds: they stay as written in every language. */
function ownWords(plan: Plan): string[] {
  const found = new Set<string>(Object.keys(rules));
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (['company', 'position', 'name', 'email', 'label', 'roundLabel', 'timeZone', 'employerTimeZone', 'nextSteps', 'id', 'round', 'application', 'salutation'].includes(key)) found.add(value);
    } else if (typeof value === 'object' && value !== null) {
      for (const [inner, child] of Object.entries(value)) walk(child, Array.isArray(value) ? key : inner);
    }
  };
  walk(plan);
  return [...found].sort((a, b) => b.length - a.length);
}

/** The runs of Latin words a text holds once the plan's own names, codes, zones and links are taken out. */
function english(text: string, own: readonly string[]): string[] {
  let rest = text.replace(/mailto:\S+/g, ' ');
  for (const word of own) rest = rest.split(word).join(' ');
  return rest.match(/[A-Za-z]{2,}(?:[\s'’-]+[A-Za-z]{2,})*/g) ?? [];
}

/** The written texts of a plan in both languages: each Japanese text differs from the English and holds no English. */
function expectJapanese(pairs: readonly (readonly [string, string, string])[], own: readonly string[]): void {
  expect(pairs.length).toBeGreaterThan(0);
  const wrong = pairs.filter(([, ours, theirs]) => ours === theirs || english(ours, own).length > 0 || !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(ours));
  expect(wrong.map(([where, ours]) => `${where}: ${ours} (${english(ours, own).join(', ')})`)).toEqual([]);
}

/** The calendar's summary and description of every event, and the calendar's name, by event. */
function calendarTexts(plan: Plan, locale?: typeof ja): Map<string, string> {
  const calendar = new ICAL.Component(ICAL.parse(toICalendar(plan, { generatedAt, draftDetails: { senderName: 'Sam Lee' }, ...(locale === undefined ? {} : { locale }) })));
  const out = new Map<string, string>([['calendar name', String(calendar.getFirstPropertyValue('x-wr-calname'))]]);
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid'));
    out.set(`${uid} summary`, String(event.getFirstPropertyValue('summary')));
    out.set(`${uid} description`, String(event.getFirstPropertyValue('description')));
    out.set(`${uid} category`, String(event.getFirstPropertyValue('categories')));
  }
  return out;
}

/** A step's title in its plan's language, named by its application's company as the agenda names it. */
function titleOf(plan: Plan, step: ApplicationStep): string {
  const application = 'applications' in plan
    ? plan.applications.find((one) => one.application.id === step.application)?.application
    : 'application' in plan ? plan.application : undefined;
  return stepTitle({ interview: 'interview' in plan ? plan.interview : application ?? { company: '', position: '' }, locale: plan.locale }, step);
}

describe.each(cases)('%s, planned in Japanese', (_name, plan) => {
  const ours = plan(ja);
  const theirs = plan(en);
  const own = [...ownWords(theirs), 'Sam Lee'];

  it('records the language and keeps every code, id, kind, status, state, path and time of the English plan', () => {
    expect([ours.locale, theirs.locale]).toEqual(['ja', undefined]);
    expect(skeleton(ours)).toEqual(skeleton(theirs));
  });

  it('writes every explanation, adjustment note, checklist item and warning in Japanese', () => {
    expectJapanese(texts(ours, theirs), own);
  });

  it('titles every step in Japanese', () => {
    expectJapanese(ours.steps.map((step, index) => [step.id, titleOf(ours, step), titleOf(theirs, theirs.steps[index]!)] as const), own);
  });

  it('drafts every message in Japanese, subject and body', () => {
    const drafts = ours.steps.flatMap((step, index) => {
      const mine = draftForStep(ours, step, { senderName: 'Sam Lee' });
      const other = draftForStep(theirs, theirs.steps[index]!, { senderName: 'Sam Lee' });
      return mine === undefined ? [] : [
        [`${step.id} body`, mine.body, other?.body ?? ''] as const,
        ...(mine.subject === undefined ? [] : [[`${step.id} subject`, mine.subject, other?.subject ?? ''] as const]),
      ];
    });
    expectJapanese(drafts, own);
  });

  it('writes the calendar in Japanese: names, summaries, descriptions and categories', () => {
    const english = calendarTexts(theirs);
    const japanese = calendarTexts(ours);
    expect([...japanese.keys()]).toEqual([...english.keys()]);
    expectJapanese([...japanese].map(([key, value]) => [key, value, english.get(key) ?? ''] as const), own);
  });
});

describe('a plan stored in Japanese', () => {
  const stored = JSON.parse(JSON.stringify(planFollowUps(interview, { locale: ja }))) as FollowUpPlan;
  const thanks = stored.steps.find((step) => step.kind === 'thank-you-email')!;

  it('is read back in Japanese without the locale passed again', () => {
    expect(stored.locale).toBe('ja');
    expect(draftForStep(stored, thanks, { senderName: '佐藤 花子' })?.subject).toBe('面接のお礼（佐藤 花子）');
    expect(draftForStep(stored, thanks)?.body.startsWith('Acme\nMs. Ruiz\n\nお忙しいところ「Staff Engineer」の面接のお時間をいただき、')).toBe(true);
    expect(stepTitle(stored, thanks)).toBe('Ana RuizさんにAcmeの面接のお礼メールを送る');
    expect(toICalendar(stored, { generatedAt })).toContain('X-WR-CALNAME:Acmeへの連絡予定');
  });

  it('is written in another language when a call names one', () => {
    expect(draftForStep(stored, thanks, {}, { locale: en })?.subject).toBe('Thank you for the Staff Engineer interview at Acme');
    expect(stepTitle(stored, thanks, { locale: en })).toBe('Thank Ana Ruiz for the Acme interview');
  });
});
