// The `interview-followup` command: the only module that reads files, writes files and the clock.
import { closeSync, openSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  isFollowUpError, localTimeLabel, planFollowUps, stepTitle, type FollowUpPlan, type InterviewInput, type PlanOptions,
} from 'interview-followup';

const HELP = `Usage: interview-followup <interview.json | -> [options]

Plans the follow-ups after a job interview and prints them as an agenda.

The input is an interview object, or { "interview": {...}, "activities": [...], "policy": {...} }.
Use - to read it from standard input. An interview needs:
  id          your app's stable key, such as "acme-staff-eng"
  company     the employer
  position    the role
  start       when it started, such as "2026-11-20T14:00" (wall time in timeZone)
  timeZone    your IANA time zone, such as "America/New_York"
and may have end, employerTimeZone, interviewers [{ name, email? }], decisionDate
("YYYY-MM-DD"), followUpPermission ("granted" | "declined" | "not-asked") and nextSteps.
Other keys are errors.

Options:
  --ics <file | ->         also write the plan as an iCalendar file (- for standard output)
  --json                   print the plan as JSON instead of the agenda
  --now <iso>              the time statuses are shown at (default: the current time)
  --generated-at <iso>     the calendar's timestamp (default: the current time)
  --sender <name>          sign the message drafts in the calendar with this name
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 on success, 1 for invalid input, 2 for invalid usage.`;

class UsageError extends Error {}
class InputError extends Error {}

/** The largest input read; reading stops there, so `/dev/zero` is refused, not swallowed. */
const MAX_INPUT_BYTES = 1_000_000;

/**
 * Text fit for a terminal: control characters (C0, DEL, C1) and line separators are written as
 * `\uXXXX`, so nothing from the input reaches the terminal as a control sequence.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sourceName(source: string): string {
  return source === '-' ? 'standard input' : printable(source);
}

function readInput(source: string): string {
  let fd: number | undefined;
  try {
    fd = source === '-' ? 0 : openSync(source, 'r');
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let used = 0;
    while (used < buffer.length) {
      const read = readSync(fd, buffer, used, buffer.length - used, null);
      if (read === 0) break;
      used += read;
    }
    if (used > MAX_INPUT_BYTES) throw new InputError(`${sourceName(source)}: larger than ${MAX_INPUT_BYTES} bytes`);
    return buffer.toString('utf8', 0, used);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${sourceName(source)}: ${fileProblem(error)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

function fileProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EAGAIN': return 'nothing to read (standard input is not ready)';
    default: return printable(String((error as Error).message ?? error)).slice(0, 200);
  }
}

function parseInput(text: string, source: string): { interview: InterviewInput; options: PlanOptions } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${sourceName(source)}: invalid JSON: ${printable((error as Error).message)}`);
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'interview')) {
    const { interview, activities, policy, ...rest } = data as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra[0] !== undefined) throw new InputError(`${printable(extra[0].slice(0, 40))}: unknown key; expected interview, activities, policy`);
    return {
      interview: interview as InterviewInput,
      options: { ...(activities === undefined ? {} : { activities: activities as PlanOptions['activities'] & object }), ...(policy === undefined ? {} : { policy: policy as object }) },
    };
  }
  return { interview: data as InterviewInput, options: {} };
}

/**
 * Refuses a calendar target the command cannot or must not write: a missing folder, a folder,
 * or the input file itself. Checked before any work, so a mistake costs nothing.
 */
function checkTarget(target: string, source: string): void {
  const path = resolve(target);
  const shown = printable(target);
  let folder;
  try {
    folder = statSync(dirname(path));
  } catch {
    throw new InputError(`${shown}: the folder ${printable(dirname(target))} does not exist`);
  }
  if (!folder.isDirectory()) throw new InputError(`${shown}: ${printable(dirname(target))} is not a folder`);
  let existing;
  try {
    existing = statSync(path);
  } catch {
    return;
  }
  if (existing.isDirectory()) throw new InputError(`${shown}: is a directory; name a file such as ${shown.replace(/\/+$/, '')}/follow-ups.ics`);
  if (source !== '-' && realpathSync(path) === safeRealpath(source)) throw new InputError(`${shown}: is the input file; choose another name for the calendar`);
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function agenda(plan: FollowUpPlan): string {
  const { interview } = plan;
  const lines = [
    `${interview.company} · ${interview.position} · interview ${localTimeLabel(interview.start, 'short')}–${interview.end.slice(11, 16)} (${interview.timeZone})`,
    '',
    ...plan.steps.map((step) => {
      const moved = step.adjustments.length > 0 ? ' (moved)' : '';
      return `${localTimeLabel(step.suggestedAt, 'short')}  ${stepTitle(plan, step)}${moved}  [${step.status}]`;
    }),
  ];
  if (plan.warnings.length > 0) lines.push('', 'Warnings:', ...plan.warnings.map((warning) => `  ${warning.code}: ${warning.message}`));
  return `${lines.map(printable).join('\n')}\n`;
}

function parseCommandLine(argv: readonly string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ics: { type: 'string' },
        json: { type: 'boolean' },
        now: { type: 'string' },
        'generated-at': { type: 'string' },
        sender: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']*)'/.exec(message);
    if (unknown !== null) throw new UsageError(`unknown option ${printable(unknown[1] ?? '')}`);
    throw new UsageError(printable(message.split('. ')[0] ?? message));
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values['help'] === true) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values['version'] === true) {
    const pkg = JSON.parse(readInput(fileURLToPath(new URL('../package.json', import.meta.url)))) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the interview file (or - for standard input)' : `expected one input file, got ${positionals.length}`);
  const source = positionals[0] as string;
  const icsTarget = values['ics'] as string | undefined;
  if (values['json'] === true && icsTarget === '-') throw new UsageError('--json and --ics - both write to standard output; choose one');
  if (icsTarget !== undefined && icsTarget !== '-') checkTarget(icsTarget, source);

  const { interview, options } = parseInput(readInput(source), source);
  // The one place the library's clock rule is lifted: a person running the command now.
  const now = (values['now'] as string | undefined) ?? new Date();
  const plan = planFollowUps(interview, { ...options, now });
  if (icsTarget !== undefined) {
    // Loaded only when a calendar is asked for, so the agenda never pays for the serialiser.
    const { toICalendar } = await import('interview-followup/ics');
    const sender = values['sender'] as string | undefined;
    const calendar = toICalendar(plan, {
      generatedAt: (values['generated-at'] as string | undefined) ?? new Date(),
      ...(sender === undefined ? {} : { draftDetails: { senderName: sender } }),
    });
    if (icsTarget === '-') process.stdout.write(calendar);
    else writeCalendar(icsTarget, calendar);
  }
  if (values['json'] === true) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  else if (icsTarget !== '-') process.stdout.write(agenda(plan));
  if (icsTarget !== undefined && icsTarget !== '-') process.stderr.write(`Wrote ${plan.steps.length} events to ${printable(icsTarget)}\n`);
  return 0;
}

function writeCalendar(target: string, calendar: string): void {
  try {
    writeFileSync(target, calendar);
  } catch (error) {
    throw new InputError(`${printable(target)}: ${fileProblem(error)}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`interview-followup: ${error.message}\nTry 'interview-followup --help'.\n`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    process.stderr.write(`interview-followup: ${error.message}\n`);
    process.exitCode = 1;
  } else if (isFollowUpError(error)) {
    for (const found of error.issues) process.stderr.write(`interview-followup: ${printable(found.message)}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
