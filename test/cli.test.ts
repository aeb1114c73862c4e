import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');

function run(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const example = readFileSync(join(root, 'examples/interview.json'), 'utf8');

describe('interview-followup command', () => {
  it('prints the agenda of the bundled example, as committed in examples/agenda.txt', () => {
    const result = run(['examples/interview.json', '--now', '2026-11-22T09:00:00Z']);
    expect(result).toEqual({ status: 0, stdout: readFileSync(join(root, 'examples/agenda.txt'), 'utf8'), stderr: '' });
    expect(result.stdout.split('\n')[4]).toBe('Mon 2026-11-23 10:00  Thank Ana Ruiz for the Acme interview (moved)  [open]');
  });

  it('matches the agenda the README shows', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = /The demo prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(readFileSync(join(root, 'examples/agenda.txt'), 'utf8'));
  });

  it('reads the interview from standard input, with activities and policy in the wrapper form', () => {
    const wrapped = JSON.stringify({
      interview: JSON.parse(example),
      activities: [{ type: 'thank-you-sent', at: '2026-11-21T16:00:00Z', interviewer: 'Ana Ruiz' }],
      policy: { maxCheckIns: 1 },
    });
    const result = run(['-', '--now', '2026-11-22T09:00:00Z'], wrapped);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Thank Ana Ruiz for the Acme interview (moved)  [done]');
    expect(result.stdout).toContain('Check in with Acme about the Staff Engineer role (1 of 1)');
  });

  it('loads neither the calendar entry nor ics to print an agenda, and loads both to write a calendar', () => {
    const loaded = (args: readonly string[]): string[] => {
      const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm' } });
      expect(result.status).toBe(0);
      return [...result.stderr.matchAll(/Storing (file:\S+)/g)].map((match) => match[1] ?? '');
    };
    const calendarCode = (urls: readonly string[]): string[] => urls.filter((url) => /\/dist\/ics\/|\/node_modules\/ics\//.test(url));
    const agenda = loaded(['examples/interview.json', '--now', '2026-11-22T09:00:00Z']);
    expect(agenda.some((url) => url.endsWith('/dist/index.js'))).toBe(true);
    expect(calendarCode(agenda)).toEqual([]);
    const calendar = loaded(['examples/interview.json', '--now', '2026-11-22T09:00:00Z', '--ics', '-']);
    expect(calendarCode(calendar).length).toBeGreaterThanOrEqual(2);
  });

  it('writes the calendar to standard output with --ics -', () => {
    const result = run(['examples/interview.json', '--ics', '-', '--generated-at', '2026-11-22T09:00:00Z', '--sender', 'Sam Lee']);
    expect(result.status).toBe(0);
    const events = new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(8);
    expect(String(events[1]?.getFirstPropertyValue('description'))).toContain('Best regards,\nSam Lee');
  });

  it('writes the calendar to a file and says so on standard error', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'ifu-')), 'plan.ics');
    const result = run(['examples/interview.json', '--ics', target, '--generated-at', '2026-11-22T09:00:00Z']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`Wrote 8 events to ${target}\n`);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(root, 'examples/follow-ups.ics'), 'utf8'));
  });

  it('prints the plan as JSON with --json', () => {
    const result = run(['examples/interview.json', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).steps[1].suggestedAt).toBe('2026-11-23T10:00:00.000-05:00');
  });

  it.each([
    ['an unknown zone', JSON.stringify({ ...JSON.parse(example), timeZone: 'Mars/Base' }), 'interview-followup: timeZone: unknown IANA zone "Mars/Base"\n'],
    ['invalid JSON', '{ "id": ', 'interview-followup: standard input: invalid JSON: '],
    ['a __proto__ key', `{"__proto__": {"x": 1}, ${example.trim().slice(1)}`, 'interview-followup: __proto__: the key "__proto__" is not allowed\n'],
  ])('reports %s on one line per problem, exit 1, no stack trace', (_name, input, message) => {
    const result = run(['-'], input);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('reports every problem of an input, one per line', () => {
    const result = run(['-'], JSON.stringify({ id: 'x', company: 'Acme', position: '', start: 'soon', timeZone: 'UTC' }));
    expect(result).toEqual({
      status: 1, stdout: '',
      stderr: 'interview-followup: position: expected a position, got an empty string\ninterview-followup: start: expected an ISO 8601 date and time such as "2026-11-20T14:00", got "soon"\n',
    });
  });

  it('reports a missing file with exit 1', () => {
    expect(run(['nope.json'])).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: nope.json: no such file\n' });
  });

  it.each([
    [[], 'missing the input file (or - for standard input)'],
    [['a.json', 'b.json'], 'expected one input file, got 2'],
    [['examples/interview.json', '--frobnicate'], 'interview-followup: unknown option --frobnicate\n'],
    [['examples/interview.json', '--json', '--ics', '-'], '--json and --ics - both write to standard output; choose one'],
  ])('exits 2 for bad usage: %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Try 'interview-followup --help'.");
  });

  it('prints help and the version', () => {
    expect(run(['--help']).stdout).toContain('Usage: interview-followup <input.json | -> [options]');
    expect(run(['--version']).stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });
});

