import fc from 'fast-check';
import {
  FollowUpError, planApplication, planFollowUps, planPipeline,
  type ApplicationActivity, type ApplicationInput, type ApplicationPlan, type FollowUpPlan, type InterviewInput, type IsoWeekday,
  type PipelinePlan, type PolicyOverrides, type RoundInput,
} from '../../src/index.js';

// Searches as apps hold them, for properties over every planner: applications with or without
// rounds (dated, date-only, not yet scheduled), contacts, logs of every activity type, policies
// and a `now`, all within the documented limits and mostly valid.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EARLIEST = Date.UTC(1970, 1, 1);
const LATEST = Date.UTC(2100, 5, 1);

const zones = ['America/New_York', 'America/Chicago', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'Asia/Tokyo', 'America/Sao_Paulo'];
const zone = fc.constantFrom(...zones);
const iso = (ms: number): string => new Date(ms).toISOString();
const day = (ms: number): string => iso(ms).slice(0, 10);

const person = fc.record({
  name: fc.constantFrom('Ana Ruiz', 'Bo Chen', 'ana ruiz', 'Zoë Ångström', '田中 太郎', 'Dr. Cy Park [Panel]'),
  email: fc.option(fc.constantFrom('ana@acme.example', 'bo@acme.example', 'cy@globex.example'), { nil: undefined }),
}).map(({ name, email }) => ({ name, ...(email === undefined ? {} : { email }) }));

const roundShape = fc.record({
  gapDays: fc.integer({ min: 1, max: 30 }),
  minutes: fc.integer({ min: 15, max: 300 }),
  dateOnly: fc.boolean(),
  interviewers: fc.array(person, { maxLength: 3 }),
  decisionDays: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  permission: fc.option(fc.constantFrom('granted', 'declined', 'not-asked') as fc.Arbitrary<'granted' | 'declined' | 'not-asked'>, { nil: undefined }),
  label: fc.option(fc.constantFrom('Phone screen', 'Onsite [final]'), { nil: undefined }),
  timeZone: fc.option(zone, { nil: undefined }),
});

const TYPES = [
  'thank-you-sent', 'check-in-sent', 'follow-up-sent', 'message-sent', 'reply-received', 'offer-received', 'rejection-received',
  'offer-accepted', 'offer-declined', 'withdrew', 'ghosted', 'step-done', 'step-rescheduled',
] as const;
const activityShape = fc.record({
  type: fc.constantFrom(...TYPES),
  hours: fc.integer({ min: 0, max: 90 * 24 }),
  dateOnly: fc.boolean(),
  deadlineDays: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  step: fc.constantFrom('check-in-1', 'keep-searching-2', 'offer-response', 'application-follow-up-1', 'before-leaving'),
  to: fc.option(fc.constantFrom('Ana Ruiz', 'rita@acme.example'), { nil: undefined }),
});

const applicationShape = fc.record({
  idStyle: fc.constantFrom('app-', 'App ', 'APP-'),
  company: fc.constantFrom('Acme', 'Globex [EU]', 'Initech & Sons', 'Ünïcode GmbH', '株式会社テスト'),
  position: fc.constantFrom('Engineer', 'Software Engineer [Remote]', 'PM (Berlin)'),
  timeZone: zone,
  employerTimeZone: fc.option(zone, { nil: undefined }),
  contact: fc.option(fc.record({ name: fc.constantFrom('Rita Diaz', 'Sam O\'Neil'), email: fc.option(fc.constantFrom('rita@acme.example'), { nil: undefined }) }), { nil: undefined }),
  appliedDaysBefore: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  appliedDateOnly: fc.boolean(),
  startDays: fc.integer({ min: 0, max: 60 }),
  rounds: fc.array(roundShape, { maxLength: 3 }),
  invited: fc.boolean(),
  activities: fc.array(activityShape, { maxLength: 6 }),
});

