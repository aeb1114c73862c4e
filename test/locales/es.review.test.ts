import { describe, expect, it } from 'vitest';
import {
  draftCheckIn, draftRejectionReply, draftThankYouEmail, localTimeLabel, reviewDraft, type DraftInterview, type ReviewedKind,
} from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';

const locale = { locale: es };
const interview: DraftInterview = { company: 'Acme', position: 'Analista de datos', interviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }] };
const details = { senderName: 'Sam Lee' };
const email = draftThankYouEmail(interview, 'Ana Ruiz', details, locale);

/** The codes and messages of a Spanish review. */
const review = (kind: ReviewedKind, body: string, others: readonly string[] = [], recipient = 'Ana Ruiz') =>
  reviewDraft({ kind, subject: email.subject, body, recipient }, { interview, others }, locale).findings.map((finding) => [finding.code, finding.message]);

describe('the Spanish review', () => {
  it('passes the drafts it writes', () => {
    expect(review('thank-you-email', email.body)).toEqual([]);
  });

  it('counts words, and catches a thank-you over 230 of them', () => {
    const padded = `${email.body}\n\n${'Quisiera añadir que la reunión fue muy interesante. '.repeat(25)}`;
    const words = es.review.units(padded).length;
    expect(words).toBeGreaterThan(230);
    expect(review('thank-you-email', padded)).toEqual([['too-long', `${words} palabras; no pase de 230 para que se lea entero.`]]);
  });

  it('catches a copy of the note written for another interviewer, names aside', () => {
    const forBo = draftThankYouEmail(interview, 'Bo Chen', details, locale).body;
    const copy = email.body.replace('Ana Ruiz', 'Bo Chen');
    expect(review('thank-you-email', copy, [email.body], 'Bo Chen')).toEqual([
      ['not-personalised', 'Se parece demasiado a la nota escrita para otra persona de la entrevista; mencione algo propio de la conversación con esta.'],
    ]);
    expect(review('thank-you-email', forBo, [email.body], 'Bo Chen')).toEqual([]);
  });

  it('catches template text left in', () => {
    expect(review('thank-you-email', email.body.replace('Ana Ruiz:', 'Ana Ruiz:\n\n[Nombre]'))).toEqual([
      ['placeholder-left', '«[Nombre]» parece texto de plantilla olvidado; sustitúyalo antes de enviar el mensaje.'],
    ]);
  });

  it('catches a thank-you that never thanks in Spanish, whatever it says in English', () => {
    const body = 'Estimado/a Ana Ruiz:\n\nThank you! Hablamos del puesto de Analista de datos en Acme.\n\nUn saludo,\nSam';
    expect(review('thank-you-email', body)).toEqual([['no-thanks', 'Dé las gracias por el tiempo que le dedicaron: esa es la razón de ser de la nota.']]);
    expect(review('thank-you-email', body.replace('Hablamos', 'Muchas gracias; hablamos'))).toEqual([]);
  });

  it('finds its words without their accents, as a hurried note writes them', () => {
    const body = 'Estimado/a Ana Ruiz:\n\nSigo con interes en el puesto de Analista de datos en Acme.\n\nUn saludo';
    expect(review('check-in', body)).toEqual([]);
    expect(review('check-in', body.replace('Sigo con interes en', 'Escribo sobre'))).toEqual([
      ['no-interest', 'Diga que el puesto le sigue interesando; un mensaje de seguimiento es la ocasión de reiterarlo.'],
    ]);
  });

  it('catches pressure and a reply to a rejection that asks for no feedback', () => {
    const checkIn = draftCheckIn(interview, { ...details, attempt: 1 }, locale).body;
    expect(review('check-in', `${checkIn}\n\nLe ruego una respuesta a la mayor brevedad.`)).toEqual([
      ['pushy-tone', 'Quite las expresiones que presionan y los signos de exclamación de más: constancia sí, insistencia no.'],
    ]);
    const reply = draftRejectionReply(interview, details, locale).body;
    const without = reply.split('\n\n').filter((paragraph) => !paragraph.startsWith('Si les es posible')).join('\n\n');
    expect(review('rejection-reply', without, [], 'Acme')).toEqual([
      ['no-feedback-request', 'Pida, una sola vez y sin insistir, una valoración sobre qué habría hecho más sólida su candidatura.'],
    ]);
  });

  const note = (sentence: string): string => `Estimado/a Ana Ruiz:\n\n${sentence} Hablamos del puesto de Analista de datos en Acme.\n\nUn saludo,\nSam`;

  it.each([
    ['Agradeciéndole de antemano su atención, quedo a su disposición.'],
    ['Se agradece mucho el tiempo que me dedicó.'],
    ['Quería agradecerle la conversación.'],
  ])('counts "%s" as thanks', (sentence) => {
    expect(review('thank-you-email', note(sentence))).toEqual([]);
    expect(review('thank-you-email', note('Fue una buena conversación.')).map(([code]) => code)).toEqual(['no-thanks']);
  });

  it.each([
    ['Le ruego que me responda a la brevedad posible.'],
    ['Le ruego una respuesta a la mayor brevedad.'],
    ['Necesito una respuesta inmediata.'],
    ['Me urge saber algo.'],
    ['Espero su respuesta sin más demora.'],
  ])('catches the pressure of "%s", as Spain and Latin America write it', (sentence) => {
    expect(review('check-in', note(`Sigo con interés. ${sentence}`)).map(([code]) => code)).toEqual(['pushy-tone']);
  });

  it.each([
    ['Si le es posible, le agradecería su retroalimentación.'],
    ['Le agradecería sus observaciones.'],
    ['Le agradecería cualquier sugerencia.'],
    ['Le agradecería saber qué áreas de mejora ve en mi perfil.'],
  ])('counts "%s" as a request for feedback', (sentence) => {
    expect(review('rejection-reply', note(sentence), [], 'Acme')).toEqual([]);
    expect(review('rejection-reply', note('Le agradezco su respuesta.'), [], 'Acme').map(([code]) => code)).toEqual(['no-feedback-request']);
  });

  it('words every finding in Spanish', () => {
    const messages = Object.entries(es.review.findings).map(([code, message]) =>
      [code, (message as (params: object) => string)({ count: 300, limit: 230, text: '[x]', name: 'Ana Ruiz', company: 'Acme', position: 'Analista' })]);
    expect(Object.fromEntries(messages)).toEqual({
      'too-long': '300 palabras; no pase de 230 para que se lea entero.',
      'placeholder-left': '«[x]» parece texto de plantilla olvidado; sustitúyalo antes de enviar el mensaje.',
      'missing-recipient-name': 'El mensaje no menciona a Ana Ruiz; diríjase a esa persona por su nombre.',
      'not-personalised': 'Se parece demasiado a la nota escrita para otra persona de la entrevista; mencione algo propio de la conversación con esta.',
      'no-thanks': 'Dé las gracias por el tiempo que le dedicaron: esa es la razón de ser de la nota.',
      'no-feedback-request': 'Pida, una sola vez y sin insistir, una valoración sobre qué habría hecho más sólida su candidatura.',
      'company-not-named': 'Mencione la empresa (Acme) para que quede claro a qué candidatura se refiere.',
      'role-not-named': 'Mencione el puesto (Analista).',
      'no-interest': 'Diga que el puesto le sigue interesando; un mensaje de seguimiento es la ocasión de reiterarlo.',
      'pushy-tone': 'Quite las expresiones que presionan y los signos de exclamación de más: constancia sí, insistencia no.',
      'missing-subject': 'Ponga al correo un asunto que mencione el puesto.',
      'subject-line-break': 'El asunto debe ocupar una sola línea.',
    });
  });
});

