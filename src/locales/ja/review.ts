import type { ReviewTexts } from '../types.js';
import { san } from './parts.js';

// How Japanese drafts are reviewed. Japanese is written without spaces, so a message is counted
// and compared in characters: every letter, kana, kanji and digit is one unit, spaces and
// punctuation are not. Limits are the English word limits at about 2.5 characters a word; the
// shortest messages get a little more, since the address block and keigo spend characters an
// English note does not.

/** Character limits per kind of message. */
const limits = {
  'thank-you-email': 500,
  'thank-you-letter': 625,
  'check-in': 400,
  'rejection-reply': 400,
  'offer-response': 375,
  'expedite-request': 400,
  'withdrawal-note': 350,
  'application-follow-up': 350,
} as const;

/** The Japanese review. */
export const review: ReviewTexts = {
  // Full-width and half-width forms count alike ("Ａｃｍｅ" is "acme").
  units: (text) => [...text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')],
  sequence: 2,
  limits,
  thanks: ['ありがとう', 'ありがたく', '有難', '有り難', '感謝', 'お礼', '御礼', '謝意', '深謝'],
  interest: [
    '関心', '興味', '志望', '意欲', '熱意', '魅力', '惹かれ', 'ひかれ', '入社したい', '入社を希望', '入社を強く', '入社への思い',
    '働きたい', '就きたい', '加わりたい', '携わりたい', '貢献したい', '挑戦したい', 'ご一緒したい', '一員になりたい',
  ],
  pushy: [
    '至急', '早急', '一刻も早く', '今すぐ', '直ちに', 'ただちに', '即刻', '即答', '必ずご返信', '必ずご連絡', '必ずご回答',
    '返信を求め', '回答を求め', '返事を求め', 'いつになったら', 'まだでしょうか', '最終通告',
  ],
  feedback: ['フィードバック', 'ご助言', 'アドバイス', 'ご指摘', '改善', '至らな', '足りな', '不足', '課題', '反省', '今後の参考', '理由をお聞かせ', '理由を教え', '理由をお教え'],
  findings: {
    'too-long': ({ count, limit }) => `${count}文字あります。読んでもらえるよう、${limit}文字以内にまとめましょう。`,
    'placeholder-left': ({ text }) => `「${text}」はひな形の文字が残っているようです。送る前に書き換えましょう。`,
    'missing-recipient-name': ({ name }) => `${san(name)}の名前がどこにもありません。宛名に名前を入れましょう。`,
    'not-personalised': () => 'ほかの面接官に宛てた文面とほとんど同じです。この方とのお話ならではの内容に触れましょう。',
    'no-thanks': () => '時間を割いていただいたことへのお礼を述べましょう。それがこの文面の目的です。',
    'no-feedback-request': () => '何があればより良い応募になったかを、一度だけ控えめに尋ねましょう。',
    'company-not-named': ({ company }) => `どの応募の件か分かるよう、会社名（${company}）を入れましょう。`,
    'role-not-named': ({ position }) => `職種名（${position}）を入れましょう。`,
    'no-interest': () => '今もこの仕事を志望していることを伝えましょう。問い合わせは、それをあらためて伝える機会です。',
    'pushy-tone': () => '急かす言葉や重ねた感嘆符は削りましょう。粘り強く、でも相手を急かさずに。',
    'missing-subject': () => '職種名の入った件名をつけましょう。',
    'subject-line-break': () => '件名は1行にしましょう。',
  },
};
