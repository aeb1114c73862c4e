import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cli, root, run } from './helpers/cli.js';

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
    const result = run(['examples/interview.json', '--ics', '-', '--now', '2026-11-22T09:00:00Z', '--generated-at', '2026-11-22T09:00:00Z', '--sender', 'Sam Lee']);
    expect(result.status).toBe(0);
    const events = new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(8);
    expect(String(events[1]?.getFirstPropertyValue('description'))).toContain('Best regards,\nSam Lee');
  });

  it('writes the calendar to a file and says so on standard error', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'ifu-')), 'plan.ics');
    const result = run(['examples/interview.json', '--ics', target, '--now', '2026-11-22T09:00:00Z', '--generated-at', '2026-11-22T09:00:00Z']);
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
    ['invalid JSON', '{ "id": ', 'interview-followup: standard input: invalid JSON at line 1, column 9: the text ends where a value should be\n'],
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
    // The example lies in the past of any clock this test runs on, so its first step is missed.
    expect(result.stdout.split('\n')[3]).toBe('Fri 2026-11-20 14:00  Before you leave the Acme interview: ask about next steps  [missed]');
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

  it('refuses an endless input at its 64 MB cap instead of reading it all', () => {
    const result = run(['/dev/zero']);
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: /dev/zero: larger than 64 MB, the most the command reads\n' });
  });

  it('reads an input of several megabytes', () => {
    const padded = readFileSync(join(root, 'examples/pipeline.json'), 'utf8').replace('{', `{${' '.repeat(3_000_000)}`);
    expect(run(['-', '--now', '2026-12-03T14:00:00Z'], padded).stdout.split('\n')[0]).toBe('Job search · 4 applications · 3 active (America/New_York)');
  });

  it('writes zone names as the canonical spelling whatever the case given', () => {
    const result = run(['-', '--now', '2026-11-22T09:00:00Z'], JSON.stringify({ ...JSON.parse(example), timeZone: 'america/new_york', employerTimeZone: 'AMERICA/CHICAGO' }));
    expect(result.stdout.split('\n')[0]).toBe('Acme · Staff Engineer · interview Fri 2026-11-20 14:00–15:00 (America/New_York)');
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
    expect(run(['examples/interview.json', '--preset', 'mars'])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown preset "mars"; expected article, careerServices, uk, germany, japan, ontario') });
    const result = run(['-'], JSON.stringify({ interview: JSON.parse(example), preset: 'mars' }));
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: preset: unknown preset "mars"; expected article, careerServices, uk, germany, japan, ontario\n' });
  });
});

