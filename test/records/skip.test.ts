import { describe, expect, it } from 'vitest';
import { FollowUpError, planPipeline, statusesAt, validatePipeline, type ApplicationInput, type PipelinePlan } from '../../src/index.js';
import { toICalendar } from '../../src/ics/index.js';
import { run } from '../helpers/cli.js';

// One bad record must not break the whole search: `planPipeline(apps, { invalid: 'skip' })`
// leaves out each application that fails validation, lists it in `skipped` with its input index,
// id and issues (paths from the pipeline), warns `skipped-application` at `applications[i]`, and
// plans the rest exactly as it would have without them.

const applied = (id: string, timeZone: string): ApplicationInput => ({ id, company: id.toUpperCase(), position: 'Engineer', timeZone, appliedAt: '2026-11-02T10:00' });
const abbreviated: ApplicationInput = { id: 'bad', company: 'Bad', position: 'Engineer', timeZone: 'PST', appliedAt: '2026-11-02' };
const nameless = { company: 'Nameless', position: 'Engineer', timeZone: 'UTC', rounds: [{ id: 'r', start: 'soon' }] } as unknown as ApplicationInput;
const PST = 'applications[0].timeZone: "PST" is an abbreviation, not an IANA zone (this runtime would read it as America/Los_Angeles); did you mean America/Los_Angeles?';

const NOW = { now: '2026-11-10T12:00:00Z' };

/** The search with skips, and what the good applications alone give. */
function both(): { readonly skipping: PipelinePlan; readonly alone: PipelinePlan } {
  return {
    skipping: planPipeline([abbreviated, applied('a', 'Europe/Berlin'), nameless, applied('b', 'America/New_York')], { ...NOW, invalid: 'skip' }),
    alone: planPipeline([applied('a', 'Europe/Berlin'), applied('b', 'America/New_York')], NOW),
  };
}

describe('planPipeline with invalid: \'skip\'', () => {
  it('lists each left-out application with its input index, its id when it has one, and every issue at its pipeline path', () => {
    expect(both().skipping.skipped).toEqual([
      { index: 0, id: 'bad', issues: [{ code: 'unknown-zone', path: 'applications[0].timeZone', message: PST }] },
      { index: 2, issues: [
        { code: 'missing-field', path: 'applications[2].id', message: 'applications[2].id: missing; expected an id' },
        { code: 'invalid-date', path: 'applications[2].rounds[0].start', message: 'applications[2].rounds[0].start: expected an ISO 8601 date and time such as "2026-11-20T14:00", got "soon"' },
      ] },
    ]);
  });

  it('warns skipped-application at applications[i], first, with the first problem and how many more', () => {
    expect(both().skipping.warnings.filter((warning) => warning.code === 'skipped-application').map(({ code, path, application, message }) => ({ code, path, application, message }))).toEqual([
      { code: 'skipped-application', path: 'applications[0]', application: 'bad', message: `"bad" was left out: ${PST}` },
      { code: 'skipped-application', path: 'applications[2]', application: undefined, message: 'Application 3 was left out: applications[2].id: missing; expected an id (and 1 more)' },
    ]);
  });

  it('plans the rest exactly as without the bad records, keeping input indexes in their paths', () => {
    const { skipping, alone } = both();
    expect(skipping.steps).toEqual(alone.steps);
    expect(skipping.applications.map((plan) => plan.application)).toEqual(alone.applications.map((plan) => plan.application));
    expect([skipping.summary, skipping.timeZone]).toEqual([alone.summary, 'Europe/Berlin']);
    const late = planPipeline([abbreviated, { ...applied('a', 'Europe/Berlin'), rounds: [{ id: 'a-1', start: '2026-11-05T10:00', interviewers: [{ name: 'Ana' }] }] }], { ...NOW, invalid: 'skip' });
    expect(late.warnings.filter((warning) => warning.code === 'missing-email').map((warning) => warning.path)).toEqual(['applications[1].rounds[0].interviewers[0].email']);
  });

  it('takes the first planned application\'s zone as the search\'s, unless the options name one', () => {
    expect(planPipeline([abbreviated, applied('a', 'Asia/Tokyo')], { invalid: 'skip' }).timeZone).toBe('Asia/Tokyo');
    expect(planPipeline([abbreviated, applied('a', 'Asia/Tokyo')], { invalid: 'skip', timeZone: 'Europe/Paris' }).timeZone).toBe('Europe/Paris');
  });

  it('gives an empty but valid plan when every application is left out, and a calendar without events', () => {
    const plan = planPipeline([abbreviated, nameless], { invalid: 'skip' });
    expect([plan.applications, plan.steps, plan.summary.active, plan.timeZone, plan.skipped?.map((entry) => entry.index)]).toEqual([[], [], 0, 'UTC', [0, 1]]);
    expect(toICalendar(plan, { generatedAt: '2026-11-10T12:00:00Z' })).not.toContain('BEGIN:VEVENT');
  });

  it('leaves out the later of two applications with one id, and a round id used twice, at the repeat\'s path', () => {
    const twice = planPipeline([applied('a', 'UTC'), applied('a', 'UTC'), applied('c', 'UTC')], { invalid: 'skip' });
    expect([twice.applications.map((plan) => plan.application.id), twice.skipped]).toEqual([['a', 'c'], [
      { index: 1, id: 'a', issues: [{ code: 'duplicate', path: 'applications[1].id', message: 'applications[1].id: "a" is also applications[0].id; give each application its own' }] },
    ]]);
  });

  it('lists skipped: [] when nothing was left out, and no skipped at all without the option', () => {
    expect(planPipeline([applied('a', 'UTC')], { invalid: 'skip' }).skipped).toEqual([]);
    expect('skipped' in planPipeline([applied('a', 'UTC')])).toBe(false);
  });

  it('keeps its skips when the plan is seen at another moment', () => {
    const { skipping } = both();
    const later = statusesAt(skipping, '2026-11-20T12:00:00Z');
    expect([later.skipped, later.warnings.filter((warning) => warning.code === 'skipped-application').length]).toEqual([skipping.skipped, 2]);
  });

  it('still refuses the whole search by default, and refuses an unknown choice', () => {
    const error = ((): unknown => {
      try {
        return planPipeline([abbreviated, applied('a', 'UTC'), nameless]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FollowUpError);
    expect((error as FollowUpError).issues.map((found) => found.path)).toEqual(['applications[0].timeZone', 'applications[2].id', 'applications[2].rounds[0].start']);
    expect(validatePipeline([applied('a', 'UTC')], { invalid: 'ignore' })).toEqual([{ code: 'invalid-choice', path: 'invalid', message: 'invalid: expected "throw" or "skip", got "ignore"' }]);
  });

  it('still refuses bad options under skip: only applications are left out', () => {
    expect(validatePipeline([applied('a', 'UTC')], { invalid: 'skip', now: 'soon' }).map(({ code, path }) => [code, path])).toEqual([['invalid-date', 'now']]);
  });
});

describe('the command skips a bad record with one line each', () => {
  it('plans the rest and says which it left out on standard error, exit 0', () => {
    const result = run(['-', '--now', '2026-11-10T12:00:00Z'], JSON.stringify({ applications: [abbreviated, applied('a', 'Europe/Berlin'), nameless] }));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe([
      `interview-followup: skipped applications[0] (bad): ${PST}`,
      'interview-followup: skipped applications[2]: applications[2].id: missing; expected an id',
      '',
    ].join('\n'));
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['Job search · 1 application · 1 active (Europe/Berlin)', '  A · Engineer · applied 2026-11-02']);
  });
});
