// What each entry of the built package exports at runtime, in ESM and CommonJS alike: a name
// added or lost is a change of the public API, and shows here before it ships.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  '.': [
    'FollowUpError', 'MAX_MAILTO_LENGTH', 'checklists', 'defaultPolicy', 'draftApplicationFollowUp', 'draftCheckIn', 'draftExpediteRequest',
    'draftForStep', 'draftOfferResponse', 'draftRejectionReply', 'draftThankYouEmail', 'draftThankYouLetter', 'draftWithdrawal', 'draftWordLimits',
    'en', 'isFollowUpError', 'limits', 'localTimeLabel', 'mailtoLink', 'planApplication', 'planFollowUps', 'planPipeline', 'policyLimits',
    'presetSummaries', 'presets', 'reviewDraft', 'rules', 'searchInsights', 'statusesAt', 'stepTitle', 'validateApplication', 'validateInterview', 'validatePipeline',
  ],
  './ics': ['calendarTextLimits', 'toICalendar'],
  './locales/de': ['de'],
  './locales/es': ['es'],
};

interface Conditions { readonly import: { readonly default: string }; readonly require: { readonly default: string } }
const entries = Object.entries(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports as Record<string, Conditions | string>)
  .filter((entry): entry is [string, Conditions] => typeof entry[1] !== 'string');

describe('the package\'s entries', () => {
  it('are exactly the entries this test knows', () => {
    expect(entries.map(([name]) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(entries)('%s exports the same names from import and require, and only the public ones', async (name, conditions) => {
    const esm = Object.keys(await import(pathToFileURL(join(root, conditions.import.default)).href) as object).sort();
    const cjs = Object.keys(require(join(root, conditions.require.default)) as object).sort();
    expect(esm).toEqual([...EXPECTED[name] ?? []].sort());
    expect(cjs).toEqual(esm);
  });
});
