import type { DraftParams, EmailDraft } from '../locales/types.js';
import type { CheckedDraftInput } from './details.js';

// What every template of the language reads, from checked input.

/** The template parameters of checked input: the greeting to its recipient, or to the company's team. */
export function draftParams(input: CheckedDraftInput): DraftParams {
  const person = input.recipient;
  const greeting = input.locale.drafts.greeting({
    company: input.company,
    ...(person === undefined ? {} : { name: person.name }),
    ...(person?.salutation === undefined ? {} : { salutation: person.salutation }),
  });
  return {
    company: input.company, position: input.position, greeting,
    ...(input.label === undefined ? {} : { round: input.label }),
    ...(input.senderName === '' ? {} : { sender: input.senderName }),
    ...(input.highlight === undefined ? {} : { highlight: input.highlight }),
    ...(input.interest === undefined ? {} : { interest: input.interest }),
    ...(input.strength === undefined ? {} : { strength: input.strength }),
  };
}

/** A `YYYY-MM-DD` date as the input's language writes it in a sentence. */
export function dateIn(input: CheckedDraftInput, iso: string): string {
  return input.locale.dates.date(iso);
}

/** The subject and body a template wrote, nothing more. */
export function email({ subject, body }: EmailDraft): EmailDraft {
  return { subject, body };
}
