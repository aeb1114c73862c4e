import type { ApplicationState } from '../../rules/codes.js';
import type { AgendaTexts, CalendarTexts, InsightsTexts } from '../types.js';
import { day } from './dates.js';

// What Japanese calendars, agendas and the search's summary say around the steps. Labels are
// short nouns; lines keep the English layout (" · " between fields) so columns line up.

/** The calendar's words. */
export const calendar: CalendarTexts = {
  settled: ({ status, title }) => `【${status === 'done' ? '完了' : status === 'cancelled' ? '取消' : '期限切れ'}】${title}`,
  sendAt: ({ time, zone }) => `先方の就業時間内に届くよう、${time}（${zone}）に送信予約しましょう。`,
  checklist: 'チェックリスト：',
  nextSteps: ({ text }) => `先方から説明された今後の流れ：${text}`,
  dueBy: ({ time, zone, employerTime, employerZone }) =>
    `期限：${time}（${zone}）${employerTime === undefined || employerZone === undefined ? '' : `／先方の時間では${employerTime}（${employerZone}）`}`,
  rule: ({ id, summary }) => `ルール ${id}${summary === undefined ? '' : `：${summary}`}`,
  draft: ({ to }) => `下書き${to === undefined ? '' : `（宛先：${to}）`}：`,
  subject: ({ subject }) => `件名：${subject}`,
  openInMail: 'メールソフトで開く：',
  name: ({ company }) => (company === undefined ? '応募先への連絡予定' : `${company}への連絡予定`),
  category: '面接後の連絡',
};

const STATES: Readonly<Record<ApplicationState, string>> = {
  applied: '応募済み',
  scheduled: '面接予定',
  waiting: '結果待ち',
  'following-up': '問い合わせ中',
  'no-response': '返事なし',
  offer: '内定',
  closed: '終了',
};

const OUTCOMES: Readonly<Record<string, string>> = {
  offer: '内定', rejected: '不採用', accepted: '内定承諾', declined: '内定辞退', withdrawn: '選考辞退', ghosted: '連絡途絶',
};

/** "2026/11/20" of a `YYYY-MM-DD` date, the compact form a list line uses. */
const slashed = (iso: string): string => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1/$2/$3');

/** The command's agenda. */
export const agenda: AgendaTexts = {
  interview: ({ company, position, when, zone }) => `${company} · ${position} · 面接 ${when}（${zone}）`,
  application: ({ company, position, rounds, status, applied }) => (applied === undefined
    ? `${company} · ${position} · 面接${rounds}回 · ${status}`
    : `${company} · ${position} · ${slashed(applied)} 応募${status === STATES.applied ? '' : ` · ${status}`}`),
  status: ({ state, outcome, deadline }) => {
    if (outcome === 'offer') return `内定（${deadline === undefined ? '返事の期限は未定' : `返事の期限 ${slashed(deadline)}`}）`;
    return outcome === undefined ? STATES[state] : `終了（${OUTCOMES[outcome] ?? outcome}）`;
  },
  search: ({ applications, active, zone }) => `仕事探し · 応募${applications}件 · 選考中${active}件（${zone}）`,
  advice: ({ preset, summary }) => `方針：${preset}（${summary}）`,
  moved: '（時刻を調整済み）',
  statuses: { upcoming: '予定', open: '要対応', overdue: '期限超過', done: '完了', cancelled: '取消', missed: '期限切れ' },
  warnings: '注意：',
  searchName: '仕事探し',
};

/** The command's summary of the search. */
export const insights: InsightsTexts = {
  title: ({ applications, zone }) => `仕事探しのふりかえり · 応募${applications}件（${zone}）`,
  percent: ({ rate }) => `${Math.round(rate * 100)}%`,
  rates: { responses: '返事あり', interviews: '面接あり', offers: '内定あり' },
  share: ({ count, total }) => `${total}件中${count}件`,
  firstResponse: ({ days, count }) => (days === undefined
    ? '最初の返事：応募日の分かっている応募で、返事を受けたものはまだありません'
    : `最初の返事：応募から${days}日（中央値、${count}件）`),
  funnel: '選考の進み具合',
  stages: { applied: '応募', interviewed: '面接', offered: '内定', accepted: '承諾' },
  followUps: '再連絡までの間隔内に返事があった問い合わせ',
  attempt: ({ attempt }) => `${attempt}回目`,
  silent: '返事のない応募先',
  silence: ({ days, since, overdue }) => `${day(since)}から${days === undefined ? '' : `${days}日間`}返事なし${overdue ? '（設定した日数を超過）' : ''}`,
  none: 'なし',
};
