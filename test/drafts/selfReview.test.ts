import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en, reviewDraft } from '../../src/index.js';
import { draftInputs, everyDraftToReview } from '../helpers/selfReview.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);

// Words of the candidate's own that a review rightly objects to (pressure, template leftovers)
// are kept out: the property is about the library's wording, not about what a person may type.
const objected = new Set([...(en.review.pushy ?? []), 'todo', 'tbd', 'xxx', 'undefined', 'null', 'nan']);
const word = fc.stringMatching(/^[a-z]{1,9}$/).filter((text) => !objected.has(text));
const capitalised = word.map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}`);
/** "Acme", "Blue Harbor Labs [EU]", "Software Engineer (Remote) [Berlin]": brackets of the name's own. */
const proper = fc.tuple(fc.array(capitalised, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' [Remote]', ' [EU]', ' (Berlin)', ' [Remote] [Contract]', ' & Sons'))
  .map(([parts, suffix]) => `${parts.join(' ')}${suffix}`);
const phrase = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `the ${words.join(' ')}`);
const salutation = fc.tuple(fc.constantFrom('Mr.', 'Ms.', 'Dr.', 'Frau Dr.', 'Herr'), capitalised).map(([title, name]) => `${title} ${name}`);
const { person, details, interview } = draftInputs({
  name: fc.tuple(capitalised, capitalised).map(([first, last]) => `${first} ${last}`), company: proper, position: proper, phrase, salutation, title: proper,
});

describe('every draft the library writes', () => {
  it('passes its own review without findings, whatever the company, role, names, salutations and phrases', () => {
    fc.assert(fc.property(interview, details, fc.option(person, { nil: undefined }), (meeting, own, contact) => {
      for (const [draft, context] of everyDraftToReview(meeting, own, contact, en)) expect(reviewDraft(draft, context), `${draft.kind}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }), { numRuns });
  });
});
