import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPipeline, searchInsights, type ApplicationInput, type PolicyOverrides } from '../../src/index.js';
import { root, run } from '../helpers/cli.js';

/** The worked example of docs/applications.md's "Insights" section: its search, command and printed output. */
function workedExample(): { search: { policy: PolicyOverrides; applications: ApplicationInput[] }; command: string; output: string } {
  const guide = readFileSync(join(root, 'docs/applications.md'), 'utf8');
  const section = guide.slice(guide.indexOf('### A worked example: six applications on 4 December'));
  const block = (lang: string): string => {
    const start = section.indexOf(`\`\`\`${lang}\n`) + lang.length + 4;
    return section.slice(start, section.indexOf('```', start));
  };
  return { search: JSON.parse(block('json')), command: block('sh'), output: block('text') };
}

const NOW = '2026-12-04T17:00:00Z';
const ZONE = 'America/New_York';

describe('searchInsights on the guide\'s worked example', () => {
  const { search, command, output } = workedExample();

  it('gives the numbers counted by hand in the guide', () => {
    const insights = searchInsights(planPipeline(search.applications, { now: NOW, policy: search.policy }));
    expect(insights).toEqual({
      applications: 6, withInterview: 3, responded: 5, responseRate: 5 / 6, interviewRate: 3 / 6, offerRate: 1 / 6,
      medianDaysToFirstResponse: 10, firstResponses: 4,
      funnel: { applied: 6, interviewed: 3, offered: 1, accepted: 0 },
      followUps: [{ attempt: 1, sent: 4, answered: 2 }, { attempt: 2, sent: 1, answered: 1 }],
      silentEmployers: [
        { application: 'initech', company: 'Initech', since: '2026-11-09T10:00:00.000-05:00', days: 25, employerOverdue: false },
        { application: 'globex', company: 'Globex', since: '2026-11-16T12:00:00.000-05:00', days: 18, employerOverdue: true },
        { application: 'hooli', company: 'Hooli', since: '2026-11-16T10:00:00.000-05:00', days: 18, employerOverdue: false },
        { application: 'soylent', company: 'Soylent', since: '2026-11-20T10:00:00.000-05:00', days: 14, employerOverdue: false },
        { application: 'acme', company: 'Acme', since: '2026-11-24T15:00:00.000-05:00', days: 10, employerOverdue: false },
      ],
    });
  });

  it('prints with --insights exactly the output the guide shows, every line within 80 columns', () => {
    expect(command).toBe(`npx interview-followup search.json --insights --now ${NOW}\n`);
    const result = run(['-', '--insights', '--now', NOW], JSON.stringify(search));
    expect(result).toEqual({ status: 0, stdout: output, stderr: '' });
    expect(output.split('\n').filter((line) => Array.from(line).length > 80)).toEqual([]);
  });
});

const application = (id: string, fields: Omit<Partial<ApplicationInput>, 'id'>): ApplicationInput => ({ id, company: `${id[0]?.toUpperCase()}${id.slice(1)}`, position: 'Engineer', timeZone: ZONE, ...fields });

describe('interview-followup --insights', () => {
  it('reads an application as a search of one', () => {
    const acme = application('acme', { appliedAt: '2026-11-02T10:00', activities: [{ type: 'follow-up-sent', at: '2026-11-09T10:00' }, { type: 'reply-received', at: '2026-11-12T10:00' }] });
    const result = run(['-', '--insights', '--now', NOW], JSON.stringify({ application: acme }));
    expect(result).toEqual({
      status: 0, stderr: '', stdout: [
        'Job search insights · 1 application (America/New_York)',
        '',
        'Answered     ████████████████████  100%  1 of 1',
        'Interviewed  ░░░░░░░░░░░░░░░░░░░░    0%  0 of 1',
        'Offered      ░░░░░░░░░░░░░░░░░░░░    0%  0 of 1',
        'First answer: a median of 10 days after applying (1 application)',
        '',
        'Funnel',
        '  applied      ████████████████████  1',
        '  interviewed  ░░░░░░░░░░░░░░░░░░░░  0',
        '  offered      ░░░░░░░░░░░░░░░░░░░░  0',
        '  accepted     ░░░░░░░░░░░░░░░░░░░░  0',
        '',
        'Follow-ups answered within the repeat interval',
        '  attempt 1  ████████████████████  100%  1 of 1',
        '',
        'Silent employers',
        '  Acme  22 days since 2026-11-12',
        '',
      ].join('\n'),
    });
  });

  it('says "none" under empty lists and that no first answer is known, for a search that only heard no', () => {
    const result = run(['-', '--insights', '--now', NOW], JSON.stringify([application('umbrella', { rounds: [{ id: 'u-1', start: '2026-11-10T10:00' }], activities: [{ type: 'rejection-received', at: '2026-11-11T16:00' }] })]));
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(3)).toEqual([
      'Interviewed  ████████████████████  100%  1 of 1',
      'Offered      ░░░░░░░░░░░░░░░░░░░░    0%  0 of 1',
      'First answer: no application with a known application date has had one yet',
      '',
      'Funnel',
      '  applied      ████████████████████  1',
      '  interviewed  ████████████████████  1',
      '  offered      ░░░░░░░░░░░░░░░░░░░░  0',
      '  accepted     ░░░░░░░░░░░░░░░░░░░░  0',
      '',
      'Follow-ups answered within the repeat interval',
      '  none',
      '',
      'Silent employers',
      '  none',
      '',
    ]);
  });

  it('cuts long company names to 24 characters and pads by characters, not bytes, within 80 columns', () => {
    const result = run(['-', '--insights', '--now', NOW], JSON.stringify([
      application('long', { company: 'Consolidated Amalgamated Widgets International', appliedAt: '2026-11-02T10:00' }),
      application('zoe', { company: 'Zoë Café', appliedAt: '2026-11-03T10:00' }),
    ]));
    const lines = result.stdout.split('\n');
    expect(lines.slice(lines.indexOf('Silent employers'))).toEqual([
      'Silent employers',
      '  Consolidated Amalgamate…  32 days since 2026-11-02',
      '  Zoë Café                  31 days since 2026-11-03',
      '',
    ]);
    expect(lines.filter((line) => Array.from(line).length > 80)).toEqual([]);
  });

  it.each([
    ['a single interview', ['-', '--insights'], '--insights reads a search (or an application); the input is a single interview, which has no rates to show'],
    ['--json beside it', ['-', '--insights', '--json'], '--insights and --json cannot be combined; choose one'],
    ['--today beside it', ['-', '--insights', '--today'], '--insights and --today cannot be combined; choose one'],
    ['the calendar on standard output beside it', ['-', '--insights', '--ics', '-'], '--insights and --ics - cannot be combined; choose one'],
  ])('refuses %s as bad usage (exit status 2)', (_name, args, message) => {
    const interview = { id: 'a', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00', timeZone: ZONE };
    expect(run(args, JSON.stringify(interview))).toEqual({ status: 2, stdout: '', stderr: `interview-followup: ${message}\nTry 'interview-followup --help'.\n` });
  });

  it('fails as without --insights when no application of the search can be planned', () => {
    const result = run(['-', '--insights', '--now', NOW], JSON.stringify([{ id: 'x' }]));
    expect([result.status, result.stdout, result.stderr.split('\n').at(-2)]).toEqual([1, '', 'interview-followup: no application could be planned']);
  });

  it('is listed in --help', () => {
    expect(run(['--help']).stdout).toContain('  --insights               print what the log says about a search instead: answer,\n');
  });
});