const policy: fc.Arbitrary<PolicyOverrides> = fc.record({
  letters: fc.boolean(),
  maxCheckIns: fc.integer({ min: 0, max: 4 }),
  keepSearchingEveryDays: fc.integer({ min: 0, max: 14 }),
  fallbackUnit: fc.constantFrom('days', 'working-days') as fc.Arbitrary<'days' | 'working-days'>,
  thankYouTo: fc.constantFrom('each', 'first') as fc.Arbitrary<'each' | 'first'>,
  maxApplicationFollowUps: fc.integer({ min: 0, max: 3 }),
  applicationFollowUpUnit: fc.constantFrom('days', 'working-days') as fc.Arbitrary<'days' | 'working-days'>,
  employerResponseDays: fc.integer({ min: 1, max: 60 }),
  workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((days) => days as IsoWeekday[]),
}, { requiredKeys: [] });

/** A search: its applications and the options every planner takes. */
export interface Search {
  readonly applications: readonly ApplicationInput[];
  readonly now?: string;
  readonly policy?: PolicyOverrides;
  readonly id?: string;
  readonly timeZone?: string;
  /** An instant near the search, to see its plans at. */
  readonly later: string;
}

function activityOf(shape: typeof activityShape extends fc.Arbitrary<infer T> ? T : never, from: number, interviewer: string): ApplicationActivity {
  const at = from + shape.hours * HOUR;
  const when = shape.dateOnly ? day(at) : iso(at);
  switch (shape.type) {
    case 'thank-you-sent': return { type: shape.type, at: when, interviewer };
    case 'offer-received': return { type: shape.type, at: when, ...(shape.deadlineDays === undefined ? {} : { deadline: day(at + shape.deadlineDays * DAY) }) };
    case 'message-sent': return { type: shape.type, at: when, ...(shape.to === undefined ? {} : { to: shape.to }) };
    case 'step-done': return { type: shape.type, at: when, step: shape.step };
    case 'step-rescheduled': return { type: shape.type, at: when, step: shape.step, to: iso(at + 3 * DAY) };
    default: return { type: shape.type, at: when } as ApplicationActivity;
  }
}

function applicationOf(shape: typeof applicationShape extends fc.Arbitrary<infer T> ? T : never, index: number, base: number): ApplicationInput {
  const anchor = base + shape.startDays * DAY;
  let cursor = anchor;
  const rounds: RoundInput[] = shape.rounds.map((round, at) => {
    cursor += (at === 0 ? 0 : round.gapDays * DAY);
    const start = cursor;
    cursor += round.minutes * 60_000;
    return {
      id: `a${index}-r${at}`, ...(round.label === undefined ? {} : { label: round.label }),
      start: round.dateOnly ? day(start) : iso(start), ...(round.dateOnly ? {} : { end: iso(cursor) }),
      ...(round.timeZone === undefined ? {} : { timeZone: round.timeZone }),
      interviewers: round.interviewers,
      ...(round.decisionDays === undefined ? {} : { decisionDate: day(start + round.decisionDays * DAY) }),
      ...(round.permission === undefined ? {} : { followUpPermission: round.permission }),
    };
  });
  if (shape.invited) rounds.push({ id: `a${index}-invited`, interviewers: [] });
  const dated = shape.rounds.length > 0;
  const applied = shape.appliedDaysBefore ?? (dated ? undefined : 0);
  const appliedAt = applied === undefined ? undefined : anchor - applied * DAY;
  // Activities come after the last dated round ends, or after applying; thanks and check-ins need
  // a round, and a thank-you names one of its interviewers.
  const from = dated ? cursor + HOUR : (appliedAt ?? anchor) + HOUR;
  const thanked = shape.rounds.at(-1)?.interviewers[0]?.name;
  const activities = shape.activities
    .filter((activity) => (dated || activity.type !== 'check-in-sent') && (thanked !== undefined || activity.type !== 'thank-you-sent'))
    .map((activity) => activityOf(activity, from, thanked ?? ''));
  return {
    id: `${shape.idStyle}${index}`, company: shape.company, position: shape.position, timeZone: shape.timeZone,
    ...(shape.employerTimeZone === undefined ? {} : { employerTimeZone: shape.employerTimeZone }),
    ...(shape.contact === undefined ? {} : { contact: { name: shape.contact.name, ...(shape.contact.email === undefined ? {} : { email: shape.contact.email }) } }),
    ...(appliedAt === undefined ? {} : { appliedAt: shape.appliedDateOnly ? day(appliedAt) : iso(appliedAt) }),
    rounds, activities,
  };
}

