import { describe, expect, it } from 'vitest';
import {
  draftApplicationFollowUp, draftCheckIn, draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftThankYouEmail, draftThankYouLetter, draftWithdrawal,
} from '../../src/index.js';

/** A database row: every optional column empty. */
const row = { company: 'Acme', position: 'Staff Engineer', interviewers: [{ name: 'Ana Ruiz', email: null, title: null, salutation: null }], decisionDate: null };
const bare = { company: 'Acme', position: 'Staff Engineer', interviewers: [{ name: 'Ana Ruiz' }] };

describe('drafts read null as absent, as the planners do', () => {
  it.each([
    ['draftThankYouEmail', () => draftThankYouEmail(row, row.interviewers[0] ?? 'Ana Ruiz', { senderName: 'Sam Lee', highlight: null, interest: null, strength: null }), () => draftThankYouEmail(bare, { name: 'Ana Ruiz' }, { senderName: 'Sam Lee' })],
    ['draftThankYouLetter', () => draftThankYouLetter(row, row.interviewers[0] ?? 'Ana Ruiz', { senderName: 'Sam Lee', highlight: null }), () => draftThankYouLetter(bare, { name: 'Ana Ruiz' }, { senderName: 'Sam Lee' })],
    ['draftCheckIn', () => draftCheckIn(row, { senderName: 'Sam Lee', attempt: 1, recipient: null }), () => draftCheckIn(bare, { senderName: 'Sam Lee', attempt: 1 })],
    ['draftRejectionReply', () => draftRejectionReply(row, { senderName: 'Sam Lee', recipient: null }), () => draftRejectionReply(bare, { senderName: 'Sam Lee' })],
    ['draftOfferResponse', () => draftOfferResponse(row, { senderName: 'Sam Lee', reply: null, deadline: null, extraDays: null }), () => draftOfferResponse(bare, { senderName: 'Sam Lee' })],
    ['draftExpediteRequest', () => draftExpediteRequest(row, { senderName: 'Sam Lee', offerDeadline: null }), () => draftExpediteRequest(bare, { senderName: 'Sam Lee' })],
    ['draftWithdrawal', () => draftWithdrawal(row, { senderName: 'Sam Lee', recipient: null }), () => draftWithdrawal(bare, { senderName: 'Sam Lee' })],
    ['draftApplicationFollowUp', () => draftApplicationFollowUp(row, { senderName: 'Sam Lee', attempt: 2, appliedAt: null, recipient: null }), () => draftApplicationFollowUp(bare, { senderName: 'Sam Lee', attempt: 2 })],
  ] as const)('%s writes the same draft with nulls as without them', (_name, withNulls, without) => {
    expect(withNulls()).toEqual(without());
  });

  it('still needs what is required: a null senderName or attempt is missing', () => {
    expect(() => draftCheckIn(bare, { senderName: 'Sam Lee', attempt: null as unknown as number })).toThrow(expect.objectContaining({ code: 'missing-field', path: 'details.attempt' }));
    expect(() => draftWithdrawal(bare, { senderName: null as unknown as string })).toThrow(expect.objectContaining({ path: 'details.senderName' }));
  });

  it('reports a getter that throws at its own path', () => {
    const details = { senderName: 'Sam Lee', get highlight(): string { throw new Error('column not loaded'); } };
    expect(() => draftThankYouEmail(bare, 'Ana Ruiz', details)).toThrow(expect.objectContaining({ code: 'invalid-type', path: 'details.highlight' }));
  });
});
