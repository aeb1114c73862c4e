import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftApplicationFollowUp, draftCheckIn, draftExpediteRequest, draftForStep, draftOfferResponse, draftRejectionReply, draftThankYouEmail,
  draftThankYouLetter, draftWithdrawal, planFollowUps, reviewDraft, type DraftDetails, type DraftInterview, type DraftToReview, type Interviewer,
} from '../../src/index.js';
import { ja } from '../../src/locales/ja/index.js';

const options = { locale: ja };
const tanaka: Interviewer = { name: '田中 太郎', salutation: '田中様' };
const interview: DraftInterview = {
  company: '山田商事株式会社', position: 'バックエンドエンジニア', decisionDate: '2026-12-01',
  interviewers: [tanaka, { name: 'Ana Ruiz' }, { name: 'Bo Chen', salutation: 'Mr. Chen' }],
};
const people = interview.interviewers ?? [];
const minimal: DraftDetails = { senderName: '佐藤 花子' };
const full: DraftDetails = {
  senderName: '佐藤 花子',
  highlight: '決済基盤の移行についての詳しいお話',
  interest: 'エンジニアが毎日頼りにする道具を作れること',
  strength: '決済システムを8年間運用してきた経験。',
};

/** Every kind of draft, to the person who has a salutation and to one without, or to the company's team. */
function allDrafts(details: DraftDetails) {
  return {
    thankYouEmails: people.map((person) => draftThankYouEmail(interview, person, details, options)),
    thankYouLetters: people.map((person) => draftThankYouLetter(interview, person, details, options).body),
    checkIns: [1, 2, 3].map((attempt) => draftCheckIn(interview, { ...details, attempt }, options)),
    checkInToAnaRuiz: draftCheckIn(interview, { ...details, attempt: 1, recipient: 'Ana Ruiz' }, options),
    applicationFollowUps: [1, 2].map((attempt) => draftApplicationFollowUp(interview, { ...details, attempt, appliedAt: '2026-11-02' }, options)),
    applicationFollowUpWithoutDate: draftApplicationFollowUp(interview, { ...details, attempt: 1, recipient: tanaka }, options),
    rejectionReply: draftRejectionReply(interview, details, options),
    rejectionReplyToTanaka: draftRejectionReply(interview, { ...details, recipient: tanaka }, options),
    offerResponses: (['ask-deadline', 'ask-extension', 'accept'] as const).map((reply) => draftOfferResponse(interview, { ...details, reply, deadline: '2026-12-09' }, options)),
    extensionWithoutDeadline: draftOfferResponse(interview, { ...details, reply: 'ask-extension', extraDays: 2 }, options),
    expediteRequest: draftExpediteRequest(interview, { ...details, offerDeadline: '2026-12-09', recipient: tanaka }, options),
    expediteRequestWithoutDeadline: draftExpediteRequest(interview, details, options),
    withdrawalNote: draftWithdrawal(interview, { ...details, recipient: { name: 'Ana Ruiz' } }, options),
  };
}

/** The drafts of a plan, signed by nobody: each ends with its closing line, ready for a signature. */
function unsignedDrafts() {
  const plan = planFollowUps({
    id: 'yamada', company: '山田商事株式会社', position: 'バックエンドエンジニア', start: '2026-11-17T10:00', timeZone: 'Asia/Tokyo',
    interviewers: [tanaka, { name: 'Ana Ruiz' }, { name: 'Bo Chen' }], decisionDate: '2026-12-01',
  }, { locale: ja, policy: { letters: true } });
  return plan.steps.flatMap((step) => {
    const draft = draftForStep(plan, step);
    return draft === undefined ? [] : [{ step: step.id, ...(draft.subject === undefined ? {} : { subject: draft.subject }), body: draft.body }];
  });
}

