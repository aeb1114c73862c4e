import { describe, expect, it } from 'vitest';
import { en, localTimeLabel, type Locale } from '../../src/index.js';
import { de } from '../../src/locales/de/index.js';
import { wallClock } from '../../src/time/civil.js';

// The German words around the numbers: dates, greetings, the agenda, the calendar, the insights.

const at = (iso: string) => wallClock(Date.parse(`${iso}Z`));

describe('German dates', () => {
  it.each([
    ['2026-11-23T10:00', 'Mo 23.11.2026 10:00', 'Montag, 23. November 2026, 10:00 Uhr'],
    ['2026-11-24T09:05', 'Di 24.11.2026 09:05', 'Dienstag, 24. November 2026, 09:05 Uhr'],
    ['2026-11-25T17:30', 'Mi 25.11.2026 17:30', 'Mittwoch, 25. November 2026, 17:30 Uhr'],
    ['2026-03-05T00:00', 'Do 05.03.2026 00:00', 'Donnerstag, 5. März 2026, 00:00 Uhr'],
    ['2026-01-02T08:00', 'Fr 02.01.2026 08:00', 'Freitag, 2. Januar 2026, 08:00 Uhr'],
    ['2028-02-26T23:59', 'Sa 26.02.2028 23:59', 'Samstag, 26. Februar 2028, 23:59 Uhr'],
    ['2026-07-12T12:00', 'So 12.07.2026 12:00', 'Sonntag, 12. Juli 2026, 12:00 Uhr'],
  ])('write %s as "%s" in lists and "%s" in sentences', (iso, short, long) => {
    expect(de.dates.dateTime(at(iso), 'short')).toBe(short);
    expect(de.dates.dateTime(at(iso), 'long')).toBe(long);
    expect(localTimeLabel(`${iso}:00.000+01:00`, 'short', { locale: de })).toBe(short);
  });

  it('keep the agenda\'s date 19 characters wide on every day of the year', () => {
    const widths = new Set(Array.from({ length: 366 }, (_, day) => de.dates.dateTime(wallClock(Date.UTC(2028, 0, 1 + day, 7, 5)), 'short').length));
    expect([...widths]).toEqual([19]);
  });

  it.each([
    ['2026-12-09', '9. Dezember 2026'],
    ['2026-05-01', '1. Mai 2026'],
    ['2028-02-29', '29. Februar 2028'],
    ['2026-10-31', '31. Oktober 2026'],
  ])('write the date %s as "%s"', (iso, text) => {
    expect(de.dates.date(iso)).toBe(text);
  });

  it('write a clock time with two digits each', () => {
    expect(de.dates.time(at('2026-11-23T09:05'))).toBe('09:05');
  });
});

describe('the German greeting', () => {
  it.each([
    ['"Sehr geehrte" for a salutation with Frau', { name: 'Ana Ruiz', salutation: 'Frau Dr. Ruiz' }, 'Sehr geehrte Frau Dr. Ruiz,'],
    ['"Sehr geehrter" for a salutation with Herr', { name: 'Bo Chen', salutation: 'Herr Chen' }, 'Sehr geehrter Herr Chen,'],
    ['a neutral "Guten Tag" for a first name that merely starts like Frau', { name: 'Frauke Ott', salutation: 'Frauke' }, 'Guten Tag Frauke,'],
    ['"Herr" for an English Mr., so a German letter never greets "Mr. Chen"', { name: 'Bo Chen', salutation: 'Mr. Chen' }, 'Sehr geehrter Herr Chen,'],
    ['"Frau" for an English Ms., keeping the rest as given', { name: 'Ana Ruiz', salutation: 'Ms. Dr. Ruiz' }, 'Sehr geehrte Frau Dr. Ruiz,'],
    ['"Frau" for a Spanish Sra.', { name: 'Rita Diaz', salutation: 'Sra. Diaz' }, 'Sehr geehrte Frau Diaz,'],
    ['"Herr" for a salutation written in lower case', { name: 'Bo Chen', salutation: 'herr Chen' }, 'Sehr geehrter Herr Chen,'],
    ['a neutral "Guten Tag" for a title that says no gender, as given', { name: 'Cy Park', salutation: 'Dr. Park' }, 'Guten Tag Dr. Park,'],
    ['a neutral "Guten Tag" for an initial, never read as the French M.', { name: 'Mo Lenz', salutation: 'M. Lenz' }, 'Guten Tag M. Lenz,'],
    ['a neutral "Guten Tag" for a surname that starts like Mr', { name: 'Al Mrosek', salutation: 'Mrosek' }, 'Guten Tag Mrosek,'],
    ['the salutation in any script', { name: '田中 太郎', salutation: '田中様' }, 'Guten Tag 田中様,'],
    ['the full name without a salutation, never a guessed gender', { name: 'Ana Ruiz' }, 'Guten Tag Ana Ruiz,'],
    ['"Damen und Herren" when nobody is named', {}, 'Sehr geehrte Damen und Herren,'],
    ['"Damen und Herren" for the hiring team', { name: 'Team von Acme' }, 'Sehr geehrte Damen und Herren,'],
  ])('uses %s', (_case, params, expected) => {
    expect(de.drafts.greeting({ company: 'Acme', ...params })).toBe(expected);
  });
});

