import { registerLocale } from '../resolve.js';
import type { Locale } from '../types.js';
import { checklist, presets, rules } from './advice.js';
import { dates } from './dates.js';
import { drafts } from './drafts.js';
import { agenda, calendar, insights } from './outputs.js';
import { adjustments, explanations, titles } from './plans.js';
import { review } from './review.js';
import { warnings } from './warnings.js';

/**
 * Japanese (`ja`): every text a plan, a draft, a calendar or the command writes, written as
 * Japanese business correspondence is (ビジネスメール), not translated word for word.
 *
 * Conventions: a draft opens with the address block, the company on its own line and then the
 * person by the salutation they gave (`田中様`), else by name with 様 (`Ana Ruiz 様`), else
 * 採用ご担当者様 (never 御中 and 様 together, never a guessed title); it names the sender, thanks
 * the reader for their time (お忙しいところ…), keeps to 丁寧語 and 謙譲語, and closes with
 * よろしくお願いいたします. Subjects are short and carry the sender's name in brackets when it is
 * given (`面接のお礼（佐藤 花子）`). Posted letters open with 拝啓 or 謹啓 and close with 敬具 or 謹白.
 * Dates are written `2026年12月9日`, and `2026/11/23(月) 10:00` at the start of a list line, the
 * weekday's name taken from `Intl`. The review counts characters (spaces and punctuation aside),
 * compares character pairs for copies, and looks for Japanese phrases (ありがとう, 感謝, お礼 …).
 *
 * Loading this module makes the language known, so a stored plan written in Japanese is read
 * back in Japanese without passing it again.
 *
 * @example
 * ```ts
 * import { planFollowUps, draftForStep } from 'interview-followup';
 * import { ja } from 'interview-followup/locales/ja';
 * const plan = planFollowUps({ id: 'a', company: '山田商事', position: 'エンジニア', start: '2026-11-17T10:00',
 *   timeZone: 'Asia/Tokyo', interviewers: [{ name: '田中 太郎', salutation: '田中様' }] }, { locale: ja });
 * const step = plan.steps.find((s) => s.kind === 'thank-you-email');
 * draftForStep(plan, step!, { senderName: '佐藤 花子' })?.subject;
 * //=> '面接のお礼（佐藤 花子）'
 * ```
 */
export const ja: Locale = registerLocale(Object.freeze({
  tag: 'ja',
  dates,
  titles,
  explanations,
  adjustments,
  warnings,
  checklist,
  rules,
  presets,
  calendar,
  agenda,
  insights,
  drafts,
  review,
}));