describe('interview-followup command, as a person uses it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ifu-person-'));

  it.each([
    ['a missing folder', () => join(folder, 'no/such/folder/plan.ics'), /^interview-followup: .*no\/such\/folder\/plan\.ics: the folder .* does not exist\n$/],
    ['a directory', () => folder, /^interview-followup: .*: is a directory; name a file such as .*\/follow-ups\.ics\n$/],
    ['the input file itself', () => join(root, 'examples/interview.json'), /^interview-followup: .*examples\/interview\.json: is the input file; choose another name for the calendar\n$/],
  ])('refuses --ics to %s on one line, exit 1, writing nothing', (_name, target, message) => {
    const before = readFileSync(join(root, 'examples/interview.json'), 'utf8');
    const result = run(['examples/interview.json', '--ics', target(), '--generated-at', '2026-11-22T09:00:00Z']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(readFileSync(join(root, 'examples/interview.json'), 'utf8')).toBe(before);
  });

  it('shows statuses at the current time when --now is not given', () => {
    const result = run(['examples/interview.json']);
    expect(result.status).toBe(0);
    // The example lies in the past of any clock this test runs on, so its first step is overdue.
    expect(result.stdout.split('\n')[3]).toBe('Fri 2026-11-20 14:00  Before you leave the Acme interview: ask about next steps  [overdue]');
  });

  it('lists the required fields of the input in --help', () => {
    const help = run(['--help']).stdout;
    for (const field of ['id ', 'company ', 'position ', 'start ', 'timeZone ']) expect(help).toContain(`\n  ${field}`);
    expect(help).toContain('Other keys are errors.');
  });

  it('escapes control characters from the input before they reach the terminal', () => {
    const input = JSON.stringify({ ...JSON.parse(example), ['\u001b[31mevil']: 1, timeZone: 'Mars/\u001b]0;title\u0007' });
    const result = run(['-'], input);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(result.stderr).toContain('\\u001b[31mevil');
  });

  it('refuses an endless input at its size cap instead of reading it all', () => {
    const result = run(['/dev/zero']);
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: /dev/zero: larger than 1000000 bytes\n' });
  });

  it('writes zone names as the canonical spelling whatever the case given', () => {
    const result = run(['-', '--now', '2026-11-22T09:00:00Z'], JSON.stringify({ ...JSON.parse(example), timeZone: 'america/new_york', employerTimeZone: 'AMERICA/CHICAGO' }));
    expect(result.stdout.split('\n')[0]).toBe('Acme · Staff Engineer · interview Fri 2026-11-20 14:00–15:00 (America/New_York)');
  });
});