describe('the German agenda, calendar and insights', () => {
  const table: readonly (readonly [string, (locale: Locale) => string, string])[] = [
    ['an interview header', (l) => l.agenda.interview({ company: 'Acme', position: 'Engineer', when: 'Mo 23.11.2026 10:00–11:00', zone: 'Europe/Berlin' }), 'Acme · Engineer · Gespräch Mo 23.11.2026 10:00–11:00 (Europe/Berlin)'],
    ['an application with rounds', (l) => l.agenda.application({ company: 'Acme', position: 'Engineer', rounds: 1, status: l.agenda.status({ state: 'waiting' }) }), 'Acme · Engineer · 1 Runde · Entscheidung ausstehend'],
    ['an application without rounds', (l) => l.agenda.application({ company: 'Acme', position: 'Engineer', rounds: 0, status: l.agenda.status({ state: 'applied' }), applied: '2026-11-02' }), 'Acme · Engineer · beworben am 02.11.2026'],
    ['an offer', (l) => l.agenda.status({ state: 'offer', outcome: 'offer', deadline: '2026-12-09' }), 'Angebot, Antwort bis 09.12.2026'],
    ['an offer without a deadline', (l) => l.agenda.status({ state: 'offer', outcome: 'offer' }), 'Angebot, noch ohne Frist'],
    ['a closed application', (l) => l.agenda.status({ state: 'closed', outcome: 'rejected' }), 'abgeschlossen (Absage)'],
    ['the search', (l) => l.agenda.search({ applications: 3, active: 2, zone: 'Europe/Berlin' }), 'Jobsuche · 3 Bewerbungen · 2 aktiv (Europe/Berlin)'],
    ['where applications stand, each as a short status', (l) => (['applied', 'scheduled', 'waiting', 'following-up', 'no-response', 'offer', 'closed'] as const)
      .map((state) => l.agenda.status({ state })).join(', '), 'beworben, Gespräch vereinbart, Entscheidung ausstehend, nachgefragt, ohne Antwort, Angebot liegt vor, abgeschlossen'],
    ['the statuses', (l) => Object.values(l.agenda.statuses).join(', '), 'anstehend, offen, überfällig, erledigt, entfallen, verpasst'],
    ['the calendar\'s category, one word as calendars file them', (l) => l.calendar.category, 'Bewerbung'],
    ['a settled step', (l) => l.calendar.settled({ status: 'cancelled', title: 'X' }), 'Entfallen: X'],
    ['the due line in two zones', (l) => l.calendar.dueBy({ time: 'T1', zone: 'Z1', employerTime: 'T2', employerZone: 'Z2' }), 'Fällig bis T1 (Z1; T2 in Z2).'],
    ['the send line', (l) => l.calendar.sendAt({ time: 'T', zone: 'Z' }), 'Planen Sie den Versand für T (Z) ein, damit die Nachricht in der Arbeitszeit des Unternehmens ankommt.'],
    ['the search\'s calendar', (l) => l.calendar.name({}), 'Jobsuche: nächste Schritte'],
    ['a share in percent, with a space', (l) => `${l.insights.percent({ rate: 0.754 })} · ${l.insights.share({ count: 3, total: 4 })}`, '75 % · 3 von 4'],
    ['no first answer yet', (l) => l.insights.firstResponse({ count: 0 }), 'Erste Antwort: Bisher hat keine Bewerbung mit bekanntem Bewerbungsdatum eine Antwort erhalten'],
    ['the first answer, with a decimal comma', (l) => l.insights.firstResponse({ days: 2.5, count: 4 }), 'Erste Antwort: im Median 2,5 Tage nach der Bewerbung (4 Bewerbungen)'],
    ['a silent employer past the line', (l) => l.insights.silence({ days: 12, since: '2026-11-02T10:00:00.000-05:00', overdue: true }), '12 Tage ohne Nachricht, seit dem 2. November 2026 – länger als die von Ihnen gesetzte Grenze'],
    ['a silent employer without a count', (l) => l.insights.silence({ since: '2026-11-02', overdue: false }), 'ohne Nachricht seit dem 2. November 2026'],
    ['an attempt', (l) => l.insights.attempt({ attempt: 2 }), '2. Nachfrage'],
  ];

  it.each(table)('write %s in German, apart from the English', (_name, write, expected) => {
    expect(write(de)).toBe(expected);
    expect(write(de)).not.toBe(write(en));
  });

  it('word every fixed label apart from the English one', () => {
    const labels = (locale: Locale): string[] => [
      locale.calendar.checklist, locale.calendar.openInMail, locale.calendar.category, locale.agenda.moved, locale.agenda.warnings, locale.agenda.searchName,
      ...Object.values(locale.insights.rates), ...Object.values(locale.insights.stages), locale.insights.funnel, locale.insights.followUps, locale.insights.silent,
      locale.insights.none, ...Object.values(locale.presets),
    ];
    const english = labels(en);
    expect(labels(de).filter((label, index) => label === english[index])).toEqual([]);
  });

  it('words every checklist item and rule apart from the English, keeping the 22% figure', () => {
    for (const section of ['checklist', 'rules'] as const) {
      const english = en[section] as Readonly<Record<string, string>>;
      const german = de[section] as Readonly<Record<string, string>>;
      expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
      expect(Object.keys(german).filter((id) => german[id] === english[id])).toEqual([]);
    }
    expect(de.checklist['thank-you-matters']).toContain('22 %');
  });

  it('is frozen through and through, and known by its tag', () => {
    expect([Object.isFrozen(de), Object.isFrozen(de.drafts), Object.isFrozen(de.drafts.thankYouEmails), Object.isFrozen(de.review.limits)]).toEqual([true, true, true, true]);
    expect(de.tag).toBe('de');
  });
});

