/**
 * The core entry of `interview-followup`: the rules, checklists and types. It depends on luxon
 * only; the calendar export lives in `interview-followup/ics` so apps that only plan never load
 * the `ics` serialiser.
 *
 * Left out on purpose: the internal time arithmetic (`time/`), input checking internals
 * (`input/`, each planner's checker) and step builders (`steps/`); they may change in any release.
 *
 * @packageDocumentation
 * @module interview-followup
 */

// Planning: one interview, an application's rounds and outcomes, a whole search.
export { planFollowUps, validateInterview } from './interview/planFollowUps.js';
export type { FollowUpPlan, InterviewInput, PlanOptions } from './interview/types.js';
export { planApplication, validateApplication } from './application/planApplication.js';
export type { ApplicationInput, ApplicationOptions, Contact, RoundInput } from './application/inputTypes.js';
export type { ApplicationPlan, Outcome, PlannedApplication, PlannedContact } from './application/planTypes.js';
export type { ApplicationState } from './rules/codes.js';
export { planPipeline, validatePipeline } from './pipeline/planPipeline.js';
export type { PipelineOptions, PipelinePlan, PipelineSummary } from './pipeline/types.js';
export { statusesAt } from './stored/statusesAt.js';

// What every plan is made of: steps, warnings, and the activities that mark them.
export type { Adjustment, ApplicationStep, FollowUpStep, PlannedInterview, PlanWarning, Recipient } from './steps/types.js';
export type { AdjustmentReason, StepKind, StepStatus, WarningCode } from './rules/codes.js';
export { localTimeLabel, stepTitle } from './steps/labels.js';
export type { TextOptions, TitledPlan, TitledStep } from './steps/labels.js';

// Languages: English is built in; the others are entries of their own.
export { en } from './locales/en/index.js';
export type {
  AdjustmentTexts, AgendaTexts, CalendarTexts, DateTexts, ExplanationTexts, Locale, StepTitleTexts, TitleParams, WallClock, WarningTexts,
} from './locales/types.js';
export type {
  CheckInParams, DraftParams, DraftTexts, ExpediteParams, FindingParams, FindingTexts, GreetingParams, OfferParams, ReviewTexts,
  ThankYouEmailWording, ThankYouLetterWording,
} from './locales/types.js';
export type { Activity, ActivityType, ApplicationActivity, CheckInSentActivity, DateTimeInput, FollowUpPermission, Interviewer, OfferAcceptedActivity, OfferDeclinedActivity, OfferReceivedActivity, RejectionReceivedActivity, ReplyReceivedActivity, StepDoneActivity, ThankYouChannel, ThankYouSentActivity, WithdrewActivity } from './input/types.js';
export { limits } from './validate/limits.js';

export { defaultPolicy, policyLimits } from './policy/policy.js';
export type { DayUnit, IsoWeekday, Policy, PolicyOverrides, ThankYouTo, ThankYouWindow, WorkingHours } from './policy/policy.js';
export { presets, presetSummaries } from './policy/presets.js';
export type { PresetName } from './policy/presets.js';

export { rules } from './rules/rules.js';
export type { Rule, RuleId, RuleSource } from './rules/rules.js';

export { checklists } from './checklists/checklists.js';
export type { ChecklistItem, ChecklistItemId, Checklists } from './checklists/checklists.js';

export { draftCheckIn, draftThankYouEmail, draftThankYouLetter } from './drafts/drafts.js';
export type { CheckInDetails, EmailDraft, LetterDraft, ThankYouDetails } from './drafts/drafts.js';
export type { DraftDetails, DraftInterview, DraftRecipient } from './drafts/details.js';
export { draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftWithdrawal } from './drafts/outcomeDrafts.js';
export type { ExpediteDetails, OfferReply, OfferResponseDetails, OutcomeDetails } from './drafts/outcomeDrafts.js';
export { draftForStep, mailtoLink, MAX_MAILTO_LENGTH } from './drafts/draftForStep.js';
export type { StepDraft } from './drafts/draftForStep.js';
export { draftWordLimits, reviewDraft } from './drafts/reviewDraft.js';
export type { DraftFinding, DraftReview, DraftToReview, ReviewContext } from './drafts/reviewDraft.js';
export type { FindingCode, ReviewedKind } from './rules/codes.js';

export { FollowUpError, isFollowUpError } from './errors/FollowUpError.js';
export type { FollowUpErrorCode, ValidationIssue } from './errors/FollowUpError.js';

// Internal: shared with the calendar entry, which loads the core by its package name so both use
// one FollowUpError class. Not part of the public API; they may change in any release.
export { describeType, isPlainObject, keyIssues } from './validate/guards.js';
export { checkInstant } from './validate/instants.js';
export { checkEmail, checkText } from './validate/text.js';
export { guarded, issue, throwIfIssues } from './errors/FollowUpError.js';
export { draftDetailsIssues } from './drafts/details.js';
export { draftForStored } from './drafts/draftForStep.js';
export { readStoredPlan } from './stored/storedPlan.js';
export type { StoredInterview, StoredPlan, StoredStep } from './stored/storedPlan.js';
export { findZone } from './time/zone.js';
export { titleIn } from './steps/labels.js';
export type { Zone } from './time/zone.js';
