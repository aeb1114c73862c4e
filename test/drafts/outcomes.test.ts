import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftExpediteRequest, draftForStep, draftOfferResponse, draftRejectionReply, draftWithdrawal, planApplication, planFollowUps,
  type DraftInterview, type OutcomeDetails,
} from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

const interview: DraftInterview = deepFreeze({ company: 'Acme', position: 'Staff Engineer' });
const minimal: OutcomeDetails = deepFreeze({ senderName: 'Sam Lee' });
const full: OutcomeDetails = deepFreeze({ senderName: 'Sam Lee', recipient: 'Rita Diaz', highlight: 'the panel on payments', interest: 'the payments roadmap' });

/** Every outcome message in each of its variants, and the plan drafts that greet a team. */
function outcomeDrafts(details: OutcomeDetails) {
  return {
    rejectionReply: draftRejectionReply(interview, details),
    offerAskDeadline: draftOfferResponse(interview, details),
    offerAskExtension: draftOfferResponse(interview, { ...details, reply: 'ask-extension', deadline: '2026-12-09', extraDays: 2 }),
    offerAskExtensionWithoutDate: draftOfferResponse(interview, { ...details, reply: 'ask-extension' }),
    offerAccept: draftOfferResponse(interview, { ...details, deadline: '2026-12-09' }),
    expedite: draftExpediteRequest(interview, details),
    expediteByDate: draftExpediteRequest(interview, { ...details, offerDeadline: '2027-01-31' }),
    withdrawal: draftWithdrawal(interview, details),
  };
}

function teamDrafts() {
  const plan = planFollowUps({ id: 'globex', company: 'Globex', position: 'Product Manager', start: '2026-11-17T10:00', timeZone: 'America/New_York' });
  const application = planApplication({
    id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'America/New_York',
    rounds: [{ id: 'r1', start: '2026-11-10T10:00' }], activities: [{ type: 'offer-received', at: '2026-12-01T10:00', deadline: '2026-12-05' }],
  });
  return [...plan.steps.map((step) => draftForStep(plan, step, { senderName: 'Sam Lee' })), ...application.steps.map((step) => draftForStep(application, step))]
    .filter((draft) => draft !== undefined);
}

describe('outcome drafts (golden)', () => {
  it('match the reviewed texts exactly, to the team and to a named person, with and without phrases', () => {
    const actual = { minimal: outcomeDrafts(minimal), full: outcomeDrafts(full), team: teamDrafts() };
    const path = join(import.meta.dirname, '../fixtures/outcome-drafts.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('greet the company\'s team when no one is named, and the hiring team in a thank-you', () => {
    expect(draftWithdrawal(interview, minimal).body.startsWith('Dear Acme team,\n\n')).toBe(true);
    expect(teamDrafts()[0]?.body.startsWith('Dear Globex hiring team,\n\n')).toBe(true);
  });
});