describe('interview-followup command, what a new user meets', () => {
  /** Runs the command with its standard output or error closed before it writes anything. */
  const closed = (stream: 'stdout' | 'stderr', args: readonly string[]): Promise<{ status: number | null; other: string }> => new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root });
    child[stream].destroy();
    let other = '';
    child[stream === 'stdout' ? 'stderr' : 'stdout'].on('data', (chunk: Buffer) => { other += chunk.toString(); });
    child.on('close', (status) => resolve({ status, other }));
  });

  it('prints the first line to `| head -1` and ends quietly with status 0', () => {
    const result = spawnSync('bash', ['-c', 'set -o pipefail; node dist/cli.js examples/pipeline.json --json | head -1'], { cwd: root, encoding: 'utf8' });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '{\n', stderr: '' });
  });

  const calendar = (): string => join(mkdtempSync(join(tmpdir(), 'ifu-pipe-')), 'plan.ics');
  it.each([
    ['standard output, the plan as JSON', 'stdout', () => ['examples/pipeline.json', '--json'], 0, ''],
    ['standard output, the agenda', 'stdout', () => ['examples/pipeline.json'], 0, ''],
    ['standard error, the calendar written', 'stderr', () => ['examples/interview.json', '--now', '2026-11-22T09:00:00Z', '--ics', calendar()], 0, readFileSync(join(root, 'examples/agenda.txt'), 'utf8')],
    ['standard error, bad input', 'stderr', () => ['nope.json'], 1, ''],
    ['standard error, bad usage', 'stderr', () => ['examples/pipeline.json', '--frobnicate'], 2, ''],
  ] as const)('keeps quiet when %s meets a closed pipe, with the status the run has', async (_name, stream, args, status, other) => {
    expect(await closed(stream, args())).toEqual({ status, other });
  });

  it('reports any other failure to write standard output on one line, exit 1', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [cli, 'examples/interview.json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 1, stderr: 'interview-followup: standard output: no space left on the device\n' });
  });

  it.each([
    ['empty', ''],
    ['only white space', ' \n\t\r\n'],
  ])('says an input that is %s is empty, exit 1', (_name, text) => {
    const file = join(mkdtempSync(join(tmpdir(), 'ifu-empty-')), 'x.json');
    writeFileSync(file, text);
    expect(run([file])).toEqual({ status: 1, stdout: '', stderr: `interview-followup: ${file} is empty\n` });
    expect(run(['-'], text)).toEqual({ status: 1, stdout: '', stderr: 'interview-followup: standard input is empty\n' });
  });

  it.each([
    ['{\n  "id": "acme",\n  "company": "Acme" "position": "Engineer"\n}', 'line 3, column 21: expected "," or "}", got \'"\''],
    ['{\r\n  "id": "acme",\r\n}', 'line 3, column 1: a comma before "}"; remove it'],
    ["{ 'id': 'acme' }", 'line 1, column 3: keys take double quotes, not "\'"'],
  ])('gives the line and column of broken JSON: %j', (input, where) => {
    expect(run(['-'], input)).toEqual({ status: 1, stdout: '', stderr: `interview-followup: standard input: invalid JSON at ${where}\n` });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(run(['-', '--now', '2026-11-22T09:00:00Z'], `\uFEFF${example}`).stdout).toBe(readFileSync(join(root, 'examples/agenda.txt'), 'utf8'));
  });

  it.each([
    [['--preset', 'Germany'], undefined, 'Advice: germany (Germany: 7 working days without a date, two inquiries)'],
    [[], 'CAREERSERVICES', 'Advice: careerServices (US career services: thanks within 24 hours, follow-ups in working days)'],
  ])('takes preset names in any case: %j %s', (args, preset, header) => {
    const input = JSON.stringify({ interview: JSON.parse(example), ...(preset === undefined ? {} : { preset }) });
    expect(run(['-', '--now', '2026-11-22T09:00:00Z', ...args], input).stdout.split('\n')[1]).toBe(header);
  });

  it.each([
    ['--preset', ['examples/interview.json', '--preset', 'germny'], undefined, 2, 'unknown preset "germny"; did you mean "germany"?\nTry \'interview-followup --help\'.'],
    ['--preset, checked before the file is read', ['nope.json', '--preset', 'mars'], undefined, 2, 'unknown preset "mars"; expected article, careerServices, uk, germany, japan, ontario\nTry \'interview-followup --help\'.'],
    ['preset in the input', ['-'], { preset: 'japn' }, 1, 'preset: unknown preset "japn"; did you mean "japan"?'],
    ['preset in the input that is not a string', ['-'], { preset: 3 }, 1, 'preset: unknown preset 3; expected article, careerServices, uk, germany, japan, ontario'],
    ['key of the wrapper', ['-'], { polcy: {} }, 1, 'polcy: unknown key; did you mean "policy"?'],
    ['key of the wrapper, far from any', ['-'], { extra: {} }, 1, 'extra: unknown key; expected interview, activities, policy, preset, locale'],
  ])('refuses an unknown %s, suggesting the closest name when one is close', (_name, args, wrapper, status, message) => {
    const input = wrapper === undefined ? undefined : JSON.stringify({ interview: JSON.parse(example), ...wrapper });
    expect(run(args, input)).toEqual({ status, stdout: '', stderr: `interview-followup: ${message}\n` });
  });

  const ics = ['examples/interview.json', '--ics', '-'];
  it.each([
    ['--now that cannot be read', ['examples/interview.json', '--now', 'soon'], 2, '--now: expected an ISO 8601 date and time such as "2026-11-20T14:00", got "soon"\nTry \'interview-followup --help\'.'],
    ['--generated-at that cannot be read', [...ics, '--generated-at', 'yesterday'], 2, '--generated-at: expected an ISO 8601 date-time with an offset such as "2026-11-22T09:00:00Z", got "yesterday"\nTry \'interview-followup --help\'.'],
    ['--now out of range', ['examples/interview.json', '--now', '2200-01-01T00:00:00Z'], 1, '--now: dates from 1970-01-01 to 2100-12-31 are accepted'],
    ['--generated-at out of range', [...ics, '--generated-at', '2200-01-01T00:00:00Z'], 1, '--generated-at: dates from 1970-01-01 to 2100-12-31 are accepted'],
    ['--sender with a line break', [...ics, '--generated-at', '2026-11-22T09:00:00Z', '--sender', 'Sam\nLee'], 1, '--sender: line breaks and control characters are not allowed'],
  ])('names the option in the message for %s, with its status', (_name, args, status, message) => {
    expect(run(args)).toEqual({ status, stdout: '', stderr: `interview-followup: ${message}\n` });
  });
});
