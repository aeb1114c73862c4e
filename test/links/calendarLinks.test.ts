import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarLinks, draftForStep, en, mailtoLink, planApplication, planFollowUps, planPipeline, stepTitle,
  type ApplicationInput, type ApplicationPlan, type ApplicationStep, type CalendarLinks, type FollowUpPlan, type Locale, type PipelinePlan, type TitledPlan,
} from '../../src/index.js';
import { acme } from '../helpers/interviews.js';
import { errorOf } from '../helpers/errors.js';

const numRuns = Math.max(25, Math.floor(Number(process.env['FC_NUM_RUNS'] ?? 400) / 4));
const MINUTE = 60_000;
/** `YYYYMMDDTHHMMSSZ` and `YYYY-MM-DDTHH:MM:SSZ` of an ISO date-time. */
const compact = (iso: string, plus = 0): string => new Date(Date.parse(iso) + plus).toISOString().replace(/[-:]/g, '').replace('.000', '');
const extended = (iso: string, plus = 0): string => new Date(Date.parse(iso) + plus).toISOString().replace('.000', '');

/** Each URL's title, description and times, read back as a calendar reads them. */
function read(links: CalendarLinks): { readonly title: string[]; readonly details: string[]; readonly times: string[][]; readonly lengths: number[] } {
  const [google, outlook, office365, yahoo] = [links.google, links.outlook, links.office365, links.yahoo].map((link) => new URL(link));
  expect([google!.origin + google!.pathname, outlook!.origin + outlook!.pathname, office365!.origin + office365!.pathname, yahoo!.origin + yahoo!.pathname]).toEqual([
    'https://calendar.google.com/calendar/render', 'https://outlook.live.com/calendar/0/deeplink/compose',
    'https://outlook.office.com/calendar/0/deeplink/compose', 'https://calendar.yahoo.com/',
  ]);
  const get = (url: URL | undefined, key: string): string => url?.searchParams.get(key) ?? '<none>';
  for (const url of [outlook, office365]) expect([get(url, 'path'), get(url, 'rru')]).toEqual(['/calendar/action/compose', 'addevent']);
  expect([get(google, 'action'), get(yahoo, 'v')]).toEqual(['TEMPLATE', '60']);
  return {
    title: [get(google, 'text'), get(outlook, 'subject'), get(office365, 'subject'), get(yahoo, 'title')],
    details: [get(google, 'details'), get(outlook, 'body'), get(office365, 'body'), get(yahoo, 'desc')],
    times: [[get(google, 'dates')], [get(outlook, 'startdt'), get(outlook, 'enddt')], [get(office365, 'startdt'), get(office365, 'enddt')], [get(yahoo, 'st'), get(yahoo, 'et')]],
    lengths: [links.google.length, links.outlook.length, links.office365.length, links.yahoo.length],
  };
}

/** The times every service must carry for a step: its remindAt and 15 minutes later, in UTC. */
const timesOf = (remindAt: string): string[][] => [
  [`${compact(remindAt)}/${compact(remindAt, 15 * MINUTE)}`],
  [extended(remindAt), extended(remindAt, 15 * MINUTE)], [extended(remindAt), extended(remindAt, 15 * MINUTE)],
  [compact(remindAt), compact(remindAt, 15 * MINUTE)],
];

