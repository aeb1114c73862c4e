import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src/ics/index.js';
import {
  draftCheckIn, draftExpediteRequest, draftForStep, draftOfferResponse, draftRejectionReply, draftThankYouEmail, draftThankYouLetter,
  draftWithdrawal, en, FollowUpError, planFollowUps, reviewDraft, type DraftInterview, type Locale, type PlanOptions,
} from '../../src/index.js';
import { registerLocale } from '../../src/locales/resolve.js';
import { deepFreeze } from '../helpers/interviews.js';

const interview: DraftInterview = deepFreeze({
  company: 'Acme', position: 'Staff Engineer', decisionDate: '2026-12-01',
  interviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }, { name: 'Cy Park' }],
});
const details = deepFreeze({ senderName: 'Sam Lee' });

/**
 * English with a few texts changed: the greeting, the date, a single thank-you wording, one list
 * of thanks words, no pressure words at all, and one finding's message.
 */
const toy: Locale = {
  ...en,
  tag: 'en-XA',
  dates: { ...en.dates, date: (iso: string) => iso },
  drafts: {
    ...en.drafts,
    greeting: ({ name, salutation, company }) => `Hello ${salutation ?? name ?? company},`,
    thankYouEmails: [en.drafts.thankYouEmails[1]!],
  },
  review: {
    ...en.review,
    thanks: ['merci'],
    pushy: undefined,
    findings: { ...en.review.findings, 'no-thanks': () => 'Say merci.' },
  },
};
const plannedInterview = deepFreeze({
  id: 'acme', company: 'Acme', position: 'Staff Engineer', start: '2026-11-20T14:00', end: '2026-11-20T15:00', timeZone: 'America/New_York',
  interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }], decisionDate: '2026-12-01',
});

/** English written the way the toy writes it: its greeting and its dates. */
const asToy = (text: string, greeted: string): string =>
  text.replace(/^Dear [^,\n]+,/, `Hello ${greeted},`).replace('1 December 2026', '2026-12-01').replace('9 December 2026', '2026-12-09');

const failure = (run: () => unknown): [string, string] => {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a FollowUpError');
};

