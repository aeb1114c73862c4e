import { describe, expect, it } from 'vitest';
import { en, localTimeLabel, type Locale } from '../../src/index.js';
import { ja } from '../../src/locales/ja/index.js';

// Every text of the locale, called with sample parameters: a sweep that finds any text left in
// English, including the ones the sample plans never reach (rare warnings, the agenda, insights).

/** Parameters every text may read, with each optional one given and each flag set. */
const given = {
  company: 'Acme', position: 'Staff Engineer', person: 'Ana Ruiz', attempt: 2, attempts: 3, active: 2, round: 'Onsite',
  letter: true, fromHours: 24, toHours: 48, moved: true, decisionDate: '2026-12-01', graceDays: 2, days: 14, unit: 'working-days',
  previous: 1, sent: true, last: true, deadline: '2026-12-09', dueDay: '2026-12-08', holder: 'Globex', from: 'FROM', to: 'TO',
  zone: 'America/Chicago', reason: 'rebased-on-actual', date: '2026-12-01', count: 3, logged: 3, allowed: 2, step: 'check-in-9',
  time: '09:00', offset: 'UTC+09:00', instead: 'Asia/Tokyo', seasonal: true, index: 0, problem: 'PROBLEM', status: 'missed',
  title: 'TITLE', text: 'Panel with the VP', employerTime: 'LATER', employerZone: 'Europe/Berlin', id: 'ask-next-steps', summary: 'SUMMARY',
  subject: 'SUBJECT', state: 'following-up', outcome: 'rejected', applications: 4, rate: 0.25, total: 4, since: '2026-11-20', overdue: true,
  preset: 'japan', when: 'WHEN', rounds: 2, applied: '2026-11-02', reminder: true, limit: 500, name: 'Ana Ruiz',
};
/** Each text's optional parameters, by path prefix: left out, with every flag cleared, they take each text's other branch. */
const OPTIONAL: readonly (readonly [string, readonly string[]])[] = [
  ['titles.', ['person', 'attempt', 'attempts', 'active', 'round']],
  ['explanations.thankYou', ['person']],
  ['explanations.offerByDeadline', ['dueDay']],
  ['explanations.expediteRequest', ['deadline']],
  ['warnings.thank-you-late', ['person']],
  ['warnings.unknown-step', ['round', 'reminder']],
  ['warnings.unmatched-activity', ['to']],
  ['warnings.skipped-application', ['id']],
  ['calendar.', ['employerTime', 'employerZone', 'summary', 'to', 'company']],
  ['agenda.', ['applied', 'outcome', 'deadline']],
  ['insights.', ['days']],
];
const FLAGS = { letter: false, moved: false, graceDays: 0, unit: 'days', sent: false, last: false, seasonal: false, overdue: false, status: 'done', reason: 'outside-hours', count: 1 };
/** The parameters of the text at `path`, its optional ones left out. */
function sparse(path: string): object {
  const out: Record<string, unknown> = { ...given, ...FLAGS };
  for (const [prefix, keys] of OPTIONAL) if (path.startsWith(prefix)) for (const key of keys) delete out[key];
  return out;
}
/** The values a text shows as they are (names, zones, pre-written parts); codes such as `unit` or `reason` never show. */
const own = [...new Set(Object.entries({ ...given, status2: FLAGS.status })
  .filter(([key, value]) => typeof value === 'string' && !['unit', 'reason', 'state', 'outcome'].includes(key)).map(([, value]) => String(value)))]
  .sort((a, b) => b.length - a.length);

/** Every text of a locale, by path: strings as they are, functions called with `params`. Drafts and dates are checked elsewhere. */
function textsOf(locale: Locale, params: (path: string) => object): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (p: object) => unknown)(params(path.replace(/^locale\./, '')))));
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  const { drafts: _drafts, dates: _dates, tag: _tag, review, ...rest } = locale;
  walk(rest, 'locale');
  walk(review.findings, 'locale.review.findings');
  return out;
}

