/**
 * The core entry of `interview-followup`: the planners, the rules, checklists, drafts and their
 * review, English texts and the types. It depends on luxon only; the calendar export lives in
 * `interview-followup/ics`, so apps that only plan never load the `ics` serialiser, and every
 * other language is an entry of its own (`interview-followup/locales/de`, …).
 *
 * Left out on purpose: the time arithmetic (`time/`), the input checkers and readers of stored
 * plans, and the step builders (`steps/`). They are shared with the calendar entry through
 * chunks the build makes, never exported, and may change in any release.
 *
 * @packageDocumentation
 * @module interview-followup
 */

// Planning: one interview, an application's rounds and outcomes, a whole search; a plan seen again later.
export { planFollowUps, validateInterview } from './interview/planFollowUps.js';
export type { FollowUpPlan, InterviewInput, PlanOptions } from './interview/types.js';
export { planApplication, validateApplication } from './application/planApplication.js';
export type { ApplicationInput, ApplicationOptions, Contact, RoundInput } from './application/inputTypes.js';
export type { Answer, ApplicationPlan, Outcome, PlanInput, PlannedApplication, PlannedContact, Silence } from './application/planTypes.js';
export { planPipeline, validatePipeline } from './pipeline/planPipeline.js';
export type { PipelineOptions, PipelinePlan, PipelineSummary } from './pipeline/types.js';
export type { SkippedApplication } from './pipeline/checkPipeline.js';
export { statusesAt } from './stored/statusesAt.js';

// What the log says about the search: response rates, the funnel, follow-ups answered, silent employers.
export { searchInsights } from './insights/searchInsights.js';
export type { FollowUpAnswers, InsightsOptions, SearchFunnel, SearchInsights, SilentEmployer } from './insights/types.js';

// What every plan is made of: steps, warnings, and the codes they use.
export type { Adjustment, ApplicationStep, FollowUpStep, PlannedInterview, PlannedInvitation, PlanWarning, Recipient } from './steps/types.js';
export type { AdjustmentReason, ApplicationState, FindingCode, ReviewedKind, StepKind, StepStatus, WarningCode } from './rules/codes.js';
export { localTimeLabel, stepTitle } from './steps/labels.js';
export type { TextOptions, TitledPlan, TitledStep } from './steps/labels.js';

// What the candidate logs.
export type {
  Activity, ActivityType, ApplicationActivity, CheckInSentActivity, DateTimeInput, FollowUpPermission, FollowUpSentActivity, GhostedActivity,
  Interviewer, MessageChannel, MessageSentActivity, OfferAcceptedActivity, OfferDeclinedActivity, OfferReceivedActivity,
  RejectionReceivedActivity, ReplyReceivedActivity, StepDoneActivity, StepRescheduledActivity, ThankYouChannel, ThankYouSentActivity,
  WithdrewActivity,
} from './input/types.js';
export { limits } from './validate/limits.js';

// The numbers: the article's, and other published advice.
export { defaultPolicy, policyLimits } from './policy/policy.js';
export type { DayUnit, IsoWeekday, Policy, PolicyOverrides, ThankYouTo, ThankYouWindow, WorkingHours } from './policy/policy.js';
export { presets, presetSummaries } from './policy/presets.js';
export type { PresetName } from './policy/presets.js';
export { rules } from './rules/rules.js';
export type { Rule, RuleId, RuleSource } from './rules/rules.js';
export { checklists } from './checklists/checklists.js';
export type { ChecklistItem, ChecklistItemId, Checklists } from './checklists/checklists.js';

// Messages: drafts for every step that sends one, and a review of the candidate's own.
export { draftCheckIn, draftThankYouEmail, draftThankYouLetter } from './drafts/drafts.js';
export type { CheckInDetails, LetterDraft, ThankYouDetails } from './drafts/drafts.js';
export type { DraftDetails, DraftInterview, DraftRecipient } from './drafts/details.js';
export { draftExpediteRequest, draftOfferResponse, draftRejectionReply, draftWithdrawal } from './drafts/outcomeDrafts.js';
export type { ExpediteDetails, OfferResponseDetails, OutcomeDetails } from './drafts/outcomeDrafts.js';
export { draftApplicationFollowUp } from './drafts/followUpDraft.js';
export type { FollowUpDetails } from './drafts/followUpDraft.js';
export { draftForStep, mailtoLink, MAX_MAILTO_LENGTH } from './drafts/draftForStep.js';
export type { StepDraft } from './drafts/draftForStep.js';
export { draftWordLimits, reviewDraft } from './drafts/reviewDraft.js';
export type { DraftFinding, DraftReview, DraftToReview, ReviewContext } from './drafts/reviewDraft.js';

// "Add to calendar" links for one step, for pages and emails that cannot attach a file.
export { calendarLinks } from './links/calendarLinks.js';
export type { CalendarLinkOptions, CalendarLinks } from './links/calendarLinks.js';

// Languages: English is built in; the others are entries of their own.
export { en } from './locales/en/index.js';
export type {
  AdjustmentTexts, AgendaTexts, CalendarTexts, CheckInParams, DateTexts, DraftParams, DraftTexts, EmailDraft, ExpediteParams, ExplanationTexts,
  FindingParams, FindingTexts, FollowUpParams, GreetingParams, InsightsTexts, Locale, OfferParams, OfferReply, ReviewTexts, StepTitleTexts, ThankYouEmailWording,
  ThankYouLetterWording, TitleParams, WallClock, WarningTexts,
} from './locales/types.js';

// Errors.
export { FollowUpError, isFollowUpError } from './errors/FollowUpError.js';
export type { FollowUpErrorCode, ValidationIssue } from './errors/FollowUpError.js';
