// The `interview-followup` command: the only module that reads files, writes files and the clock.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  isFollowUpError, planApplication, planFollowUps, planPipeline, presets, searchInsights,
  type ApplicationPlan, type FollowUpError, type FollowUpPlan, type Locale, type PipelinePlan, type PolicyOverrides, type PresetName,
} from 'interview-followup';
import { applicationAgenda, interviewAgenda, pipelineAgenda, type AgendaView } from './cli/agenda.js';
import { didYouMean, parseJob, withPreset, type Job } from './cli/input.js';
import { insightsReport } from './cli/insights.js';
import { checkTarget, dropOutputOnClosedPipe, InputError, printable, readInput, UsageError, writeCalendar } from './cli/io.js';
import { inputLocale, loadLocale, LOCALE_TAGS, optionLocale } from './cli/locale.js';

const HELP = `Usage: interview-followup <input.json | -> [options]

Plans what to do after job interviews and prints it as an agenda.

The input is one of:
  an interview, or { "interview": {...}, "activities": [...], "policy": {...} }
  an application (with "appliedAt" or "rounds"), or { "application": {...}, "policy": {...} }
  a whole search: [application, ...], or { "applications": [...], "policy", "id", "timeZone", "activities" }
Each wrapper may also name a "preset" and a "locale".
Use - to read it from standard input. An interview needs:
  id          your app's stable key, such as "acme-staff-eng"
  company     the employer
  position    the role
  start       when it started, such as "2026-11-20T14:00" (wall time in timeZone)
  timeZone    your IANA time zone, such as "America/New_York"
and may have end, employerTimeZone, interviewers [{ name, email? }], decisionDate
("YYYY-MM-DD"), followUpPermission ("granted" | "declined" | "not-asked") and nextSteps.
An application needs id, company, position, timeZone, and appliedAt (when you applied, a
time or a date such as "2026-11-02") or rounds (each an interview without company and
position, with an id of its own; start may be a date alone, or left out while the round
is still to be scheduled). Empty values (null) count as absent. Other keys are errors.
In a whole search, an application that is not valid is skipped with a line on stderr.

Options:
  --ics <file | ->         also write the plan as an iCalendar file (- for standard output)
  --json                   print the plan as JSON instead of the agenda
  --today                  list only what is open or overdue now, and the next step
  --insights               print what the log says about a search instead: answer,
                           interview and offer rates, days to a first answer, a
                           funnel, follow-ups answered, silent employers (an
                           application is read as a search of one)
  --preset <name>          follow other published advice: article (the default),
                           careerServices, uk, germany, japan or ontario, in any case; the
                           input's "preset" and "policy" keys do the same, --preset wins
  --now <iso>              the time statuses are shown at (default: the current time)
  --generated-at <iso>     the calendar's timestamp (default: the current time)
  --sender <name>          sign the message drafts in the calendar with this name
  --locale <tag>           write the agenda, the calendar and its drafts in this
                           language: ${LOCALE_TAGS.join(', ')} (en is the default); the
                           input's "locale" key does the same, --locale wins
  -h, --help               show this help
  -v, --version            show the version

The input may be up to 64 MB.

Exit status: 0 on success; 1 for invalid input, or a file that cannot be read or
written; 2 for invalid usage: an unknown option, or an option value that cannot be
read (--now soon, an unknown --preset or --locale), or --insights on a single interview.`;

