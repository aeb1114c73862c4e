import type { Answer, Outcome } from '../application/planTypes.js';
import { OUTCOME_TYPES } from '../application/events.js';
import { FollowUpError, issue } from '../errors/FollowUpError.js';
import type { Policy } from '../policy/policy.js';
import { resolvePolicy } from '../policy/readPolicy.js';
import { APPLICATION_STATES, STEP_KINDS, type ApplicationState, type StepKind } from '../rules/codes.js';
import { fieldReaders, readInterview, throwAny, type FieldReaders, type Loose } from '../stored/readers.js';
import { findZone, type Zone } from '../time/zone.js';
import { describeType, isPlainObject } from '../validate/guards.js';
import { limits } from '../validate/limits.js';

// Reads a search plan handed back by an app with the stored-plan readers: every field the
// insights use is checked, lists by length before they are walked, so a malformed or hostile
// plan gives a FollowUpError with the field's path, never a wrong number.

/** A dated round: when it starts and ends, and the employer's zone it is judged in. */
export interface ReadRound {
  readonly start: number;
  readonly end: number;
  readonly employerZone: Zone;
}

/** A logged send of a check-in or a follow-up after applying, with the zone its cadence counts in. */
export interface Send {
  readonly attempt: number;
  readonly at: number;
  readonly kind: 'check-in' | 'application-follow-up';
  readonly employerZone: Zone;
}

/** What the insights read of one application's plan. */
export interface ReadApplication {
  readonly id: string;
  readonly company: string;
  /** The candidate's zone. */
  readonly zone: Zone;
  readonly appliedAt?: number;
  readonly rounds: readonly ReadRound[];
  /** Whether a round without a date is listed. */
  readonly invited: boolean;
  readonly state: ApplicationState;
  readonly outcome?: Outcome['type'];
  readonly silence?: { readonly since: string; readonly days?: number };
  readonly answers: readonly { readonly type: Answer['type']; readonly at: number }[];
  /** Whether the plan warns `employer-overdue` for it. */
  readonly overdueWarning: boolean;
  readonly sends: readonly Send[];
}

/** What the insights read of a search plan. */
export interface ReadSearch {
  readonly applications: readonly ReadApplication[];
  readonly policy: Policy;
  readonly now?: number;
}

const OUTCOMES: ReadonlySet<unknown> = new Set(Object.values(OUTCOME_TYPES));
const ANSWER_TYPES: ReadonlySet<unknown> = new Set<Answer['type']>(['reply', 'offer', 'rejection']);
const SENT_KINDS: ReadonlySet<StepKind> = new Set<StepKind>(['check-in', 'application-follow-up']);
/** Longest silence a plan may state, in days either way: past the whole accepted date range. */
const MAX_SILENCE_DAYS = 50_000;
/** Largest attempt number a stored step may carry, as the stored-plan reader allows. */
const MAX_ATTEMPT = 10_000;

/** Reads a search plan for the insights; throws a {@link FollowUpError} listing every problem found. @internal */
export function readSearch(plan: unknown, path: string): ReadSearch {
  if (!isPlainObject(plan) || !Array.isArray(plan['applications'])) {
    throw new FollowUpError([issue('invalid-type', path, `expected a search plan from planPipeline (with applications), got ${describeType(plan)}`)]);
  }
  const readers = fieldReaders();
  const { issues, text, list, instant } = readers;
  const timeZone = text(plan['timeZone'], `${path}.timeZone`);
  const zone = timeZone === undefined || timeZone.length > 64 ? undefined : findZone(timeZone);
  if (timeZone !== undefined && zone === undefined) issues.push(issue('invalid-time-zone', `${path}.timeZone`, 'unknown IANA zone'));
  const now = plan['now'] === undefined || zone === undefined ? undefined : instant(plan['now'], path, 'now', zone);
  const resolved = plan['policy'] === undefined
    ? { issues: [issue('missing-field', `${path}.policy`, 'missing; a plan states the policy in force')] }
    : resolvePolicy(plan['policy'], `${path}.policy`);
  issues.push(...resolved.issues);
  const raw = list(plan['applications'], `${path}.applications`, limits.maxApplications) ?? [];
  const applications: ReadApplication[] = [];
  let steps = 0;
  for (let index = 0; index < raw.length; index++) {
    const at = `${path}.applications[${index}]`;
    const entry = raw[index];
    if (!isPlainObject(entry)) {
      readers.fail(at, `expected an application plan, got ${describeType(entry)}`);
      continue;
    }
    steps += Array.isArray(entry['steps']) ? entry['steps'].length : 0;
    // The steps of the whole search are bounded as one plan's are, so a hostile plan costs no more.
    if (steps > limits.maxSteps) {
      readers.fail(`${at}.steps`, `at most ${limits.maxSteps} steps in all, got more`, 'too-many');
      break;
    }
    const read = readApplication(entry, at, readers);
    if (read !== undefined) applications.push(read);
  }
  throwAny(issues);
  return { applications, policy: resolved.policy as Policy, ...(now === undefined ? {} : { now }) };
}