describe('Japanese drafts (golden)', () => {
  it('match the reviewed texts exactly, with full and minimal details, and unsigned', () => {
    const actual = { minimal: allDrafts(minimal), full: allDrafts(full), unsigned: unsignedDrafts() };
    const path = join(import.meta.dirname, '../fixtures/drafts-ja.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('write the first thank-you exactly as a Japanese business email: address block, name, thanks, よろしくお願いいたします', () => {
    expect(draftThankYouEmail(interview, tanaka, minimal, options)).toEqual({
      subject: '面接のお礼（佐藤 花子）',
      body: [
        '山田商事株式会社', '田中様', '',
        '「バックエンドエンジニア」の面接でお世話になりました、佐藤 花子です。',
        'お忙しいところ面接のお時間をいただき、誠にありがとうございました。', '',
        'チームの働き方や今後目指す方向を伺い、仕事の姿をより具体的に思い描けるようになりました。',
        'お話を伺い、貴社で働きたいという思いがいっそう強くなりました。',
        'これまでの経験を活かし、入社後は早い段階から貢献できるものと考えております。', '',
        'ほかに必要な書類などがございましたら、お申し付けください。', '',
        'まずは略儀ながら、メールにてお礼申し上げます。', '何卒よろしくお願いいたします。', '',
        '佐藤 花子',
      ].join('\n'),
    });
  });

  it.each([
    ['the salutation the person gave', { name: '田中 太郎', salutation: '田中様' }, '山田商事株式会社\n田中様'],
    ['a salutation in another language', { name: 'Bo Chen', salutation: 'Mr. Chen' }, '山田商事株式会社\nMr. Chen'],
    ['the name with 様, without a guessed title', { name: 'Ana Ruiz' }, '山田商事株式会社\nAna Ruiz 様'],
    ['a name that already ends in 様 as it is', { name: '人事部 鈴木様' }, '山田商事株式会社\n人事部 鈴木様'],
    ['the hiring staff when nobody is named', {}, '山田商事株式会社\n採用ご担当者様'],
    ['the hiring team of a plan without interviewers, the company once', { name: '山田商事株式会社 採用ご担当者様' }, '山田商事株式会社\n採用ご担当者様'],
  ])('greet with %s', (_name, person, expected) => {
    expect(ja.drafts.greeting({ company: '山田商事株式会社', ...person })).toBe(expected);
    expect(expected).not.toMatch(/御中.*様|様.*御中/su);
  });

  it('put the sender\'s name in the subject only when it is known', () => {
    const [thanks] = unsignedDrafts();
    expect([thanks?.step.startsWith('thank-you-email-'), thanks?.subject]).toEqual([true, '面接のお礼']);
    expect(thanks?.body.endsWith('まずは略儀ながら、メールにてお礼申し上げます。\n何卒よろしくお願いいたします。')).toBe(true);
  });

  it('word every thank-you to a different interviewer, and every letter apart from the emails', () => {
    const { thankYouEmails, thankYouLetters } = allDrafts(full);
    expect(new Set(thankYouEmails.map((email) => email.subject)).size).toBe(3);
    const sentences = (text: string): string[] => text.split('\n').filter((line) => line.endsWith('。') && !line.includes('佐藤'));
    const emailSentences = new Set(thankYouEmails.flatMap((email) => sentences(email.body)));
    expect(thankYouLetters.flatMap(sentences).filter((line) => emailSentences.has(line))).toEqual([]);
  });
});

describe('reviewing a Japanese draft', () => {
  const email = draftThankYouEmail(interview, tanaka, full, options);
  const review = (draft: DraftToReview, others: readonly string[] = []) =>
    reviewDraft(draft, { interview, others }, options).findings.map((finding) => [finding.code, finding.message]);

  it('passes every draft of the locale, thank-yous compared with the others', () => {
    for (const details of [minimal, full]) {
      const drafts = allDrafts(details);
      const bodies = drafts.thankYouEmails.map((one) => one.body);
      drafts.thankYouEmails.forEach((one, index) => expect(review({ kind: 'thank-you-email', ...one, recipient: people[index] }, bodies.filter((_, k) => k !== index))).toEqual([]));
      drafts.thankYouLetters.forEach((body, index) => expect(review({ kind: 'thank-you-letter', body, recipient: people[index] }, [bodies[index]!])).toEqual([]));
      for (const one of drafts.checkIns) expect(review({ kind: 'check-in', ...one, recipient: tanaka })).toEqual([]);
      for (const one of [...drafts.applicationFollowUps, drafts.applicationFollowUpWithoutDate]) expect(review({ kind: 'application-follow-up', ...one })).toEqual([]);
      for (const one of [drafts.rejectionReply, drafts.rejectionReplyToTanaka]) expect(review({ kind: 'rejection-reply', ...one })).toEqual([]);
      for (const one of [...drafts.offerResponses, drafts.extensionWithoutDeadline]) expect(review({ kind: 'offer-response', ...one })).toEqual([]);
      for (const one of [drafts.expediteRequest, drafts.expediteRequestWithoutDeadline]) expect(review({ kind: 'expedite-request', ...one })).toEqual([]);
      expect(review({ kind: 'withdrawal-note', ...drafts.withdrawalNote, recipient: 'Ana Ruiz' })).toEqual([]);
    }
  });

  it('counts characters, not spaces or punctuation, and finds a note that is too long', () => {
    expect(ja.review.units('田中様、 ありがとう！ Ａｃｍｅ')).toEqual(['田', '中', '様', 'あ', 'り', 'が', 'と', 'う', 'a', 'c', 'm', 'e']);
    const long = `${email.body}\n\n${'貴社の製品を長年愛用しており、その設計思想に深く共感しております。'.repeat(10)}`;
    expect(review({ kind: 'thank-you-email', subject: email.subject, body: long, recipient: tanaka })).toEqual([
      ['too-long', `${ja.review.units(long).length}文字あります。読んでもらえるよう、500文字以内にまとめましょう。`],
    ]);
  });

  it('finds a copy of another interviewer\'s note, character pair by character pair, names aside', () => {
    const copy = email.body.replace('田中様', '鈴木 花子 様');
    expect(review({ kind: 'thank-you-email', ...email, recipient: tanaka }, [copy])).toEqual([
      ['not-personalised', 'ほかの面接官に宛てた文面とほとんど同じです。この方とのお話ならではの内容に触れましょう。'],
    ]);
  });

  it.each([
    ['template text left in', { kind: 'thank-you-email', subject: email.subject, body: email.body.replace('佐藤 花子です', '[氏名]です'), recipient: tanaka },
      [['placeholder-left', '「[氏名]」はひな形の文字が残っているようです。送る前に書き換えましょう。']]],
    ['a thank-you without thanks', { kind: 'thank-you-letter', body: '山田商事株式会社\n田中様\n\n「バックエンドエンジニア」の面接の件でご連絡いたしました。', recipient: tanaka },
      [['no-thanks', '時間を割いていただいたことへのお礼を述べましょう。それがこの文面の目的です。']]],
    ['a rejection reply that asks for nothing', { kind: 'rejection-reply', subject: '選考結果のご連絡へのお礼', body: '山田商事株式会社\n採用ご担当者様\n\n「バックエンドエンジニア」の選考結果をご連絡いただき、ありがとうございました。' },
      [['no-feedback-request', '何があればより良い応募になったかを、一度だけ控えめに尋ねましょう。']]],
    ['a check-in that says no more than it asks', { kind: 'check-in', subject: '選考状況のお問い合わせ', body: '山田商事株式会社\n田中様\n\n「バックエンドエンジニア」の選考状況をお知らせください。', recipient: tanaka },
      [['no-interest', '今もこの仕事を志望していることを伝えましょう。問い合わせは、それをあらためて伝える機会です。']]],
    ['pressure', { kind: 'check-in', subject: '選考状況', body: '山田商事株式会社\n田中様\n\n「バックエンドエンジニア」に関心があります。至急ご返信ください。', recipient: tanaka },
      [['pushy-tone', '急かす言葉や重ねた感嘆符は削りましょう。粘り強く、でも相手を急かさずに。']]],
    ['a note that names neither the person, the company nor the role', { kind: 'thank-you-email', subject: '', body: '面接のお礼を申し上げます。', recipient: tanaka }, [
      ['missing-recipient-name', '田中 太郎さんの名前がどこにもありません。宛名に名前を入れましょう。'],
      ['company-not-named', 'どの応募の件か分かるよう、会社名（山田商事株式会社）を入れましょう。'],
      ['role-not-named', '職種名（バックエンドエンジニア）を入れましょう。'],
      ['missing-subject', '職種名の入った件名をつけましょう。'],
    ]],
  ] as const)('finds %s, in Japanese', (_name, draft, expected) => {
    expect(review(draft as DraftToReview)).toEqual(expected);
  });
});