function parseCommandLine(argv: readonly string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ics: { type: 'string' },
        json: { type: 'boolean' },
        today: { type: 'boolean' },
        insights: { type: 'boolean' },
        preset: { type: 'string' },
        now: { type: 'string' },
        'generated-at': { type: 'string' },
        sender: { type: 'string' },
        locale: { type: 'string' },
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

type Planned =
  | { readonly kind: 'interview'; readonly plan: FollowUpPlan }
  | { readonly kind: 'application'; readonly plan: ApplicationPlan }
  | { readonly kind: 'pipeline'; readonly plan: PipelinePlan };

function plan(job: Job, now: string | Date, preset: PresetName, locale: Locale): Planned {
  const policyOf = (own: unknown): { policy: PolicyOverrides } => ({ policy: withPreset(presets[preset], own) });
  switch (job.kind) {
    case 'interview': return { kind: 'interview', plan: planFollowUps(job.interview, { ...job.options, now, locale, ...policyOf(job.options.policy) }) };
    case 'application': return { kind: 'application', plan: planApplication(job.application, { now, locale, ...policyOf(job.policy) }) };
    case 'pipeline': return { kind: 'pipeline', plan: planPipeline(job.applications, { ...job.options, now, locale, ...policyOf(job.options.policy), invalid: 'skip' }) };
  }
}

function agenda(planned: Planned, view: AgendaView, header: readonly string[]): string {
  switch (planned.kind) {
    case 'interview': return interviewAgenda(planned.plan, view, header);
    case 'application': return applicationAgenda(planned.plan, view, header);
    case 'pipeline': return pipelineAgenda(planned.plan, view, header);
  }
}

/** A preset by its name in any case (`Germany`, `CAREERSERVICES`), or `undefined`. */
function presetNamed(name: unknown): PresetName | undefined {
  if (typeof name !== 'string') return undefined;
  return (Object.keys(presets) as PresetName[]).find((known) => known.toLowerCase() === name.toLowerCase());
}

function unknownPreset(name: unknown): string {
  const known = Object.keys(presets);
  const shown = printable(JSON.stringify(typeof name === 'string' ? name.slice(0, 40) : name)?.slice(0, 40) ?? '');
  return `unknown preset ${shown}; ${typeof name === 'string' ? didYouMean(name, known) : `expected ${known.join(', ')}`}`;
}

/** `--preset`'s preset, checked before any file is read: an unknown name is bad usage. */
function optionPreset(option: string | undefined): PresetName | undefined {
  if (option === undefined) return undefined;
  const preset = presetNamed(option);
  if (preset === undefined) throw new UsageError(unknownPreset(option));
  return preset;
}

/** The input's `preset`, the article's when it names none: an unknown name is bad input. */
function inputPreset(fromInput: unknown): PresetName {
  if (fromInput === undefined) return 'article';
  const preset = presetNamed(fromInput);
  if (preset === undefined) throw new InputError(`preset: ${unknownPreset(fromInput)}`);
  return preset;
}

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(argv);
  if (values['help'] === true) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values['version'] === true) {
    const pkg = JSON.parse(readInput(fileURLToPath(new URL('../package.json', import.meta.url)))) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the input file (or - for standard input)' : `expected one input file, got ${positionals.length}`);
  const source = positionals[0] as string;
  const icsTarget = values['ics'] as string | undefined;
  if (values['json'] === true && icsTarget === '-') throw new UsageError('--json and --ics - both write to standard output; choose one');
  const insights = values['insights'] === true;
  if (insights) checkInsightsUsage(values);
  const presetFromOption = optionPreset(values['preset'] as string | undefined);
  const localeFromOption = optionLocale(values['locale'] as string | undefined);
  if (icsTarget !== undefined && icsTarget !== '-') checkTarget(icsTarget, source);

  const job = parseJob(readInput(source), source);
  const preset = presetFromOption ?? inputPreset(job.preset);
  const locale = await loadLocale(localeFromOption ?? inputLocale(job.locale));
  // The one place the library's clock rule is lifted: a person running the command now.
  const clock = new Date();
  const now = (values['now'] as string | undefined) ?? clock;
  if (insights && job.kind === 'interview') throw new UsageError('--insights reads a search (or an application); the input is a single interview, which has no rates to show');
  const planned = plan(job, now, preset, locale);
  const steps = planned.plan.steps.length;
  // One bad record does not stop the search: each application left out gets one line, and a
  // search left with nothing to plan fails.
  const skipped = planned.kind === 'pipeline' ? planned.plan.skipped ?? [] : [];
  for (const entry of skipped) {
    process.stderr.write(`interview-followup: skipped applications[${entry.index}]${entry.id === undefined ? '' : ` (${printable(entry.id)})`}: ${printable(entry.issues[0]?.message ?? '')}\n`);
  }
  if (planned.kind === 'pipeline' && planned.plan.applications.length === 0) throw new InputError('no application could be planned');
  if (icsTarget !== undefined) {
    // Loaded only when a calendar is asked for, so the agenda never pays for the serialiser.
    const { toICalendar } = await import('interview-followup/ics');
    const sender = values['sender'] as string | undefined;
    const calendar = toICalendar(planned.plan, {
      generatedAt: (values['generated-at'] as string | undefined) ?? clock,
      ...(sender === undefined ? {} : { draftDetails: { senderName: sender } }),
    });
    if (icsTarget === '-') process.stdout.write(calendar);
    else writeCalendar(icsTarget, calendar);
  }
  if (values['json'] === true) process.stdout.write(`${JSON.stringify(planned.plan, null, 2)}\n`);
  else if (insights) {
    const search = planned.kind === 'pipeline' ? planned.plan : searchOfOne(job, now, preset, locale);
    process.stdout.write(insightsReport(searchInsights(search), search.timeZone, locale));
  } else if (icsTarget !== '-') {
    const view = { today: values['today'] === true, now: Date.parse(planned.plan.now ?? '') || clock.getTime(), locale };
    process.stdout.write(agenda(planned, view, [locale.agenda.advice({ preset, summary: locale.presets[preset] })]));
  }
  if (icsTarget !== undefined && icsTarget !== '-') process.stderr.write(`Wrote ${steps} events to ${printable(icsTarget)}\n`);
}

