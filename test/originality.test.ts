import { describe, expect, it } from 'vitest';
import { toICalendar } from '../src/ics/index.js';
import {
  draftApplicationFollowUp, draftCheckIn, draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftThankYouEmail, draftThankYouLetter, draftWithdrawal,
  en, planApplication, planFollowUps, planPipeline, reviewDraft, validateInterview, type Locale,
} from '../src/index.js';
import { de } from '../src/locales/de/index.js';
import { es } from '../src/locales/es/index.js';
import { fr } from '../src/locales/fr/index.js';
import { ja } from '../src/locales/ja/index.js';
import fingerprint from './fixtures/article-fingerprint.json' with { type: 'json' };
import { hashRun, runs } from './helpers/fingerprint.mjs';
import { acme, tuesday } from './helpers/interviews.js';

// The article itself is not part of the repository: its fingerprint is (the sorted hashes of its
// normalised 8-word runs, made by `npm run fingerprint -- <article.txt>`).
const articleRuns: ReadonlySet<string> = new Set(fingerprint.hashes);

/** Every language the library ships. */
const LOCALES: readonly Locale[] = [en, de, es, fr, ja];

/** Every text the library can ship to a user in one language, from every source. */
function shippedTexts(locale: Locale): string[] {
  const options = { locale };
  const texts: string[] = [];
  texts.push(...Object.values(locale.rules), ...Object.values(locale.checklist), ...Object.values(locale.presets));
  const plans = [
    planFollowUps(acme, { locale, now: '2026-12-30T12:00:00Z', activities: [{ type: 'check-in-sent', at: '2026-12-03T15:00:00Z' }], policy: { letters: true, holidays: ['2026-12-02'] } }),
    planFollowUps(tuesday({ followUpPermission: 'declined', interviewers: [] }), options),
    planFollowUps(tuesday(), { locale, activities: [{ type: 'check-in-sent', at: '2026-12-01T16:00:00Z' }, { type: 'check-in-sent', at: '2026-12-15T16:00:00Z' }, { type: 'check-in-sent', at: '2026-12-20T16:00:00Z' }] }),
    planFollowUps(tuesday(), { locale, now: '2026-12-20T16:00:00Z', activities: [{ type: 'reply-received', at: '2026-12-01T16:00:00Z' }] }),
  ];
  const search = planPipeline([
    { id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/New_York', employerTimeZone: 'Europe/London', appliedAt: '2026-11-02', contact: { name: 'Gavin' } },
    { id: 'initech', company: 'Initech', position: 'Engineer', timeZone: 'America/New_York', rounds: [{ id: 'i1', start: '2026-11-05', interviewers: [{ name: 'Rita Diaz' }, { name: 'rita diaz' }] }],
      activities: [{ type: 'offer-received', at: '2026-11-20T10:00' }, { type: 'offer-accepted', at: '2026-11-24T10:00' }] },
  ], { locale, now: '2026-11-25T12:00:00Z', policy: { employerResponseDays: 1 } });
  for (const plan of [...plans, search]) {
    texts.push(...plan.steps.flatMap((step) => [step.explanation, ...step.adjustments.map((a) => a.note), ...step.checklist.map((item) => item.text)]), ...plan.warnings.map((w) => w.message));
    texts.push(toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z', draftDetails: { senderName: 'Sam' } }).replace(/\r\n /g, '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1'));
  }
  const interview = { company: 'Acme', position: 'Engineer', decisionDate: '2026-12-01', interviewers: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] };
  for (const details of [{ senderName: 'Sam' }, { senderName: 'Sam', highlight: 'x', interest: 'y', strength: 'z' }]) {
    for (const person of interview.interviewers) {
      const email = draftThankYouEmail(interview, person, details, options);
      texts.push(email.subject, email.body, draftThankYouLetter(interview, person, details, options).body);
    }
    for (const attempt of [1, 2, 3]) {
      const checkIn = draftCheckIn(interview, { ...details, attempt }, options);
      const followUp = draftApplicationFollowUp(interview, { ...details, attempt, appliedAt: '2026-11-02' }, options);
      texts.push(checkIn.subject, checkIn.body, followUp.subject, followUp.body);
    }
  }
  const findings = [
    reviewDraft({ kind: 'thank-you-email', body: '[x] no thanks!! urgent' }, { interview, others: ['[x] no thanks!! urgent'] }, options),
    reviewDraft({ kind: 'check-in', subject: 'a\nb', body: `${'word '.repeat(300)}`, recipient: 'Zed' }, { interview }, options),
  ].flatMap((review) => review.findings.map((finding) => finding.message));
  texts.push(...findings);
  // Every finding's message, whether or not the reviews above happen to raise it.
  const findingParams = { count: 300, limit: 200, text: '[x]', name: 'Zed', company: 'Acme', position: 'Engineer' } as never;
  texts.push(...Object.values(locale.review.findings).map((message: (params: never) => string) => message(findingParams)));
  const outcomes = { company: 'Acme', position: 'Engineer' };
  for (const draft of [
    draftRejectionReply(outcomes, { senderName: 'Sam', highlight: 'x' }, options), draftRejectionReply(outcomes, { senderName: 'Sam' }, options),
    draftOfferResponse(outcomes, { senderName: 'Sam' }, options), draftOfferResponse(outcomes, { senderName: 'Sam', reply: 'accept' }, options),
    draftOfferResponse(outcomes, { senderName: 'Sam', reply: 'ask-extension', deadline: '2026-12-09' }, options),
    draftExpediteRequest(outcomes, { senderName: 'Sam', offerDeadline: '2026-12-09', interest: 'y' }, options), draftWithdrawal(outcomes, { senderName: 'Sam' }, options),
  ]) texts.push(draft.subject, draft.body);
  for (const activities of [
    [{ type: 'offer-received' as const, at: '2026-12-01T10:00' }],
    [{ type: 'offer-received' as const, at: '2026-12-01T10:00', deadline: '2026-12-05' }, { type: 'offer-accepted' as const, at: '2026-12-02T10:00' }],
    [{ type: 'rejection-received' as const, at: '2026-11-27T18:00' }, { type: 'step-done' as const, step: 'nope', at: '2026-11-28T18:00' }],
  ]) {
    const plan = planApplication({ id: 'a', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York',
      rounds: [{ id: 'r1', start: '2026-11-10T10:00' }, { id: 'r2', start: '2026-11-17T10:00', interviewers: [{ name: 'Ann' }] }], activities }, options);
    texts.push(...plan.steps.flatMap((step) => [step.explanation, ...step.adjustments.map((a) => a.note)]), ...plan.warnings.map((w) => w.message));
  }
  texts.push(...validateInterview({ id: 1, company: '', position: 'x'.repeat(500), timeZone: 'Mars/Base' }).map((issue) => issue.message));
  return texts;
}

describe('originality', () => {
  it.each(LOCALES.map((locale) => [locale.tag, locale] as const))('ships no run of eight words found in the source article, in %s', (_tag, locale) => {
    const texts = shippedTexts(locale);
    expect(texts.length).toBeGreaterThan(300);
    expect(articleRuns.size).toBeGreaterThan(800);
    const copied = texts.flatMap((text) => runs(text, 8).filter((run) => articleRuns.has(hashRun(run))));
    expect(copied).toEqual([]);
  });

  it('would notice a copied sentence (the check itself works)', () => {
    const copiedSentence = 'Plan to send a thank-you note 24 to 48 hours after your interview.';
    expect(runs(copiedSentence, 8).some((run) => articleRuns.has(hashRun(run)))).toBe(true);
  });

  it('reads a fingerprint of 8-word runs hashed to 16 hex digits', () => {
    expect(fingerprint.runLength).toBe(8);
    expect(fingerprint.hashes.every((hash) => /^[0-9a-f]{16}$/.test(hash))).toBe(true);
  });
});
