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
    expect(fr.insights.firstResponse({ days: 1, count: 2 })).toBe('Première réponse\u202f: 1\u202fjour après l\'envoi en médiane (2\u202fcandidatures)');
    expect(fr.insights.silence({ days: 12, since: '2026-11-20', overdue: true })).toBe('12\u202fjours depuis le 20 novembre 2026, au-delà du seuil que vous avez fixé');
  });
});
