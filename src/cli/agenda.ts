// The agenda the command prints: a header (the lines before the first blank line), one line per
// step, then warnings. Everything from the input is made printable.
import { localTimeLabel, stepTitle, type ApplicationPlan, type ApplicationStep, type FollowUpPlan, type Locale, type PipelinePlan, type PlanWarning } from 'interview-followup';
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
  /** The language of the agenda. */
  readonly locale: Locale;
}

/**
 * The steps an agenda lists, in the order the candidate is reminded of them (`remindAt`). With
 * `--today`: steps open at now, steps overdue by at most 14 days, and the next upcoming one;
 * never a missed step, nor a before-leaving step whose interview is over.
 */
function listed<T extends ApplicationStep>(steps: readonly T[], view: AgendaView): T[] {
  const byReminder = [...steps].sort((a, b) => Date.parse(a.remindAt) - Date.parse(b.remindAt));
  if (!view.today) return byReminder;
  const next = byReminder.find((step) => step.status === 'upcoming');
  return byReminder.filter((step) => step === next || ((step.status === 'open' || (step.status === 'overdue' && view.now - Date.parse(step.dueAt) <= TODAY_OVERDUE_DAYS * DAY))
    && !(step.kind === 'before-leaving' && Date.parse(step.dueAt) < view.now)));
}

function line(step: ApplicationStep, title: string, locale: Locale): string {
  const moved = step.adjustments.length > 0 ? locale.agenda.moved : '';
  return `${localTimeLabel(step.remindAt, 'short', { locale })}  ${title}${moved}  [${locale.agenda.statuses[step.status]}]`;
}

function warningLines(warnings: readonly PlanWarning[], locale: Locale): string[] {
  if (warnings.length === 0) return [];
  return ['', locale.agenda.warnings, ...warnings.map((warning) => `  ${warning.application === undefined ? '' : `${warning.application}: `}${warning.code}: ${warning.message}`)];
}

function finish(lines: readonly string[]): string {
  return `${lines.map(printable).join('\n')}\n`;
}

/** The agenda of one interview. */
export function interviewAgenda(plan: FollowUpPlan, view: AgendaView, header: readonly string[] = []): string {
  const { interview } = plan;
  const { locale } = view;
  const steps = listed(plan.steps, view);
  return finish([
    locale.agenda.interview({ company: interview.company, position: interview.position, when: `${localTimeLabel(interview.start, 'short', { locale })}–${interview.end.slice(11, 16)}`, zone: interview.timeZone }),
    ...header,
    '',
    ...steps.map((step) => line(step, stepTitle(plan, step, { locale }), locale)),
    ...warningLines(plan.warnings, locale),
  ]);
}

/** One application's line in a header: where it stands and what is next. */
function applicationSummary(plan: ApplicationPlan, locale: Locale): string {
  const { application, state, outcome } = plan;
  const status = locale.agenda.status({ state, ...(outcome === undefined ? {} : { outcome: outcome.type }), ...(outcome?.deadline === undefined ? {} : { deadline: outcome.deadline }) });
  const rounds = application.rounds.length + (application.invitations?.length ?? 0);
  return locale.agenda.application({
    company: application.company, position: application.position, rounds, status,
    ...(rounds === 0 && application.appliedAt !== undefined ? { applied: application.appliedAt.slice(0, 10) } : {}),
  });
}

/** The agenda of one application. */
export function applicationAgenda(plan: ApplicationPlan, view: AgendaView, header: readonly string[] = []): string {
  const { locale } = view;
  const steps = listed(plan.steps, view);
  const titled = { interview: plan.application };
  return finish([
    applicationSummary(plan, locale), ...header, '',
    ...steps.map((step) => line(step, stepTitle(titled, step, { locale }), locale)), ...warningLines(plan.warnings, locale),
  ]);
}

/** The agenda of the whole search: each line names its company. */
export function pipelineAgenda(plan: PipelinePlan, view: AgendaView, header: readonly string[] = []): string {
  const byId = new Map(plan.applications.map((entry) => [entry.application.id, entry.application]));
  const { locale } = view;
  const steps = listed(plan.steps, view);
  const { summary } = plan;
  return finish([
    locale.agenda.search({ applications: plan.applications.length, active: summary.active, zone: plan.timeZone }),
    ...plan.applications.map((entry) => `  ${applicationSummary(entry, locale)}`),
    ...header,
    '',
    ...steps.map((step) => {
      const application = step.application === undefined ? undefined : byId.get(step.application);
      const title = stepTitle({ interview: application ?? { company: locale.agenda.searchName, position: '' } }, step, { locale });
      return line(step, `${application?.company ?? locale.agenda.searchName} · ${title}`, locale);
    }),
    ...warningLines(plan.warnings, locale),
  ]);
}