describe('a draft in another language', () => {
  it('changes exactly the texts the language changes: its greeting and its dates', () => {
    for (const attempt of [1, 2, 3]) {
      const english = draftCheckIn(interview, { ...details, attempt });
      expect(draftCheckIn(interview, { ...details, attempt }, { locale: toy })).toEqual({ subject: english.subject, body: asToy(english.body, 'Ana Ruiz') });
    }
    const letter = draftThankYouLetter(interview, 'Cy Park', details);
    expect(draftThankYouLetter(interview, 'Cy Park', details, { locale: toy })).toEqual({ ...letter, body: asToy(letter.body, 'Cy Park') });
    const extension = draftOfferResponse(interview, { ...details, reply: 'ask-extension', deadline: '2026-12-09' });
    expect(draftOfferResponse(interview, { ...details, reply: 'ask-extension', deadline: '2026-12-09' }, { locale: toy }).body).toBe(asToy(extension.body, 'Acme'));
  });

  it('gives every interviewer the one thank-you wording a language supplies', () => {
    const second = draftThankYouEmail(interview, 'Bo Chen', details);
    for (const person of ['Ana Ruiz', 'Bo Chen', 'Cy Park']) {
      expect(draftThankYouEmail(interview, person, details, { locale: toy })).toEqual({ subject: second.subject, body: asToy(second.body, person) });
    }
  });

  it.each([
    ['thank-you email', (options?: { locale: Locale }, inner?: { locale: Locale }) => draftThankYouEmail(interview, 'Ana Ruiz', { ...details, ...inner }, options).body],
    ['thank-you letter', (options?: { locale: Locale }, inner?: { locale: Locale }) => draftThankYouLetter(interview, 'Ana Ruiz', { ...details, ...inner }, options).body],
    ['check-in', (options?: { locale: Locale }, inner?: { locale: Locale }) => draftCheckIn(interview, { ...details, attempt: 1, ...inner }, options).body],
    ['rejection reply', (options?: { locale: Locale }, inner?: { locale: Locale }) => draftRejectionReply(interview, { ...details, ...inner }, options).body],
    ['offer response', (options?: { locale: Locale }, inner?: { locale: Locale }) => draftOfferResponse(interview, { ...details, ...inner }, options).body],
    ['expedite request', (options?: { locale: Locale }, inner?: { locale: Locale }) => draftExpediteRequest(interview, { ...details, ...inner }, options).body],
    ['withdrawal', (options?: { locale: Locale }, inner?: { locale: Locale }) => draftWithdrawal(interview, { ...details, ...inner }, options).body],
  ])('%s: takes the locale in its details or as its last argument, and the last argument wins', (_kind, write) => {
    expect(write().startsWith('Dear ')).toBe(true);
    expect(write({ locale: toy }).startsWith('Hello ')).toBe(true);
    expect(write(undefined, { locale: toy }).startsWith('Hello ')).toBe(true);
    expect(write({ locale: en }, { locale: toy }).startsWith('Dear ')).toBe(true);
  });

  it.each([
    ['a bad locale in the details', () => draftThankYouEmail(interview, 'Ana Ruiz', { ...details, locale: { tag: 'xx' } as never }), ['invalid-type', 'details.locale']],
    ['a bad locale as the last argument', () => draftCheckIn(interview, { ...details, attempt: 1 }, { locale: 42 as never }), ['invalid-type', 'locale']],
    ['a locale given by its name', () => draftWithdrawal(interview, details, { locale: 'de' as never }), ['invalid-choice', 'locale']],
    ['options that are not an object', () => draftRejectionReply(interview, details, 'de' as never), ['invalid-type', 'options']],
    ['an unknown option', () => draftThankYouLetter(interview, 'Ana Ruiz', details, { locael: toy } as never), ['unknown-key', 'locael']],
    ['a language without thank-you wordings', () => draftThankYouEmail(interview, 'Ana Ruiz', details, { locale: { ...en, drafts: { ...en.drafts, thankYouEmails: [] } } as never }), ['invalid-type', 'locale']],
    ['a bad locale in the review context', () => reviewDraft({ kind: 'check-in', body: 'x' }, { interview, locale: { ...en, review: { ...en.review, limits: 5 } } as never }), ['invalid-type', 'context.locale']],
    ['a bad locale for a step', () => draftForStep(planFollowUps(plannedInterview), planFollowUps(plannedInterview).steps[1]!, {}, { locale: null as never }), ['invalid-type', 'locale']],
  ])('%s gives a FollowUpError at its path', (_name, run, expected) => {
    expect(failure(run)).toEqual(expected);
  });

  it('says which text a language lacks', () => {
    const broken = { ...en, drafts: { ...en.drafts, thankYouLetters: [en.drafts.thankYouLetters[0], 'Dear'] } } as never;
    expect(() => draftThankYouLetter(interview, 'Ana Ruiz', details, { locale: broken })).toThrow('locale.drafts.thankYouLetters[1]: expected a function, got "Dear"');
  });
});

