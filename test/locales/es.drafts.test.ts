import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftApplicationFollowUp, draftCheckIn, draftForStep, planFollowUps, draftExpediteRequest, draftOfferResponse, draftRejectionReply,
  draftThankYouEmail, draftThankYouLetter, draftWithdrawal, reviewDraft, type DraftDetails, type DraftInterview, type Interviewer,
} from '../../src/index.js';
import { draftInputs, everyDraftToReview } from '../helpers/selfReview.js';
import { es } from '../../src/locales/es/index.js';
import * as scenario from './esScenarios.js';

const locale = { locale: es };
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);

/** Three people: a salutation that says "Sra.", one in English, one that carries no gender. */
const people: readonly Interviewer[] = [
  { name: 'Ana Ruiz', salutation: 'Sra. Ruiz', title: 'Directora de ingeniería' },
  { name: 'Bo Chen', salutation: 'Mr. Chen' },
  { name: 'Tanaka Taro', salutation: '田中様' },
];
const bare: DraftInterview = { company: 'Acme', position: 'Analista de datos', interviewers: people.map(({ name }) => ({ name })) };
const dated: DraftInterview = { company: 'Acme', position: 'Analista de datos', decisionDate: '2026-12-01', interviewers: people };
const nobody: DraftInterview = { company: 'Acme', position: 'Analista de datos', decisionDate: '2026-12-01' };
const minimal: DraftDetails = { senderName: 'Sam Lee' };
/** Every wording's parameters for a note to the hiring team, as the plan writes one when nobody is named. */
const toTeam = {
  company: 'Acme', position: 'Analista de datos', sender: 'Sam Lee',
  greeting: es.drafts.greeting({ name: es.drafts.hiringTeam({ company: 'Acme' }), company: 'Acme' }),
};
const full: DraftDetails = {
  senderName: 'Sam Lee',
  highlight: 'la revisión a fondo de la migración de facturación',
  interest: 'la posibilidad de crear herramientas que usan a diario los equipos de ingeniería',
  strength: 'mis ocho años al frente de sistemas de pago',
};

/** Every draft kind for one interview, its people and the details; `to` greets a person in the outcome messages. */
function allDrafts(interview: DraftInterview, details: DraftDetails, to: Interviewer | undefined, dates: { deadline?: string; appliedAt?: string }) {
  const recipient = to === undefined ? {} : { recipient: to };
  const deadline = dates.deadline === undefined ? {} : { deadline: dates.deadline };
  return {
    thankYouEmails: (interview.interviewers ?? []).map((person) => draftThankYouEmail(interview, person, details, locale)),
    thankYouLetters: (interview.interviewers ?? []).map((person) => draftThankYouLetter(interview, person, details, locale)),
    checkIns: [1, 2, 3].map((attempt) => draftCheckIn(interview, { ...details, attempt, ...recipient }, locale)),
    applicationFollowUps: [1, 2].map((attempt) => draftApplicationFollowUp(interview, { ...details, attempt, ...recipient, ...(dates.appliedAt === undefined ? {} : { appliedAt: dates.appliedAt }) }, locale)),
    rejectionReply: draftRejectionReply(interview, { ...details, ...recipient }, locale),
    offerResponses: (['ask-deadline', 'ask-extension', 'accept'] as const).map((reply) => draftOfferResponse(interview, { ...details, ...recipient, ...deadline, reply, extraDays: reply === 'ask-extension' ? 2 : 3 }, locale)),
    expediteRequest: draftExpediteRequest(interview, { ...details, ...recipient, ...(dates.deadline === undefined ? {} : { offerDeadline: dates.deadline }) }, locale),
    withdrawal: draftWithdrawal(interview, { ...details, ...recipient }, locale),
  };
}

