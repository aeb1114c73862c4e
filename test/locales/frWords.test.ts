import { describe, expect, it } from 'vitest';
import { localTimeLabel } from '../../src/index.js';
import { fr } from '../../src/locales/fr/index.js';

const at = (year: number, month: number, day: number, weekday: number, hour: number, minute: number) => ({ year, month, day, weekday, hour, minute });

describe('French dates', () => {
  it.each([
    ['2026-12-01', '1er décembre 2026'],
    ['2026-12-09', '9 décembre 2026'],
    ['2027-02-28', '28 février 2027'],
    ['2026-08-15', '15 août 2026'],
    ['not a date', 'not a date'],
    ['2026-13-01', '2026-13-01'],
  ])('write %s in running text as "%s"', (iso, expected) => {
    expect(fr.dates.date(iso)).toBe(expected);
  });

  it.each([
    [at(2026, 11, 23, 1, 10, 0), 'long', 'lundi 23 novembre 2026 à 10\u202fh'],
    [at(2026, 12, 1, 2, 14, 30), 'long', 'mardi 1er décembre 2026 à 14\u202fh\u202f30'],
    [at(2026, 11, 23, 1, 9, 5), 'short', 'lun. 23/11/2026 09:05'],
    [at(2026, 11, 29, 7, 18, 0), 'short', 'dim. 29/11/2026 18:00'],
  ] as const)('write %o (%s) as "%s"', (time, style, expected) => {
    expect(fr.dates.dateTime(time, style)).toBe(expected);
  });

  it('keep the short form of one width on every weekday and in every month, so agenda lines align', () => {
    const widths = new Set<number>();
    for (let weekday = 1; weekday <= 7; weekday++) {
      for (let month = 1; month <= 12; month++) widths.add(fr.dates.dateTime(at(2026, month, 1, weekday, 0, 0), 'short').length);
    }
    expect([...widths]).toEqual(['lun. 01/01/2026 00:00'.length]);
  });

  it('write a clock time alone as French running text does', () => {
    expect([fr.dates.time(at(2026, 1, 1, 4, 9, 0)), fr.dates.time(at(2026, 1, 1, 4, 17, 45))]).toEqual(['9\u202fh', '17\u202fh\u202f45']);
  });

  it('label a plan time in French through localTimeLabel', () => {
    expect(localTimeLabel('2026-11-23T10:00:00.000-05:00', 'short', { locale: fr })).toBe('lun. 23/11/2026 10:00');
    expect(localTimeLabel('2026-11-23T10:00:00.000-05:00', 'long', { locale: fr })).toBe('lundi 23 novembre 2026 à 10\u202fh');
  });
});

describe('French agenda and insights words', () => {
  it.each([
    [{ state: 'following-up' } as const, 'relances en cours'],
    [{ state: 'offer', outcome: 'offer', deadline: '2026-12-09' } as const, 'offre, réponse avant le 9 décembre 2026'],
    [{ state: 'offer', outcome: 'offer' } as const, 'offre, sans date limite pour l\'instant'],
    [{ state: 'closed', outcome: 'rejected' } as const, 'clôturée (refus)'],
    [{ state: 'closed', outcome: 'withdrawn' } as const, 'clôturée (candidature retirée)'],
  ])('say where an application stands: %o', (params, expected) => {
    expect(fr.agenda.status(params)).toBe(expected);
  });

  it('head an application by its rounds, or by the day it was sent when it has none', () => {
    expect(fr.agenda.application({ company: 'Acme', position: 'Staff Engineer', rounds: 2, status: 'en attente' })).toBe('Acme · Staff Engineer · 2\u202ftours d\'entretien · en attente');
    expect(fr.agenda.application({ company: 'Hooli', position: 'SRE', rounds: 0, status: fr.agenda.status({ state: 'applied' }), applied: '2026-11-20' }))
      .toBe('Hooli · SRE · candidature du 20 novembre 2026');
    expect(fr.agenda.search({ applications: 1, active: 1, zone: 'Europe/Paris' })).toBe('Recherche d\'emploi · 1\u202fcandidature · 1 en cours (Europe/Paris)');
  });

  it('write shares, counts and silences with French plurals and spacing', () => {
    expect(fr.insights.percent({ rate: 0.755 })).toBe('76\u202f%');
    expect(fr.insights.share({ count: 3, total: 4 })).toBe('3 sur 4');
    expect(fr.insights.firstResponse({ days: 1, count: 2 })).toBe('Première réponse\u202f: 1\u202fjour après l\'envoi (médiane sur 2\u202fcandidatures)');
    expect(fr.insights.silence({ days: 12, since: '2026-11-20', overdue: true })).toBe('12\u202fjours depuis le 20 novembre 2026, au-delà du seuil que vous avez fixé');
  });
});

