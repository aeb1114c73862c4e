import { paragraphs } from '../compose.js';
import type { DraftTexts, GreetingParams, ThankYouEmailWording, ThankYouLetterWording } from '../types.js';
import { applicationFollowUp, checkIn } from './followUps.js';
import { outcomeDrafts } from './outcomeDrafts.js';
import { by, lines, role, signed, withPhrase } from './parts.js';

// What Japanese drafts say: the address block, the thank-you emails and letters. A business
// email opens with the address (the company, then the person with 様), names the sender, thanks
// the reader for their time and closes with よろしくお願いいたします.

/** Whom a message is for when nobody is named. */
const TEAM = '採用ご担当者様';

/** A person's name with 様, unless it already carries an honorific. */
function honoured(name: string): string {
  return /(?:様|御中|殿)$/u.test(name) ? name : `${name} 様`;
}

/** The name a thank-you goes to when no interviewer is named. */
function hiringTeam({ company }: { readonly company: string }): string {
  return `${company} ${TEAM}`;
}

/**
 * The address block: the company on its own line, then the person by the salutation they gave,
 * else by name with 様, else the hiring staff; never 御中 and 様 together, never a guessed title.
 */
function greeting({ name, salutation, company }: GreetingParams): string {
  const person = salutation ?? (name === undefined ? TEAM : honoured(name));
  // The hiring team a plan without interviewers thanks already names the company: not twice.
  return `${company}\n${person === hiringTeam({ company }) ? TEAM : person}`;
}

// Three wordings, so notes to different interviewers of one interview never read the same.
const EMAILS: readonly [ThankYouEmailWording, ...ThankYouEmailWording[]] = [
  (p) => ({
    subject: `面接のお礼${by(p.sender)}`,
    body: paragraphs(
      p.greeting,
      p.sender === undefined
        ? `お忙しいところ${role(p.position)}の面接のお時間をいただき、誠にありがとうございました。`
        : lines(`${role(p.position)}の面接でお世話になりました、${p.sender}です。`, 'お忙しいところ面接のお時間をいただき、誠にありがとうございました。'),
      lines(
        withPhrase(p.highlight, (text) => `特に、${text}が強く印象に残っております。`, 'チームの働き方や今後目指す方向を伺い、仕事の姿をより具体的に思い描けるようになりました。'),
        withPhrase(p.interest, (text) => `${text}に、大きな魅力を感じております。`, 'お話を伺い、貴社で働きたいという思いがいっそう強くなりました。'),
        withPhrase(p.strength, (text) => `${text}を活かし、入社後は早い段階から貢献できるものと考えております。`, 'これまでの経験を活かし、入社後は早い段階から貢献できるものと考えております。'),
      ),
      'ほかに必要な書類などがございましたら、お申し付けください。',
      signed(lines('まずは略儀ながら、メールにてお礼申し上げます。', '何卒よろしくお願いいたします。'), p.sender),
    ),
  }),
  (p) => ({
    subject: `${role(p.position)}面接の御礼${by(p.sender)}`,
    body: paragraphs(
      p.greeting,
      lines(
        p.sender === undefined ? undefined : `${p.sender}と申します。`,
        `このたびはご多忙の中、${role(p.position)}の面接の機会をいただき、心より感謝申し上げます。`,
      ),
      lines(
        withPhrase(p.highlight, (text) => `面接の中では、${text}が最も心に残りました。`, '仕事の内容を具体的に伺うことができ、大変有意義な時間となりました。'),
        withPhrase(p.interest, (text) => `${text}に惹かれ、この仕事に就きたいという思いがいっそう強まりました。`, 'お話を伺い、この仕事への関心がさらに深まりました。'),
        withPhrase(p.strength, (text) => `${text}は、貴社のチームでも存分に活かせるものと考えております。`, 'これまでに培ってきた経験は、貴社のチームでも存分に活かせるものと考えております。'),
      ),
      'ご連絡を心よりお待ちしております。',
      signed('今後ともよろしくお願いいたします。', p.sender),
    ),
  }),
  (p) => ({
    subject: p.sender === undefined ? `【面接のお礼】${role(p.position)}` : `【面接のお礼】${p.sender}`,
    body: paragraphs(
      p.greeting,
      p.sender === undefined
        ? `お忙しいところ${role(p.position)}の面接に貴重なお時間を割いていただき、ありがとうございました。`
        : lines(`このたび${role(p.position)}の面接を受けました、${p.sender}です。`, 'お忙しいところ貴重なお時間を割いていただき、ありがとうございました。'),
      lines(
        withPhrase(p.highlight, (text) => `面接では、${text}が特に有意義で、多くの学びがありました。`, 'ご説明いただいた課題について、面接の後も考えを巡らせております。'),
        withPhrase(p.interest, (text) => `${text}が、この仕事を志望する一番の理由です。`, '検討している仕事の中でも、この仕事への志望は特に強いものとなりました。'),
        withPhrase(p.strength, (text) => `${text}を十分に活かせる仕事だと、お話を伺ってあらためて感じております。`, 'これまでの経験を十分に活かせる仕事だと、お話を伺ってあらためて感じております。'),
      ),
      'あらためてお礼申し上げるとともに、またお話しできる機会をいただけましたら幸いです。',
      signed('どうぞよろしくお願いいたします。', p.sender),
    ),
  }),
];

