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
    expect(result.stdout.split('\n')[3]).toBe('Mon 2026-11-23 10:00  Email a thank-you to Ana Ruiz <ana@acme.example> (moved)  [open]');
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
    expect(result.stdout).toContain('Email a thank-you to Ana Ruiz <ana@acme.example> (moved)  [done]');
    expect(result.stdout).toContain('Check in with Acme (1 of 1)');
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
    [[], 'missing the interview file (or - for standard input)'],
    [['a.json', 'b.json'], 'expected one input file, got 2'],
    [['examples/interview.json', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['examples/interview.json', '--json', '--ics', '-'], '--json and --ics - both write to standard output; choose one'],
  ])('exits 2 for bad usage: %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Try 'interview-followup --help'.");
  });

  it('prints help and the version', () => {
    expect(run(['--help']).stdout).toContain('Usage: interview-followup <interview.json | -> [options]');
    expect(run(['--version']).stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });
});
