import { paragraphs } from '../compose.js';
import type { DraftTexts } from '../types.js';
import { by, greeted, lines, role, signed, withPhrase } from './parts.js';

// What Japanese check-ins and follow-ups on an application say: where things stand, asked once
// and politely, with the wish to join said again; each later one worded apart from the earlier.

/** A check-in after an interview: the first asks, the second asks again, later ones ask to be told either way. */
export const checkIn: DraftTexts['checkIn'] = (p) => {
  if (p.attempt === 1) {
    return {
      subject: `${role(p.position)}選考状況のお問い合わせ${by(p.sender)}`,
      body: paragraphs(
        p.greeting,
        lines(
          p.sender === undefined ? `${role(p.position)}の選考でお世話になっております。` : `${role(p.position)}の選考でお世話になっております、${p.sender}です。`,
          p.decisionDate === undefined
            ? '面接の後、選考の状況はいかがでしょうか。'
            : `${p.decisionDate}ごろに結果をご連絡いただけると伺っておりましたが、その後の状況はいかがでしょうか。`,
          'お忙しいところ恐れ入りますが、今後の見通しだけでもお知らせいただけますと幸いです。',
          withPhrase(p.interest, (text) => `${text}に強く惹かれており、この仕事への関心は今も変わりません。`, 'この仕事への関心は、今も変わらず持ち続けております。'),
        ),
        'ご判断にあたって必要な資料などがございましたら、すぐにお送りいたします。',
        signed('何卒よろしくお願いいたします。', p.sender),
      ),
    };
  }
  if (p.attempt === 2) {
    return {
      subject: `${role(p.position)}選考状況の再度のお問い合わせ${by(p.sender)}`,
      body: paragraphs(
        p.greeting,
        lines(
          greeted(p.sender),
          `先日お送りした${role(p.position)}の選考に関するメールについて、あらためてご連絡いたしました。`,
          'ご判断にお時間がかかることは重々承知しておりますが、簡単なもので構いませんので、状況をお聞かせいただけますとありがたく存じます。',
          withPhrase(p.interest, (text) => `特に${text}に惹かれており、この仕事は今も私の第一志望です。`, 'この仕事に就きたいという気持ちは、今も変わっておりません。'),
        ),
        signed('お手数をおかけいたしますが、どうぞよろしくお願いいたします。', p.sender),
      ),
    };
  }
  return {
    subject: `${role(p.position)}の選考についてのご確認${by(p.sender)}`,
    body: paragraphs(
      p.greeting,
      lines(
        greeted(p.sender),
        `${role(p.position)}の選考について、重ねてのご連絡となり恐縮です。`,
        'すでに選考が終了している場合は、その旨を一言お知らせいただけますと大変ありがたく存じます。',
        'まだ選考中でしたら、引き続きご検討いただけますと幸いです。',
        withPhrase(p.interest, (text) => `今も、${text}に魅力を強く感じております。`, '今も、貴社の一員になりたいという気持ちに変わりはございません。'),
      ),
      signed('何卒よろしくお願いいたします。', p.sender),
    ),
  };
};

/** A follow-up on an application without an answer: the role, when, still interested, one question. */
export const applicationFollowUp: DraftTexts['applicationFollowUp'] = (p) => {
  if (p.attempt === 1) {
    return {
      subject: `${role(p.position)}への応募について${by(p.sender)}`,
      body: paragraphs(
        p.greeting,
        lines(
          p.sender === undefined ? undefined : `${p.sender}と申します。`,
          `${p.appliedOn === undefined ? '' : `${p.appliedOn}に、`}${role(p.position)}の求人に応募いたしました。`,
          '応募書類が無事に届いているか、念のため確認させていただきたくご連絡いたしました。',
          withPhrase(p.interest, (text) => `${text}に魅力を感じており、この仕事を今も強く志望しております。`, 'この仕事を、今も強く志望しております。'),
        ),
        'お忙しいところ恐れ入りますが、現在の選考状況、もしくは結果をいただける時期の目安をお知らせいただけますと幸いです。',
        signed('何卒よろしくお願いいたします。', p.sender),
      ),
    };
  }
  return {
    subject: `${role(p.position)}への応募についての再度のお問い合わせ${by(p.sender)}`,
    body: paragraphs(
      p.greeting,
      lines(
        greeted(p.sender),
        `${p.appliedOn === undefined ? '' : `${p.appliedOn}にお送りした`}${role(p.position)}への応募について、あらためてご連絡いたしました。`,
        withPhrase(p.interest, (text) => `特に${text}に関心があり、この仕事を志望する気持ちは今も変わっておりません。`, 'この仕事への関心は、今も持ち続けております。'),
      ),
      lines(
        'すでに選考が終了している場合も、その旨を一言お知らせいただけますと、今後の予定が立てやすくなり大変ありがたく存じます。',
        '引き続き選考中でしたら、今後の流れをお知らせいただけますと幸いです。',
      ),
      signed('どうぞよろしくお願いいたします。', p.sender),
    ),
  };
};