/** A search of one to `most` applications somewhere in 1970–2100. */
export function searches(most = 4): fc.Arbitrary<Search> {
  return fc.record({
    base: fc.integer({ min: EARLIEST, max: LATEST - 200 * DAY }),
    applications: fc.array(applicationShape, { minLength: 1, maxLength: most }),
    nowDays: fc.option(fc.integer({ min: -10, max: 200 }), { nil: undefined }),
    laterDays: fc.integer({ min: -10, max: 300 }),
    policy: fc.option(policy, { nil: undefined }),
    id: fc.option(fc.constantFrom('search', 'my-search-2026'), { nil: undefined }),
    timeZone: fc.option(zone, { nil: undefined }),
  }).map(({ base, applications, nowDays, laterDays, policy: overrides, id, timeZone }) => ({
    applications: applications.map((shape, index) => applicationOf(shape, index, base)),
    ...(nowDays === undefined ? {} : { now: iso(base + nowDays * DAY) }),
    ...(overrides === undefined ? {} : { policy: overrides }),
    ...(id === undefined ? {} : { id }),
    ...(timeZone === undefined ? {} : { timeZone }),
    later: iso(Math.min(base + laterDays * DAY, Date.UTC(2100, 11, 31))),
  }));
}

/** The first dated round of the search's first application, as an interview with the log that follows it. */
export function interviewOf(search: Search): { readonly interview: InterviewInput; readonly activities: readonly ApplicationActivity[] } | undefined {
  const [first] = search.applications;
  const round = first?.rounds?.find((candidate) => candidate.start !== undefined);
  if (first === undefined || round === undefined) return undefined;
  const { label: _label, timeZone, employerTimeZone, ...rest } = round;
  const employer = employerTimeZone ?? first.employerTimeZone;
  return {
    interview: { ...rest, company: first.company, position: first.position, timeZone: timeZone ?? first.timeZone, ...(employer === undefined ? {} : { employerTimeZone: employer }) } as InterviewInput,
    activities: first.activities ?? [],
  };
}

/** Runs a planner, giving `undefined` when it refuses the input (a `FollowUpError`): properties hold for what planners accept. */
export function accepted<T>(plan: () => T): T | undefined {
  try {
    return plan();
  } catch (error) {
    if (error instanceof FollowUpError) return undefined;
    throw error;
  }
}

/** The search's three plans, as far as each planner accepts its part: the interview, the first application, the whole search. */
export function plansOf(search: Search, now: string | undefined = search.now): { interview?: FollowUpPlan; application?: ApplicationPlan; pipeline?: PipelinePlan } {
  const at = now === undefined ? {} : { now };
  const policy = search.policy === undefined ? {} : { policy: search.policy };
  const single = interviewOf(search);
  const interview = single === undefined ? undefined : accepted(() => planFollowUps(single.interview, { ...at, ...policy, activities: single.activities }));
  const application = accepted(() => planApplication(search.applications[0]!, { ...at, ...policy }));
  const pipeline = accepted(() => planPipeline(search.applications, {
    ...at, ...policy, ...(search.id === undefined ? {} : { id: search.id }), ...(search.timeZone === undefined ? {} : { timeZone: search.timeZone }),
  }));
  return { ...(interview === undefined ? {} : { interview }), ...(application === undefined ? {} : { application }), ...(pipeline === undefined ? {} : { pipeline }) };
}
