import type { AdjustmentReason } from '../../rules/codes.js';
import type { AdjustmentTexts, ExplanationTexts, Locale } from '../types.js';
import { day } from './dates.js';
import { days, role, san } from './parts.js';

// What a Japanese plan says: step titles (to-dos, in the plain form a list uses), explanations
// and adjustments (in です・ます). People of the employer are さん in the candidate's own notes.

const label = (round: string | undefined): string => (round === undefined ? '' : `（${round}）`);
const count = (attempt: number | undefined, attempts: number | undefined): string =>
  (attempt !== undefined && attempts !== undefined ? `（${attempt}回目／全${attempts}回）` : '');

/** Step titles: what to do, at a glance. */
export const titles: Locale['titles'] = {
  'before-leaving': ({ company, round }) => `${company}の面接${label(round)}を終える前に、今後の選考について確認する`,
  'thank-you-email': ({ company, person, round }) => (person === undefined
    ? `${company}の採用ご担当者に面接${label(round)}のお礼メールを送る`
    : `${san(person)}に${company}の面接${label(round)}のお礼メールを送る`),
  'thank-you-letter': ({ company, person, round }) => `${person === undefined ? '面接官' : san(person)}にお礼状を郵送する（${company}${round === undefined ? '' : `・${round}`}）`,
  'check-in': ({ company, position, attempt, attempts }) => `${company}に${role(position)}の選考状況を問い合わせる${count(attempt, attempts)}`,
  'keep-searching': ({ company, active, attempt, attempts }) => (active === undefined
    ? `${company}の結果を待つ間も仕事探しを続ける${count(attempt, attempts)}`
    : `仕事探しを続ける：選考中の応募は${active}件${count(attempt, attempts)}`),
  'rejection-reply': ({ company }) => `${company}からの不採用の連絡に返信し、お礼とともにフィードバックをお願いする`,
  'offer-response': ({ company, position }) => `${company}の${role(position)}の内定に返事をする`,
  'expedite-request': ({ company }) => `${company}に他社の内定を伝え、選考の見通しを尋ねる`,
  'withdrawal-note': ({ company }) => `${company}の選考を、お礼を添えて辞退する`,
  'application-follow-up': ({ company, position, attempt, attempts }) => `${company}に${role(position)}への応募について問い合わせる${count(attempt, attempts)}`,
};

/** Who a thank-you goes to, in an explanation. */
const thankee = (person: string | undefined, company: string): string =>
  (person === undefined ? `${company}の採用ご担当者（面接官の名前が登録されていないため）` : san(person));
const sending = (letter: boolean): string => (letter ? 'お礼状を郵送します' : 'お礼のメールを送ります');
/** The thank-you window: "面接終了後18時間以内" from the end, else "面接終了の24〜48時間後". */
const span = (fromHours: number, toHours: number): string =>
  (fromHours === 0 ? `面接終了後${toHours}時間以内` : `面接終了の${fromHours}〜${toHours}時間後`);
const since = (sent: boolean): string => (sent ? '実際に送った日' : 'その予定日');