describe('French plan and calendar words', () => {
  it.each([
    ['before-leaving', 'Avant de quitter l\'entretien chez Acme (Onsite), s\'informer de la suite du recrutement'],
    ['check-in', 'Relancer Acme au sujet du poste d\'Ingénieur logiciel (2 sur 2)'],
    ['application-follow-up', 'Relancer Acme au sujet de votre candidature au poste d\'Ingénieur logiciel (2 sur 2)'],
    ['withdrawal-note', 'Retirer votre candidature auprès d\'Acme, avec vos remerciements'],
  ] as const)('title a %s step as a French to-do list does', (kind, expected) => {
    expect(fr.titles[kind]({ company: 'Acme', position: 'Ingénieur logiciel', round: 'Onsite', attempt: 2, attempts: 2 })).toBe(expected);
  });

  it.each([
    [undefined, 'Poursuivre vos recherches en attendant la décision d\'Acme (1 sur 4)'],
    [0, 'Poursuivre vos recherches\u202f: aucune candidature en cours (1 sur 4)'],
    [1, 'Poursuivre vos recherches\u202f: une candidature en cours (1 sur 4)'],
    [3, 'Poursuivre vos recherches\u202f: 3\u202fcandidatures en cours (1 sur 4)'],
  ])('title a keep-searching reminder with %s active applications', (active, expected) => {
    expect(fr.titles['keep-searching']({ company: 'Acme', position: 'SRE', attempt: 1, attempts: 4, ...(active === undefined ? {} : { active }) })).toBe(expected);
  });

  it.each([
    [1, 0, 'Vous avez enregistré 1\u202frelance alors que le plan n\'en prévoit aucune\u202f; au-delà, le suivi risque de paraître insistant.'],
    [3, 2, 'Vous avez enregistré 3\u202frelances alors que le plan en prévoit 2\u202f; au-delà, le suivi risque de paraître insistant.'],
  ])('count %i logged check-ins against %i planned, never "en prévoit 0"', (logged, allowed, expected) => {
    expect(fr.warnings['extra-check-in']({ logged, allowed })).toBe(expected);
  });

  it('mark a settled event with a dash, so a title with a colon never reads two colons in a row', () => {
    expect(fr.calendar.settled({ status: 'cancelled', title: 'Poursuivre vos recherches\u202f: une candidature en cours' }))
      .toBe('Annulé – Poursuivre vos recherches\u202f: une candidature en cours');
  });

  it('give the due time in the employer\'s zone after "soit", each time with its zone', () => {
    expect(fr.calendar.dueBy({ time: 'lundi 9 novembre 2026 à 12\u202fh', zone: 'America/New_York', employerTime: 'lundi 9 novembre 2026 à 17\u202fh', employerZone: 'Europe/London' }))
      .toBe('À faire au plus tard le lundi 9 novembre 2026 à 12\u202fh (America/New_York), soit le lundi 9 novembre 2026 à 17\u202fh (Europe/London).');
    expect(fr.calendar.dueBy({ time: 'lundi 9 novembre 2026 à 12\u202fh', zone: 'America/New_York' })).toBe('À faire au plus tard le lundi 9 novembre 2026 à 12\u202fh (America/New_York).');
  });

  it('go on in lower case after the colon of a rule line', () => {
    expect(fr.calendar.rule({ id: 'thank-you-window', summary: fr.rules['thank-you-window'] }))
      .toBe('Règle thank-you-window\u202f: envoyez chaque message de remerciement entre 24 et 48\u202fheures après la fin de l\'entretien.');
    expect(fr.calendar.rule({ id: 'thank-you-window' })).toBe('Règle thank-you-window');
  });
});
