import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { pipelineAgenda } from '../../src/cli/agenda.js';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftForStep, en, planApplication, planFollowUps, planPipeline, stepTitle,
  type ApplicationPlan, type FollowUpPlan, type Locale, type PipelinePlan,
} from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import * as scenario from './esScenarios.js';

type Plan = FollowUpPlan | ApplicationPlan | PipelinePlan;

/** Each scenario planned in a language. */
const plansIn = (locale?: Locale): Record<string, Plan> => {
  const given = locale === undefined ? {} : { locale };
  return {
    interview: planFollowUps(scenario.interview, { ...scenario.interviewOptions, ...given }),
    'nobody named': planFollowUps(scenario.quiet, given),
    'every check-in sent': planFollowUps(scenario.interview, { ...scenario.chasedOptions, ...given }),
    'a reply': planFollowUps(scenario.replied, { ...scenario.repliedOptions, ...given }),
    application: planApplication(scenario.application, { ...scenario.applicationOptions, ...given }),
    pipeline: planPipeline(scenario.pipeline, { ...scenario.pipelineOptions, ...given }),
    'offer accepted': planPipeline(scenario.accepted, { ...scenario.acceptedOptions, ...given }),
  };
};
const english = plansIn();
const spanish = plansIn(es);
const names = Object.keys(english);

/** The interview a step's title and draft read: the plan's, or its application's in a pipeline. */
function interviewOf(plan: Plan, step: Plan['steps'][number], locale: Locale): { company: string; position: string } {
  if ('interview' in plan) return plan.interview;
  if ('application' in plan) return plan.application;
  const application = 'application' in step ? plan.applications.find((entry) => entry.application.id === step.application)?.application : undefined;
  return application ?? { company: locale.agenda.searchName, position: '' };
}

/** Every text of a plan a person reads, labelled by where it comes from, in the plan's order. */
function textsOf(plan: Plan, locale: Locale): [string, string][] {
  const texts: [string, string][] = [];
  plan.steps.forEach((step, index) => {
    const at = `${index} ${step.id}`;
    texts.push([`${at} title`, stepTitle({ interview: interviewOf(plan, step, locale) }, step, { locale })]);
    texts.push([`${at} explanation`, step.explanation]);
    step.adjustments.forEach((adjustment, k) => texts.push([`${at} adjustment ${k}`, adjustment.note]));
    step.checklist.forEach((item) => texts.push([`${at} checklist ${item.id}`, item.text]));
    const draft = draftForStep(plan, step, { senderName: 'Sam Lee', highlight: 'x' });
    if (draft?.subject !== undefined) texts.push([`${at} subject`, draft.subject]);
    if (draft !== undefined) texts.push([`${at} body`, draft.body]);
  });
  plan.warnings.forEach((warning, index) => texts.push([`warning ${index} ${warning.code}`, warning.message]));
  return texts;
}

/** The calendar's texts, event by event (summary, description), and its name and categories. */
function calendarTexts(plan: Plan): [string, string][] {
  const text = toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z', draftDetails: { senderName: 'Sam Lee' } });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const texts: [string, string][] = [['name', String(calendar.getFirstPropertyValue('x-wr-calname'))]];
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid'));
    texts.push([`${uid} summary`, String(event.getFirstPropertyValue('summary'))]);
    texts.push([`${uid} category`, String(event.getFirstPropertyValue('categories'))]);
    // Line by line, so one line left in English would show; the link and the signature are no language's.
    String(event.getFirstPropertyValue('description')).split('\n').forEach((line, k) => {
      if (line !== '' && line !== 'Sam Lee' && !line.includes('mailto:')) texts.push([`${uid} description ${k}`, line]);
    });
  }
  return texts;
}

// Words English texts cannot do without and Spanish never uses; rule ids, addresses and zones
// ("late-is-better", "America/New_York") are taken out first, since they stay as they are.
const ENGLISH = new Set(['the', 'and', 'your', 'you', 'with', 'for', 'this', 'that', 'will', 'are', 'is', 'of', 'to', 'by', 'after', 'before', 'when', 'their', 'they', 'please', 'thank', 'thanks', 'dear', 'regards', 'would', 'should', 'have', 'not', 'it', 'be', 'on', 'at', 'in', 'an', 'or']);
const englishWords = (text: string): string[] =>
  text.replace(/Regla \S+/g, 'Regla').replace(/\S+@\S+|\S+\/\S+/g, ' ').toLowerCase().split(/[^\p{L}]+/u).filter((word) => ENGLISH.has(word));