describe('reviewDraft in another language', () => {
  const english = draftThankYouEmail(interview, 'Ana Ruiz', details);
  const review = (body: string, locale: Locale, kind: 'thank-you-email' | 'check-in' = 'thank-you-email') =>
    reviewDraft({ kind, subject: english.subject, body }, { interview }, { locale }).findings.map((finding) => [finding.code, finding.message]);

  it('looks for the language\'s own words, and words its findings in it', () => {
    expect(review(english.body, toy)).toEqual([['no-thanks', 'Say merci.']]);
    expect(review(`${english.body}\n\nMerci.`, toy)).toEqual([]);
  });

  it('skips a word-list check the language leaves out, but not the exclamation marks', () => {
    const pushy = `${english.body}\n\nPlease answer ASAP.`;
    expect(review(pushy, en).map(([code]) => code)).toEqual(['pushy-tone']);
    expect(review(`${pushy} Merci.`, toy)).toEqual([]);
    expect(review(`${english.body} Merci!!`, toy).map(([code]) => code)).toEqual(['pushy-tone']);
  });

  it('takes the locale in the context too, the last argument winning', () => {
    expect(reviewDraft({ kind: 'thank-you-email', subject: english.subject, body: english.body }, { interview, locale: toy }).ok).toBe(false);
    expect(reviewDraft({ kind: 'thank-you-email', subject: english.subject, body: english.body }, { interview, locale: toy }, { locale: en }).ok).toBe(true);
  });

  // A language written without spaces counts characters and compares character pairs.
  const characters: Locale = {
    ...en,
    tag: 'ja',
    review: {
      ...en.review,
      units: (text: string) => [...text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')],
      sequence: 2,
      limits: { ...en.review.limits, 'check-in': 40 },
      thanks: ['ありがとう'],
      interest: ['関心'],
      pushy: ['至急'],
      feedback: undefined,
      findings: { ...en.review.findings, 'too-long': ({ count, limit }) => `${count}文字です。${limit}文字以内に。` },
    },
  };
  const japanese = { company: '山田商事', position: 'エンジニア' };
  const ask = (body: string, kind: 'check-in' | 'thank-you-letter' | 'rejection-reply', others: readonly string[] = []) =>
    reviewDraft({ kind, subject: 'エンジニア職の件（山田商事）', body, recipient: { name: '田中 太郎', salutation: '田中様' } }, { interview: japanese, others }, { locale: characters })
      .findings.map((finding) => [finding.code, finding.message]);

  it('counts characters, finds words inside running text, and names the person by salutation', () => {
    expect(ask('田中様\n\n山田商事のエンジニア職に今も強い関心があります。', 'check-in')).toEqual([]);
    expect(ask('田中様\n\n山田商事のエンジニア職について、進み具合を教えていただけますと幸いです。今も強い関心があります。', 'check-in'))
      .toEqual([['too-long', '48文字です。40文字以内に。']]);
    expect(ask('田中様\n\n山田商事のエンジニア職、至急ご連絡ください。関心があります。', 'check-in').map(([code]) => code)).toEqual(['pushy-tone']);
    expect(ask('田中様\n\n山田商事のエンジニア職の面接、誠にありがとうございました。', 'thank-you-letter')).toEqual([]);
    expect(ask('田中様\n\n山田商事のエンジニア職の件、ご連絡ありがとうございました。', 'rejection-reply')).toEqual([]);
  });

  it('catches a copy character pair by character pair, names aside', () => {
    const first = '田中様\n\n山田商事のエンジニア職の面接では、開発の進め方を詳しく伺えて大変勉強になりました。ありがとうございました。';
    expect(ask(first, 'thank-you-letter', [first.replace('田中様', '鈴木様')]).map(([code]) => code)).toEqual(['not-personalised']);
    expect(ask(first, 'thank-you-letter', ['田中様\n\n山田商事のエンジニア職について、チームの課題をお聞きできてよかったです。ありがとうございました。'])).toEqual([]);
  });
});

describe('drafts of a plan', () => {
  const known = registerLocale({ ...toy, tag: 'en-XB' });
  const english = planFollowUps(plannedInterview);
  // The planners read `locale` already; `PlanOptions` does not list it yet.
  const written = planFollowUps(plannedInterview, { locale: known } as PlanOptions);
  const thanks = (plan: typeof english) => plan.steps.find((step) => step.kind === 'thank-you-email')!;

  it('are written in the plan\'s own language unless the call names another', () => {
    expect(written.locale).toBe('en-XB');
    expect(draftForStep(written, thanks(written), details)?.body.startsWith('Hello Ana Ruiz,')).toBe(true);
    expect(draftForStep(written, thanks(written), details, { locale: en })?.body.startsWith('Dear Ana Ruiz,')).toBe(true);
    expect(draftForStep(english, thanks(english), { ...details, locale: toy })?.body.startsWith('Hello Ana Ruiz,')).toBe(true);
    expect(draftForStep(english, thanks(english), details)?.body.startsWith('Dear Ana Ruiz,')).toBe(true);
  });

  it('thank the hiring team in the plan\'s language when no one is named', () => {
    const team = { ...toy, tag: 'en-XC', drafts: { ...toy.drafts, hiringTeam: ({ company }: { company: string }) => `team of ${company}` } };
    const plan = planFollowUps({ ...plannedInterview, interviewers: [] });
    expect(draftForStep(plan, thanks(plan), details, { locale: team })?.body.startsWith('Hello team of Acme,')).toBe(true);
  });

  it('are written in the calendar\'s language, else the plan\'s', () => {
    const descriptionOf = (text: string): string => {
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      const event = events.find((one) => String(one.getFirstPropertyValue('summary')).startsWith('Thank Ana Ruiz'));
      return String(event?.getFirstPropertyValue('description'));
    };
    const options = { generatedAt: '2026-11-22T09:00:00Z', draftDetails: details };
    expect(descriptionOf(toICalendar(english, options))).toContain('\n\nDear Ana Ruiz,\n\n');
    expect(descriptionOf(toICalendar(english, { ...options, locale: toy }))).toContain('\n\nHello Ana Ruiz,\n\n');
    expect(descriptionOf(toICalendar(written, options))).toContain('\n\nHello Ana Ruiz,\n\n');
    expect(descriptionOf(toICalendar(written, { ...options, locale: en }))).toContain('\n\nDear Ana Ruiz,\n\n');
  });
});
