import { FollowUpError, type StepKind, type StepStatus, type ValidationIssue } from 'interview-followup';

/** A step as the calendar needs it, times in epoch ms. */
export interface CalendarStep {
  readonly id: string;
  readonly kind: StepKind;
  readonly rule: string;
  readonly status: StepStatus;
  readonly optional: boolean;
  readonly suggestedAt: number;
  readonly suggestedAtText: string;
  readonly dueAtText: string;
  readonly recipient?: { readonly name: string; readonly email?: string };
  readonly attempt?: number;
  readonly attempts?: number;
  readonly explanation: string;
  readonly checklist: readonly string[];
  readonly notes: readonly string[];
}

/** What the calendar needs from a plan, checked. */
export interface CalendarPlan {
  readonly id: string;
  readonly company: string;
  readonly position: string;
  readonly timeZone: string;
  readonly nextSteps?: string;
  readonly steps: readonly CalendarStep[];
}

const KINDS: readonly StepKind[] = ['before-leaving', 'thank-you-email', 'thank-you-letter', 'check-in', 'keep-searching'];
const STATUSES: readonly StepStatus[] = ['upcoming', 'open', 'overdue', 'done', 'cancelled'];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const STEP_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const MAX_STEPS = 2000;
const MAX_FIELD = 20_000;

type Loose = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a plan (from {@link planFollowUps}, or parsed from JSON) defensively: every field the
 * calendar uses is checked, so a hand-edited plan gives a typed error, never a broken calendar.
 */
export function readPlan(plan: unknown): CalendarPlan {
  const issues: ValidationIssue[] = [];
  const fail = (path: string, detail: string): undefined => {
    issues.push({ code: 'invalid-type', path, message: `${path}: ${detail}` });
    return undefined;
  };
  // Over-long text is cut here, so everything after this point does bounded work.
  const text = (value: unknown, path: string): string | undefined =>
    typeof value === 'string' ? value.slice(0, MAX_FIELD) : fail(path, 'expected a string');
  const instant = (value: unknown, path: string): number | undefined => {
    const ms = typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(ms) ? fail(path, 'expected an ISO 8601 date-time with an offset') : ms;
  };

  if (!isObject(plan) || !isObject(plan['interview']) || !Array.isArray(plan['steps'])) {
    fail('plan', 'expected a plan from planFollowUps, with interview and steps');
    throw new FollowUpError(issues as [ValidationIssue]);
  }
  const interview = plan['interview'];
  const id = text(interview['id'], 'plan.interview.id');
  const company = text(interview['company'], 'plan.interview.company');
  const position = text(interview['position'], 'plan.interview.position');
  const timeZone = text(interview['timeZone'], 'plan.interview.timeZone');
  const nextSteps = interview['nextSteps'] === undefined ? undefined : text(interview['nextSteps'], 'plan.interview.nextSteps');
  const rawSteps: readonly unknown[] = plan['steps'];
  if (rawSteps.length > MAX_STEPS) fail('plan.steps', `at most ${MAX_STEPS} steps`);
  const steps: CalendarStep[] = [];
  const seen = new Set<string>();
  rawSteps.slice(0, MAX_STEPS).forEach((raw, index) => {
    const path = `plan.steps[${index}]`;
    if (!isObject(raw)) return fail(path, 'expected a step object');
    const before = issues.length;
    const stepId = typeof raw['id'] === 'string' && STEP_ID.test(raw['id']) ? raw['id'] : fail(`${path}.id`, 'expected a step id such as "check-in-1"');
    if (stepId !== undefined && seen.has(stepId)) issues.push({ code: 'duplicate', path: `${path}.id`, message: `${path}.id: "${stepId}" appears twice` });
    if (stepId !== undefined) seen.add(stepId);
    const kind = KINDS.includes(raw['kind'] as StepKind) ? (raw['kind'] as StepKind) : fail(`${path}.kind`, 'expected a step kind');
    const status = STATUSES.includes(raw['status'] as StepStatus) ? (raw['status'] as StepStatus) : fail(`${path}.status`, 'expected a step status');
    const suggestedAt = instant(raw['suggestedAt'], `${path}.suggestedAt`);
    const dueAt = instant(raw['dueAt'], `${path}.dueAt`);
    const rule = text(raw['rule'], `${path}.rule`);
    const explanation = text(raw['explanation'], `${path}.explanation`);
    const checklist = Array.isArray(raw['checklist'])
      ? raw['checklist'].map((item: unknown, i) => text(isObject(item) ? item['text'] : undefined, `${path}.checklist[${i}].text`) ?? '')
      : (fail(`${path}.checklist`, 'expected a list'), []);
    const notes = Array.isArray(raw['adjustments'])
      ? raw['adjustments'].map((item: unknown, i) => text(isObject(item) ? item['note'] : undefined, `${path}.adjustments[${i}].note`) ?? '')
      : (fail(`${path}.adjustments`, 'expected a list'), []);
    let recipient: CalendarStep['recipient'];
    if (raw['recipient'] !== undefined) {
      const person = isObject(raw['recipient']) ? raw['recipient'] : {};
      const name = text(person['name'], `${path}.recipient.name`);
      const email = person['email'] === undefined ? undefined : text(person['email'], `${path}.recipient.email`);
      if (name !== undefined) recipient = email === undefined ? { name } : { name, email };
    }
    const count = (key: 'attempt' | 'attempts'): number | undefined => {
      const value = raw[key];
      if (value === undefined) return undefined;
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000 ? value : fail(`${path}.${key}`, 'expected a whole number');
    };
    const attempt = count('attempt');
    const attempts = count('attempts');
    if (issues.length > before || stepId === undefined || kind === undefined || status === undefined || suggestedAt === undefined ||
      dueAt === undefined || rule === undefined || explanation === undefined) return undefined;
    steps.push({
      id: stepId, kind, rule, status, optional: raw['optional'] === true, suggestedAt,
      suggestedAtText: raw['suggestedAt'] as string, dueAtText: raw['dueAt'] as string,
      explanation, checklist, notes,
      ...(recipient === undefined ? {} : { recipient }),
      ...(attempt === undefined ? {} : { attempt }),
      ...(attempts === undefined ? {} : { attempts }),
    });
    return undefined;
  });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
  return {
    id: id ?? '', company: company ?? '', position: position ?? '', timeZone: timeZone ?? '', steps,
    ...(nextSteps === undefined ? {} : { nextSteps }),
  };
}