describe('interview-followup command, the whole search', () => {
  it('prints the pipeline agenda the README shows, as committed in examples/pipeline-agenda.txt', () => {
    const result = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z']);
    const committed = readFileSync(join(root, 'examples/pipeline-agenda.txt'), 'utf8');
    expect(result).toEqual({ status: 0, stdout: committed, stderr: '' });
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`text\n${committed}\`\`\``);
  });

  it('names every line\'s company and the state of each application in the header', () => {
    const lines = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z']).stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Job search · 3 applications · 2 active (America/New_York)',
      '  Acme · Staff Engineer · 2 rounds · offer, answer by 2026-12-09',
      '  Globex · Product Engineer · 1 round · following-up',
      '  Initech · Platform Engineer · 1 round · closed (rejected)',
      'Advice: article (the defaults, from the source article)',
      '',
    ]);
    const steps = lines.slice(6, lines.indexOf('', 6));
    expect(steps.length).toBe(25);
    for (const step of steps) expect(step).toMatch(/^\w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}(Acme|Globex|Initech|Search) · /);
  });

  it('lists with --today what is open or overdue by at most 14 days, and the next upcoming step, in time order', () => {
    const lines = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z', '--today']).stdout.split('\n');
    expect(lines.slice(6, lines.indexOf('', 6))).toEqual([
      'Thu 2026-11-12 12:00  Search · Keep your job search going: 3 applications active (1 of 5)  [overdue]',
      'Thu 2026-11-19 12:00  Search · Keep your job search going: 3 applications active (2 of 5)  [overdue]',
      'Mon 2026-11-23 10:00  Acme · Thank Bo Chen for the Acme interview (moved)  [overdue]',
      'Wed 2026-11-25 04:00  Initech · Reply to Initech\'s decision: thank them and ask for feedback  [overdue]',
      'Thu 2026-11-26 12:00  Search · Keep your job search going: 2 applications active (3 of 5)  [open]',
      'Wed 2026-12-02 11:00  Globex · Tell Globex about your offer and ask about their timeline  [overdue]',
      'Thu 2026-12-03 12:00  Search · Keep your job search going: 2 applications active (4 of 5)  [upcoming]',
      'Tue 2026-12-08 10:00  Acme · Answer the Acme offer for the Staff Engineer role  [open]',
    ]);
  });

  it('writes one calendar for the search, equal to the committed one', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'ifu-')), 'search.ics');
    const result = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z', '--ics', target, '--generated-at', '2026-12-03T14:00:00Z']);
    expect(result.stderr).toBe(`Wrote 25 events to ${target}\n`);
    const text = readFileSync(target, 'utf8');
    expect(text).toBe(readFileSync(join(root, 'examples/pipeline.ics'), 'utf8'));
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(25);
    expect(text).toContain('UID:pipeline.keep-searching-1@interview-followup');
    expect(text).toContain('UID:acme-onsite.thank-you-email-ana-ruiz@interview-followup');
    expect(text).toContain('UID:globex.expedite-request-acme@interview-followup');
  });

  it('reads a bare list of applications and a single application', () => {
    const pipeline = JSON.parse(readFileSync(join(root, 'examples/pipeline.json'), 'utf8'));
    expect(run(['-', '--now', '2026-12-03T14:00:00Z'], JSON.stringify(pipeline.applications)).stdout.split('\n')[0]).toBe('Job search · 3 applications · 2 active (America/New_York)');
    expect(run(['-', '--now', '2026-12-03T14:00:00Z'], JSON.stringify(pipeline.applications[1])).stdout.split('\n')[0]).toBe('Globex · Product Engineer · 1 round · following-up');
  });

  it('reports a problem deep in the search with its full path', () => {
    const pipeline = JSON.parse(readFileSync(join(root, 'examples/pipeline.json'), 'utf8'));
    pipeline.applications[1].rounds[0].start = 'soon';
    const result = run(['-'], JSON.stringify(pipeline));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('interview-followup: applications[1].rounds[0].start: expected an ISO 8601 date and time such as "2026-11-20T14:00", got "soon"\n');
  });
});

describe('interview-followup command, presets', () => {
  it('plans with --preset and names it in the header', () => {
    const lines = run(['examples/interview.json', '--now', '2026-11-22T09:00:00Z', '--preset', 'careerServices']).stdout.split('\n');
    expect(lines[1]).toBe('Advice: careerServices (US career services: thanks within 24 hours, follow-ups in working days)');
    expect(lines[4]).toBe('Fri 2026-11-20 15:00  Thank Ana Ruiz for the Acme interview  [overdue]');
  });

  it('takes the input\'s preset, its policy over it, and --preset over both', () => {
    const input = JSON.stringify({ interview: JSON.parse(example), preset: 'uk', policy: { maxCheckIns: 1 } });
    const uk = run(['-', '--now', '2026-11-22T09:00:00Z'], input).stdout;
    expect(uk.split('\n')[1]).toBe('Advice: uk (UK: one thank-you to the lead interviewer, one week without a date)');
    expect(uk).toContain('Thank Ana Ruiz');
    expect(uk).not.toContain('Thank Bo Chen');
    expect(uk).toContain('Check in with Acme about the Staff Engineer role (1 of 1)');
    const overridden = run(['-', '--now', '2026-11-22T09:00:00Z', '--preset', 'article'], input).stdout;
    expect(overridden).toContain('Thank Bo Chen');
  });

  it('refuses an unknown preset: exit 2 on the command line, exit 1 in the input', () => {
    expect(run(['examples/interview.json', '--preset', 'mars'])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown preset "mars"; expected article, careerServices, uk, germany, japan') });
    const result = run(['-'], JSON.stringify({ interview: JSON.parse(example), preset: 'mars' }));
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: preset: unknown preset "mars"; expected article, careerServices, uk, germany, japan\n' });
  });
});
