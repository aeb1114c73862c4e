import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const interview = { id: 'acme', company: 'Acme', position: 'Analista', start: '2026-11-17T10:00', timeZone: 'Europe/Madrid', interviewers: [{ name: 'Ana Ruiz' }] };

describe('interview-followup command, languages', () => {
  it('writes the agenda in the language --locale names, in any case', () => {
    const result = run(['-', '--now', '2026-11-17T12:00:00Z', '--locale', 'ES'], JSON.stringify(interview));
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'Acme · Analista · entrevista mar 17/11/2026 10:00–11:00 (Europe/Madrid)',
      'Recomendaciones: article (los valores por defecto, los del artículo de referencia)',
      '',
      'mar 17/11/2026 10:00  Antes de salir de la entrevista en Acme: preguntar por los próximos pasos  [no realizado]',
    ]);
  });

  it('takes the input\'s "locale", and --locale wins over it', () => {
    const wrapped = JSON.stringify({ interview, locale: 'es' });
    expect(run(['-', '--now', '2026-11-17T12:00:00Z'], wrapped).stdout.split('\n')[1]).toBe('Recomendaciones: article (los valores por defecto, los del artículo de referencia)');
    expect(run(['-', '--now', '2026-11-17T12:00:00Z', '--locale', 'en'], wrapped).stdout.split('\n')[1]).toBe('Advice: article (the defaults, from the source article)');
  });

  it('refuses an unknown --locale as bad usage (2) before reading the input, and an unknown input locale as bad input (1)', () => {
    expect(run(['missing.json', '--locale', 'esp'])).toEqual({ status: 2, stdout: '', stderr: 'interview-followup: unknown locale "esp"; did you mean "es"?\nTry \'interview-followup --help\'.\n' });
    expect(run(['-'], JSON.stringify({ interview, locale: 'klingon' }))).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: locale: unknown locale "klingon"; expected en, de, es, fr\n' });
    expect(run(['-'], JSON.stringify({ interview, locale: 7 }))).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: locale: unknown locale 7; expected en, de, es, fr\n' });
  });

  it('reads a record with appliedAt and no rounds as an application', () => {
    const applied = { id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/New_York', appliedAt: '2026-11-02' };
    const result = run(['-', '--now', '2026-11-03T12:00:00Z'], JSON.stringify(applied));
    expect([result.status, result.stdout.split('\n')[0]]).toEqual([0, 'Hooli · SRE · applied 2026-11-02']);
  });
});