const application: ApplicationInput = {
  id: 'globex', company: 'Globex', position: 'Product Manager', timeZone: 'Europe/Berlin', employerTimeZone: 'Europe/London',
  rounds: [
    { id: 'r1', start: '2026-11-10T10:00', interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }] },
    { id: 'r2', start: '2026-11-17T10:00', interviewers: [{ name: 'Di Lee', email: 'di@globex.example' }] },
  ],
};
const acmePlan = planFollowUps(acme, { now: '2026-11-22T09:00:00Z', activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Ana Ruiz' }] });
const applicationPlan = planApplication(application);
const pipelinePlan = planPipeline([application, { ...application, id: 'initech', company: 'Initech', rounds: [{ id: 'i1', start: '2026-11-12T15:00', interviewers: [{ name: 'Eve Ng' }] }] }], { id: 'search' });

/** What a step's title reads: its own application's company and role, or the interview's. */
function titled(plan: FollowUpPlan | ApplicationPlan | PipelinePlan, step: ApplicationStep): TitledPlan {
  if ('interview' in plan) return plan;
  const applications = 'application' in plan ? [plan.application] : plan.applications.map((entry) => entry.application);
  const own = applications.find((candidate) => candidate.id === step.application) ?? applications[0]!;
  return { interview: { company: own.company, position: own.position }, locale: plan.locale };
}

describe('calendarLinks', () => {
  it.each([
    ['an interview', acmePlan],
    ['an application', applicationPlan],
    ['a search', pipelinePlan],
  ] as const)('gives every step of %s four URLs under 2,000 characters, titled as the step, at its remindAt for 15 minutes in UTC', (_name, plan) => {
    for (const step of plan.steps as readonly ApplicationStep[]) {
      const pick = { ...(step.round === undefined ? {} : { round: step.round }), ...(step.application === undefined ? {} : { application: step.application }) };
      const links = read(calendarLinks(plan as FollowUpPlan, step.id, pick));
      expect(links.title, step.id).toEqual(Array(4).fill(stepTitle(titled(plan, step), step)));
      expect(links.times, step.id).toEqual(timesOf(step.remindAt));
      for (const length of links.lengths) expect(length).toBeLessThanOrEqual(2000);
      for (const details of links.details) expect(details.startsWith(`${step.explanation}\n\n`) || details === step.explanation).toBe(true);
    }
  });

  it('titles a done step as the step, without the calendar\'s "Done:"', () => {
    const links = read(calendarLinks(acmePlan, 'thank-you-email-ana-ruiz'));
    expect(acmePlan.steps.find((step) => step.id === 'thank-you-email-ana-ruiz')?.status).toBe('done');
    expect(links.title).toEqual(Array(4).fill('Thank Ana Ruiz for the Acme interview'));
  });

  it('writes the explanation, the checklist and, last and whole, the link that opens the draft', () => {
    const step = acmePlan.steps.find((candidate) => candidate.id === 'check-in-1')!;
    const draft = draftForStep(acmePlan, step)!;
    const expected = [step.explanation, `Checklist:\n${step.checklist.map((item) => `- ${item.text}`).join('\n')}`, `Open it in your mail program: ${draft.mailto}`].join('\n\n');
    expect(read(calendarLinks(acmePlan, 'check-in-1')).details).toEqual(Array(4).fill(expected));
  });

  it('gives a step whose draft has no address no link', () => {
    for (const details of read(calendarLinks(acmePlan, 'thank-you-email-bo-chen')).details) expect(details).not.toContain('mailto:');
  });

  it.each([
    ['the whole draft when it takes at most half the room', 'Acme', (mailto: string) => mailto],
    ['else its subject alone', 'Acme Holdings '.repeat(8).slice(0, 100), (_mailto: string, to: string, subject: string) => mailtoLink(to, subject, '')],
  ] as const)('ends the description with a whole link: %s', (_name, company, link) => {
    const plan = planFollowUps({ ...acme, company });
    const draft = draftForStep(plan, plan.steps.find((candidate) => candidate.id === 'check-in-1')!)!;
    const links = read(calendarLinks(plan, 'check-in-1'));
    for (const details of links.details) expect(details.endsWith(`\n\nOpen it in your mail program: ${link(draft.mailto!, draft.to!, draft.subject!)}`)).toBe(true);
  });

  it('cuts the text, never a link, and leaves the link out when even the subject alone takes more than half the room', () => {
    const links = read(calendarLinks(planFollowUps({ ...acme, company: 'Ü'.repeat(200) }), 'check-in-1'));
    for (const details of links.details) {
      expect(details).not.toContain('mailto:');
      expect(details.endsWith('…')).toBe(true);
    }
    for (const length of links.lengths) expect(length).toBeGreaterThan(1990);
    for (const length of links.lengths) expect(length).toBeLessThanOrEqual(2000);
  });

  it('writes in the language asked for', () => {
    const toy: Locale = { ...en, tag: 'en-toy', titles: { ...en.titles, 'check-in': ({ company }) => `Nachfassen bei ${company}` }, calendar: { ...en.calendar, checklist: 'Liste:' } };
    const links = read(calendarLinks(acmePlan, 'check-in-1', { locale: toy }));
    expect(links.title).toEqual(Array(4).fill('Nachfassen bei Acme'));
    expect(links.details[0]).toContain('\n\nListe:\n- ');
  });

  it('picks a step whose id repeats by its round or application', () => {
    const inRound = (round: string): string[] => read(calendarLinks(applicationPlan, 'check-in-1', { round })).times[0]!;
    const stepOf = (round: string): ApplicationStep => applicationPlan.steps.find((step) => step.id === 'check-in-1' && step.round === round)!;
    expect(inRound('r2')).toEqual(timesOf(stepOf('r2').remindAt)[0]);
    expect(inRound('r1')).not.toEqual(inRound('r2'));
    const globex = pipelinePlan.steps.find((step) => step.application === 'globex' && step.id === 'before-leaving' && step.round === 'r2')!;
    expect(read(calendarLinks(pipelinePlan, 'before-leaving', { round: 'r2' })).times[0]).toEqual(timesOf(globex.remindAt)[0]);
  });

  it.each([
    ['an id that repeats', () => calendarLinks(applicationPlan, 'check-in-1'), 'invalid-choice', 'stepId', 'stepId: "check-in-1" names 2 steps (r1, r2); pass { round } to pick one'],
    ['an id that repeats across applications', () => calendarLinks(pipelinePlan, 'application-follow-up-1'), 'invalid-choice', 'stepId', undefined],
    ['an id in another round', () => calendarLinks(applicationPlan, 'thank-you-email-cy-park', { round: 'r2' }), 'invalid-choice', 'stepId', 'stepId: no step "thank-you-email-cy-park" in round "r2"; it is in r1'],
    ['a misspelt id', () => calendarLinks(acmePlan, 'chek-in-1'), 'invalid-choice', 'stepId', 'stepId: no step "chek-in-1" in the plan; did you mean "check-in-1"?'],
    ['an id like none', () => calendarLinks(acmePlan, 'offer'), 'invalid-choice', 'stepId', 'stepId: no step "offer" in the plan; its steps are before-leaving, thank-you-email-ana-ruiz, thank-you-email-bo-chen, keep-searching-1, check-in-1, keep-searching-2, keep-searching-3, check-in-2'],
    ['an id that is not a string', () => calendarLinks(acmePlan, 7 as never), 'invalid-type', 'stepId', 'stepId: expected a step id, got 7'],
    ['options that are not an object', () => calendarLinks(acmePlan, 'check-in-1', 'r1' as never), 'invalid-type', 'options', undefined],
    ['an unknown option', () => calendarLinks(acmePlan, 'check-in-1', { rounds: 'r1' } as never), 'unknown-key', 'rounds', undefined],
    ['a round that is not a string', () => calendarLinks(applicationPlan, 'check-in-1', { round: 1 } as never), 'invalid-type', 'round', undefined],
    ['a plan that is not one', () => calendarLinks({} as FollowUpPlan, 'check-in-1'), 'invalid-type', 'plan', undefined],
  ])('refuses %s with a FollowUpError', (_name, run, code, path, message) => {
    const error = errorOf(run);
    expect([error.code, error.path]).toEqual([code, path]);
    if (message !== undefined) expect(error.message).toBe(message);
  });
});

describe('calendarLinks with hostile text', () => {
  const piece = fc.oneof(
    fc.constantFrom('\r\n', '\n', '\r', '\u2028', '\u0000', '\u0007', '\u0085', '\ud83d', '\udc00', '&', '=', '?', '#', '%', '+', '%20', '…', '👩🏽‍💻', '面接', 'é', ' '),
    fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
  const text = fc.array(piece, { maxLength: 300 }).map((parts) => parts.join(''));
  /** Letters, digits and marks only: what every cleaning keeps of a text, in order. */
  const core = (value: string): string => value.replace(/[\s\p{C}\u2028\u2029\ufffd…]/gu, '');

  it('keeps every URL parseable and under 2,000 characters, with exact times, and a title and description that are the step\'s, cleaned and cut', () => {
    fc.assert(fc.property(text, text, text, fc.integer({ min: 0, max: 7 }), (company, name, explanation, index) => {
      const plan = JSON.parse(JSON.stringify(acmePlan)) as { interview: { company: string }; steps: { id: string; remindAt: string; explanation: string; recipient?: { name: string } }[] };
      plan.interview.company = company;
      const step = plan.steps[index]!;
      step.explanation = explanation;
      if (step.recipient !== undefined) step.recipient.name = name;
      const links = read(calendarLinks(plan as unknown as FollowUpPlan, step.id));
      for (const length of links.lengths) expect(length).toBeLessThanOrEqual(2000);
      expect(links.times).toEqual(timesOf(step.remindAt));
      const title = core(stepTitle(plan as unknown as FollowUpPlan, step as never));
      for (const written of links.title) {
        expect(written).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect(title.startsWith(core(written))).toBe(true);
      }
      for (const details of links.details) {
        expect(details).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(core(`${explanation}\n\n`).startsWith(core(details.split('\n\nChecklist:')[0]!)) || core(details).startsWith(core(explanation))).toBe(true);
      }
    }), { numRuns });
  });
});
