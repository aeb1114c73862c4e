import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftApplicationFollowUp, draftCheckIn, draftExpediteRequest, draftForStep, draftOfferResponse, draftRejectionReply, draftThankYouEmail, draftThankYouLetter,
  draftWithdrawal, planFollowUps, reviewDraft, type DraftInterview, type DraftToReview, type EmailDraft, type Interviewer, type ReviewedKind,
} from '../../src/index.js';
import { de } from '../../src/locales/de/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// The German drafts as reviewed, word for word, and the German review of drafts.

const ana: Interviewer = { name: 'Ana Ruiz' };
const bo: Interviewer = { name: 'Bo Chen', salutation: 'Herr Chen' };
const dana: Interviewer = { name: 'Dana Weiß', salutation: 'Frau Dr. Weiß', title: 'Leiterin Plattform' };
const cy: Interviewer = { name: 'Cy Park', salutation: 'Mr. Park' };
const interview: DraftInterview = deepFreeze({ company: 'Acme', position: 'Staff Engineer', decisionDate: '2026-12-01', interviewers: [ana, bo, dana] });
const undated: DraftInterview = deepFreeze({ company: 'Acme', position: 'Staff Engineer', interviewers: [ana, bo, dana] });
const minimal = deepFreeze({ senderName: 'Sam Lee' });
const full = deepFreeze({
  senderName: 'Sam Lee', highlight: 'der offene Austausch über die Abrechnungsmigration',
  interest: 'die Chance, Werkzeuge zu bauen, auf die sich Teams verlassen', strength: 'acht Jahre Erfahrung mit Zahlungssystemen',
});
const locale = { locale: de };

type Written = { readonly kind: ReviewedKind; readonly recipient?: Interviewer; readonly draft: EmailDraft | { readonly body: string } };

/** Every kind of German draft: to a person with and without a salutation and to the team, with and without the candidate's phrases. */
function written(): Record<string, Written> {
  const out: Record<string, Written> = {};
  for (const [set, details] of [['minimal', minimal], ['full', full]] as const) {
    for (const person of [ana, bo, dana]) {
      out[`thank-you-email ${person.name} ${set}`] = { kind: 'thank-you-email', recipient: person, draft: draftThankYouEmail(interview, person, details, locale) };
      out[`thank-you-letter ${person.name} ${set}`] = { kind: 'thank-you-letter', recipient: person, draft: draftThankYouLetter(interview, person, details, locale) };
    }
  }
  for (const attempt of [1, 2, 3]) {
    out[`check-in ${attempt} full, decision date`] = { kind: 'check-in', recipient: ana, draft: draftCheckIn(interview, { ...full, attempt }, locale) };
    out[`check-in ${attempt} minimal, Herr`] = { kind: 'check-in', recipient: bo, draft: draftCheckIn(undated, { ...minimal, attempt, recipient: bo }, locale) };
  }
  out['check-in 1 minimal, Mr.'] = { kind: 'check-in', recipient: cy, draft: draftCheckIn(interview, { ...minimal, attempt: 1, recipient: cy }, locale) };
  for (const attempt of [1, 2]) {
    out[`application-follow-up ${attempt} full, Frau`] = { kind: 'application-follow-up', recipient: dana, draft: draftApplicationFollowUp(undated, { ...full, attempt, appliedAt: '2026-11-02', recipient: dana }, locale) };
    out[`application-follow-up ${attempt} minimal, team`] = { kind: 'application-follow-up', draft: draftApplicationFollowUp(undated, { ...minimal, attempt }, locale) };
  }
  out['rejection-reply full, Frau'] = { kind: 'rejection-reply', recipient: dana, draft: draftRejectionReply(undated, { ...full, recipient: dana }, locale) };
  out['rejection-reply minimal, team'] = { kind: 'rejection-reply', draft: draftRejectionReply(undated, minimal, locale) };
  out['offer-response ask-deadline minimal, team'] = { kind: 'offer-response', draft: draftOfferResponse(undated, minimal, locale) };
  out['offer-response ask-extension full, Herr'] = { kind: 'offer-response', recipient: bo, draft: draftOfferResponse(undated, { ...full, recipient: bo, reply: 'ask-extension', deadline: '2026-12-09', extraDays: 3 }, locale) };
  out['offer-response ask-extension minimal, no deadline, one day'] = { kind: 'offer-response', draft: draftOfferResponse(undated, { ...minimal, reply: 'ask-extension', extraDays: 1 }, locale) };
  out['offer-response accept full, name'] = { kind: 'offer-response', recipient: ana, draft: draftOfferResponse(undated, { ...full, recipient: ana, deadline: '2026-12-09' }, locale) };
  out['expedite-request full, deadline'] = { kind: 'expedite-request', recipient: ana, draft: draftExpediteRequest(undated, { ...full, recipient: ana, offerDeadline: '2026-12-09' }, locale) };
  out['expedite-request minimal, team'] = { kind: 'expedite-request', draft: draftExpediteRequest(undated, minimal, locale) };
  out['withdrawal-note full, Frau'] = { kind: 'withdrawal-note', recipient: dana, draft: draftWithdrawal(undated, { ...full, recipient: dana }, locale) };
  out['withdrawal-note minimal, team'] = { kind: 'withdrawal-note', draft: draftWithdrawal(undated, minimal, locale) };
  return out;
}