function readApplication(entry: Loose, at: string, readers: FieldReaders): ReadApplication | undefined {
  const { issues, fail, text, list, instant } = readers;
  const before = issues.length;
  const raw = entry['application'];
  if (!isPlainObject(raw)) return fail(`${at}.application`, `expected an application, got ${describeType(raw)}`);
  const own = readInterview({ ...raw, interviewers: [] }, `${at}.application`, issues, text, list);
  const zone = own?.zone;
  const employerZone = own?.employerZone ?? zone;
  const appliedAt = raw['appliedAt'] === undefined || zone === undefined ? undefined : instant(raw['appliedAt'], `${at}.application`, 'appliedAt', zone);
  const rounds = new Map<string, ReadRound>();
  const rawRounds = list(raw['rounds'], `${at}.application.rounds`, limits.maxRounds) ?? [];
  for (let index = 0; index < rawRounds.length; index++) {
    const where = `${at}.application.rounds[${index}]`;
    const round = rawRounds[index];
    const read = isPlainObject(round) ? readInterview(round, where, issues, text, list) : fail(where, `expected a round, got ${describeType(round)}`);
    if (read === undefined || !isPlainObject(round)) continue;
    const start = instant(round['start'], where, 'start', read.zone);
    const end = instant(round['end'], where, 'end', read.zone);
    if (rounds.has(read.id)) fail(`${where}.id`, `"${read.id}" appears twice`, 'duplicate');
    if (start !== undefined && end !== undefined) rounds.set(read.id, { start, end, employerZone: read.employerZone ?? read.zone });
  }
  const invitations = raw['invitations'] === undefined ? [] : list(raw['invitations'], `${at}.application.invitations`, limits.maxRounds) ?? [];
  invitations.forEach((invitation, index) => {
    if (!isPlainObject(invitation)) fail(`${at}.application.invitations[${index}]`, `expected a round invited to, got ${describeType(invitation)}`);
  });
  const state = APPLICATION_STATES.includes(entry['state'] as ApplicationState) ? entry['state'] as ApplicationState
    : fail(`${at}.state`, `expected an application state, got ${describeType(entry['state'])}`, 'invalid-choice');
  const outcome = readOutcome(entry['outcome'], `${at}.outcome`, readers, zone);
  const silence = readSilence(entry['silence'], `${at}.silence`, readers, zone);
  const answers = readAnswers(entry['answers'], `${at}.answers`, readers, zone);
  const overdueWarning = readWarnings(entry['warnings'], `${at}.warnings`, readers);
  const id = own?.id;
  const sends = id === undefined || employerZone === undefined ? [] : readSends(entry['steps'], `${at}.steps`, readers, { id, employerZone, rounds });
  if (issues.length > before || own === undefined || zone === undefined || state === undefined) return undefined;
  return {
    id: own.id, company: own.company, zone, rounds: [...rounds.values()], invited: invitations.length > 0, state,
    answers, overdueWarning, sends,
    ...(appliedAt === undefined ? {} : { appliedAt }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(silence === undefined ? {} : { silence }),
  };
}

function readOutcome(value: unknown, at: string, { fail, instant }: FieldReaders, zone: Zone | undefined): Outcome['type'] | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) return fail(at, `expected { type, at }, got ${describeType(value)}`);
  if (zone !== undefined) instant(value['at'], at, 'at', zone);
  return OUTCOMES.has(value['type']) ? value['type'] as Outcome['type'] : fail(`${at}.type`, `expected an outcome type, got ${describeType(value['type'])}`, 'invalid-choice');
}