/** Runs of Latin words left once the parameters' own values are taken out. */
function english(text: string): string[] {
  let rest = text;
  for (const word of own) rest = rest.split(word).join(' ');
  return rest.match(/[A-Za-z]{2,}(?:[\s'-]+[A-Za-z]{2,})*/g) ?? [];
}

describe.each([['every optional parameter given', () => given], ['every optional parameter left out', sparse]])('the Japanese texts, with %s', (_name, params) => {
  it('exist for every English text, and each differs from it and holds no English', () => {
    const ours = textsOf(ja, params);
    const theirs = textsOf(en, params);
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    // A text without a letter ("25%") reads the same in every language.
    const wrong = [...ours].filter(([path, text]) => /\p{L}/u.test(text)
      && (text === theirs.get(path) || text.includes('undefined') || english(text).length > 0 || !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)));
    expect(wrong.map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });
});

describe('Japanese dates', () => {
  const monday = { year: 2026, month: 11, day: 23, weekday: 1, hour: 9, minute: 5 };

  it.each([
    ['a date and time in a sentence', ja.dates.dateTime(monday, 'long'), '2026年11月23日（月）09:05'],
    ['a date and time at the start of a list line, fixed width', ja.dates.dateTime(monday, 'short'), '2026/11/23(月) 09:05'],
    ['a Sunday', ja.dates.dateTime({ ...monday, day: 29, weekday: 7 }, 'short'), '2026/11/29(日) 09:05'],
    ['a date alone, without leading zeros', ja.dates.date('2026-12-09'), '2026年12月9日'],
    ['a clock time', ja.dates.time({ ...monday, hour: 15, minute: 0 }), '15:00'],
    ['an agenda label of an ISO time', localTimeLabel('2026-11-23T10:00:00.000-05:00', 'short', { locale: ja }), '2026/11/23(月) 10:00'],
  ])('writes %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('keeps list labels the same width whatever the day', () => {
    const widths = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ja.dates.dateTime({ ...monday, day: weekday, weekday, hour: weekday }, 'short').length);
    expect(new Set(widths)).toEqual(new Set([19]));
  });

  it('writes the dates a plan gives as YYYY-MM-DD the Japanese way inside sentences', () => {
    expect(ja.warnings['reply-received']({ company: 'Acme', date: '2026-12-01' })).toBe('Acmeから2026年12月1日に返事があったため、まだ済んでいない問い合わせとリマインダーは取り消しました。');
    expect(ja.explanations.offerByDeadline({ company: 'Acme', deadline: '2026-12-09', dueDay: '2026-12-08' }))
      .toBe('Acmeの内定には、2026年12月9日までに返事をしましょう（その前の最後の営業日は2026年12月8日）。もっと時間が必要なら、今のうちに数営業日の延長をお願いしましょう。');
  });
});

describe('the Japanese agenda and summary', () => {
  it.each([
    ['an open offer', ja.agenda.status({ state: 'offer', outcome: 'offer', deadline: '2026-12-09' }), '内定（返事の期限 2026/12/09）'],
    ['an offer without a deadline', ja.agenda.status({ state: 'offer', outcome: 'offer' }), '内定（返事の期限は未定）'],
    ['a closed application', ja.agenda.status({ state: 'closed', outcome: 'rejected' }), '終了（不採用）'],
    ['a state', ja.agenda.status({ state: 'following-up' }), '問い合わせ中'],
    ['an application not interviewed yet', ja.agenda.application({ company: 'Hooli', position: 'SRE', rounds: 0, status: '応募済み', applied: '2026-11-20' }), 'Hooli · SRE · 2026/11/20 応募'],
    ['an application with rounds', ja.agenda.application({ company: 'Acme', position: 'Staff Engineer', rounds: 2, status: '内定' }), 'Acme · Staff Engineer · 面接2回 · 内定'],
    ['the search', ja.agenda.search({ applications: 4, active: 3, zone: 'Asia/Tokyo' }), '仕事探し · 応募4件 · 選考中3件（Asia/Tokyo）'],
    ['a share', ja.insights.share({ count: 3, total: 4 }), '4件中3件'],
    ['a silence past the line', ja.insights.silence({ days: 12, since: '2026-11-20', overdue: true }), '2026年11月20日から12日間返事なし（設定した日数を超過）'],
  ])('writes %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
