// The search's insights as the command prints them: three rates, the first answer, a funnel and
// the follow-ups as small text bars, then the silent employers, within 80 columns. Every word
// comes from the locale; everything from the input is made printable.
import type { Locale, SearchInsights } from 'interview-followup';
import { printable } from './io.js';

/** Cells in a bar: a whole bar is 100%. */
const BAR = 20;
/** Widest company column in the silent list; longer names are cut with an ellipsis. */
const COMPANY_COLUMN = 24;

/** A bar of `share` (0–1) of {@link BAR} cells, rounded to the nearest cell. */
function bar(share: number): string {
  const filled = Math.round(Math.min(Math.max(share, 0), 1) * BAR);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}`;
}

/** Text cut to `width` characters (code points), an ellipsis marking the cut. */
function cut(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

/** Pads text to `width` characters (code points). */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - Array.from(text).length));
}

/** Rows of `label  bar  value`, labels padded to the longest. */
function barRows(rows: readonly { readonly label: string; readonly share: number; readonly value: string }[], indent: string): string[] {
  const width = Math.max(0, ...rows.map((row) => Array.from(row.label).length));
  return rows.map((row) => `${indent}${pad(row.label, width)}  ${bar(row.share)}  ${row.value}`);
}

/**
 * The insights of a search as text: a heading naming the search's zone, the answer, interview
 * and offer rates, the median days to a first answer, the funnel, the share of each follow-up
 * attempt answered, and the employers silent longest first.
 */
export function insightsReport(insights: SearchInsights, zone: string, locale: Locale): string {
  const texts = locale.insights;
  const total = insights.applications;
  const percent = (rate: number): string => texts.percent({ rate }).padStart(4);
  const rate = (label: string, share: number, count: number): { label: string; share: number; value: string } => ({
    label, share, value: `${percent(share)}  ${texts.share({ count, total })}`,
  });
  const { funnel } = insights;
  const stage = (key: keyof typeof funnel): { label: string; share: number; value: string } => ({
    label: texts.stages[key], share: total === 0 ? 0 : funnel[key] / total, value: String(funnel[key]).padStart(String(total).length),
  });
  const attempts = insights.followUps.map((row) => ({
    label: texts.attempt({ attempt: row.attempt }), share: row.answered / row.sent,
    value: `${percent(row.answered / row.sent)}  ${texts.share({ count: row.answered, total: row.sent })}`,
  }));
  const companies = insights.silentEmployers.map((entry) => cut(printable(entry.company), COMPANY_COLUMN));
  const companyWidth = Math.max(0, ...companies.map((company) => Array.from(company).length));
  const silent = insights.silentEmployers.map((entry, index) => {
    const said = entry.since === undefined ? texts.none : texts.silence({ since: entry.since.slice(0, 10), overdue: entry.employerOverdue, ...(entry.days === undefined ? {} : { days: entry.days }) });
    return `  ${pad(companies[index] ?? '', companyWidth)}  ${said}`;
  });
  const lines = [
    texts.title({ applications: total, zone }),
    '',
    ...barRows([
      rate(texts.rates.responses, insights.responseRate, insights.responded),
      rate(texts.rates.interviews, insights.interviewRate, insights.withInterview),
      rate(texts.rates.offers, insights.offerRate, funnel.offered),
    ], ''),
    texts.firstResponse({ count: insights.firstResponses, ...(insights.medianDaysToFirstResponse === undefined ? {} : { days: insights.medianDaysToFirstResponse }) }),
    '',
    texts.funnel,
    ...barRows((['applied', 'interviewed', 'offered', 'accepted'] as const).map(stage), '  '),
    '',
    texts.followUps,
    ...(attempts.length === 0 ? [`  ${texts.none}`] : barRows(attempts, '  ')),
    '',
    texts.silent,
    ...(silent.length === 0 ? [`  ${texts.none}`] : silent),
  ];
  return `${lines.map(printable).join('\n')}\n`;
}