function readSilence(value: unknown, at: string, { fail, text, instant }: FieldReaders, zone: Zone | undefined): ReadApplication['silence'] {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) return fail(at, `expected { since, days? }, got ${describeType(value)}`);
  const since = text(value['since'], `${at}.since`);
  if (since === undefined || zone === undefined || instant(since, at, 'since', zone) === undefined) return undefined;
  const days = value['days'];
  if (days === undefined) return { since };
  if (typeof days !== 'number' || !Number.isInteger(days) || Math.abs(days) > MAX_SILENCE_DAYS) return fail(`${at}.days`, `expected a whole number of days, got ${describeType(days)}`);
  return { since, days };
}

function readAnswers(value: unknown, at: string, { fail, list, instant }: FieldReaders, zone: Zone | undefined): ReadApplication['answers'] {
  if (value === undefined) return [];
  const raw = list(value, at, limits.maxActivities) ?? [];
  const answers: { type: Answer['type']; at: number }[] = [];
  for (let index = 0; index < raw.length; index++) {
    const answer = raw[index];
    const where = `${at}[${index}]`;
    if (!isPlainObject(answer)) {
      fail(where, `expected { type, at }, got ${describeType(answer)}`);
      continue;
    }
    const type = ANSWER_TYPES.has(answer['type']) ? answer['type'] as Answer['type'] : fail(`${where}.type`, `expected reply, offer or rejection, got ${describeType(answer['type'])}`, 'invalid-choice');
    const when = zone === undefined ? undefined : instant(answer['at'], where, 'at', zone);
    if (type !== undefined && when !== undefined) answers.push({ type, at: when });
  }
  return answers;
}

function readWarnings(value: unknown, at: string, { fail, list }: FieldReaders): boolean {
  const raw = list(value, at, limits.maxSteps) ?? [];
  let overdue = false;
  for (let index = 0; index < raw.length; index++) {
    const warning = raw[index];
    const code = isPlainObject(warning) ? warning['code'] : undefined;
    if (typeof code !== 'string') fail(`${at}[${index}].code`, `expected a warning code, got ${describeType(code)}`);
    if (code === 'employer-overdue') overdue = true;
  }
  return overdue;
}

/** The application a step list belongs to: its id, and the zones its cadences count in. */
interface StepOwner {
  readonly id: string;
  readonly employerZone: Zone;
  readonly rounds: ReadonlyMap<string, ReadRound>;
}

function readSends(value: unknown, at: string, { fail, list, instant }: FieldReaders, owner: StepOwner): Send[] {
  const raw = list(value, at, limits.maxSteps) ?? [];
  const sends: Send[] = [];
  for (let index = 0; index < raw.length; index++) {
    const step = raw[index];
    const where = `${at}[${index}]`;
    if (!isPlainObject(step)) {
      fail(where, `expected a step, got ${describeType(step)}`);
      continue;
    }
    const kind = step['kind'] as StepKind;
    if (!STEP_KINDS.includes(kind)) fail(`${where}.kind`, `expected a step kind, got ${describeType(kind)}`, 'invalid-choice');
    if (step['application'] !== undefined && step['application'] !== owner.id) fail(`${where}.application`, `expected the id of the application the step is listed under, got ${describeType(step['application'])}`, 'invalid-choice');
    if (!SENT_KINDS.has(kind) || step['doneAt'] === undefined) continue;
    const round = step['round'] === undefined ? undefined : owner.rounds.get(step['round'] as string);
    if (step['round'] !== undefined && round === undefined) fail(`${where}.round`, `expected the id of one of the application's dated rounds, got ${describeType(step['round'])}`, 'invalid-choice');
    const attempt = step['attempt'];
    const counted = typeof attempt === 'number' && Number.isInteger(attempt) && attempt >= 1 && attempt <= MAX_ATTEMPT ? attempt
      : fail(`${where}.attempt`, `expected a whole number from 1, got ${describeType(attempt)}`);
    const sentAt = instant(step['doneAt'], where, 'doneAt', owner.employerZone);
    if (counted === undefined || sentAt === undefined) continue;
    sends.push({ attempt: counted, at: sentAt, kind: kind as Send['kind'], employerZone: round?.employerZone ?? owner.employerZone });
  }
  return sends;
}
