import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts, ThankYouEmailWording, ThankYouLetterWording } from '../types.js';
import { outcomeDrafts } from './outcomeDrafts.js';
import { signed } from './signature.js';

// What English drafts say: the greeting, the thank-you notes and the check-ins.

/** The round a thank-you is for, as step titles name it: ` (Onsite)`. */
const ofRound = (round: string | undefined): string => (round === undefined ? '' : ` (${round})`);

// Three wordings, so notes to different interviewers of one interview never read the same.
const EMAILS: readonly [ThankYouEmailWording, ...ThankYouEmailWording[]] = [
  (p) => ({
    subject: `Thank you for the ${p.position} interview at ${p.company}${ofRound(p.round)}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Thank you for taking the time to talk with me about the ${p.position} role at ${p.company}.`,
        either(p.highlight, (text) => `I especially enjoyed ${text}.`, 'I enjoyed hearing how the team works and where it is heading.'),
        either(p.interest, (text) => `What draws me to the role is ${text}.`, `Our conversation made me even keener to join ${p.company}.`),
        either(p.strength, (text) => `I am confident that ${text} would let me contribute from the first weeks.`, 'I am confident I could contribute from the first weeks.'),
      ),
      'Please let me know if I can send anything else that would help.',
      signed('Best regards', p.sender),
    ),
  }),
  (p) => ({
    subject: `Thanks for meeting about the ${p.position} role at ${p.company}${ofRound(p.round)}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Many thanks for meeting with me to discuss the ${p.position} position at ${p.company}.`,
        either(p.highlight, (text) => `The part I enjoyed most was ${text}.`, 'I came away with a clear picture of the job and enjoyed our exchange.'),
        either(p.interest, (text) => `I am keen on this role because of ${text}.`, 'I left even more interested in the position.'),
        either(p.strength, (text) => `With ${text}, I believe I can make a real difference on the team.`, 'I believe my background would let me make a real difference on the team.'),
      ),
      'I look forward to hearing about the next stage.',
      signed('Kind regards', p.sender),
    ),
  }),
  (p) => ({
    subject: `Thank you: ${p.position} at ${p.company}${ofRound(p.round)}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `I appreciated the time you gave me to talk about the ${p.position} opening at ${p.company}, and I wanted to say thank you.`,
        either(p.highlight, (text) => `I keep thinking about ${text}.`, 'I keep thinking about the challenges you described.'),
        either(p.interest, (text) => `The role stands out to me for ${text}.`, 'The role stands out among the ones I am considering.'),
        either(p.strength, (text) => `I think ${text} makes me a strong fit for it.`, 'I think my experience makes me a strong fit for it.'),
      ),
      'Thanks again, and I hope we can continue the conversation soon.',
      signed('With appreciation', p.sender),
    ),
  }),
];

// Letters use their own wording: a posted note should not repeat the email.
const LETTERS: readonly [ThankYouLetterWording, ...ThankYouLetterWording[]] = [
  (p) => paragraphs(
    p.greeting,
    sentences(
      `Alongside my email, I wanted to send a few lines on paper: thank you once more for our conversation about the ${p.position} role at ${p.company}.`,
      either(p.highlight, (text) => `Looking back, ${text} was the part I valued most.`, 'Looking back, I valued how openly you described the work.'),
      either(p.interest, (text) => `It confirmed what attracted me in the first place: ${text}.`, `It confirmed my wish to be part of ${p.company}.`),
      either(p.strength, (text) => `I hope ${text} can serve your team well.`, 'I hope to bring my skills to your team.'),
    ),
    signed('With warm regards', p.sender),
  ),
  (p) => paragraphs(
    p.greeting,
    sentences(
      `A short note of thanks for meeting me about the ${p.position} position at ${p.company}.`,
      either(p.highlight, (text) => `I still remember ${text} with pleasure.`, 'I still remember our conversation with pleasure.'),
      either(p.interest, (text) => `More than ever, ${text} is why I want this role.`, 'More than ever, I want this role.'),
      either(p.strength, (text) => `I would be glad to put ${text} to work for ${p.company}.`, `I would be glad to put my experience to work for ${p.company}.`),
    ),
    signed('Yours sincerely', p.sender),
  ),
  (p) => paragraphs(
    p.greeting,
    sentences(
      `I am writing to thank you, on paper this time, for discussing the ${p.position} role at ${p.company} with me.`,
      either(p.highlight, (text) => `Of everything we covered, I most enjoyed ${text}.`, 'Of everything we covered, I most enjoyed hearing about your plans.'),
      either(p.interest, (text) => `I am drawn to the role by ${text}.`, 'I remain very drawn to the role.'),
      either(p.strength, (text) => `I trust ${text} would make me a useful addition.`, 'I trust I would make a useful addition to the team.'),
    ),
    signed('All the best', p.sender),
  ),
];

/** Every English draft. */
export const drafts: DraftTexts = {
  greeting: ({ name, salutation, company }) => `Dear ${salutation ?? name ?? `${company} team`},`,
  hiringTeam: ({ company }) => `${company} hiring team`,
  thankYouEmails: EMAILS,
  thankYouLetters: LETTERS,
  checkIn: (p) => {
    const role = `the ${p.position} role at ${p.company}`;
    const byDate = p.decisionDate === undefined ? '' : `, which you expected to settle by ${p.decisionDate}`;
    if (p.attempt === 1) {
      return {
        subject: `Checking in on the ${p.position} role at ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `I hope all is well. I am writing to ask where things stand with the decision on ${role}${byDate}.`,
            either(p.interest, (text) => `I remain very interested in the position, not least because of ${text}.`, 'I remain very interested in the position.'),
          ),
          'If anything else would help your decision, I would be glad to provide it.',
          signed('Thank you for your time', p.sender),
        ),
      };
    }
    if (p.attempt === 2) {
      return {
        subject: `Following up again: ${p.position} at ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `I am getting in touch again about my earlier message on ${role}.`,
            'I understand these decisions take time, and I would be grateful for any update, however brief.',
            either(p.interest, (text) => `The role is still my first choice, especially for ${text}.`, 'The role is still one I would very much like to take on.'),
          ),
          signed('Many thanks', p.sender),
        ),
      };
    }
    return {
      subject: `A further note about the ${p.position} role at ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `I am writing once more about ${role}.`,
          'If the position has been filled, a short note to let me know would be very welcome; if it is still open, I remain keen.',
          either(p.interest, (text) => `What appeals to me most is still ${text}.`, 'I would still be glad to join the team.'),
        ),
        signed('With thanks', p.sender),
      ),
    };
  },
  applicationFollowUp: (p) => {
    const applied = p.appliedOn === undefined ? '' : ` on ${p.appliedOn}`;
    if (p.attempt === 1) {
      return {
        subject: `Following up on my application: ${p.position} at ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `I applied for the ${p.position} role at ${p.company}${applied} and wanted to make sure my application reached you.`,
            either(p.interest, (text) => `I am still very interested in the role, above all because of ${text}.`, 'I am still very interested in the role.'),
          ),
          'Could you tell me where my application stands, or when you expect to decide on interviews?',
          signed('Kind regards', p.sender),
        ),
      };
    }
    return {
      subject: `Checking in again on my ${p.position} application at ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `I am writing once more about my application for the ${p.position} role at ${p.company}${p.appliedOn === undefined ? '' : `, sent on ${p.appliedOn}`}.`,
          either(p.interest, (text) => `The role still interests me a great deal, particularly ${text}.`, 'I am still interested in the role.'),
        ),
        'If the position has been filled, a short reply would help me plan; if not, I would be glad to hear what comes next.',
        signed('Thank you for your time', p.sender),
      ),
    };
  },
  ...outcomeDrafts,
};
