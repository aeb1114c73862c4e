// What each entry of the built package exports at runtime, in ESM and CommonJS alike: a name
// added or lost is a change of the public API, and shows here before it ships.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  '.': [
    'FollowUpError', 'MAX_MAILTO_LENGTH', 'calendarLinks', 'checklists', 'defaultPolicy', 'draftApplicationFollowUp', 'draftCheckIn', 'draftExpediteRequest',
    'draftForStep', 'draftOfferResponse', 'draftRejectionReply', 'draftThankYouEmail', 'draftThankYouLetter', 'draftWithdrawal', 'draftWordLimits',
    'en', 'isFollowUpError', 'limits', 'localTimeLabel', 'mailtoLink', 'planApplication', 'planFollowUps', 'planPipeline', 'policyLimits',
    'presetSummaries', 'presets', 'reviewDraft', 'rules', 'searchInsights', 'statusesAt', 'stepTitle', 'validateApplication', 'validateInterview', 'validatePipeline',
  ],
  './ics': ['calendarTextLimits', 'toICalendar', 'toICalendarEvents'],
  './locales/de': ['de'],
  './locales/es': ['es'],
  './locales/fr': ['fr'],
};

/** The type-only names each entry exports besides its runtime ones. */
const TYPES: Readonly<Record<string, readonly string[]>> = {
  '.': [
    'Activity', 'ActivityType', 'Adjustment', 'AdjustmentReason', 'AdjustmentTexts', 'AgendaTexts', 'Answer', 'ApplicationActivity', 'ApplicationInput',
    'CalendarLinkOptions', 'CalendarLinks',
    'ApplicationOptions', 'ApplicationPlan', 'ApplicationState', 'ApplicationStep', 'CalendarTexts', 'CheckInDetails', 'CheckInParams', 'CheckInSentActivity',
    'ChecklistItem', 'ChecklistItemId', 'Checklists', 'Contact', 'DateTexts', 'DateTimeInput', 'DayUnit', 'DraftDetails', 'DraftFinding', 'DraftInterview',
    'DraftParams', 'DraftRecipient', 'DraftReview', 'DraftTexts', 'DraftToReview', 'EmailDraft', 'ExpediteDetails', 'ExpediteParams', 'ExplanationTexts',
    'FindingCode', 'FindingParams', 'FindingTexts', 'FollowUpAnswers', 'FollowUpDetails', 'FollowUpErrorCode', 'FollowUpParams', 'FollowUpPermission',
    'FollowUpPlan', 'FollowUpSentActivity', 'FollowUpStep', 'GhostedActivity', 'GreetingParams', 'InsightsOptions', 'InsightsTexts', 'InterviewInput',
    'Interviewer', 'IsoWeekday', 'LetterDraft', 'Locale', 'MessageChannel', 'MessageSentActivity', 'OfferAcceptedActivity', 'OfferDeclinedActivity',
    'OfferParams', 'OfferReceivedActivity', 'OfferReply', 'OfferResponseDetails', 'Outcome', 'OutcomeDetails', 'PipelineOptions', 'PipelinePlan',
    'PipelineSummary', 'PlanInput', 'PlanOptions', 'PlanWarning', 'PlannedApplication', 'PlannedContact', 'PlannedInterview', 'PlannedInvitation', 'Policy',
    'PolicyOverrides', 'PresetName', 'Recipient', 'RejectionReceivedActivity', 'ReplyReceivedActivity', 'ReviewContext', 'ReviewTexts', 'ReviewedKind',
    'RoundInput', 'Rule', 'RuleId', 'RuleSource', 'SearchFunnel', 'SearchInsights', 'Silence', 'SilentEmployer', 'SkippedApplication', 'StepDoneActivity',
    'StepDraft', 'StepKind', 'StepRescheduledActivity', 'StepStatus', 'StepTitleTexts', 'TextOptions', 'ThankYouChannel', 'ThankYouDetails',
    'ThankYouEmailWording', 'ThankYouLetterWording', 'ThankYouSentActivity', 'ThankYouTo', 'ThankYouWindow', 'TitleParams', 'TitledPlan', 'TitledStep',
    'ValidationIssue', 'WallClock', 'WarningCode', 'WarningTexts', 'WithdrewActivity', 'WorkingHours',
  ],
  './ics': ['CalendarOwner', 'CalendarResource', 'ICalendarOptions'],
};

interface Conditions {
  readonly import: { readonly types: string; readonly default: string };
  readonly require: { readonly types: string; readonly default: string };
}
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

  it.each(entries)('%s declares exactly its runtime exports and the public types, for import and require alike', (name, conditions) => {
    const files = [conditions.import.types, conditions.require.types].map((file) => join(root, file));
    const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
    const checker = program.getTypeChecker();
    const declared = files.map((file) => {
      const source = program.getSourceFile(file);
      const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      return symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((exported) => exported.name).sort();
    });
    expect(declared[0]).toEqual([...EXPECTED[name] ?? [], ...TYPES[name] ?? []].sort());
    expect(declared[1]).toEqual(declared[0]);
  });
});
