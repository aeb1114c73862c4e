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
    expect(toICalendar(stored, { generatedAt: '2026-11-22T09:00:00Z' })).toContain('X-WR-CALNAME:Acme: seguimiento de la candidatura');
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
      'El plazo terminó el domingo 22 de noviembre de 2026 a las 08:00 (America/Mexico_City) sin incluir horario laboral, así que el paso vence al final del siguiente día laborable, el martes 24 de noviembre de 2026 a las 17:00.',
    ]);
    expect(thanks.explanation).toBe('Envíe un correo de agradecimiento a Ana Ruiz al comienzo de la siguiente jornada laboral: el plazo de 24 a 48 horas después de la entrevista cae entero fuera del horario laboral, y más vale tarde que nunca.');
  });

  it.each([
    [{ fromHours: 24, toHours: 48, moved: false }, 'Envíe un correo de agradecimiento a Ana Ruiz entre 24 y 48 horas después del final de la entrevista, en cuanto se abra ese plazo.'],
    [{ fromHours: 24, toHours: 48, moved: true }, 'Envíe un correo de agradecimiento a Ana Ruiz entre 24 y 48 horas después del final de la entrevista, en cuanto empiece el horario laboral dentro de ese plazo.'],
    [{ fromHours: 0, toHours: 24, moved: false }, 'Envíe un correo de agradecimiento a Ana Ruiz en las 24 horas siguientes al final de la entrevista.'],
    [{ fromHours: 0, toHours: 1, moved: false }, 'Envíe un correo de agradecimiento a Ana Ruiz en la hora siguiente al final de la entrevista.'],
  ])('explains a thank-you window %o as a plazo that opens, not a "franja"', (window, expected) => {
    expect(es.explanations.thankYou({ letter: false, person: 'Ana Ruiz', company: 'Acme', ...window })).toBe(expected);
  });

  it.each([
    [24, 'al comienzo de la siguiente jornada laboral: las 24 horas siguientes a la entrevista caen enteras fuera del horario laboral, y más vale tarde que nunca.'],
    [1, 'al comienzo de la siguiente jornada laboral: la hora siguiente a la entrevista cae entera fuera del horario laboral, y más vale tarde que nunca.'],
  ])('explains a window of the %i hours after the interview, with no working time in it, in agreement with its number', (toHours, end) => {
    expect(es.explanations.thankYouAfterWindow({ letter: true, company: 'Acme', fromHours: 0, toHours })).toBe(
      `Envíe por correo postal una carta de agradecimiento al equipo de selección de Acme (no consta ningún entrevistador) ${end}`,
    );
  });

  it.each([
    [{ fromHours: 0, toHours: 1 }, 'Acme ha descartado su candidatura. Responda en la hora siguiente a la noticia: dé las gracias, pregunte en qué podría mejorar y deje la puerta abierta.'],
    [{ fromHours: 0, toHours: 24 }, 'Acme ha descartado su candidatura. Responda en las 24 horas siguientes a la noticia: dé las gracias, pregunte en qué podría mejorar y deje la puerta abierta.'],
    [{ fromHours: 24, toHours: 48 }, 'Acme ha descartado su candidatura. Responda entre 24 y 48 horas después de recibir la noticia: dé las gracias, pregunte en qué podría mejorar y deje la puerta abierta.'],
  ])('says when to answer a rejection %o, after the news', (window, expected) => {
    expect(es.explanations.rejectionReply({ company: 'Acme', ...window })).toBe(expected);
  });

  it.each([
    [1, 'Acme sigue sin decidir 1 día después de su entrevista del 9 de diciembre de 2026: pida una respuesta o dedique su tiempo a otras opciones.'],
    [45, 'Acme sigue sin decidir 45 días después de su entrevista del 9 de diciembre de 2026: pida una respuesta o dedique su tiempo a otras opciones.'],
  ])('warns of an employer undecided %i day(s) after the interview, in agreement with the number', (n, expected) => {
    expect(es.warnings['employer-overdue']({ company: 'Acme', days: n, date: '2026-12-09' })).toBe(expected);
  });

  it.each([
    [{ logged: 3, allowed: 2 }, 'Constan 3 mensajes de seguimiento, pero el plan prevé 2; insistir más puede resultar excesivo.'],
    [{ logged: 2, allowed: 1 }, 'Constan 2 mensajes de seguimiento, pero el plan prevé 1; insistir más puede resultar excesivo.'],
    [{ logged: 1, allowed: 0 }, 'Consta 1 mensaje de seguimiento, pero el plan no prevé ninguno; insistir más puede resultar excesivo.'],
  ])('counts extra check-ins %o in the singular and the plural', (counts, expected) => {
    expect(es.warnings['extra-check-in'](counts)).toBe(expected);
  });

  it('marks a step that can no longer help as "no realizado", in the agenda and the calendar', () => {
    const plan = spanish['interview'] as FollowUpPlan;
    const missed = plan.steps.find((step) => step.status === 'missed')!;
    expect(missed.id).toBe('before-leaving');
    expect(es.agenda.statuses.missed).toBe('no realizado');
    expect(calendarTexts(plan).find(([where]) => where === 'acme-analista.before-leaving@interview-followup summary')?.[1])
      .toBe('No realizado: Antes de salir de la entrevista en Acme: preguntar por los próximos pasos');
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
