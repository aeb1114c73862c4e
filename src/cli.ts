// The `interview-followup` command: the only module that reads files, writes files and the clock.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isFollowUpError, planFollowUps, type FollowUpPlan, type FollowUpStep, type InterviewInput, type PlanOptions } from 'interview-followup';
import { toICalendar } from 'interview-followup/ics';

const HELP = `Usage: interview-followup <interview.json | -> [options]

Plans the follow-ups after a job interview and prints them as an agenda.

The input is an interview object, or { "interview": {...}, "activities": [...], "policy": {...} }.
Use - to read it from standard input.

Options:
  --ics <file | ->         write the plan as an iCalendar file (- for standard output)
  --json                   print the plan as JSON instead of the agenda
  --now <iso>              the current time, to show each step's status (default: none)
  --generated-at <iso>     the calendar's timestamp (default: the current time)
  --sender <name>          sign the message drafts in the calendar with this name
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 on success, 1 for invalid input, 2 for invalid usage.`;

class UsageError extends Error {}
class InputError extends Error {}

const MAX_INPUT_BYTES = 1_000_000;

function readInput(source: string): string {
  try {
    const text = readFileSync(source === '-' ? 0 : source, 'utf8');
    if (text.length > MAX_INPUT_BYTES) throw new InputError(`${source}: larger than ${MAX_INPUT_BYTES} bytes`);
    return text;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(`${source === '-' ? 'standard input' : source}: ${reason}`);
  }
}

function parseInput(text: string, source: string): { interview: InterviewInput; options: PlanOptions } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source === '-' ? 'standard input' : source}: invalid JSON: ${(error as Error).message}`);
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'interview')) {
    const { interview, activities, policy, ...rest } = data as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) throw new InputError(`${extra[0]}: unknown key; expected interview, activities, policy`);
    return {
      interview: interview as InterviewInput,
      options: { ...(activities === undefined ? {} : { activities: activities as PlanOptions['activities'] & object }), ...(policy === undefined ? {} : { policy: policy as object }) },
    };
  }
  return { interview: data as InterviewInput, options: {} };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Mon 2026-11-23 10:00" from an ISO string written in the candidate's zone. */
function local(iso: string): string {
  const weekday = WEEKDAYS[new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday} ${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function whatToDo(plan: FollowUpPlan, step: FollowUpStep): string {
  const count = step.attempt !== undefined && step.attempts !== undefined ? ` (${step.attempt} of ${step.attempts})` : '';
  const who = step.recipient === undefined ? '' : `${step.recipient.name}${step.recipient.email === undefined ? '' : ` <${step.recipient.email}>`}`;
  switch (step.kind) {
    case 'before-leaving': return 'Before leaving: ask about next steps, the decision date and permission to follow up; collect contacts';
    case 'thank-you-email': return `Email a thank-you to ${who}`;
    case 'thank-you-letter': return `Post a thank-you letter to ${who}${step.optional ? ' (optional)' : ''}`;
    case 'check-in': return `Check in with ${plan.interview.company}${count}`;
    case 'keep-searching': return `Keep searching: apply, interview, network${count}`;
  }
}

function agenda(plan: FollowUpPlan, withStatus: boolean): string {
  const { interview } = plan;
  const lines = [
    `${interview.company} · ${interview.position} · interview ${local(interview.start)}–${interview.end.slice(11, 16)} (${interview.timeZone})`,
    '',
    ...plan.steps.map((step) => {
      const status = withStatus ? `  [${step.status}]` : '';
      const moved = step.adjustments.length > 0 ? ' (moved)' : '';
      return `${local(step.suggestedAt)}  ${whatToDo(plan, step)}${moved}${status}`;
    }),
  ];
  if (plan.warnings.length > 0) lines.push('', 'Warnings:', ...plan.warnings.map((warning) => `  ${warning.code}: ${warning.message}`));
  return `${lines.join('\n')}\n`;
}

function main(argv: readonly string[]): number {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
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
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values['help'] === true) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values['version'] === true) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the interview file (or - for standard input)' : `expected one input file, got ${positionals.length}`);
  const source = positionals[0] as string;
  const icsTarget = values['ics'] as string | undefined;
  if (values['json'] === true && icsTarget === '-') throw new UsageError('--json and --ics - both write to standard output; choose one');

  const { interview, options } = parseInput(readInput(source), source);
  const now = values['now'] as string | undefined;
  const plan = planFollowUps(interview, now === undefined ? options : { ...options, now });
  if (icsTarget !== undefined) {
    const sender = values['sender'] as string | undefined;
    const calendar = toICalendar(plan, {
      // The one place the library's clock rule is lifted: a person running the command now.
      generatedAt: (values['generated-at'] as string | undefined) ?? new Date(),
      ...(sender === undefined ? {} : { draftDetails: { senderName: sender } }),
    });
    if (icsTarget === '-') process.stdout.write(calendar);
    else writeFileSync(icsTarget, calendar);
  }
  if (values['json'] === true) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  else if (icsTarget !== '-') process.stdout.write(agenda(plan, now !== undefined));
  if (icsTarget !== undefined && icsTarget !== '-') process.stderr.write(`Wrote ${plan.steps.length} events to ${icsTarget}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`interview-followup: ${error.message}\nTry 'interview-followup --help'.\n`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    process.stderr.write(`interview-followup: ${error.message}\n`);
    process.exitCode = 1;
  } else if (isFollowUpError(error)) {
    for (const found of error.issues) process.stderr.write(`interview-followup: ${found.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