/** `--insights` replaces the agenda: an option that shapes the agenda or takes standard output with it is a mistake. */
function checkInsightsUsage(values: Record<string, string | boolean | undefined>): void {
  for (const [option, used] of [['--json', values['json'] === true], ['--today', values['today'] === true], ['--ics -', values['ics'] === '-']] as const) {
    if (used) throw new UsageError(`--insights and ${option} cannot be combined; choose one`);
  }
}

/**
 * An application read as a search of one, for `--insights`: it was planned (and checked, with
 * its own paths) as an application first, so planning it as a search cannot fail.
 */
function searchOfOne(job: Job, now: string | Date, preset: PresetName, locale: Locale): PipelinePlan {
  if (job.kind !== 'application') throw new UsageError('--insights reads a search');
  return planPipeline([job.application], { now, locale, policy: withPreset(presets[preset], job.policy) });
}

const TRY_HELP = "Try 'interview-followup --help'.\n";

/** The options the library checks, by the path it reports them at. */
const OPTION_PATHS: Readonly<Record<string, string>> = { now: '--now', generatedAt: '--generated-at', 'draftDetails.senderName': '--sender' };

/**
 * Prints the library's problems one per line, naming the command's options as typed. A date
 * option that does not parse is a mistake in the call (status 2); one that parses but is out of
 * range, like any other problem, is bad input (status 1).
 */
function report(error: FollowUpError): number {
  let usage = false;
  for (const found of error.issues) {
    const option = Object.hasOwn(OPTION_PATHS, found.path) ? OPTION_PATHS[found.path] : undefined;
    if (option !== undefined && found.code === 'invalid-date') usage = true;
    const message = option === undefined ? found.message : `${option}: ${found.message.startsWith(`${found.path}: `) ? found.message.slice(found.path.length + 2) : found.message}`;
    process.stderr.write(`interview-followup: ${printable(message)}\n`);
  }
  if (usage) process.stderr.write(TRY_HELP);
  return usage ? 2 : 1;
}

dropOutputOnClosedPipe();
try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`interview-followup: ${error.message}\n${TRY_HELP}`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    process.stderr.write(`interview-followup: ${error.message}\n`);
    process.exitCode = 1;
  } else if (isFollowUpError(error)) {
    process.exitCode = report(error);
  } else {
    throw error;
  }
}
