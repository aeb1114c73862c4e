import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../src/index.js';
import { draftInputs, everyDraftToReview } from '../helpers/selfReview.js';
import { fr } from '../../src/locales/fr/index.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);
const locale = { locale: fr } as const;

// Words of the candidate's own that a review rightly objects to (any word of a French pressure
// phrase, template leftovers) are kept out: the property is about the library's wording.
const objected = new Set([...(fr.review.pushy ?? []).flatMap((phrase) => fr.review.units(phrase)), 'todo', 'tbd', 'xxx', 'undefined', 'null', 'nan']);
const word = fc.stringMatching(/^[a-zàâçéèêëîïôûùœ]{1,9}$/).filter((text) => !objected.has(text));
const capitalised = word.map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}`);
/** "Acme", "Écrins Conseil [EU]", "Ingénieur logiciel (Lyon) [CDI]": brackets of the name's own. */
const proper = fc.tuple(fc.array(capitalised, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' [Remote]', ' [CDI]', ' (Lyon)', ' [H/F] [Paris]', ' & Fils'))
  .map(([parts, suffix]) => `${parts.join(' ')}${suffix}`);
const phrase = fc.tuple(fc.constantFrom('la', 'le', 'les', 'l\'', 'mon', 'vos'), fc.array(word, { minLength: 1, maxLength: 12 }))
  .map(([article, words]) => `${article}${article.endsWith('\'') ? '' : ' '}${words.join(' ')}`);
const salutation = fc.tuple(fc.constantFrom('Madame', 'Monsieur', 'Maître', 'Docteur', 'Frau Dr.', 'Mr.'), capitalised).map(([title, name]) => `${title} ${name}`);
const { person, details, interview } = draftInputs({
  name: fc.tuple(capitalised, capitalised).map(([first, last]) => `${first} ${last}`), company: proper, position: proper, phrase, salutation, title: proper,
});

describe('every French draft', () => {
  it('passes the French review without findings, whatever the company, role, names, salutations and phrases', () => {
    fc.assert(fc.property(interview, details, fc.option(person, { nil: undefined }), (meeting, own, contact) => {
      for (const [draft, context] of everyDraftToReview(meeting, own, contact, locale.locale)) expect(reviewDraft(draft, context, locale), `${draft.kind}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }), { numRuns });
  });
});