/** Why each step is there. */
export const explanations: ExplanationTexts = {
  beforeLeaving: () => '面接が終わる前に、今後の選考の流れ、結果が出る時期、その後こちらから問い合わせてもよいかを確認し、面接官全員の連絡先を伺っておきましょう。',
  thankYou: ({ letter, person, company, fromHours, toHours, moved }) => {
    const when = moved ? `${span(fromHours, toHours)}のうち先方の最初の就業時間に` : fromHours === 0 ? '面接が終わりしだい' : `${span(fromHours, toHours)}の時間帯に入りしだい`;
    return `${when}、${thankee(person, company)}へ${sending(letter)}${moved || fromHours !== 0 ? '' : `（${span(fromHours, toHours)}）`}。`;
  },
  thankYouAfterWindow: ({ letter, person, company, fromHours, toHours }) =>
    `${thankee(person, company)}へ${sending(letter)}。${span(fromHours, toHours)}には先方の就業時間がないため、その後の最初の就業時間に送ります。遅れてでも送るほうが、送らないよりずっと良いでしょう。`,
  checkInAfterDate: ({ company, decisionDate, graceDays }) => (graceDays === 0
    ? `${company}は${day(decisionDate)}までに結果を出す予定でした。その日までに連絡がなければ、翌営業日の始業時に問い合わせましょう。`
    : `${company}は${day(decisionDate)}までに結果を出す予定でした。その${days(graceDays, 'working-days')}後になっても連絡がなければ、次の営業日の始業時に問い合わせましょう。`),
  checkInFallback: ({ days: n, unit }) => `結果が出る時期が分からないため、面接の${days(n, unit)}後に問い合わせます。`,
  checkInRepeat: ({ previous, days: n, unit, sent }) => `${previous}回目の問い合わせに返事がなければ、${since(sent)}から${days(n, unit)}後にもう一度連絡します。`,
  keepSearching: ({ company }) => `${company}の結果を待つ間も、応募・面接・人脈づくりを続けましょう。`,
  keepSearchingAll: ({ active }) => `応募・面接・人脈づくりを続けましょう。選考中の応募は、現在${active}件です。`,
  rejectionReply: ({ company, fromHours, toHours }) => `${company}から不採用の連絡がありました。${fromHours}〜${toHours}時間後に返信し、お礼を伝え、より良い応募にするには何が足りなかったかを尋ね、今後につながる余地を残しましょう。`,
  offerWithoutDeadline: ({ company }) => `${company}から、返事の期限が示されないまま内定が出ました。お礼を伝え、いつまでに返事が必要かを確認しましょう。`,
  offerByDeadline: ({ company, deadline, dueDay }) => `${company}の内定には、${day(deadline)}までに返事をしましょう${dueDay === undefined ? '' : `（その前の最後の営業日は${day(dueDay)}）`}。もっと時間が必要なら、今のうちに数営業日の延長をお願いしましょう。`,
  expediteRequest: ({ company, holder, deadline }) => `${holder}から内定が出ました${deadline === undefined ? '' : `（返事の期限は${day(deadline)}）`}。${company}にその旨を伝え、選考の見通しを尋ねましょう。`,
  withdrawalNote: ({ company, holder }) => `${holder}の内定を承諾しました。先方がほかの候補者との選考を進められるよう、${company}には早めに、お礼を添えて辞退を伝えましょう。`,
  applicationFollowUp: ({ company, days: n, unit }) => `応募から${days(n, unit)}たっても${company}から連絡がありません。一度だけ、簡潔に丁寧に問い合わせましょう。`,
  applicationRepeat: ({ previous, days: n, unit, sent, last }) => `${previous}回目の問い合わせに返事がなければ、${since(sent)}から${days(n, unit)}後にもう一度連絡します${last ? '。それでも返事がなければ、それを答えと受け止めましょう' : ''}。`,
};

const REASONS: Readonly<Record<AdjustmentReason, string>> = {
  'outside-hours': '就業時間外のため',
  'non-working-day': '営業日ではないため',
  holiday: '休日のため',
  'window-without-working-time': 'その時間帯に就業時間がないため',
  'rebased-on-actual': '前回の問い合わせを実際に送った日から数え直したため',
  'before-decision-date': '結果が出る予定日をまだ過ぎていなかったため',
  'before-thanks': '問い合わせはお礼の後にするため',
  rescheduled: '自分で日時を変更したため',
};

/** Where a step was moved, and why. */
export const adjustments: AdjustmentTexts = {
  moved: ({ from, to, zone, reason }) => `${REASONS[reason]}、${from}から${to}に移しました（${zone}の時刻）。`,
  windowClosed: ({ from, to, zone }) => `送るべき時間帯が終わる${from}（${zone}）までに就業時間がなかったため、翌営業日の終業時刻、${to}を期限とします。`,
};