describe('the German plan texts', () => {
  it.each([
    ['a thank-you at the opening of its window', de.explanations.thankYou({ letter: false, person: 'Ana Ruiz', company: 'Acme', fromHours: 24, toHours: 48, moved: false }),
      'Schicken Sie eine Dankes-E-Mail an Ana Ruiz im Zeitfenster von 24 bis 48 Stunden nach Ende des Gesprächs, und zwar gleich zu Beginn dieses Zeitfensters.'],
    ['a thank-you moved to the working time inside a window that opens at the interview\'s end', de.explanations.thankYou({ letter: true, company: 'Acme', fromHours: 0, toHours: 24, moved: true }),
      'Schicken Sie einen Dankesbrief per Post an das Team von Acme (es ist niemand namentlich genannt) im Zeitfenster der ersten 24 Stunden nach Ende des Gesprächs, und zwar sobald darin die Arbeitszeit beginnt.'],
    ['a thank-you whose window holds no working time', de.explanations.thankYouAfterWindow({ letter: false, person: 'Bo Chen', company: 'Acme', fromHours: 24, toHours: 48 }),
      'Das Zeitfenster von 24 bis 48 Stunden nach Ende des Gesprächs liegt ganz außerhalb der Arbeitszeit; schicken Sie eine Dankes-E-Mail an Bo Chen daher zu Beginn der nächsten Arbeitszeit. Ein später Dank ist besser als keiner.'],
    ['a second check-in, its ordinal in words', de.explanations.checkInRepeat({ previous: 2, days: 14, unit: 'days', sent: true }),
      'Bleibt die zweite Nachfrage unbeantwortet, schreiben Sie 14 Tage nach ihrem Versand ein weiteres Mal.'],
    ['a thirteenth follow-up, its ordinal in digits', de.explanations.applicationRepeat({ previous: 13, days: 1, unit: 'working-days', sent: false, last: true }),
      'Bleibt die 13. Nachfrage zur Bewerbung unbeantwortet, schreiben Sie 1 Arbeitstag danach noch einmal; bleibt auch diese unbeantwortet, ist das Schweigen die Antwort.'],
    ['a first follow-up, never opening with a number', de.explanations.applicationFollowUp({ company: 'Hooli', days: 7, unit: 'days' }),
      'Hooli hat sich 7 Tage nach Ihrer Bewerbung noch nicht gemeldet: Fragen Sie einmal kurz und höflich nach.'],
    ['one check-in without an answer', de.warnings['check-ins-complete']({ count: 1 }), 'Die einzige Nachfrage ist ohne Antwort geblieben; schreiben Sie nicht weiter und stecken Sie die Zeit in andere Bewerbungen.'],
    ['two check-ins without an answer, as "beide"', de.warnings['check-ins-complete']({ count: 2 }), 'Beide Nachfragen sind ohne Antwort geblieben; schreiben Sie nicht weiter und stecken Sie die Zeit in andere Bewerbungen.'],
    ['three check-ins without an answer', de.warnings['check-ins-complete']({ count: 3 }), 'Alle 3 Nachfragen sind ohne Antwort geblieben; schreiben Sie nicht weiter und stecken Sie die Zeit in andere Bewerbungen.'],
    ['the title of a thank-you to the team, in plain German', de.titles['thank-you-email']({ company: 'Acme', position: 'Engineer' }), 'Dem Team von Acme für das Gespräch danken'],
    ['the title of a reply to a rejection, without "Feedback"', de.titles['rejection-reply']({ company: 'Acme', position: 'Engineer' }), 'Auf die Absage von Acme antworten: danken und um Rückmeldung bitten'],
  ])('words %s', (_case, text, expected) => {
    expect(text).toBe(expected);
  });
});
