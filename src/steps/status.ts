import type { Locale } from '../locales/types.js';
import type { FollowUpStep, PlanWarning } from './types.js';
import type { StepKind, StepStatus } from '../rules/codes.js';

/**
 * The one status rule: a step marked done or cancelled stays so; otherwise it is upcoming before
 * it opens (and always without a `now`), open until it is due (inclusive), overdue after, and
 * missed from `missedFrom` on (inclusive), when it can no longer help.
 */
export function statusAt(settled: 'done' | 'cancelled' | undefined, opensAt: number, dueAt: number, now: number | undefined, missedFrom?: number): StepStatus {
  if (settled !== undefined) return settled;
  if (now === undefined) return 'upcoming';
  if (missedFrom !== undefined && now >= missedFrom) return 'missed';
  if (now < opensAt) return 'upcoming';
  return now <= dueAt ? 'open' : 'overdue';
}

const THANK_YOU_KINDS: ReadonlySet<StepKind> = new Set<StepKind>(['thank-you-email', 'thank-you-letter']);

/**
 * The one late-thanks rule: a `thank-you-late` warning for every thank-you step that is overdue
 * (late thanks beat none).
 */
export function lateThanks(steps: readonly (Pick<FollowUpStep, 'id' | 'kind' | 'status' | 'recipient'> & { readonly round?: string })[], company: string, locale: Locale): PlanWarning[] {
  return steps
    .filter((step) => THANK_YOU_KINDS.has(step.kind) && step.status === 'overdue')
    .map((step) => ({
      code: 'thank-you-late', rule: 'late-is-better', stepId: step.id, ...(step.round === undefined ? {} : { round: step.round }),
      message: locale.warnings['thank-you-late']({ company, ...(step.recipient === undefined ? {} : { person: step.recipient.name }) }),
    }));
}
