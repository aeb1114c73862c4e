import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../src/index.js';
import { draftInputs, everyDraftToReview } from '../helpers/selfReview.js';
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
const salutation = fc.tuple(fc.constantFrom('Frau', 'Herr', 'Frau Dr.', 'Herr Prof. Dr.', 'Mr.', 'Ms.', 'Dr.'), capitalised).map(([title, name]) => `${title} ${name}`);
const date = fc.option(fc.constantFrom('2026-12-01', '2027-02-28', '2028-02-29'), { nil: undefined });
const { person, details, interview } = draftInputs({
  name: fc.tuple(capitalised, capitalised).map(([first, last]) => `${first} ${last}`), company: proper, position: proper, phrase, salutation, title: proper,
});

describe('every German draft', () => {
  it('passes the German review without findings, whatever the company, role, names, salutations, dates and phrases', () => {
    fc.assert(fc.property(interview, details, fc.option(person, { nil: undefined }), date, (meeting, own, contact, deadline) => {
      for (const [draft, context] of everyDraftToReview(meeting, own, contact, locale.locale, deadline)) expect(reviewDraft(draft, context, locale), `${draft.kind}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }), { numRuns });
  });
});