describe('Spanish dates', () => {
  it.each([
    ['2026-11-23T10:00:00.000+01:00', 'lunes 23 de noviembre de 2026 a las 10:00', 'lun 23/11/2026 10:00'],
    ['2026-12-09T01:30:00.000+01:00', 'miércoles 9 de diciembre de 2026 a la 01:30', 'mié 09/12/2026 01:30'],
    ['2027-01-02T00:05:00.000+01:00', 'sábado 2 de enero de 2027 a las 00:05', 'sáb 02/01/2027 00:05'],
    ['2027-09-05T23:59:00.000-05:00', 'domingo 5 de septiembre de 2027 a las 23:59', 'dom 05/09/2027 23:59'],
  ])('write %s as "%s", and "%s" at the start of an agenda line', (iso, long, short) => {
    expect(localTimeLabel(iso, 'long', locale)).toBe(long);
    expect(localTimeLabel(iso, 'short', locale)).toBe(short);
  });

  it('keep agenda dates 20 characters wide on every weekday and in every month', () => {
    const widths = new Set(Array.from({ length: 7 * 12 }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      const day = String((i % 7) + 1).padStart(2, '0');
      return [...localTimeLabel(`2026-${month}-${day}T09:00`, 'short', locale)].length;
    }));
    expect([...widths]).toEqual([20]);
  });

  it('write a date in running text the Spanish way, and leave anything else as it is', () => {
    expect(['2026-12-09', '2026-01-01', '2028-02-29', 'pronto'].map(es.dates.date)).toEqual(['9 de diciembre de 2026', '1 de enero de 2026', '29 de febrero de 2028', 'pronto']);
  });

  it('write percentages with a space before the sign', () => {
    expect(es.insights.percent({ rate: 0.22 })).toBe('22 %');
  });
});
