import { FollowUpError, guarded, issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { localeOfPlan } from '../locales/resolve.js';
import type { Locale } from '../locales/types.js';
import { policyLimits } from '../policy/policy.js';
import { STEP_KINDS, STEP_STATUSES } from '../rules/codes.js';
import type { FollowUpStep } from '../steps/types.js';
import { findZone } from '../time/zone.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { limits } from '../validate/limits.js';
import { fieldReaders, readInterview, readRecipient, readTexts, throwAny, type FieldReaders, type Loose, type StoredInterview } from './readers.js';

export type { StoredInterview };

/** One step of a stored plan, paired with what the readers need, in numbers. @internal */
export interface StoredStep {
  /** The step as the app handed it back (checked). */
  readonly step: FollowUpStep;
  /** `opensAt`, epoch ms. */
  readonly opensAt: number;
  /** `dueAt`, epoch ms. */
  readonly dueAt: number;
  /** `suggestedAt`, epoch ms. */
  readonly suggestedAt: number;
  /** `remindAt`, epoch ms (`suggestedAt` for a plan from before reminders had their own time). */
  readonly remindAt: number;
  /** The checklist's texts. */
  readonly checklist: readonly string[];
  /** The adjustments' notes. */
  readonly notes: readonly string[];
  /** What the step is about: its interview (or round), or the application it belongs to. Its `id` keys the step's calendar UID. */
  readonly context: StoredInterview;
}

/** A plan handed back by an app, checked, each step with its numbers. @internal */
export interface StoredPlan {
  /** The plan's own context: the interview, the application, or the pipeline. */
  readonly interview: StoredInterview;
  readonly steps: readonly StoredStep[];
  /** The contexts steps may belong to, by round id (and `application` id for an application's own steps). */
  readonly contexts: StepContexts;
  /** What the plan is for. */
  readonly kind: 'interview' | 'application' | 'pipeline';
  /** The language to write in: the caller's, else the plan's own. */
  readonly locale: Locale;
}

/** Where a step's context is found: by its `round`, else by its `application`, else the plan's own. @internal */
export interface StepContexts {
  readonly rounds: ReadonlyMap<string, StoredInterview>;
  readonly applications: ReadonlyMap<string, StoredInterview>;
  readonly main: StoredInterview;
}

/**
 * Most checklist items or adjustments on one step: a step's moves are at most two for every
 * holiday and a few more, so this is derived from the policy's limits, never below what a
 * planner can write.
 */
const MAX_ITEMS = 2 * policyLimits.maxHolidays + 16;
const STEP_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Reads a plan an app handed back: from {@link planFollowUps} directly, or after a trip through
 * JSON, storage, an older version or a hand edit. Every field the readers use (statuses, drafts,
 * the calendar) is checked, arrays by length before they are walked, so a malformed plan gives a
 * {@link FollowUpError} with the field's path, never a wrong result or a crash.
 * @internal
 */
export function readStoredPlan(plan: unknown, path: string = 'plan', scope: ReadScope = 'all', locale?: unknown): StoredPlan {
  return guarded(path, () => readUnguarded(plan, path, scope, locale));
}

/**
 * How much of each step is read: `all` (drafts and the calendar use every field) or `statuses`
 * (what `statusesAt` uses: ids, kinds, statuses, `opensAt`, `dueAt`, recipients). @internal
 */
export type ReadScope = 'all' | 'statuses';

function readUnguarded(plan: unknown, path: string, scope: ReadScope, option: unknown): StoredPlan {
  if (!isPlainObject(plan) || !(isPlainObject(plan['interview']) || isPlainObject(plan['application']) || Array.isArray(plan['applications']))) {
    throw new FollowUpError([issue('invalid-type', path, `expected a plan with interview (or application, or applications) and steps, got ${describeType(plan)}`)]);
  }
  const readers = fieldReaders();
  const locale = localeOfPlan(option, plan['locale'], path, readers.issues);
  const contexts = readContexts(plan, path, readers);
  const rawSteps = readers.list(plan['steps'], `${path}.steps`, limits.maxSteps);
  if (contexts === undefined || rawSteps === undefined) {
    throwAny(readers.issues);
    throw new FollowUpError([issue('invalid-type', path, 'the plan could not be read')]);
  }
  const steps: StoredStep[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < rawSteps.length; index++) {
    const step = readStep(rawSteps[index], `${path}.steps[${index}]`, contexts, readers, scope);
    if (step === undefined) continue;
    // Ids are unique within their round or application; the calendar's UIDs are keyed the same way.
    const key = `${step.context.id} ${step.step.id}`;
    if (seen.has(key)) readers.fail(`${path}.steps[${index}].id`, `"${step.step.id}" appears twice`, 'duplicate');
    seen.add(key);
    steps.push(step);
  }
  throwAny(readers.issues);
  const kind = isPlainObject(plan['interview']) ? 'interview' : isPlainObject(plan['application']) ? 'application' : 'pipeline';
  return { interview: contexts.main, steps, contexts, kind, locale: locale as Locale };
}

/** The contexts of a single-interview, application or pipeline plan. */
function readContexts(plan: Loose, path: string, readers: FieldReaders): StepContexts | undefined {
  const { issues, text, list } = readers;
  const none = new Map<string, StoredInterview>();
  if (isPlainObject(plan['interview'])) {
    const main = readInterview(plan['interview'], `${path}.interview`, issues, text, list);
    return main === undefined ? undefined : { main, rounds: none, applications: none };
  }
  const rounds = new Map<string, StoredInterview>();
  const applications = new Map<string, StoredInterview>();
  const readApplication = (raw: unknown, at: string): StoredInterview | undefined => {
    if (!isPlainObject(raw)) return readers.fail(at, `expected an application, got ${describeType(raw)}`);
    const context = readInterview({ ...raw, interviewers: isPlainObject(raw['contact']) ? [raw['contact']] : [] }, at, issues, text, list);
    const rawRounds = list(raw['rounds'], `${at}.rounds`, limits.maxRounds) ?? [];
    for (let index = 0; index < rawRounds.length; index++) {
      const round = rawRounds[index];
      const read = isPlainObject(round) ? readInterview(round, `${at}.rounds[${index}]`, issues, text, list) : readers.fail(`${at}.rounds[${index}]`, 'expected a round');
      if (read !== undefined) rounds.set(read.id, read);
    }
    if (context !== undefined) applications.set(context.id, context);
    return context;
  };
  if (isPlainObject(plan['application'])) {
    const main = readApplication(plan['application'], `${path}.application`);
    return main === undefined ? undefined : { main, rounds, applications: none };
  }
  const rawApplications = list(plan['applications'], `${path}.applications`, limits.maxApplications) ?? [];
  for (let index = 0; index < rawApplications.length; index++) {
    const raw = rawApplications[index];
    readApplication(isPlainObject(raw) ? raw['application'] : raw, `${path}.applications[${index}].application`);
  }
  const id = plan['id'] === undefined ? 'pipeline' : text(plan['id'], `${path}.id`);
  const timeZone = text(plan['timeZone'], `${path}.timeZone`);
  const zone = timeZone === undefined || timeZone.length > 64 ? undefined : findZone(timeZone);
  if (timeZone !== undefined && zone === undefined) issues.push(issue('invalid-time-zone', `${path}.timeZone`, 'unknown IANA zone'));
  if (id === undefined || zone === undefined) return undefined;
  return { main: { id, company: 'your search', position: 'next role', timeZone: zone.name, zone, interviewers: [] }, rounds, applications };
}

/**
 * Reads one step handed back by an app, for a plan whose interview was read already.
 * @internal
 */
export function readStoredStep(step: unknown, contexts: StepContexts, path: string): StoredStep {
  return guarded(path, () => {
    const readers = fieldReaders();
    const stored = readStep(step, path, contexts, readers);
    throwAny(readers.issues);
    return stored as StoredStep;
  });
}

function readStep(step: unknown, at: string, contexts: StepContexts, { issues, fail, text, list, instant }: FieldReaders, scope: ReadScope = 'all'): StoredStep | undefined {
  if (!isPlainObject(step)) return fail(at, `expected a step, got ${describeType(step)}`);
  const before = issues.length;
  const context = contextOf(step, at, contexts, fail);
  const zone = (context ?? contexts.main).zone;
  const id = typeof step['id'] === 'string' && STEP_ID.test(step['id']) ? step['id'] : fail(`${at}.id`, 'expected a step id such as "check-in-1"');
  if (!STEP_KINDS.includes(step['kind'] as FollowUpStep['kind'])) fail(`${at}.kind`, `expected a step kind, got ${describeType(step['kind'])}`, 'invalid-choice');
  if (!STEP_STATUSES.includes(step['status'] as FollowUpStep['status'])) fail(`${at}.status`, `expected a step status, got ${describeType(step['status'])}`, 'invalid-choice');
  const opensAt = instant(step['opensAt'], at, 'opensAt', zone);
  const dueAt = instant(step['dueAt'], at, 'dueAt', zone);
  const all = scope === 'all';
  const suggestedAt = all ? instant(step['suggestedAt'], at, 'suggestedAt', zone) : opensAt;
  const remindAt = all && step['remindAt'] !== undefined ? instant(step['remindAt'], at, 'remindAt', zone) : suggestedAt;
  if (all) text(step['rule'], `${at}.rule`);
  if (all) text(step['explanation'], `${at}.explanation`);
  const checklist = all ? readTexts(list(step['checklist'], `${at}.checklist`, MAX_ITEMS), `${at}.checklist`, 'text', text) : [];
  const notes = all ? readTexts(list(step['adjustments'], `${at}.adjustments`, MAX_ITEMS), `${at}.adjustments`, 'note', text) : [];
  if (step['recipient'] !== undefined) readRecipient(step['recipient'], `${at}.recipient`, issues, text);
  for (const key of ['attempt', 'attempts'] as const) {
    const value = step[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000)) {
      fail(`${at}.${key}`, `expected a whole number, got ${describeType(value)}`);
    }
  }
  if (issues.length > before || context === undefined || id === undefined || opensAt === undefined || dueAt === undefined || suggestedAt === undefined || remindAt === undefined) return undefined;
  return { step: step as unknown as FollowUpStep, opensAt, dueAt, suggestedAt, remindAt, checklist, notes, context };
}

/** The context a step names by its `round` or `application`; the plan's own when it names neither. */
function contextOf(step: Loose, at: string, contexts: StepContexts, fail: FieldReaders['fail']): StoredInterview | undefined {
  for (const [key, found] of [['round', contexts.rounds], ['application', contexts.applications]] as const) {
    const value = step[key];
    if (value === undefined) continue;
    const context = typeof value === 'string' ? found.get(value) : undefined;
    return context ?? fail(`${at}.${key}`, `expected the id of one of the plan's ${key}s, got ${describeType(value)}`, 'invalid-choice');
  }
  return contexts.main;
}

