/**
 * The core entry of `interview-followup`: the rules, checklists and types. It depends on luxon
 * only; the calendar export lives in `interview-followup/ics` so apps that only plan never load
 * the `ics` serialiser.
 *
 * Left out on purpose: the internal time arithmetic (`time/`), input checking internals
 * (`checkInput`) and plan-building helpers; they may change in any release.
 *
 * @packageDocumentation
 * @module interview-followup
 */

export { planFollowUps, validateInterview } from './plan/planFollowUps.js';
export { planApplication, validateApplication } from './plan/planApplication.js';
export { planPipeline, validatePipeline } from './plan/planPipeline.js';
export type { PipelineOptions } from './plan/planPipeline.js';
export { statusesAt } from './plan/statusesAt.js';
export type {
  ApplicationPlan,
  ApplicationState,
  ApplicationStep,
  Outcome,
  PipelinePlan,
  PipelineSummary,
  PlannedApplication,
  PlannedContact,
} from './plan/applicationTypes.js';
export type { ApplicationInput, ApplicationOptions, Contact, RoundInput } from './input/applicationTypes.js';
export { localTimeLabel, stepTitle } from './plan/labels.js';
export type { TitledPlan, TitledStep } from './plan/labels.js';
export type {
  Adjustment,
  AdjustmentReason,
  FollowUpPlan,
  FollowUpStep,
  PlannedInterview,
  PlanWarning,
  Recipient,
  StepKind,
  StepStatus,
  WarningCode,
} from './plan/types.js';

export type {
  Activity,
  ActivityType,
  ApplicationActivity,
  OfferAcceptedActivity,
  OfferDeclinedActivity,
  OfferReceivedActivity,
  RejectionReceivedActivity,
  StepDoneActivity,
  WithdrewActivity,
  CheckInSentActivity,
  DateTimeInput,
  FollowUpPermission,
  InterviewInput,
  Interviewer,
  PlanOptions,
  ReplyReceivedActivity,
  ThankYouChannel,
  ThankYouSentActivity,
} from './input/types.js';
export { limits } from './validate/limits.js';

export { defaultPolicy, policyLimits } from './policy/policy.js';
export type { DayUnit, IsoWeekday, Policy, PolicyOverrides, ThankYouTo, ThankYouWindow, WorkingHours } from './policy/policy.js';
export { presets, presetSummaries } from './policy/presets.js';
export type { PresetName } from './policy/presets.js';

export { rules } from './rules/rules.js';
export type { Rule, RuleId, RuleSource } from './rules/rules.js';

export { checklists } from './checklists/checklists.js';
export type { ChecklistItem, Checklists } from './checklists/checklists.js';

export { draftCheckIn, draftThankYouEmail, draftThankYouLetter } from './drafts/drafts.js';
export type { CheckInDetails, EmailDraft, LetterDraft } from './drafts/drafts.js';
export type { DraftDetails, DraftInterview, DraftRecipient } from './drafts/details.js';
export { draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftWithdrawal } from './drafts/outcomeDrafts.js';
export type { ExpediteDetails, OfferReply, OfferResponseDetails, OutcomeDetails } from './drafts/outcomeDrafts.js';
export { draftForStep, mailtoLink, MAX_MAILTO_LENGTH } from './drafts/draftForStep.js';
export type { StepDraft } from './drafts/draftForStep.js';
export { draftWordLimits, reviewDraft } from './drafts/reviewDraft.js';
export type { DraftFinding, DraftReview, DraftToReview, FindingCode, ReviewContext, ReviewedKind } from './drafts/reviewDraft.js';

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
export { readStoredPlan } from './plan/storedPlan.js';
export type { StoredInterview, StoredPlan, StoredStep } from './plan/storedPlan.js';
export { findZone } from './time/zone.js';
export type { Zone } from './time/zone.js';
