import { paragraphs } from '../compose.js';
import type { DraftTexts } from '../types.js';
import { by, greeted, lines, role, signed, withPhrase } from './parts.js';

// What Japanese drafts say about an outcome: the reply to a rejection, the answer to an offer
// (内定), a note to another employer about an offer, and the withdrawal (選考辞退).

/** The Japanese outcome messages. */
export const outcomeDrafts: Pick<DraftTexts, 'rejectionReply' | 'offerResponse' | 'expediteRequest' | 'withdrawalNote'> = {
  rejectionReply: (p) => ({
    subject: `選考結果のご連絡へのお礼${by(p.sender)}`,
    body: paragraphs(
      p.greeting,
      lines(
        greeted(p.sender),
        `このたびは${role(p.position)}の選考結果をご連絡いただき、ありがとうございました。`,
        '選考にあたり、皆様には多くのお時間を割いていただき、心より感謝申し上げます。',
        withPhrase(p.highlight, (text) => `残念な結果ではございましたが、${text}をはじめ、選考の一つひとつが私にとって貴重な経験となりました。`, '残念な結果ではございましたが、選考を通じて貴社について深く知ることができ、貴重な経験となりました。'),
      ),
      '差し支えなければ、今後の参考として、私に足りなかった点をお聞かせいただけますと幸いです。',
      lines('貴社で新たな募集がございましたら、ぜひまた応募したいと考えております。', 'いつかご縁があることを願っております。'),
      signed('今後ともよろしくお願いいたします。', p.sender),
    ),
  }),
  offerResponse: (p) => {
    const thanks = `このたびは${role(p.position)}の内定のご連絡をいただき、誠にありがとうございます。`;
    if (p.reply === 'accept') {
      return {
        subject: `内定承諾のご連絡${by(p.sender)}`,
        body: paragraphs(
          p.greeting,
          lines(greeted(p.sender), thanks, '謹んでお受けいたします。', '貴社の一員として働ける日を、心より楽しみにしております。'),
          '入社までに必要な手続きや、こちらで準備すべき書類などがございましたら、お知らせいただけますと幸いです。',
          signed('今後ともどうぞよろしくお願いいたします。', p.sender),
        ),
      };
    }
    if (p.reply === 'ask-extension') {
      return {
        subject: `内定のお礼と回答期限のご相談${by(p.sender)}`,
        body: paragraphs(
          p.greeting,
          lines(greeted(p.sender), thanks, '大変ありがたいお話ですので、十分に検討したうえでお返事を差し上げたいと考えております。'),
          lines(
            `誠に勝手なお願いで恐縮ですが、${p.deadline === undefined ? 'お返事の期限' : `${p.deadline}と伺っているお返事の期限`}を、あと${p.extraDays}営業日ほど延ばしていただくことは可能でしょうか。`,
            '延長をお認めいただけた場合は、その期限までに必ずお返事を差し上げます。',
          ),
          signed('何卒よろしくお願いいたします。', p.sender),
        ),
      };
    }
    return {
      subject: `内定のご連絡へのお礼${by(p.sender)}`,
      body: paragraphs(
        p.greeting,
        lines(greeted(p.sender), thanks, '高く評価していただけたことを、大変うれしく思っております。', '現在、ご提示いただいた条件などの詳細を拝見しております。'),
        'お返事はいつまでに差し上げればよろしいか、お知らせいただけますと幸いです。',
        signed('どうぞよろしくお願いいたします。', p.sender),
      ),
    };
  },
  expediteRequest: (p) => ({
    subject: `${role(p.position)}の選考スケジュールについてのご相談${by(p.sender)}`,
    body: paragraphs(
      p.greeting,
      lines(
        p.sender === undefined ? `${role(p.position)}の選考でお世話になっております。` : `${role(p.position)}の選考でお世話になっております、${p.sender}です。`,
        `私事で恐縮ですが、他社より内定をいただき、${p.deadline === undefined ? '近日中に' : `${p.deadline}までに`}回答することになっております。`,
        withPhrase(p.interest, (text) => `しかしながら、${text}に強く惹かれており、貴社が第一志望であることに変わりはございません。`, 'しかしながら、貴社への志望の気持ちは今も変わっておりません。'),
      ),
      lines(
        'つきましては、差し支えのない範囲で、現在の選考状況と、結果をいただける時期の目安をお聞かせいただけますでしょうか。',
        '選考のご都合もあるかと存じますので、日程を早めることが難しい場合は、どうぞご放念ください。',
      ),
      signed('何卒よろしくお願いいたします。', p.sender),
    ),
  }),
  withdrawalNote: (p) => ({
    subject: `選考辞退のご連絡${by(p.sender)}`,
    body: paragraphs(
      p.greeting,
      lines(
        greeted(p.sender),
        `このたびは${role(p.position)}の選考の機会をいただき、誠にありがとうございました。`,
        '大変恐縮ですが、他社からの内定をお受けすることとなりましたため、選考を辞退させていただきたく存じます。',
        '今後の選考のご予定に差し支えのないよう、早めにご連絡いたしました。',
      ),
      lines('貴重なお時間を割いていただいたにもかかわらず、このような形となり、誠に申し訳ございません。', '皆様に丁寧にご対応いただいたことに、心より感謝申し上げます。'),
      signed(lines('またどこかでご縁がございましたら幸いです。', '末筆ながら、貴社のますますのご発展を心よりお祈り申し上げます。'), p.sender),
    ),
  }),
};
