import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts } from '../types.js';
import { signed } from './signature.js';

// What English drafts say about an outcome: a rejection, an offer, another employer's offer, a
// withdrawal.

/** The English outcome messages. */
export const outcomeDrafts: Pick<DraftTexts, 'rejectionReply' | 'offerResponse' | 'expediteRequest' | 'withdrawalNote'> = {
  rejectionReply: (p) => ({
    subject: `Thank you: ${p.position} at ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Thank you for letting me know your decision about the ${p.position} role, and for the time you and your colleagues gave me.`,
        either(p.highlight, (text) => `I am sorry it did not work out, but I valued the process, especially ${text}.`, `I am sorry it did not work out, but I valued learning about ${p.company}.`),
      ),
      'If you are able to, I would welcome any feedback on what would have made my application stronger.',
      `I would be glad to hear about future openings at ${p.company}, and I hope our paths cross again.`,
      signed('Kind regards', p.sender),
    ),
  }),
  offerResponse: (p) => {
    const thanks = `Thank you very much for the offer for the ${p.position} role at ${p.company}.`;
    if (p.reply === 'accept') {
      return {
        subject: `Accepting the ${p.position} offer`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, `I am delighted to accept it, and I am looking forward to joining ${p.company}.`),
          'Please let me know the next steps and anything you need from me before my start date.',
          signed('With best wishes', p.sender),
        ),
      };
    }
    if (p.reply === 'ask-extension') {
      return {
        subject: `Your offer for the ${p.position} role`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, 'I am very interested and want to give it the careful thought it deserves.'),
          `Would it be possible to have ${p.extraDays} more working days beyond ${p.deadline ?? 'the date you gave'} before I give you my answer? I will reply by then at the latest.`,
          signed('Many thanks', p.sender),
        ),
      };
    }
    return {
      subject: `Your offer for the ${p.position} role`,
      body: paragraphs(
        p.greeting,
        sentences(thanks, 'I am glad to have it and am reading through the details now.'),
        'Could you let me know by when you would like my answer?',
        signed('Best regards', p.sender),
      ),
    };
  },
  expediteRequest: (p) => ({
    subject: `Timeline for the ${p.position} role at ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `I wanted to let you know that I have received another job offer, which I need to answer ${p.deadline === undefined ? 'soon' : `by ${p.deadline}`}.`,
        either(p.interest, (text) => `The ${p.position} role at ${p.company} is still the one I am most keen on, because of ${text}.`, `The ${p.position} role at ${p.company} is still one I am very keen on.`),
      ),
      'Could you share where you are in your process and when you expect to decide? I understand if it cannot move faster.',
      signed('Thank you', p.sender),
    ),
  }),
  withdrawalNote: (p) => ({
    subject: `Withdrawing from the ${p.position} process`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Thank you for considering me for the ${p.position} role at ${p.company}.`,
        'I have accepted another position, so I am withdrawing my application so that you can move ahead with other candidates.',
      ),
      'I appreciated the time your team spent with me and hope we cross paths again.',
      signed('Kind regards', p.sender),
    ),
  }),
};