describe('a plan written in Spanish', () => {
  it.each(names)('%s: has no English sentence left in its titles, explanations, adjustments, checklists, warnings and drafts', (name) => {
    const before = textsOf(english[name]!, en);
    const after = textsOf(spanish[name]!, es);
    expect(after.map(([where]) => where)).toEqual(before.map(([where]) => where));
    expect(after.length).toBeGreaterThan(20);
    const same = after.filter(([, text], index) => text === before[index]![1]).map(([where]) => where);
    expect(same).toEqual([]);
    expect(after.filter(([, text]) => englishWords(text).length > 0)).toEqual([]);
    // The check itself finds English: every English text holds such a word.
    expect(before.filter(([, text]) => englishWords(text).length === 0).map(([where]) => where)).toEqual([]);
  });

  it.each(names)('%s: has no English line left in its calendar', (name) => {
    const before = calendarTexts(english[name]!);
    const after = calendarTexts(spanish[name]!);
    expect(after.length).toBeGreaterThan(before.length / 2);
    const englishLines = new Set(before.map(([, text]) => text));
    expect(after.filter(([, text]) => englishLines.has(text))).toEqual([]);
    expect(after.filter(([, text]) => englishWords(text).length > 0)).toEqual([]);
  });

  it.each(names)('%s: keeps every code, id, kind, status, state, path and time of the English plan', (name) => {
    const skeleton = (plan: Plan): unknown => JSON.parse(JSON.stringify(plan, (key, value: unknown) =>
      (['explanation', 'note', 'text', 'message', 'locale'].includes(key) ? undefined : value)));
    expect(skeleton(spanish[name]!)).toEqual(skeleton(english[name]!));
    expect([english[name]!.locale, spanish[name]!.locale]).toEqual([undefined, 'es']);
  });

  it('is read back in Spanish when stored: titles, drafts and calendar without the locale passed again', () => {
    const stored = JSON.parse(JSON.stringify(spanish['interview'])) as FollowUpPlan;
    const thanks = stored.steps.find((step) => step.kind === 'thank-you-email')!;
    expect(stepTitle(stored, thanks)).toBe('Dar las gracias a Ana Ruiz por la entrevista en Acme');
    expect(draftForStep(stored, thanks)?.body.split('\n')[0]).toBe('Estimada Sra. Ruiz:');
    expect(draftForStep(stored, thanks, {}, { locale: undefined })?.subject).toBe('Gracias por la entrevista para el puesto de Analista de datos en Acme');
    expect(toICalendar(stored, { generatedAt: '2026-11-22T09:00:00Z' })).toContain('X-WR-CALNAME:Seguimiento con Acme');
  });

  it('thanks the hiring team when nobody is named, in the title and the greeting', () => {
    const plan = spanish['nobody named'] as FollowUpPlan;
    const thanks = plan.steps.find((step) => step.kind === 'thank-you-email')!;
    expect(stepTitle(plan, thanks)).toBe('Dar las gracias al equipo de selección de Globex por la entrevista');
    expect(draftForStep(plan, thanks, { senderName: 'Sam Lee' })?.body.split('\n')[0]).toBe('Estimado equipo de selección de Globex:');
  });

  it('words its adjustments with Spanish dates, weekday first, in the employer\'s zone', () => {
    const thanks = spanish['interview']!.steps.find((step) => step.id === 'thank-you-email-ana-ruiz')!;
    expect(thanks.adjustments.map((adjustment) => adjustment.note)).toEqual([
      'Se ha trasladado del sábado 21 de noviembre de 2026 a las 08:00 al lunes 23 de noviembre de 2026 a las 09:00 (America/Mexico_City): no era un día laborable.',
      'Se ha trasladado del lunes 23 de noviembre de 2026 a las 09:00 al martes 24 de noviembre de 2026 a las 09:00 (America/Mexico_City): era festivo.',
      'La franja se cerró el domingo 22 de noviembre de 2026 a las 08:00 (America/Mexico_City) sin horario laboral, así que el paso vence al final del siguiente día laborable, el martes 24 de noviembre de 2026 a las 17:00.',
    ]);
    expect(thanks.explanation).toBe('Envíe un correo de agradecimiento a Ana Ruiz en el primer momento laborable después de la franja de 24 a 48 horas, que no incluye ninguno: más vale tarde que nunca.');
  });

  it('prints the search\'s agenda in Spanish, with fixed-width dates at the start of each line', () => {
    const plan = spanish['pipeline'] as PipelinePlan;
    const lines = pipelineAgenda(plan, { today: false, now: Date.parse('2026-12-03T14:00:00Z'), locale: es }).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Búsqueda de empleo · 4 candidaturas · 3 activas (Europe/Madrid)',
      '  Acme · Ingeniera de plataforma · 2 rondas · oferta, responder a más tardar el 09/12/2026',
      '  Globex · Ingeniero de producto · 1 ronda · en seguimiento',
      '  Initech · Ingeniera de sistemas · 1 ronda · cerrada (rechazada)',
      '  Hooli · Ingeniero de fiabilidad · candidatura enviada el 20/11/2026',
    ]);
    const steps = lines.filter((line) => /^[a-zñé]{3} \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}  /u.test(line));
    expect(steps.length).toBe(plan.steps.length);
    expect(lines).toContain('Avisos:');
    expect(steps.filter((line) => englishWords(line).length > 0)).toEqual([]);
  });
});
