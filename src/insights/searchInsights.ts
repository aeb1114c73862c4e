import type { Outcome } from '../application/planTypes.js';
import { FollowUpError, guarded, issue } from '../errors/FollowUpError.js';
import type { PipelinePlan } from '../pipeline/types.js';
import { workingTimeFor, type Policy } from '../policy/policy.js';
import { resolvePolicy } from '../policy/readPolicy.js';
import { afterDays } from '../steps/steps.js';
import { localDay } from '../time/zone.js';
import { describeType, isPlainObject, keyIssues } from '../validate/guards.js';
import { readSearch, type ReadApplication, type ReadSearch, type Send } from './read.js';
import type { FollowUpAnswers, InsightsOptions, SearchInsights, SilentEmployer } from './types.js';

/** Outcomes only an offer leads to. */
const OFFERED: ReadonlySet<Outcome['type'] | undefined> = new Set<Outcome['type'] | undefined>(['offer', 'accepted', 'declined']);

/**
 * What the log of a search says: how many applications got a response, an interview, an offer;
 * how long the first response took; how far the applications went; how often each follow-up
 * attempt was answered; and which employers have been silent longest. Every number is defined
 * on {@link SearchInsights}.
 *
 * A pure function of the plan: the same plan after a trip through JSON, storage or a hand edit
 * gives the same numbers, and a malformed one a {@link FollowUpError} with the field's path. The
 * applications' order changes nothing but the order of equally long silences.
 *
 * @param plan - A plan from {@link planPipeline}, or the same data after a trip through JSON.
 * @param options - `employerResponseDays`: the line for `employerOverdue` when the plan's policy has none.
 * @returns The numbers; the plan is not modified.
 * @throws {@link FollowUpError} when the plan is not a search plan or is malformed (paths start with `plan`), or an option is invalid (paths start with `options`).
 *
 * @example
 * ```ts
 * import { planPipeline, searchInsights } from 'interview-followup';
 *
 * const plan = planPipeline([
 *   { id: 'acme', company: 'Acme', position: 'Engineer', timeZone: 'Europe/Paris', appliedAt: '2026-11-02T10:00',
 *     rounds: [{ id: 'acme-1', start: '2026-11-09T10:00' }] },
 *   { id: 'globex', company: 'Globex', position: 'Engineer', timeZone: 'Europe/Paris', appliedAt: '2026-11-03T10:00' },
 * ], { now: '2026-11-20T10:00' });
 * const insights = searchInsights(plan);
 * insights.responseRate;
 * //=> 0.5
 * insights.medianDaysToFirstResponse;
 * //=> 7
 * ```
 */
export function searchInsights(plan: PipelinePlan, options?: InsightsOptions): SearchInsights {
  return guarded('plan', () => {
    const line = readOptions(options);
    return insightsOf(readSearch(plan, 'plan'), line);
  });
}

/** The options' `employerResponseDays`, checked as the policy's own. */
function readOptions(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  if (!isPlainObject(options)) throw new FollowUpError([issue('invalid-type', 'options', `expected { employerResponseDays? }, got ${describeType(options)}`)]);
  const unknown = keyIssues(options, ['employerResponseDays'], 'options');
  const { policy, issues } = resolvePolicy({ employerResponseDays: options['employerResponseDays'] }, 'options');
  const [first, ...rest] = [...unknown, ...issues];
  if (first !== undefined) throw new FollowUpError([first, ...rest]);
  return options['employerResponseDays'] === undefined ? undefined : policy?.employerResponseDays;
}