// A posted letter is a letter: 頭語 and 結語 (拝啓…敬具, 謹啓…謹白) and a greeting of the season
// that fits any month (時下); its sentences are its own, none taken from the emails.
const LETTERS: readonly [ThankYouLetterWording, ...ThankYouLetterWording[]] = [
  (p) => paragraphs(
    p.greeting,
    '拝啓　時下ますますご清祥のこととお慶び申し上げます。',
    lines(
      `さて、メールでもお伝えいたしましたが、あらためて書面にて、${role(p.position)}の面接のお礼を申し上げます。`,
      withPhrase(p.highlight, (text) => `振り返ってみますと、${text}が私にとって最も貴重なものでした。`, '仕事について率直にお話しくださったことを、大変ありがたく感じております。'),
      withPhrase(p.interest, (text) => `${text}こそがこの仕事を志した理由であると、あらためて確信いたしました。`, '貴社の一員になりたいという思いを、あらためて強くいたしました。'),
      withPhrase(p.strength, (text) => `${text}が、皆様のお役に立てれば幸いです。`, '私の力を、皆様のチームのために役立てられれば幸いです。'),
    ),
    lines('今後ともどうぞよろしくお願いいたします。', '敬具'),
    p.sender,
  ),
  (p) => paragraphs(
    p.greeting,
    '拝啓　時下ますますご健勝のこととお喜び申し上げます。',
    lines(
      `さて、先日は${role(p.position)}の面接のためにお時間を頂戴し、誠にありがとうございました。`,
      withPhrase(p.highlight, (text) => `${text}は、今も印象深く思い出しております。`, '面接で伺ったお話は、今も印象深く思い出しております。'),
      withPhrase(p.interest, (text) => `${text}を思うにつけ、この仕事に就きたいという気持ちはますます強くなっております。`, 'この仕事に就きたいという気持ちは、日ごとに強くなっております。'),
      withPhrase(p.strength, (text) => `${text}を貴社のために役立てられましたら、これほどうれしいことはございません。`, '培ってきた経験を貴社のために役立てられましたら、これほどうれしいことはございません。'),
    ),
    lines('末筆ながら、貴社のますますのご発展をお祈り申し上げます。', '今後とも何卒よろしくお願いいたします。', '敬具'),
    p.sender,
  ),
  (p) => paragraphs(
    p.greeting,
    '謹啓　時下いよいよご清栄のこととお慶び申し上げます。',
    lines(
      `さて、このたびは${role(p.position)}の面接にて貴重なお話を伺う機会をいただき、厚く御礼申し上げます。`,
      withPhrase(p.highlight, (text) => `伺ったお話の中でも、${text}が特に心に残りました。`, '伺ったお話の中でも、今後の事業の展望が特に心に残りました。'),
      withPhrase(p.interest, (text) => `${text}に、あらためて強く惹かれております。`, 'お話を伺うほどに、この仕事にあらためて強く惹かれております。'),
      withPhrase(p.strength, (text) => `${text}をもって、チームのお役に立てるものと信じております。`, '私の経験も、きっとチームのお役に立てるものと信じております。'),
    ),
    lines('引き続きどうぞよろしくお願いいたします。', '謹白'),
    p.sender,
  ),
];

/** Every Japanese draft. */
export const drafts: DraftTexts = {
  greeting,
  hiringTeam,
  thankYouEmails: EMAILS,
  thankYouLetters: LETTERS,
  checkIn,
  applicationFollowUp,
  ...outcomeDrafts,
};
