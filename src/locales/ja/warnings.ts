import type { WarningTexts } from '../types.js';
import { day } from './dates.js';
import { days, san } from './parts.js';

// What a Japanese plan warns about: one message per warning code, in です・ます.

/** What the candidate should know. */
export const warnings: WarningTexts = {
  'missing-email': ({ person }) => `${san(person)}のメールアドレスが分かりません。お礼を送る期限までに、採用ご担当者に確認しましょう。`,
  'no-decision-date': ({ days: n, unit }) => `結果が出る時期が分からないため、最初の問い合わせは面接の${days(n, unit)}後になります。`,
  'permission-not-asked': () => '問い合わせてよいかを確認していません。問い合わせの予定は、連絡してよいものとして立てています。',
  'follow-up-declined': ({ company }) => `${company}から問い合わせを控えるよう言われているため、問い合わせは予定していません。お礼は予定どおり送ります。`,
  'no-interviewers': () => '面接官が登録されていないため、採用ご担当者あてのお礼を1通だけ予定しています。お会いした方を全員登録すれば、一人ひとりに個別のお礼を送れます。',
  'thank-you-late': ({ company, person }) => `${person === undefined ? `${company}の採用ご担当者` : san(person)}へのお礼が、送るべき時間を過ぎています。遅れても送らないよりずっと良いので、今からでも送りましょう。`,
  'reply-received': ({ company, date }) => `${company}から${day(date)}に返事があったため、まだ済んでいない問い合わせとリマインダーは取り消しました。`,
  'check-ins-complete': ({ count }) => `予定していた${count}回の問い合わせを${count === 1 ? '' : 'すべて'}送りましたが、返事はありません。これ以上の連絡は控え、ほかの応募に時間を使いましょう。`,
  'extra-check-in': ({ logged, allowed }) => `問い合わせが${logged}回記録されていますが、計画では${allowed}回までです。これ以上は、しつこい印象を与えるおそれがあります。`,
  'no-offer-deadline': ({ company }) => `${company}の内定には、まだ返事の期限がありません。いつまでに返事が必要かを確認しましょう。`,
  'unknown-step': ({ step, round, reminder }) => (reminder === true
    ? `計画に「${step}」というリマインダーはありません。この記録は反映していません。`
    : `計画に${round === undefined ? '' : `選考「${round}」の`}「${step}」というステップはありません。この記録は反映していません。`),
  'unmatched-activity': ({ date, to }) => `${day(date)}に${to === undefined ? '' : `${to}あてに`}送ったメッセージは、その時点で対応中のどのステップにも当てはまらないため、反映していません。`,
  'duplicate-interviewer': ({ person }) => `${san(person)}が同じ面接に2回登録されていたため、1件にまとめました。`,
  'no-interview-time': ({ date, time, zone }) => `${day(date)}の面接に時刻がないため、始業時刻の${time}（${zone}）として計画しています。正確なタイミングにするには、時刻を入力してください。`,
  'fixed-offset-zone': ({ zone, offset, instead, seasonal }) => (seasonal
    ? `${zone}は一年中${offset}で、夏時間がありません。地域を指すつもりなら、${instead}を使ってください。`
    : `${zone}は、${instead}と同じく一年中${offset}です。地域名で指定するなら${instead}です。`),
  'employer-overdue': ({ company, days: n, date }) => `${company}は、${day(date)}の面接から${n}日たっても結果を出していません。結果を問い合わせるか、ほかの応募に時間を使いましょう。`,
  'offer-deadline-passed': ({ company, deadline }) => `${company}の内定は、返事の期限（${day(deadline)}）を過ぎてから届きました。すぐに返事をしましょう。`,
  'skipped-application': ({ id, index, count, problem }) => `${id === undefined ? `${index + 1}件目の応募` : `応募「${id}」`}は計画から外しました：${problem}${count > 1 ? `（ほかに${count - 1}件の問題があります）` : ''}`,
};