function insightsOf(search: ReadSearch, line: number | undefined): SearchInsights {
  const { applications, now, policy } = search;
  const total = applications.length;
  const rate = (count: number): number => (total === 0 ? 0 : count / total);
  let withInterview = 0;
  let responded = 0;
  let offered = 0;
  let accepted = 0;
  const days: number[] = [];
  const rows = new Map<number, { sent: number; answered: number }>();
  for (const app of applications) {
    const heard = responseTimes(app, now);
    const offer = OFFERED.has(app.outcome) || app.answers.some((answer) => answer.type === 'offer' && byNow(answer.at, now));
    if (app.rounds.length > 0) withInterview++;
    if (heard.length > 0 || offer || app.invited) responded++;
    if (offer) offered++;
    if (app.outcome === 'accepted') accepted++;
    const first = heard.length === 0 ? undefined : Math.min(...heard);
    if (app.appliedAt !== undefined && first !== undefined) days.push(Math.max(0, localDay(app.zone, first) - localDay(app.zone, app.appliedAt)));
    for (const send of app.sends) {
      const row = rows.get(send.attempt) ?? { sent: 0, answered: 0 };
      const until = repeatEnd(send, policy);
      rows.set(send.attempt, { sent: row.sent + 1, answered: row.answered + (heard.some((t) => t > send.at && t <= until) ? 1 : 0) });
    }
  }
  const median = medianOf(days);
  return {
    applications: total, withInterview, responded,
    responseRate: rate(responded), interviewRate: rate(withInterview), offerRate: rate(offered),
    ...(median === undefined ? {} : { medianDaysToFirstResponse: median }),
    firstResponses: days.length,
    funnel: { applied: total, interviewed: withInterview, offered, accepted },
    followUps: [...rows].sort(([a], [b]) => a - b).map(([attempt, row]): FollowUpAnswers => ({ attempt, ...row })),
    silentEmployers: silentEmployers(search, line),
  };
}

function byNow(at: number, now: number | undefined): boolean {
  return now === undefined || at <= now;
}

/**
 * When the employer responded, as far as the plan dates it: each answer by `now` at its time, and
 * each dated round at its start, or at `now` when it starts later (it was arranged by then).
 */
function responseTimes(app: ReadApplication, now: number | undefined): number[] {
  const answers = app.answers.filter((answer) => byNow(answer.at, now)).map((answer) => answer.at);
  const rounds = app.rounds.map((round) => (now === undefined ? round.start : Math.min(round.start, now)));
  return [...answers, ...rounds];
}

/** The end of a send's answer window: its cadence's repeat interval after it, counted as the cadence counts. */
function repeatEnd(send: Send, policy: Policy): number {
  const source = { working: workingTimeFor(policy, send.employerZone) };
  return send.kind === 'check-in'
    ? afterDays(source, send.at, policy.repeatDays, policy.repeatUnit)
    : afterDays(source, send.at, policy.applicationRepeatDays, policy.applicationFollowUpUnit);
}

function medianOf(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return undefined;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

function silentEmployers(search: ReadSearch, line: number | undefined): SilentEmployer[] {
  const { applications, policy, now } = search;
  const own = policy.employerResponseDays !== undefined;
  const open = applications.filter((app) => app.state !== 'closed').map((app): SilentEmployer => ({
    application: app.id, company: app.company,
    ...(app.silence === undefined ? {} : { since: app.silence.since, ...(app.silence.days === undefined ? {} : { days: app.silence.days }) }),
    employerOverdue: own ? app.overdueWarning : line !== undefined && pastLine(app, line, policy, now),
  }));
  // A stable sort keeps equally long silences in plan order.
  return open.sort((a, b) => (b.days ?? Number.NEGATIVE_INFINITY) - (a.days ?? Number.NEGATIVE_INFINITY) || 0);
}

/**
 * The planner's `employer-overdue` rule with another line: no outcome yet, and `days` calendar
 * days (same wall time, the round's employer's zone) passed by `now` since the latest dated round
 * ended, without an offer or a rejection since.
 */
function pastLine(app: ReadApplication, days: number, policy: Policy, now: number | undefined): boolean {
  if (now === undefined || app.outcome !== undefined) return false;
  const latest = app.rounds.reduce<ReadApplication['rounds'][number] | undefined>((found, round) => (found === undefined || round.start >= found.start ? round : found), undefined);
  if (latest === undefined) return false;
  const decided = app.answers.some((answer) => answer.type !== 'reply' && answer.at >= latest.end && answer.at <= now);
  return !decided && now >= afterDays({ working: workingTimeFor(policy, latest.employerZone) }, latest.end, days, 'days');
}