/** A plan that names nobody thanks the hiring team as a whole. */
function teamThanks() {
  const plan = planFollowUps({ id: 'globex', company: 'Globex', position: 'Product Engineer', start: '2026-11-17T10:00', timeZone: 'Europe/Berlin' }, { locale: de });
  return draftForStep(plan, plan.steps.find((step) => step.kind === 'thank-you-email')!, minimal);
}

describe('German drafts (golden)', () => {
  it('match the reviewed texts exactly', () => {
    const drafts = written();
    const actual = { ...Object.fromEntries(Object.entries(drafts).map(([name, { draft }]) => [name, draft])), 'thank-you-email hiring team': teamThanks() };
    const path = join(import.meta.dirname, '../fixtures/drafts-de.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('pass the German review without findings, each thank-you against the notes to the others', () => {
    const drafts = written();
    const notes = (set: string, kind: string) => Object.entries(drafts).filter(([name]) => name.startsWith(kind) && name.endsWith(set)).map(([, { draft }]) => draft.body);
    const findings = Object.entries(drafts).flatMap(([name, { kind, recipient, draft }]) => {
      const set = name.endsWith('full') ? 'full' : 'minimal';
      const others = kind === 'thank-you-email' || kind === 'thank-you-letter' ? [...notes(set, 'thank-you-email'), ...notes(set, 'thank-you-letter')].filter((body) => body !== draft.body) : [];
      const review = reviewDraft({ kind, ...draft, ...(recipient === undefined ? {} : { recipient }) } as DraftToReview, { interview, others }, locale);
      return review.findings.map((finding) => `${name}: ${finding.code}`);
    });
    expect(findings).toEqual([]);
    const team = teamThanks()!;
    expect(reviewDraft({ kind: 'thank-you-email', subject: team.subject, body: team.body }, { interview: { company: 'Globex', position: 'Product Engineer' } }, locale).findings).toEqual([]);
  });

  it('greet as the recipient asked, go on in lower case after the greeting (but for the formal Sie) and close without a comma', () => {
    const drafts = written();
    const opening = (name: string) => drafts[name]!.draft.body.split('\n\n').slice(0, 2).map((part, index) => (index === 0 ? part : part.split(' ').slice(0, 4).join(' ')));
    expect(opening('thank-you-email Ana Ruiz full')).toEqual(['Guten Tag Ana Ruiz,', 'vielen Dank, dass Sie']);
    expect(opening('thank-you-email Bo Chen full')).toEqual(['Sehr geehrter Herr Chen,', 'herzlichen Dank für das']);
    expect(opening('thank-you-letter Dana Weiß full')).toEqual(['Sehr geehrte Frau Dr. Weiß,', 'diesmal auf Papier möchte']);
    expect(opening('check-in 1 minimal, Mr.')).toEqual(['Sehr geehrter Herr Park,', 'Sie hatten in Aussicht']);
    expect(opening('withdrawal-note minimal, team')).toEqual(['Sehr geehrte Damen und Herren,', 'vielen Dank, dass Sie']);
    expect(teamThanks()?.body.startsWith('Sehr geehrte Damen und Herren,\n\n')).toBe(true);
    for (const [name, { draft }] of Object.entries(drafts)) expect(draft.body.endsWith('\n\nMit freundlichen Grüßen\nSam Lee'), name).toBe(true);
    const plan = planFollowUps({ id: 'acme', company: 'Acme', position: 'Staff Engineer', start: '2026-11-17T10:00', timeZone: 'Europe/Berlin', interviewers: [ana] }, locale);
    const unsigned = draftForStep(plan, plan.steps.find((step) => step.kind === 'thank-you-email')!);
    expect(unsigned?.body.endsWith('zu sprechen. Besonders spannend fand ich, wie Ihr Team arbeitet und wohin es sich entwickeln möchte. Das Gespräch hat mein Interesse an Acme noch verstärkt. Ich bin überzeugt, dass ich schon in den ersten Wochen etwas beitragen kann.\n\nWenn ich Ihnen noch Unterlagen oder Informationen nachreichen kann, lassen Sie es mich gern wissen.\n\nMit freundlichen Grüßen')).toBe(true);
  });

  it('word each letter apart from the email to the same person: under a fifth of their three-word runs shared', () => {
    const runs = (text: string): Set<string> => {
      const units = de.review.units(text);
      return new Set(units.slice(2).map((unit, index) => `${units[index]} ${units[index + 1]} ${unit}`));
    };
    /** Jaccard similarity of three-word runs. */
    const overlap = (a: string, b: string): number => {
      const [left, right] = [runs(a), runs(b)];
      const shared = [...left].filter((run) => right.has(run)).length;
      return shared / (left.size + right.size - shared);
    };
    const shares = [ana, bo, dana].map((person) => overlap(draftThankYouEmail(interview, person, minimal, locale).body, draftThankYouLetter(interview, person, minimal, locale).body));
    expect(shares.filter((share) => share >= 0.2)).toEqual([]);
    const [first, second, third] = [ana, bo, dana].map((person) => draftThankYouEmail(interview, person, full, locale));
    expect([overlap(first!.body, second!.body), overlap(second!.body, third!.body), overlap(first!.body, third!.body)].filter((share) => share >= 0.5)).toEqual([]);
    expect(new Set([first!.subject, second!.subject, third!.subject]).size).toBe(3);
    const [one, two] = [1, 2].map((attempt) => draftCheckIn(interview, { ...minimal, attempt }, locale));
    expect(overlap(one!.body, two!.body)).toBeLessThan(0.2);
  });
});

describe('the German review', () => {
  const email = draftThankYouEmail(interview, ana, full, locale);
  const review = (draft: Partial<DraftToReview>, others: readonly string[] = []) =>
    reviewDraft({ kind: 'thank-you-email', subject: email.subject, body: email.body, recipient: ana, ...draft } as DraftToReview, { interview, others }, locale)
      .findings.map((finding) => [finding.code, finding.message]);

  it('counts words and says so in German', () => {
    const long = `${email.body}\n\n${'Ich ergänze noch einen Satz über meine bisherigen Projekte. '.repeat(20)}`;
    expect(review({ body: long })).toEqual([['too-long', '277 Wörter: Kürzen Sie auf höchstens 200, damit die Nachricht auch gelesen wird.']]);
  });

  it('catches a copy of the note to another interviewer, names aside', () => {
    const forBo = email.body.replace('Guten Tag Ana Ruiz,', 'Sehr geehrter Herr Chen,');
    expect(review({}, [forBo])).toEqual([['not-personalised', 'Diese Nachricht gleicht der an eine andere Person aus dem Gespräch; greifen Sie etwas auf, das Sie nur mit dieser Person besprochen haben.']]);
    expect(review({}, [draftThankYouEmail(interview, bo, full, locale).body])).toEqual([]);
  });

  it('catches a placeholder left in', () => {
    expect(review({ body: email.body.replace('Ana Ruiz', '[Name]'), recipient: undefined })).toEqual([['placeholder-left', '„[Name]“ sieht nach einem stehen gebliebenen Platzhalter aus; ersetzen Sie ihn vor dem Versand.']]);
  });

  it('asks for thanks in a note that never thanks', () => {
    const body = 'Guten Tag Ana Ruiz,\n\nich habe mit Ihnen über die Stelle als Staff Engineer bei Acme gesprochen.\n\nMit freundlichen Grüßen\nSam Lee';
    expect(review({ body })).toEqual([['no-thanks', 'Bedanken Sie sich für die Zeit, die man sich für Sie genommen hat; darum geht es in dieser Nachricht.']]);
    expect(review({ body: body.replace('ich habe', 'danke, ich habe') })).toEqual([]);
  });

  it('asks a check-in to restate interest, and a reply to a rejection to ask for feedback', () => {
    const body = 'Guten Tag Ana Ruiz,\n\nwie ist der Stand bei der Stelle als Staff Engineer bei Acme?\n\nMit freundlichen Grüßen\nSam Lee';
    expect(review({ kind: 'check-in', body }).map(([code]) => code)).toEqual(['no-interest']);
    expect(review({ kind: 'check-in', body: body.replace('?', '? Mein Interesse ist ungebrochen.') })).toEqual([]);
    expect(review({ kind: 'rejection-reply', body: body.replace('wie ist', 'danke für die Nachricht zum') }).map(([code]) => code)).toEqual(['no-feedback-request']);
  });

  it.each([
    'Herzlichen Dank für das Gespräch.', 'Danke schön für Ihre Zeit.', 'Ich bedanke mich für das Gespräch.', 'Für das Gespräch bin ich Ihnen sehr dankbar.',
    'Merci vielmals für das Gespräch.', 'Ein großes Dankeschön für Ihre Zeit.',
  ])('hears the thanks in "%s"', (sentence) => {
    const body = `Guten Tag Ana Ruiz,\n\n${sentence} Wir sprachen über die Stelle als Staff Engineer bei Acme.\n\nMit freundlichen Grüßen\nSam Lee`;
    expect(review({ body })).toEqual([]);
  });

  it.each([
    ['Ich bitte um Antwort bis spätestens Freitag.', ['pushy-tone']],
    ['Ich warte noch immer auf Ihre Antwort.', ['pushy-tone']],
    ['Bitte melden Sie sich so schnell wie möglich.', ['pushy-tone']],
    ['Ich erwarte Ihre Rückmeldung.', ['pushy-tone']],
    ['Dies ist meine letzte Erinnerung.', ['pushy-tone']],
    ['Über eine zeitnahe Rückmeldung würde ich mich freuen.', []],
    ['Spätestens am Freitag erhalten Sie meine Unterlagen.', []],
  ])('hears pressure in "%s", and only there', (sentence, codes) => {
    const body = `Guten Tag Ana Ruiz,\n\nwie ist der Stand bei der Stelle als Staff Engineer bei Acme? Die Stelle spricht mich weiterhin sehr an. ${sentence}\n\nMit freundlichen Grüßen\nSam Lee`;
    expect(review({ kind: 'check-in', body }).map(([code]) => code)).toEqual(codes);
  });

  it('flags pressure words, but not when they are the company\'s own name', () => {
    const pushy = email.body.replace('lassen Sie es mich gern wissen', 'antworten Sie bitte umgehend');
    expect(review({ body: pushy })).toEqual([['pushy-tone', 'Verzichten Sie auf drängende Wörter und gehäufte Ausrufezeichen: beharrlich, aber nie aufdringlich.']]);
    const own = { company: 'Sofort Logistik', position: 'Disponent' };
    const body = 'Guten Tag Ana Ruiz,\n\nvielen Dank für das Gespräch über die Stelle als Disponent bei Sofort Logistik.\n\nMit freundlichen Grüßen\nSam Lee';
    expect(reviewDraft({ kind: 'thank-you-email', subject: 'Danke', body, recipient: ana }, { interview: own }, locale).findings).toEqual([]);
  });

  it('names what is missing in German', () => {
    expect(review({ subject: undefined, body: 'Guten Tag,\n\ndanke.' })).toEqual([
      ['missing-recipient-name', 'Die Nachricht nennt Ana Ruiz nirgends; sprechen Sie die Person mit Namen an.'],
      ['company-not-named', 'Nennen Sie das Unternehmen (Acme), damit klar ist, um welche Bewerbung es geht.'],
      ['role-not-named', 'Nennen Sie die Stelle (Staff Engineer).'],
      ['missing-subject', 'Geben Sie der E-Mail einen Betreff, der die Stelle nennt.'],
    ]);
  });
});