describe('Spanish drafts (golden)', () => {
  it('match the reviewed texts exactly: without salutations or details, and with both', () => {
    const actual = {
      minimal: allDrafts(bare, minimal, undefined, {}),
      full: allDrafts(dated, full, people[0], { deadline: '2026-12-09', appliedAt: '2026-11-02' }),
      // Nobody named: the hiring team is thanked and the team asked, in the plural (ustedes).
      team: {
        thankYouEmail: draftThankYouEmail(nobody, es.drafts.hiringTeam({ company: 'Acme' }), full, locale),
        ...allDrafts(nobody, minimal, undefined, { deadline: '2026-12-09', appliedAt: '2026-11-02' }),
        thankYouEmails: es.drafts.thankYouEmails.map((wording) => wording(toTeam)),
        thankYouLetters: es.drafts.thankYouLetters.map((wording) => wording(toTeam)),
      },
    };
    const path = join(import.meta.dirname, '../fixtures/drafts-es.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('write the first thank-you exactly as reviewed', () => {
    expect(draftThankYouEmail(bare, 'Ana Ruiz', minimal, locale)).toEqual({
      subject: 'Gracias por la entrevista para el puesto de Analista de datos en Acme',
      body: [
        'Estimado/a Ana Ruiz:',
        '',
        'Le agradezco el tiempo que me dedicó para hablar del puesto de Analista de datos en Acme. Me resultó muy útil conocer cómo trabaja el equipo y hacia dónde se dirige. La conversación ha reforzado mi interés por incorporarme a Acme. Confío en poder aportar valor desde las primeras semanas.',
        '',
        'Quedo a su disposición para enviarle cualquier otra información que le resulte útil.',
        '',
        'Un cordial saludo,',
        'Sam Lee',
      ].join('\n'),
    });
  });

  it('end with the closing alone, ready for a signature, when no sender is given', () => {
    const plan = planFollowUps(scenario.interview, locale);
    const bodies = plan.steps.map((step) => draftForStep(plan, step)?.body.split('\n').at(-1)).filter((line) => line !== undefined);
    expect(bodies).toEqual(['Un cordial saludo', 'Saludos cordiales', 'Un cordial saludo', 'Muchas gracias y un cordial saludo']);
  });

  it.each([
    ['emails', es.drafts.thankYouEmails.map((wording) => wording(toTeam).body), ['Un cordial saludo,', 'Saludos cordiales,', 'Reciban un cordial saludo,']],
    ['letters', es.drafts.thankYouLetters.map((wording) => wording(toTeam)), ['Atentamente,', 'Les saluda atentamente,', 'Reciban un atento saludo,']],
  ])('close every thank-you %s to the hiring team in the plural', (_kind, bodies, closings) => {
    expect(bodies.map((body) => body.split('\n').at(-2))).toEqual(closings);
    // No singular "le" left for a team: "Le escribo", "agradecerle", "me describió".
    expect(bodies.filter((body) => /\b(?:Le|le)\b|agradecerle\b|darle\b|hacerle\b|describió|contó|hablara\b/u.test(body))).toEqual([]);
  });
});

describe('a Spanish greeting', () => {
  it.each([
    [{ name: 'Ana Ruiz' }, 'Estimado/a Ana Ruiz:'],
    [{ name: 'Ana Ruiz', salutation: 'Sra. Ruiz' }, 'Estimada Sra. Ruiz:'],
    [{ name: 'Ana Ruiz', salutation: 'Dra. Ruiz' }, 'Estimada Dra. Ruiz:'],
    [{ name: 'Ana Ruiz', salutation: 'Frau Dr. Ruiz' }, 'Estimada Frau Dr. Ruiz:'],
    [{ name: 'Ana Ruiz', salutation: 'Ms. Ruiz' }, 'Estimada Ms. Ruiz:'],
    [{ name: 'Bo Chen', salutation: 'Sr. Chen' }, 'Estimado Sr. Chen:'],
    [{ name: 'Bo Chen', salutation: 'Mr. Chen' }, 'Estimado Mr. Chen:'],
    [{ name: 'Bo Chen', salutation: 'D. Bo Chen' }, 'Estimado D. Bo Chen:'],
    [{ name: 'Bo Chen', salutation: 'Herr Chen' }, 'Estimado Herr Chen:'],
    [{ name: 'Tanaka Taro', salutation: '田中様' }, 'Estimado/a 田中様:'],
    [{ name: 'Ana Ruiz', salutation: 'Prof. Ruiz' }, 'Estimado/a Prof. Ruiz:'],
  ])('greets %o as "%s"', (person, expected) => {
    expect(draftThankYouEmail(bare, person, minimal, locale).body.split('\n')[0]).toBe(expected);
  });

  it('greets the team, with no one named, with the colon of a Spanish letter', () => {
    expect(draftWithdrawal(bare, minimal, locale).body.split('\n')[0]).toBe('Estimado equipo de Acme:');
    expect(es.drafts.greeting({ name: es.drafts.hiringTeam({ company: 'Acme' }), company: 'Acme' })).toBe('Estimado equipo de selección de Acme:');
  });
});

describe('the Spanish wordings', () => {
  const emails = people.map((person) => draftThankYouEmail(bare, person, full, locale));
  const letters = people.map((person) => draftThankYouLetter(bare, person, full, locale));
  const trigrams = (text: string): Set<string> => {
    const words = es.review.units(text);
    return new Set(words.slice(2).map((_, i) => words.slice(i, i + 3).join(' ')));
  };

  it('give three interviewers three different subjects, openings and closings', () => {
    expect(new Set(emails.map((email) => email.subject)).size).toBe(3);
    expect(new Set(emails.map((email) => email.body.split('\n')[2]?.slice(0, 20))).size).toBe(3);
    expect(new Set(emails.map((email) => email.body.split('\n').at(-2))).size).toBe(3);
    expect(new Set(letters.map((letter) => letter.body.split('\n').at(-2))).size).toBe(3);
  });

  it('word each letter apart from every email: under 20% of three-word runs in common, the candidate\'s phrases aside', () => {
    const own = new Set([full.highlight, full.interest, full.strength].flatMap((text) => [...trigrams(text ?? '')]));
    for (const letter of letters) {
      for (const email of emails) {
        const a = [...trigrams(letter.body)].filter((run) => !own.has(run));
        const b = new Set([...trigrams(email.body)].filter((run) => !own.has(run)));
        expect(a.filter((run) => b.has(run)).length / a.length).toBeLessThan(0.2);
      }
    }
  });
});

// The candidate's own words a review rightly objects to (pressure, template leftovers) are kept
// out: the property is about the library's wording, not about what a person may type.
const objected = new Set([...(es.review.pushy ?? []).filter((word) => !word.includes(' ')), 'todo', 'tbd', 'xxx', 'undefined', 'null', 'nan']);
const word = fc.stringMatching(/^[a-záéíóúñü]{1,9}$/).filter((text) => !objected.has(text));
const capitalised = word.map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}`);
/** "Acme", "Soluciones Norte [Remoto]", "Analista (Madrid) [Temporal]": brackets of the name's own. */
const proper = fc.tuple(fc.array(capitalised, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' [Remoto]', ' [UE]', ' (Madrid)', ' [Remoto] [Temporal]', ' & Asociados'))
  .map(([parts, suffix]) => `${parts.join(' ')}${suffix}`);
const phrase = fc.tuple(fc.constantFrom('la', 'el', 'los', 'las', 'mis', 'su'), fc.array(word, { minLength: 1, maxLength: 12 })).map(([article, words]) => `${article} ${words.join(' ')}`);
const salutation = fc.oneof(
  fc.tuple(fc.constantFrom('Sra.', 'Sr.', 'Dra.', 'Dr.', 'D.', 'Dña.', 'Mr.', 'Ms.', 'Frau Dr.', 'Herr', 'Prof.'), capitalised).map(([title, name]) => `${title} ${name}`),
  capitalised.map((name) => `${name}様`),
);
const { person, details, interview } = draftInputs({
  name: fc.tuple(capitalised, capitalised).map(([first, last]) => `${first} ${last}`), company: proper, position: proper, phrase, salutation, title: proper,
});

describe('every Spanish draft', () => {
  it('passes the Spanish review without findings, whatever the company, role, names, salutations and phrases', () => {
    fc.assert(fc.property(interview, details, fc.option(person, { nil: undefined }), (meeting, own, contact) => {
      for (const [draft, context] of everyDraftToReview(meeting, own, contact, locale.locale)) expect(reviewDraft(draft, context, locale), `${draft.kind}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }), { numRuns });
  });

  it('stays within the Spanish word limits with the longest phrases the details allow', () => {
    const longest = (start: string): string => `${start} ${'de los sistemas de facturación y pago '.repeat(6)}`.slice(0, 160).trim();
    const own = { senderName: 'Sam Lee', highlight: longest('la revisión'), interest: longest('el reto'), strength: longest('mis años al frente') };
    const counts = Object.entries(allDrafts(dated, own, people[0], { deadline: '2026-12-09', appliedAt: '2026-11-02' })).flatMap(([kind, drafts]) =>
      (Array.isArray(drafts) ? drafts : [drafts]).map((draft) => [kind, es.review.units(draft.body).length] as const));
    const limit = { thankYouEmails: 'thank-you-email', thankYouLetters: 'thank-you-letter', checkIns: 'check-in', applicationFollowUps: 'application-follow-up', rejectionReply: 'rejection-reply', offerResponses: 'offer-response', expediteRequest: 'expedite-request', withdrawal: 'withdrawal-note' } as const;
    expect(counts.filter(([kind, count]) => count > es.review.limits[limit[kind as keyof typeof limit]])).toEqual([]);
  });
});
