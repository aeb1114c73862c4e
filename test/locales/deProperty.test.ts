import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  reviewDraft, type DraftDetails, type Interviewer,
} from '../../src/index.js';
import { everyDraftToReview } from '../helpers/selfReview.js';
import { de } from '../../src/locales/de/index.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);
const locale = { locale: de };

// Words of the candidate's own that the review rightly objects to (pressure, template leftovers)
// are kept out: the property is about the library's German wording, not about what a person types.
const objected = new Set([...(de.review.pushy ?? []).flatMap((words) => words.split(' ')), 'todo', 'tbd', 'xxx', 'undefined', 'null', 'nan']);
const word = fc.stringMatching(/^[a-zäöüß]{1,9}$/).filter((text) => !objected.has(text));
const capitalised = word.map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}`);
/** "Müller", "Blaue Hafen Werke [EU]", "Softwareentwicklerin (Remote) [Berlin]": brackets of the name's own. */
const proper = fc.tuple(fc.array(capitalised, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' [Remote]', ' [EU]', ' (Berlin)', ' [Remote] [Befristet]', ' & Söhne', ' GmbH'))
  .map(([parts, suffix]) => `${parts.join(' ')}${suffix}`);
/** A noun phrase in the nominative, as the drafts ask for ("die …"). */
const phrase = fc.tuple(fc.constantFrom('die', 'der', 'das', 'meine', 'unser'), fc.array(word, { minLength: 1, maxLength: 12 })).map(([article, words]) => `${article} ${words.join(' ')}`);
const salutation = fc.option(fc.tuple(fc.constantFrom('Frau', 'Herr', 'Frau Dr.', 'Herr Prof. Dr.', 'Mr.', 'Ms.', 'Dr.'), capitalised).map(([title, name]) => `${title} ${name}`), { nil: undefined });
const person = fc.record({ first: capitalised, last: capitalised, salutation, title: fc.option(proper, { nil: undefined }) })
  .map(({ first, last, salutation: said, title }): Interviewer => ({
    name: `${first} ${last}`, ...(said === undefined ? {} : { salutation: said }), ...(title === undefined ? {} : { title }),
  }));
const details: fc.Arbitrary<DraftDetails> = fc.record({
  senderName: fc.tuple(capitalised, capitalised).map(([first, last]) => `${first} ${last}`),
  highlight: phrase, interest: phrase, strength: phrase,
}, { requiredKeys: ['senderName'] });
const date = fc.option(fc.constantFrom('2026-12-01', '2027-02-28', '2028-02-29'), { nil: undefined });
const interview = fc.record({
  company: proper,
  position: proper,
  decisionDate: date,
  // Up to three people: there are three wordings, so a fourth would rightly read like the first.
  interviewers: fc.uniqueArray(person, { minLength: 1, maxLength: 3, selector: (one) => one.name.toLowerCase() }),
}).map(({ decisionDate, ...rest }) => ({ ...rest, ...(decisionDate === undefined ? {} : { decisionDate }) }));

describe('every German draft', () => {
  it('passes the German review without findings, whatever the company, role, names, salutations, dates and phrases', () => {
    fc.assert(fc.property(interview, details, fc.option(person, { nil: undefined }), date, (meeting, own, contact, deadline) => {
      for (const [draft, context] of everyDraftToReview(meeting, own, contact, locale.locale, deadline)) expect(reviewDraft(draft, context, locale), `${draft.kind}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }), { numRuns });
  });
});
