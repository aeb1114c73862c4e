// The agenda the command prints: a header (the lines before the first blank line), one line per
// step, then warnings. Everything from the input is made printable.
import { localTimeLabel, stepTitle, type ApplicationPlan, type ApplicationStep, type FollowUpPlan, type PipelinePlan, type PlanWarning } from 'interview-followup';
import { printable } from './io.js';

const DAY = 86_400_000;
/** `--today` keeps overdue steps this long after they were due. */
const TODAY_OVERDUE_DAYS = 14;

/** Which steps an agenda lists. */
export interface AgendaView {
  /** Only what is open or recently overdue at `now`, and the next upcoming step. */
  readonly today: boolean;
  /** The current time, for `today`. */
  readonly now: number;
}

/**
 * `--today`: steps open at now, steps overdue by at most 14 days, and the next upcoming one;
 * never a before-leaving step whose interview is over.
 */
function todays<T extends ApplicationStep>(steps: readonly T[], now: number): T[] {
  const next = steps.find((step) => step.status === 'upcoming');
  return steps.filter((step) => step === next || ((step.status === 'open' || (step.status === 'overdue' && now - Date.parse(step.dueAt) <= TODAY_OVERDUE_DAYS * DAY))
    && !(step.kind === 'before-leaving' && Date.parse(step.dueAt) < now)));
}

function line(step: ApplicationStep, title: string): string {
  const moved = step.adjustments.length > 0 ? ' (moved)' : '';
  return `${localTimeLabel(step.suggestedAt, 'short')}  ${title}${moved}  [${step.status}]`;
}

function warningLines(warnings: readonly PlanWarning[]): string[] {
  if (warnings.length === 0) return [];
  return ['', 'Warnings:', ...warnings.map((warning) => `  ${warning.application === undefined ? '' : `${warning.application}: `}${warning.code}: ${warning.message}`)];
}

function finish(lines: readonly string[]): string {
  return `${lines.map(printable).join('\n')}\n`;
}

/** The agenda of one interview. */
export function interviewAgenda(plan: FollowUpPlan, view: AgendaView, header: readonly string[] = []): string {
  const { interview } = plan;
  const steps = view.today ? todays(plan.steps, view.now) : plan.steps;
  return finish([
    `${interview.company} · ${interview.position} · interview ${localTimeLabel(interview.start, 'short')}–${interview.end.slice(11, 16)} (${interview.timeZone})`,
    ...header,
    '',
    ...steps.map((step) => line(step, stepTitle(plan, step))),
    ...warningLines(plan.warnings),
  ]);
}

/** One application's line in a header: where it stands and what is next. */
function applicationSummary(plan: ApplicationPlan): string {
  const { application, state, outcome } = plan;
  const detail = outcome === undefined ? state
    : outcome.type === 'offer' ? `offer${outcome.deadline === undefined ? ', no deadline yet' : `, answer by ${outcome.deadline}`}`
    : `closed (${outcome.type})`;
  return `${application.company} · ${application.position} · ${application.rounds.length} round${application.rounds.length === 1 ? '' : 's'} · ${detail}`;
}

/** The agenda of one application. */
export function applicationAgenda(plan: ApplicationPlan, view: AgendaView, header: readonly string[] = []): string {
  const steps = view.today ? todays(plan.steps, view.now) : plan.steps;
  const titled = { interview: plan.application };
  return finish([applicationSummary(plan), ...header, '', ...steps.map((step) => line(step, stepTitle(titled, step))), ...warningLines(plan.warnings)]);
}

/** The agenda of the whole search: each line names its company. */
export function pipelineAgenda(plan: PipelinePlan, view: AgendaView, header: readonly string[] = []): string {
  const byId = new Map(plan.applications.map((entry) => [entry.application.id, entry.application]));
  const steps = view.today ? todays(plan.steps, view.now) : plan.steps;
  const { summary } = plan;
  return finish([
    `Job search · ${plan.applications.length} application${plan.applications.length === 1 ? '' : 's'} · ${summary.active} active (${plan.timeZone})`,
    ...plan.applications.map((entry) => `  ${applicationSummary(entry)}`),
    ...header,
    '',
    ...steps.map((step) => {
      const application = step.application === undefined ? undefined : byId.get(step.application);
      const title = application === undefined ? stepTitle({ interview: { company: 'your search', position: '' } }, step) : stepTitle({ interview: application }, step);
      return line(step, `${application?.company ?? 'Search'} · ${title}`);
    }),
    ...warningLines(plan.warnings),
  ]);
}
